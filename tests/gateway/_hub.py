"""A real JupyterHub on loopback, shared by tests/gateway/test_hub.py and tests/browser/test_hub_lab.py.

DummyAuthenticator (any password), SimpleLocalProcessSpawner (``--allow-root``: tests run as root),
configurable-http-proxy from npm (``make install`` puts it in .venv/node_modules); users alice
(group analysts) and bob (auditors); the gateway (``workbench gateway serve --auth hub``) as a
Hub-managed service with its own WORKBENCH_HOME; a ``tester`` service token for the Hub's API.
Each user's server gets WORKBENCH_GATEWAY_URL and strict egress, and no upstream key.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.bench import Behaviour, RecordingServer

from .conftest import ENTRY, UPSTREAM_KEY

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "workbench-gateway"
TESTER = "tester-" + uuid.uuid4().hex


def chp() -> str | None:
    local = ROOT / ".venv" / "node_modules" / ".bin" / "configurable-http-proxy"
    return str(local) if local.exists() else shutil.which("configurable-http-proxy")


def port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CONFIG = """
import sys
c = get_config()  # noqa: F821
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {hub_port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {api_port}
c.JupyterHub.db_url = "sqlite:///{root}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{root}/cookie_secret"
c.JupyterHub.pid_file = "{root}/hub.pid"
c.ConfigurableHTTPProxy.command = ["{chp}"]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.pid_file = "{root}/proxy.pid"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = {{"alice", "bob"}}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{root}/users/{{username}}"
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.args = ["--allow-root", "--ServerApp.jpserver_extensions={{'workbench.server': False}}"]
c.Spawner.start_timeout = 60
c.Spawner.http_timeout = 60
c.Spawner.environment = {{
    "WORKBENCH_GATEWAY_URL": "http://127.0.0.1:{gw_port}",
    "WORKBENCH_HOME": lambda spawner: "{root}/users/" + spawner.user.name + "/wb",
    "WORKBENCH_EGRESS": "strict",  # the kernel library may reach the gateway only
    "UPSTREAM_URL": "{upstream}",
}}
c.JupyterHub.services = [
    {{"name": "{service}", "url": "http://127.0.0.1:{gw_port}", "display": False,
      "command": [sys.executable, "-c", "{entry}", "gateway", "serve", "--auth", "hub",
                  "--upstream", "{upstream}", "--upstream-key-file", "{key_file}"],
      "environment": {{"WORKBENCH_HOME": "{gw_home}"}}}},
    {{"name": "tester", "api_token": "{tester}"}},
]
c.JupyterHub.load_groups = {{"analysts": {{"users": ["alice"]}}, "auditors": {{"users": ["bob"]}}}}
c.JupyterHub.load_roles = [
    {{"name": "tester", "services": ["tester"],
      "scopes": ["admin:users", "admin:servers", "admin:groups", "access:servers", "tokens"]}},
    {{"name": "user", "scopes": ["self", "access:services!service={service}"]}},
    # a kernel's JUPYTERHUB_API_TOKEN (the server's token) may use the gateway and name its groups
    {{"name": "server", "scopes": ["users:activity!user", "access:servers!server", "read:users:name!user",
                                  "read:users:groups!user", "access:services!service={service}"]}},
]
"""


class Hub:
    def __init__(self, root: Path, upstream: str, extra_config: str = "") -> None:
        """Write the config (``extra_config`` is Python appended to it) and start the Hub."""
        self.root = root
        self.hub_port, self.gw_port = port(), port()
        self.gw_home = root / "gateway-home"
        key_file = root / "upstream.key"
        key_file.write_text(UPSTREAM_KEY + "\n")
        key_file.chmod(0o600)
        self.gw_home.mkdir()
        for user in ("alice", "bob"):  # the kernels send raw text: the gateway's own PII check is under test
            (root / "users" / user / "wb").mkdir(parents=True)
            (root / "users" / user / "wb" / "workbench.toml").write_text(
                f'[privacy]\nenabled = false\n[guard]\nallow_hosts = ["127.0.0.1:{self.gw_port}"]\n')
        (self.gw_home / "workbench.toml").write_text("[corpus]\nkdf_cost = 10\n")
        (root / "jupyterhub_config.py").write_text(CONFIG.format(
            root=root, hub_port=self.hub_port, api_port=port(), proxy_api_port=port(), chp=chp(),
            gw_port=self.gw_port, upstream=upstream, service=SERVICE, entry=ENTRY, key_file=key_file,
            gw_home=self.gw_home, tester=TESTER) + extra_config)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBENCH_", "JUPYTERHUB_", "JPY_"))}
        env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
        self.log = open(root / "hub.log", "wb")
        self.process = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(root / "jupyterhub_config.py")],
                                        cwd=root, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.hub_port}"

    def api(self, method: str, path: str, body: Any = None, token: str = TESTER, base: str | None = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request((base or self.url) + path, data=data, method=method,
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                raw = resp.read()
                return resp.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                return exc.code, json.loads(raw)
            except ValueError:
                return exc.code, raw.decode(errors="replace")

    def wait(self, what: str, check: Any, timeout: float = 90.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the Hub exited while waiting for {what}: {self.tail()}")
            try:
                value = check()
                if value:
                    return value
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.25)
        raise AssertionError(f"timed out waiting for {what}: {self.tail()}")

    def tail(self) -> str:
        self.log.flush()
        return (self.root / "hub.log").read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(8)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the proxy, servers and service it started
        except ProcessLookupError:
            pass
        self.process.wait()
        self.log.close()

    def server_ready(self, user: str) -> bool:
        return bool((self.api("GET", f"/hub/api/users/{user}")[1] or {})
                    .get("servers", {}).get("", {}).get("ready"))

    def gateway_call(self, method: str, path: str, token: str, body: Any = None) -> tuple[int, Any]:
        return self.api(method, path, body, token=token, base=f"http://127.0.0.1:{self.gw_port}")

    def run_cells(self, user: str, cells: list[tuple[str, str]]) -> str:
        """Start a kernel in ``user``'s server and execute each (cell id, code), as JupyterLab does."""
        status, kernel = self.api("POST", f"/user/{user}/api/kernels", {"name": "python3"})
        assert status == 201, (status, kernel)
        url = self.url.replace("http", "ws") + f"/user/{user}/api/kernels/{kernel['id']}/channels"
        return asyncio.run(_execute_all(url, cells))


async def _execute_all(ws_url: str, cells: list[tuple[str, str]]) -> str:
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    conn = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {TESTER}"}))
    try:
        return "".join([await _execute(conn, code, cell_id) for cell_id, code in cells])
    finally:
        conn.close()


async def _execute(conn: Any, code: str, cell_id: str, timeout: float = 60.0) -> str:
    msg_id, out = uuid.uuid4().hex, []
    conn.write_message(json.dumps({
        "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex, "msg_type": "execute_request",
                   "version": "5.3"},
        "parent_header": {}, "metadata": {"cellId": cell_id}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True}}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = await asyncio.wait_for(conn.read_message(), timeout=deadline - time.monotonic())
        if raw is None:
            break
        msg = json.loads(raw)
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["header"]["msg_type"]
        if kind == "stream":
            out.append(msg["content"]["text"])
        elif kind == "error":
            out.append("ERROR " + msg["content"]["ename"] + ": " + msg["content"]["evalue"])
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            break
    return "".join(out)


@contextlib.contextmanager
def running_hub(root: Path, *, spawn: tuple[str, ...] = ("alice", "bob"), extra_config: str = "",
                timeout: float = 90.0) -> Iterator[tuple[Hub, RecordingServer]]:
    """The recording upstream (which wants UPSTREAM_KEY), the Hub with the gateway ready, and the
    servers of ``spawn`` started and ready; everything the Hub started is gone afterwards."""
    with RecordingServer(Behaviour(echo=True, api_key=UPSTREAM_KEY, models=["test-model"])) as upstream:
        hub = Hub(root, upstream.base_url, extra_config)
        try:
            t0 = time.monotonic()
            hub.wait("the Hub API", lambda: hub.api("GET", "/hub/api/")[0] == 200, timeout)
            print(f"hub: API up after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            for user in spawn:
                status, body = hub.api("POST", f"/hub/api/users/{user}/server")
                assert status in (201, 202), (status, body)
            hub.wait("the gateway service", lambda: hub.gateway_call("GET", "/health", TESTER)[0] == 200, timeout)
            print(f"hub: gateway ready after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            for user in spawn:
                hub.wait(f"{user}'s server", lambda u=user: hub.server_ready(u), timeout)
            print(f"hub: gateway and servers ready after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            yield hub, upstream
        finally:
            hub.stop()
