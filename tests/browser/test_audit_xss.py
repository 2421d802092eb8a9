"""The Audit sidebar shows audit-log fields as text: a record whose fields hold HTML (anyone who
can write the log controls them) runs no script in the analyst's JupyterLab (stored XSS)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from workbench.audit import AuditLog
from workbench.config import load_settings

from ..server.jupyter import start_jupyter, stop_jupyter
from .conftest import ARTIFACTS

PAYLOAD = '<img src=x onerror="window.__wbxss=(window.__wbxss||0)+1">'


@pytest.fixture
def xss_lab(tmp_path: Path):
    home, root = tmp_path / "home", tmp_path / "root"
    root.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1 + 1")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(root / "x.ipynb"))
    log = AuditLog.open(load_settings(env={"WORKBENCH_HOME": str(home)}))
    try:
        log.append({"time": "2026-12-01T06:00:00+00:00", "outcome": "answered", "user": "ana",
                    "notebook_path": str(root / "x.ipynb"), "cell_id": nb.cells[0]["id"],
                    "execution_count": PAYLOAD, "gen_ai.request.model": PAYLOAD, "entry_point": PAYLOAD,
                    "redaction": {PAYLOAD: 1}, "gen_ai.usage.input_tokens": PAYLOAD})
    finally:
        log.close()
    running = start_jupyter(root, home, app="lab", timeout=120)
    yield running
    stop_jupyter(running)


def test_audit_fields_are_text_not_html(browser, xss_lab) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        page.goto(f"{xss_lab.url}/lab/tree/x.ipynb?reset&token={xss_lab.token}")
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
        page.locator(".jp-SideBar.jp-mod-right li[data-id='workbench-audit']").click()
        call = page.locator("[data-testid=workbench-audit-call]").first
        call.wait_for()
        page.wait_for_timeout(500)  # an injected <img> would have fired onerror by now
        assert page.evaluate("window.__wbxss") is None
        assert page.locator("#workbench-audit img").count() == 0
        assert "<img src=x" in call.inner_text()  # shown, as text
    except Exception:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "audit-xss-failed.png"))
        raise
    finally:
        context.close()
