"""JupyterLab in hub mode, seen through headless Chromium.

A real JupyterHub on loopback (tests/gateway/_hub.py) with the gateway as a Hub-managed service:
alice logs in on the Hub's login page, the Hub spawns her JupyterLab (WORKBENCH_GATEWAY_URL, strict
egress, no upstream key), the status bar says "via gateway <url> as alice", a notebook's ``%%ask``
cell answers (the name redacted on the way out,
restored in the answer), the Audit sidebar shows the call, and the gateway's own audit has the call as alice with that cell's id.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import nbformat
import pytest

from ..gateway._hub import chp, running_hub
from ..gateway.conftest import workbench_cli
from .conftest import ARTIFACTS
from .test_lab import CURRENT, _run_all

pytestmark = [
    pytest.mark.skipif(chp() is None, reason="configurable-http-proxy is not installed (make install adds it)"),
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed (configurable-http-proxy needs it)"),
]

ASK_CELL = "hub-ask-cell"
NAME = "Maria Gonzalez"
PROMPT = f"Say hello to {NAME} at the EMEA desk."

# The users' servers are JupyterLab with the workbench server extension on (its status route feeds
# the status bar); no "get news?" toast in the screenshot.
LAB = """
c.Spawner.default_url = "/lab"
c.Spawner.args = ["--allow-root"]
c.Spawner.environment["JUPYTERLAB_SETTINGS_DIR"] = "{settings}"
c.Spawner.environment["JUPYTERLAB_WORKSPACES_DIR"] = lambda spawner: "{root}/workspaces/" + spawner.user.name
"""


def _lab_config(root: Path) -> str:
    settings = root / "lab-settings"
    notify = settings / "@jupyterlab" / "apputils-extension"
    notify.mkdir(parents=True)
    (notify / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    return LAB.format(settings=settings, root=root)


def _write_notebook(path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("%load_ext workbench", id="hub-load-cell"),
                nbformat.v4.new_code_cell(f"%%ask --max-tokens 16\n{PROMPT}", id=ASK_CELL)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))


def _kernel_idle(hub, user: str, path: str) -> bool:
    status, sessions = hub.api("GET", f"/user/{user}/api/sessions")
    states = [s["kernel"]["execution_state"] for s in (sessions if status == 200 else [])
              if s.get("path") == path and s.get("kernel")]
    return bool(states) and states[0] == "idle"


def _answered(gw_home: Path) -> list[dict]:
    out = workbench_cli("audit", "export", "--format", "jsonl", home=gw_home).stdout
    return [r for r in map(json.loads, out.splitlines()) if r.get("outcome") == "answered"]


def test_alice_logs_in_through_the_hub_and_asks_via_the_gateway(browser, tmp_path_factory) -> None:
    root = tmp_path_factory.mktemp("hub-lab")
    t0 = time.monotonic()
    with running_hub(root, spawn=(), extra_config=_lab_config(root)) as (hub, upstream):
        home = root / "users" / "alice"  # her home: the Hub spawns her server there
        _write_notebook(home / "hub.ipynb")
        # her kernel redacts first, as in production (the harness turns it off to test the gateway's own check)
        (home / "wb" / "workbench.toml").write_text(f'[guard]\nallow_hosts = ["127.0.0.1:{hub.gw_port}"]\n')
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        context.set_default_timeout(60_000)
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda msg: console.append(f"{msg.type}: {msg.text}"))
        try:
            page.goto(f"{hub.url}/hub/login")
            page.fill("#username_input", "alice")
            page.fill("#password_input", "any")  # DummyAuthenticator
            page.click("#login_submit")
            page.wait_for_url("**/user/alice/lab**", timeout=90_000)  # spawned by the Hub, then redirected
            assert hub.server_ready("alice")
            print(f"hub-lab: alice's Lab after {time.monotonic() - t0:.1f} s", flush=True)

            page.goto(f"{hub.url}/user/alice/lab/tree/hub.ipynb?reset")
            page.wait_for_selector("#jp-main-statusbar", state="visible")
            model = page.locator("[data-testid=workbench-status-model]")
            model.wait_for()
            page.wait_for_function(
                "() => document.querySelector('[data-testid=workbench-status-model]')?.dataset.health === 'ok'")
            gateway_url = f"http://127.0.0.1:{hub.gw_port}"
            assert f"via gateway {gateway_url} as alice" in model.inner_text(), model.inner_text()

            page.wait_for_selector(f"{CURRENT} .jp-Notebook .jp-Cell")
            hub.wait("alice's kernel", lambda: _kernel_idle(hub, "alice", "hub.ipynb"))
            time.sleep(1.0)  # let the page's kernel connection settle too
            _run_all(page)
            answer = page.locator(f"{CURRENT} .jp-Cell").nth(1).locator(".jp-RenderedMarkdown")
            page.wait_for_function(
                f"() => {{ const m = document.querySelectorAll('{CURRENT} .jp-Cell')[1]"
                "?.querySelector('.jp-RenderedMarkdown'); return m && m.innerText.includes('EMEA desk'); }",
                timeout=90_000)
            text = answer.inner_text()
            print(f"hub-lab: answered after {time.monotonic() - t0:.1f} s", flush=True)
            assert page.locator("[data-testid=workbench-status-redaction]").inner_text() == "PII redaction on"

            # the Audit sidebar reads alice's own records from the gateway
            page.locator(".jp-SideBar.jp-mod-right li[data-id='workbench-audit']").click()
            page.wait_for_function("() => document.querySelector('[data-testid=workbench-audit-call]')"
                                   "?.innerText.includes('answered')", timeout=60_000)
            call = page.locator("[data-testid=workbench-audit-call]").first.inner_text()
            assert "via gateway" in call and "[2]" in call, call  # the second cell's call, as the gateway logged it
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "06-hub-lab-ask-via-gateway.png"))
        except Exception:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "06-hub-lab-failed.png"))
            (ARTIFACTS / "06-hub-lab-console.txt").write_text("\n".join(console) + "\n\n" + hub.tail())
            raise
        finally:
            context.close()

        assert NAME in text and "EMEA desk" in text  # the echoing upstream's answer, restored in the kernel
        sent = [body for body in upstream.raw_bodies if b"EMEA desk" in body]
        assert sent and not any(NAME.encode() in body for body in sent)  # the upstream saw a placeholder
        deadline = time.monotonic() + 10  # the outcome half of the two-phase record lands after the answer
        while not (records := [r for r in _answered(hub.gw_home) if r.get("cell_id") == ASK_CELL]):
            assert time.monotonic() < deadline, _answered(hub.gw_home)
            time.sleep(0.3)
        (record,) = records
        assert record["user"] == "alice"  # the Hub's word, not the kernel's
        assert record["entry_point"] == "gateway" and record["claims"]["entry_point"] == "magic"
        assert record["claims"]["notebook_path"].endswith("/users/alice/hub.ipynb")
        assert workbench_cli("audit", "verify", home=hub.gw_home, check=False).returncode == 0
