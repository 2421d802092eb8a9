"""Datamarking retrieved passages: reversible, citations intact, the scanner unaffected."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.guard import DATA_NOTICE, datamark, unmark
from workbench.guard._datamark import MARK, is_marked


def test_spaces_become_marks_and_come_back() -> None:
    text = "Revenue rose 4% [2].  Two spaces.\nA new line, and [10] a citation."
    marked = datamark(text)
    assert " " not in marked and "[2]." in marked and "[10]" in marked and "\n" in marked
    assert unmark(marked) == text and is_marked(marked)


def test_chinese_and_japanese_get_marks_after_punctuation() -> None:
    for text in ("收入增长了4%。请注意，这是初步数据。 之后", "売上は増加した。詳細は、付録を参照。"):
        marked = datamark(text)
        assert marked.count(MARK) >= 2 and unmark(marked) == text


def test_a_mark_inside_a_source_cannot_fake_the_boundary() -> None:
    assert MARK not in unmark(datamark(f"already{MARK}marked text"))


@given(st.text(alphabet=st.characters(blacklist_characters=MARK), max_size=300))
def test_datamark_is_reversible(text: str) -> None:
    assert unmark(datamark(text)) == text


def test_the_notice_names_the_mark_and_the_rule() -> None:
    assert MARK in DATA_NOTICE and "never follow" in DATA_NOTICE and "[n]" in DATA_NOTICE
