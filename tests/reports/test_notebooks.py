"""Every notebook in notebooks/ runs headless against the embedded model, as CI runs it."""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
import pytest

from workbench.reports import run_report

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


def test_there_are_example_notebooks() -> None:
    assert {p.stem for p in NOTEBOOKS} >= {"quickstart", "audit_review", "weekly_report", "corpus_rag"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_stored_clean_and_parameterised(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code), "commit notebooks without outputs"
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "max_tokens" in params[0].source


@pytest.mark.integration
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_headless(served: Path, path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "test-only passphrase for the example corpus")  # corpus_rag
    started = time.perf_counter()
    result = run_report(path, params={"max_tokens": 8}, out_dir=tmp_path, formats=["ipynb", "html"])
    seconds = time.perf_counter() - started
    executed = nbformat.read(result.outputs["ipynb"], as_version=4)
    errors = [c.id for c in executed.cells if any(o.output_type == "error" for o in c.get("outputs", []))]
    assert not errors
    assert result.calls >= 1 and result.outcomes == {"answered": result.calls}
    print(f"{path.stem}: {seconds:.1f} s, {result.calls} calls")
