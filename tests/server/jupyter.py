"""A real Jupyter server (or JupyterLab) on a free loopback port, for the server and browser tests."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class RunningJupyter:
    url: str
    token: str
    root: Path
    proc: subprocess.Popen[bytes]
    log: Path

    def get(self, path: str, *, token: bool = True) -> tuple[int, Any]:
        """GET ``path`` (relative to the server root); returns (status, parsed JSON or text)."""
        headers = {"Authorization": f"token {self.token}"} if token else {}
        request = urllib.request.Request(self.url + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as resp:  # noqa: S310 (loopback)
                body, status = resp.read().decode(), resp.status
        except urllib.error.HTTPError as exc:
            body, status = exc.read().decode(), exc.code
        try:
            return status, json.loads(body)
        except ValueError:
            return status, body

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_jupyter(root: Path, workbench_home: Path, *, app: str = "server", timeout: float = 90.0) -> RunningJupyter:
    """``jupyter server`` or ``jupyter lab`` on 127.0.0.1 with a token, isolated from ~/.jupyter."""
    port, token = free_port(), secrets.token_hex(16)
    state = root.parent / f"jupyter-state-{port}"
    settings_dir = state / "lab-settings"
    notify = settings_dir / "@jupyterlab" / "apputils-extension"
    notify.mkdir(parents=True, exist_ok=True)
    # No "get news?" toast in screenshots; no update check (nothing outside loopback anyway).
    (notify / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    env = {
        **os.environ,
        "WORKBENCH_HOME": str(workbench_home),
        "JUPYTER_TOKEN": token,
        "JUPYTER_CONFIG_DIR": str(state / "config"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings_dir),
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
        "PYTHONUNBUFFERED": "1",
    }
    argv = [sys.executable, "-m", "jupyter", app, "--no-browser", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}"]
    if os.geteuid() == 0:
        argv.append("--allow-root")
    log = state / "jupyter.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    running = RunningJupyter(url=f"http://127.0.0.1:{port}", token=token, root=root, proc=proc, log=log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"jupyter {app} exited ({proc.returncode}):\n{running.log_tail()}")
        try:
            status, _ = running.get("/api/status")
            if status == 200:
                return running
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    stop_jupyter(running)
    raise RuntimeError(f"jupyter {app} did not answer in {timeout:.0f} s:\n{running.log_tail()}")


def stop_jupyter(running: RunningJupyter) -> None:
    try:
        os.killpg(running.proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        running.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(running.proc.pid, signal.SIGKILL)
        running.proc.wait(timeout=5)
