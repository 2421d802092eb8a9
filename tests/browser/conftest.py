"""Browser tests: real JupyterLab, Debian's Chromium (headless), driven by Python Playwright.

Never `playwright install`: the browser is /usr/bin/chromium (`make install` adds it as root).
Without it, or without the playwright package, every test here is skipped with the reason.
Screenshots are kept under artifacts/browser/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..server.jupyter import start_jupyter, stop_jupyter

CHROMIUM = os.environ.get("WORKBENCH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "browser"



@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: `apt-get install chromium` (make install does it as root)")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path: str):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def lab(server_home: Path, tmp_path_factory: pytest.TempPathFactory):
    """JupyterLab on loopback with a token; kernels talk to the session's llama.cpp server."""
    root = tmp_path_factory.mktemp("lab") / "root"
    root.mkdir()
    running = start_jupyter(root, server_home, app="lab", timeout=120)
    yield running
    stop_jupyter(running)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "jupyterlab.log").write_text(running.log.read_text(errors="replace"))  # token masked by Jupyter


@pytest.fixture
def page(browser, lab, request: pytest.FixtureRequest):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda msg: console.append(f"{msg.type}: {msg.text}"))
    page.console_log = console  # type: ignore[attr-defined]
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-failed.png"))
        (ARTIFACTS / f"{request.node.name}-console.txt").write_text("\n".join(console))
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report
