"""Marks a model copies from datamarked sources into its answer are undone before the user sees it.

A small model reading "surveillanceˆofficer" in a passage answers "surveillanceˆofficer"
(bench/datamark_cost.py measures how often); the mark is the product's, not the model's words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.bench import Behaviour, RecordingServer
from workbench.guard import Unmarker, datamark, unmark
from workbench.guard._datamark import MARK

from ..corpus.conftest import FAST_KDF, PASSPHRASE

PASSAGE = "Staff record. Dana Whitlock works as surveillance officer at Simple Solutions."
COPIED = f"She works as surveillance{MARK}officer at Simple{MARK}Solutions [1]."


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch):
    with RecordingServer(Behaviour(models=["m"], api_key="k", answer=COPIED)) as server:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", "m")
        monkeypatch.setenv("WORKBENCH_API_KEY", "k")
        monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
        yield server


def _connect(**overrides):
    return workbench.connect(**{**FAST_KDF, "audit.enabled": False, **overrides})


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_copied_marks_leave_the_answer_when_sources_were_marked(remote: RecordingServer, isolated_home: Path,
                                                                stream: bool) -> None:
    with _connect() as wb:
        wb.corpus("staff").add([PASSAGE], progress=False)
        if stream:
            pieces = list(wb.stream("What does she do?", corpus="staff", k=1))
            shown = "".join(p.text for p in pieces if p.kind == "text")
        else:
            shown = wb.ask("What does she do?", corpus="staff", k=1).text
        assert MARK in remote.requests[-1]["messages"][-1]["content"]  # the sources were marked
        assert MARK not in shown and "surveillance officer at Simple Solutions" in shown


def test_an_answer_without_marked_sources_is_left_as_the_model_wrote_it(remote: RecordingServer,
                                                                       isolated_home: Path) -> None:
    with _connect() as wb:
        assert wb.ask("What does she do?").text == COPIED  # no corpus: nothing was marked


def test_the_unmarker_streams_as_unmark_does() -> None:
    text = "收入增长了4%。请注意，这是初步数据。 Revenue rose 4% [2]."
    marked = datamark(text)
    for size in (1, 2, 3, 7):
        unmarker = Unmarker()
        assert "".join(unmarker.feed(marked[i:i + size]) for i in range(0, len(marked), size)) == unmark(marked)
