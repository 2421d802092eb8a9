"""%workbench chat and %corpus in a real kernel (headless, nbclient); %%ask and %audit stay."""

from __future__ import annotations

from pathlib import Path

import nbformat

from workbench.kernel import WorkbenchMagics
from workbench.reports import execute_notebook


def _run(cells: list[str], tmp_path: Path) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    return execute_notebook(nb, cwd=tmp_path, timeout=180)


def _text(cell: nbformat.NotebookNode) -> str:
    return "\n".join(o.get("text", "") or str(o.get("data", {}).get("text/markdown", "")) for o in cell.outputs)


def test_workbench_chat_displays_the_panel_and_corpus_lists(tmp_path: Path) -> None:
    nb = _run(["%load_ext workbench", "%workbench chat", "%corpus", "%workbench status"], tmp_path)
    views = [o for o in nb.cells[1].outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert views, nb.cells[1].outputs
    assert "No corpora you may read" in _text(nb.cells[2])
    status = _text(nb.cells[3])
    assert "PII redaction:** on" in status and "Audit log:** on" in status


def test_every_magic_documents_itself_with_examples() -> None:
    for magic in (WorkbenchMagics.workbench, WorkbenchMagics.corpus, WorkbenchMagics.ask, WorkbenchMagics.audit):
        assert "Examples" in magic.__doc__
    assert "chat" in WorkbenchMagics.workbench.__doc__ and "--system" in WorkbenchMagics.workbench.__doc__


def test_up_runs_lab_on_loopback_with_a_token_from_the_environment(tmp_path: Path) -> None:
    from workbench.cli._up import lab_argv

    argv = lab_argv(port=8899, root=tmp_path, open_browser=False)
    assert "--ServerApp.ip=127.0.0.1" in argv and f"--ServerApp.root_dir={tmp_path}" in argv
    assert not any("token" in a.lower() for a in argv)  # argv is readable by every user in /proc
