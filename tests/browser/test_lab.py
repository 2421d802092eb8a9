"""The workbench in a real JupyterLab, seen through headless Chromium."""

from __future__ import annotations

import re
import time
from pathlib import Path

import nbformat
import pytest

from .conftest import ARTIFACTS

pytestmark = pytest.mark.integration

CURRENT = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook tab in front


def _notebook(lab, name: str, cells: list[str]) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(Path(lab.root) / name))
    return name


def _open(page, lab, path: str = "") -> None:
    target = f"{lab.url}/lab/tree/{path}?reset&token={lab.token}" if path else f"{lab.url}/lab?token={lab.token}"
    page.goto(target)
    page.wait_for_selector("#jp-main-statusbar", state="visible")
    if path:
        page.wait_for_selector(f"{CURRENT} .jp-Notebook .jp-Cell")
        _wait_kernel_idle(lab, path)


def _wait_kernel_idle(lab, path: str, timeout: float = 90.0) -> None:
    """The notebook's kernel has started and is idle (asked of the server, not the page)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _, sessions = lab.get("/api/sessions")
        states = [s["kernel"]["execution_state"] for s in sessions if s.get("path") == path and s.get("kernel")]
        if states and states[0] == "idle":
            time.sleep(1.0)  # let the page's kernel connection settle too
            return
        time.sleep(0.5)
    raise AssertionError(f"the kernel of {path} did not become idle in {timeout:.0f} s")


def _run_all(page) -> None:
    """Restart the kernel and run every cell (the notebook toolbar's button, then Restart)."""
    page.locator(f"{CURRENT} .jp-NotebookPanel-toolbar [data-command='notebook:restart-run-all']").click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for()
    dialog.locator(".jp-mod-accept").click()
    dialog.wait_for(state="detached")
    page.wait_for_function("() => [...document.querySelectorAll('.jp-InputPrompt')]"
                           ".some(p => /\\[[*0-9]+\\]/.test(p.innerText))", timeout=60_000)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_status_bar_shows_the_model_and_that_redaction_is_on(page, lab) -> None:
    _open(page, lab)
    redaction = page.locator("[data-testid=workbench-status-redaction]")
    redaction.wait_for()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=workbench-status-model]')?.dataset.health === 'ok'")
    assert redaction.inner_text() == "PII redaction on"
    model = page.locator("[data-testid=workbench-status-model]").inner_text()
    assert "llamacpp" in model and "ready" in model, model
    _shot(page, "01-status-bar")


def test_ask_cell_answers_and_appears_in_the_audit_sidebar(page, lab) -> None:
    path = _notebook(lab, "ask.ipynb", ["%load_ext workbench",
                                        "%%ask --max-tokens 12\nName one primary colour for jane.doe@example.com."])
    _open(page, lab, path)
    _run_all(page)
    answer = page.locator(".jp-Cell").nth(1).locator(".jp-RenderedMarkdown")
    answer.wait_for(timeout=120_000)
    page.wait_for_function(
        "() => { const m = document.querySelectorAll('.jp-Cell')[1]?.querySelector('.jp-RenderedMarkdown');"
        " return m && m.innerText.trim() && m.innerText.trim() !== '…'; }", timeout=120_000)
    assert answer.inner_text().strip()

    page.locator(".jp-SideBar.jp-mod-right li[data-id='workbench-audit']").click()
    call = page.locator("[data-testid=workbench-audit-call]").first
    call.wait_for(timeout=30_000)
    # opened while the answer still streamed, the sidebar shows the call unfinished until the
    # cell's run ends and it reloads
    page.wait_for_function("() => document.querySelector('[data-testid=workbench-audit-call]')"
                           "?.innerText.includes('answered')", timeout=60_000)
    text = call.inner_text()
    assert "answered" in text and "EMAIL_ADDRESS×1" in text, text
    assert re.search(r"tokens [\d–]+ in / \d+ out", text), text
    marker = page.locator("[data-testid=workbench-cell-calls]").first
    assert marker.inner_text() == "1 call"
    call.click()  # scrolls to the cell and marks it active
    page.wait_for_function("() => document.querySelectorAll('.jp-Cell')[1].classList.contains('jp-mod-active')")
    _shot(page, "02-ask-and-audit-sidebar")


def test_chat_panel_previews_placeholders_then_sends(page, lab) -> None:
    path = _notebook(lab, "chat.ipynb", ["%load_ext workbench", "%workbench chat --max-tokens 16"])
    _open(page, lab, path)
    _run_all(page)
    draft = page.locator(".wb-draft textarea")
    draft.wait_for(timeout=120_000)
    draft.fill("Write one short greeting to Jane Doe at jane.doe@example.com.")
    page.locator("button.wb-review").click()
    preview = page.locator("[data-testid=wb-preview]")
    preview.wait_for()
    sent = preview.locator("[data-testid=wb-sent]").last.inner_text()
    assert "jane.doe@example.com" not in sent and "<EMAIL_ADDRESS_1>" in sent, sent
    assert preview.locator("mark.wb-ph").count() >= 1
    assert page.locator("button.wb-send").is_visible() and page.locator("button.wb-edit").is_visible()
    _shot(page, "03-chat-preview")

    page.locator("button.wb-send").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=wb-answer]')].some("
        "a => a.innerText.includes('tokens') && !a.innerText.includes('▍'))", timeout=120_000)
    answer = page.locator("[data-testid=wb-answer]").last.inner_text()
    assert "audit" in answer
    assert page.locator(".wb-draft textarea").is_visible()  # back to composing
    _shot(page, "04-chat-answer")

    page.locator("button.wb-insert").last.click()  # the answer becomes a Markdown cell below
    page.wait_for_function(f"() => document.querySelectorAll('{CURRENT} .jp-MarkdownCell').length === 1")
    page.locator(".jp-SideBar.jp-mod-right li[data-id='workbench-audit']").click()
    call = page.locator("[data-testid=workbench-audit-call]").first
    call.wait_for(timeout=30_000)
    assert "via chat" in call.inner_text() and "EMAIL_ADDRESS×1" in call.inner_text()
    _shot(page, "05-chat-inserted-and-audited")
