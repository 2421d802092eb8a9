"""%load_ext workbench and %%ask in a real kernel, executed headless by nbclient."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from workbench.audit import one_per_call
from workbench.reports import execute_notebook

pytestmark = pytest.mark.integration


def _run(cells: list[str], tmp_path: Path) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    return execute_notebook(nb, cwd=tmp_path, timeout=180)


def _text(cell: nbformat.NotebookNode) -> str:
    out = []
    for o in cell.outputs:
        if o.output_type == "stream":
            out.append(o.text)
        elif "data" in o:
            out.append(o.data.get("text/markdown") or o.data.get("text/plain", ""))
    return "\n".join(out)


def test_ask_magic_streams_an_answer_into_the_cell(served: Path, tmp_path: Path) -> None:
    nb = _run(["%load_ext workbench", "%%ask --max-tokens 12 --show-sent\nName one primary colour."], tmp_path)
    cell = nb.cells[1]
    markdown = [o for o in cell.outputs if "data" in o and "text/markdown" in o.data]
    assert markdown, cell.outputs
    assert markdown[0].data["text/markdown"].strip() not in ("", "…")
    assert "Sent to the model" in _text(cell) and "Name one primary colour." in _text(cell)


def test_ask_magic_errors_are_one_readable_line(served: Path, tmp_path: Path) -> None:
    nb = _run(["%load_ext workbench", "%%ask --model no-such-model\nHello", "%%ask\n   \n"], tmp_path)
    assert "UnknownModel" in _text(nb.cells[1]) and "serves" in _text(nb.cells[1])
    assert "Traceback" not in _text(nb.cells[1])
    assert "Nothing to ask" in _text(nb.cells[2])


def test_ask_magic_help_documents_every_option() -> None:
    from workbench.kernel import WorkbenchMagics

    doc = WorkbenchMagics.ask.__doc__
    for option in ("--corpus", "--k", "--show-sent", "--model", "--max-tokens", "Examples"):
        assert option in doc


def test_headless_runs_tell_the_kernel_each_cell_id(tmp_path: Path) -> None:
    nb = _run(["%load_ext workbench",
               "from workbench.pipeline import current_context\nctx = current_context('ana')\nprint(ctx.cell_id, ctx.execution_count)"], tmp_path)
    printed = _text(nb.cells[1]).split()
    assert printed == [nb.cells[1].id, str(nb.cells[1].execution_count)]


def test_each_ask_cell_is_audited_under_its_cell_id(served: Path, tmp_path: Path) -> None:
    nb = _run(["%load_ext workbench",
               "%%ask --max-tokens 6\nEmail jane.doe@example.com a greeting.",
               "%audit",
               "%audit --plot redactions"], tmp_path)
    ask_cell = nb.cells[1]
    from workbench.audit import AuditLog
    from workbench.config import load_settings

    log = AuditLog.open(load_settings())
    (record,) = one_per_call(log.records(cell=ask_cell.id))
    assert record["entry_point"] == "magic" and record["outcome"] == "answered"
    assert record["execution_count"] == ask_cell.execution_count
    assert record["redaction"] == {"EMAIL_ADDRESS": 1}
    assert record["kernel_session"]
    table = _text(nb.cells[2])
    assert ask_cell.id in table and "EMAIL_ADDRESS=1" in table
    assert any("image/png" in o.get("data", {}) for o in nb.cells[3].outputs)
    assert log.verify().ok
