"""`workbench report run`: parameters, cell ids in the audit log, footer, HTML/PDF, failures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from workbench.audit import AuditLog, one_per_call
from workbench.cli._report import report
from workbench.config import load_settings
from workbench.errors import CellFailed
from workbench.reports import find_chromium, parse_param, run_report


def _invoke(*args: str):
    return CliRunner().invoke(report, list(args), catch_exceptions=False)


def _text(html_path: Path) -> str:
    return " ".join(BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser").get_text().split())


@pytest.mark.integration
def test_run_writes_html_with_the_answer_and_audits_each_cell_under_the_run(served: Path, make_notebook, tmp_path: Path) -> None:
    nb_path = make_notebook([
        "import workbench\nwb = workbench.connect()",
        'answer = wb.ask("Name one primary colour.", max_tokens=8)\nprint("ANSWER:", answer.text)',
        'a = wb.ask("Write one line to jane.doe@example.com", max_tokens=4)\nprint(a.sent[-1]["content"])',
    ], name="ask")
    out = tmp_path / "out"
    result = _invoke("run", str(nb_path), "--out", str(out), "--to", "html", "--to", "ipynb", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    run_id = summary["run_id"]
    html, ipynb = Path(summary["outputs"]["html"]), Path(summary["outputs"]["ipynb"])
    assert html.parent == out and html.is_file()

    executed = nbformat.read(ipynb, as_version=4)
    ask_cell, pii_cell = executed.cells[1], executed.cells[2]
    answer = "".join(o.text for o in ask_cell.outputs if o.output_type == "stream")
    assert answer.startswith("ANSWER:")
    page = _text(html)
    assert " ".join(answer.split()) in page  # the answer, as the reader sees it

    log = AuditLog.open(load_settings())
    first, second = one_per_call(log.records(run_id=run_id))
    assert first["cell_id"] == ask_cell.id and second["cell_id"] == pii_cell.id
    assert first["run_id"] == run_id and first["outcome"] == "answered"
    assert first["notebook_path"] == str(nb_path.resolve())
    assert second["redaction"] == {"EMAIL_ADDRESS": 1}

    footer = page.split("Workbench report ·")[-1]
    head = log.head()
    for fact in (run_id, head["hash"], "model calls: 2", "redaction summary: EMAIL_ADDRESS × 1",
                 first["gen_ai.response.model"]):
        assert fact in footer
    assert "jane.doe" not in footer and "jane.doe" not in Path(summary["outputs"]["json"]).read_text()
    assert summary["calls"] == 2 and summary["audit_head"]["hash"] == head["hash"]
    assert "WORKBENCH_RUN_ID" not in os.environ  # only the kernel's environment carried it


def test_a_failing_cell_fails_the_run_and_names_the_cell(make_notebook, tmp_path: Path) -> None:
    nb_path = make_notebook(["x = 1", "secret_value = 'do-not-print'\nraise ValueError(secret_value)", "print('never')"])
    cell_id = nbformat.read(nb_path, as_version=4).cells[1].id
    out = tmp_path / "out"
    result = _invoke("run", str(nb_path), "--out", str(out))
    assert result.exit_code == 1
    assert f"cell 2 (id '{cell_id}') raised ValueError" in result.stderr
    assert "do-not-print" not in result.output  # an exception's message may hold data
    (partial,) = out.glob("*-FAILED.ipynb")
    executed = nbformat.read(partial, as_version=4)
    assert executed.cells[1].outputs[-1].output_type == "error"
    assert executed.cells[2].outputs == []  # the run stopped at the failing cell
    assert (partial.with_suffix(".html")).is_file()


def test_parameters_are_injected_after_the_parameters_cell(make_notebook, tmp_path: Path) -> None:
    nb_path = make_notebook(["print(region, top_n + 1, flags)"], params="region = 'EMEA'\ntop_n = 3\nflags = []")
    result = _invoke("run", str(nb_path), "--out", str(tmp_path), "--to", "ipynb",
                     "-p", "region=APAC", "-p", "top_n=5", "-p", "flags=[1, 2]")
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("nb-*.ipynb")
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[1].metadata.tags == ["injected-parameters"]
    assert nb.cells[2].outputs[0].text.strip() == "APAC 6 [1, 2]"
    assert nb.metadata.papermill["parameters"] == ["flags", "region", "top_n"]  # names, not values


def test_parse_param() -> None:
    assert parse_param("n=5") == ("n", 5)
    assert parse_param("on=true") == ("on", True)
    assert parse_param("region=EMEA") == ("region", "EMEA")
    assert parse_param("week=2026-W47") == ("week", "2026-W47")
    assert parse_param('s="5"') == ("s", "5")
    with pytest.raises(Exception, match="name=value"):
        parse_param("not an assignment")


def test_html_loads_nothing_from_the_network(make_notebook, tmp_path: Path) -> None:
    result = run_report(make_notebook(["1 + 1"]), out_dir=tmp_path, formats=["html"])
    html = result.outputs["html"].read_text()
    assert "<script src=\"http" not in html and "cdnjs" not in html
    assert "run id" in html


def test_pdf_without_chromium_is_skipped_with_a_clear_message(make_notebook, tmp_path: Path, isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "workbench.toml").write_text('[reports]\nchromium = "/nonexistent/chromium"\n')
    result = _invoke("run", str(make_notebook(["1 + 1"])), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0, result.output
    assert "Chromium not found" in result.stderr and "apt-get install chromium" in result.stderr
    assert not list((tmp_path / "out").glob("*.pdf")) and list((tmp_path / "out").glob("*.html"))


@pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (apt-get install chromium)")
def test_pdf_through_headless_chromium(make_notebook, tmp_path: Path) -> None:
    result = run_report(make_notebook(["print('hello pdf')"]), out_dir=tmp_path, formats=["pdf"])
    assert result.outputs["pdf"].read_bytes().startswith(b"%PDF-")
    assert not result.skipped


def test_a_failing_cell_raises_cell_failed_from_the_library(make_notebook, tmp_path: Path) -> None:
    with pytest.raises(CellFailed) as info:
        run_report(make_notebook(["1/0"]), out_dir=tmp_path)
    assert info.value.index == 1 and info.value.ename == "ZeroDivisionError"


def test_plots_render_without_matplotlib_inline(make_notebook, tmp_path: Path) -> None:
    nb_path = make_notebook(["import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()"])
    result = run_report(nb_path, out_dir=tmp_path, formats=["ipynb", "html"])
    cell = nbformat.read(result.outputs["ipynb"], as_version=4).cells[0]
    assert any("image/png" in o.get("data", {}) for o in cell.outputs)
    assert "data:image/png;base64," in result.outputs["html"].read_text()


def test_the_kernel_uses_the_runs_home(make_notebook, tmp_path: Path) -> None:
    other = load_settings(home=str(tmp_path / "other-home"))
    nb_path = make_notebook(["import os\nprint(os.environ['WORKBENCH_HOME'], os.environ['WORKBENCH_RUN_ID'])"])
    result = run_report(nb_path, settings=other, out_dir=tmp_path, formats=["ipynb"])
    printed = nbformat.read(result.outputs["ipynb"], as_version=4).cells[0].outputs[0].text.split()
    assert printed == [str(other.home), result.run_id]


def test_a_cell_that_runs_too_long_fails_the_run_naming_the_cell(make_notebook, tmp_path: Path) -> None:
    nb_path = make_notebook(["x = 1", "import time\ntime.sleep(30)"])
    cell_id = nbformat.read(nb_path, as_version=4).cells[1].id
    result = _invoke("run", str(nb_path), "--out", str(tmp_path), "--timeout", "1")
    assert result.exit_code == 1
    assert f"timed out in cell 2 (id '{cell_id}')" in result.stderr and "--timeout" in result.stderr
