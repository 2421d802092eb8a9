"""One real gateway (a child process on loopback) in front of the recording server, per module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from workbench.bench import Behaviour, RecordingServer
from workbench.gateway import Launched, TokenStore, launch

UPSTREAM_KEY = "upstream-secret-0d1f"
ENTRY = "from workbench.cli import main; main()"


def workbench_cli(*args: str, home: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["WORKBENCH_HOME"] = str(home)
    return subprocess.run([sys.executable, "-c", ENTRY, *args], env=env, capture_output=True, text=True,
                          check=check, timeout=120)


@dataclass
class Gateway:
    launched: Launched
    upstream: RecordingServer
    home: Path
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.launched.url

    @property
    def base_url(self) -> str:
        return self.launched.base_url

    def call(self, method: str, path: str, body: Any = None, token: str | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, Any]:
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json", **(headers or {})})
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=60) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"null")

    def audit(self) -> list[dict[str, Any]]:
        out = workbench_cli("audit", "export", "--format", "jsonl", home=self.home).stdout
        return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("gateway")
    home = root / "gateway-home"
    key_file = root / "upstream.key"
    key_file.write_text(UPSTREAM_KEY + "\n")
    key_file.chmod(0o600)
    store = TokenStore(home)
    tokens = {user: store.add(user) for user in ("alice", "bob", "carol")}
    (home / "workbench.toml").write_text('[corpus]\nkdf_cost = 10\n[gateway]\nworkers = 24\n')
    with RecordingServer(Behaviour(echo=True, api_key=UPSTREAM_KEY, models=["test-model"])) as upstream:
        env = {k: "" for k in os.environ if k.startswith("WORKBENCH_")}
        with launch(home, upstream.base_url, str(key_file), env=env) as launched:
            yield Gateway(launched, upstream, home, tokens)
