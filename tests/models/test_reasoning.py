from __future__ import annotations

import pytest

from workbench.models import ThinkSplitter, split_reasoning


@pytest.mark.parametrize(
    "raw, starts_open, answer, reasoning",
    [
        ("<think>Primary colours: red, blue, yellow.</think>\n\nRed.", False, "Red.", "Primary colours: red, blue, yellow."),
        ("  <think>x</think>Red.", False, "Red.", "x"),
        ("Let me think.\n</think>\n\nRed.", True, "Red.", "Let me think.\n"),
        ("Red is one.", True, "Red is one.", None),
        ("Red is one.", False, "Red is one.", None),
        ("<think>unfinished", False, "", "unfinished"),
        ("a < b and </thin", False, "a < b and </thin", None),
    ],
)
def test_split_whole_output(raw: str, starts_open: bool, answer: str, reasoning: str | None) -> None:
    assert split_reasoning(raw, starts_open=starts_open) == (answer, reasoning)


@pytest.mark.parametrize("starts_open", [False, True])
def test_streaming_gives_the_same_split_wherever_the_chunks_break(starts_open: bool) -> None:
    raw = ("" if starts_open else "<think>") + "weigh red vs blue</think>\n\nBlue <b>is</b> calm."
    expected = split_reasoning(raw, starts_open=starts_open)
    assert expected == ("Blue <b>is</b> calm.", "weigh red vs blue")
    for size in range(1, 12):
        splitter = ThinkSplitter(starts_open=starts_open)
        pieces = []
        for i in range(0, len(raw), size):
            pieces += list(splitter.feed(raw[i : i + size]))
        pieces += list(splitter.flush())
        text = "".join(t for k, t in pieces if k == "text")
        thought = "".join(t for k, t in pieces if k == "reasoning")
        assert (text, thought) == expected, size
