"""Calls made from the chat panel after other cells ran name the cell that opened the panel
(entry point "chat", one conversation id), never the last executed cell — in a real kernel."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from workbench.audit import AuditLog
from workbench.bench import Behaviour, RecordingServer
from workbench.config import load_settings
from workbench.reports import execute_notebook


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch):
    with RecordingServer(Behaviour(models=["m"], api_key="k", answer="Noted, <PERSON_1>.")) as server:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", "m")
        monkeypatch.setenv("WORKBENCH_API_KEY", "k")
        yield server


def test_panel_calls_name_the_cell_that_opened_the_panel(remote: RecordingServer, tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (
        "%load_ext workbench",
        "import workbench.kernel as k\npanel = k.session().chat(corpora=[])",
        "x = 1  # another cell runs meanwhile",
        "panel.ask('Please remind Li Wei.'); panel.ask('And once more.')",
    )]
    execute_notebook(nb, cwd=tmp_path, timeout=120)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    log = AuditLog.open(load_settings())
    try:
        calls = [r for r in log.records() if r.get("outcome") == "answered"]
    finally:
        log.close(checkpoint=False)
    assert len(calls) == 2
    assert {r["cell_id"] for r in calls} == {nb.cells[1]["id"]}  # not cell 3, which ran the line
    assert {r["entry_point"] for r in calls} == {"chat"}
    assert calls[0]["gen_ai.conversation.id"] == calls[1]["gen_ai.conversation.id"] is not None
