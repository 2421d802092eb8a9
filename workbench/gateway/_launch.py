"""Start a gateway as a child process and wait until ``/health`` says ready (tests, bench, hub).

The child is ``workbench gateway serve`` with its own WORKBENCH_HOME; ``--port 0`` picks a free
port, read back from ``GATEWAY_HOME/run/gateway.json`` once the gateway is ready.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import ServerStartError

ENTRY = "from workbench.cli import main; main()"


def command(*args: str) -> list[str]:
    """``workbench ARGS`` with this interpreter (no PATH needed)."""
    return [sys.executable, "-c", ENTRY, *args]


@dataclass
class Launched:
    process: subprocess.Popen[bytes]
    home: Path
    url: str  # http://127.0.0.1:PORT (the OpenAI base URL is url + "/v1")
    log: Path

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    def stop(self, timeout: float = 10.0) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        return self.process.returncode

    def __enter__(self) -> Launched:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def launch(home: Path, upstream: str | Sequence[str], key_file: str | None = None, *, auth: str = "tokens",
           env: Mapping[str, str] | None = None, timeout: float = 120.0, host: str = "127.0.0.1",
           args: Sequence[str] = ()) -> Launched:
    """``upstream``: one URL or several; ``args``: more ``gateway serve`` options (``--audit-url``)."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    state = home / "run" / "gateway.json"
    state.unlink(missing_ok=True)
    child_env = {**os.environ, **(env or {}), "WORKBENCH_HOME": str(home)}
    ups = [upstream] if isinstance(upstream, str) else list(upstream)
    argv = ["gateway", "serve", "--host", host, "--port", "0", "--auth", auth, *args]
    for url in ups:
        argv += ["--upstream", url]
    if key_file:
        argv += ["--upstream-key-file", str(key_file)]
    log = home / "gateway.log"
    with open(log, "ab") as out:
        process = subprocess.Popen(command(*argv), env=child_env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerStartError(f"The gateway exited with code {process.returncode}; see {log}.")
        if state.exists():
            try:
                url = json.loads(state.read_text())["url"]
                with urllib.request.urlopen(url + "/health", timeout=2) as resp:  # noqa: S310 (loopback)
                    if resp.status == 200:
                        return Launched(process, home, url, log)
            except (OSError, ValueError, KeyError, urllib.error.URLError):
                pass
        time.sleep(0.1)
    process.kill()
    raise ServerStartError(f"The gateway was not ready within {timeout:.0f} s; see {log}.")
