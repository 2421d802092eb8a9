"""A real JupyterHub on loopback: two users, the gateway as a Hub-managed service (``--auth hub``).

DummyAuthenticator, SimpleLocalProcessSpawner (``--allow-root``: tests run as root),
configurable-http-proxy from npm (``make install`` puts it in .venv/node_modules). Each user's
single-user server runs a kernel that asks through the gateway with its JUPYTERHUB_API_TOKEN;
the gateway's audit names the right user and cell; bob cannot search alice's corpus until a
grant; a kernel holds no upstream key.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest

from workbench.bench import Behaviour, RecordingServer

from .conftest import ENTRY, UPSTREAM_KEY, workbench_cli

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "workbench-gateway"
TESTER = "tester-" + uuid.uuid4().hex


def _chp() -> str | None:
    local = ROOT / ".venv" / "node_modules" / ".bin" / "configurable-http-proxy"
    return str(local) if local.exists() else shutil.which("configurable-http-proxy")


pytestmark = [
    pytest.mark.skipif(_chp() is None, reason="configurable-http-proxy is not installed (make install adds it)"),
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
]


def _port() -> int:
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

# Run in each user's kernel as two notebook cells. The kernel library in gateway mode when this
# install has one (WORKBENCH_GATEWAY_URL + the kernel's JUPYTERHUB_API_TOKEN); else a plain OpenAI
# client with that token and the cell's id as a claim. Either way the kernel holds no upstream key.
SETUP = textwrap.dedent("""
    import os, json
    import openai
    try:
        import workbench
        wb = workbench.connect()
        via_library = bool(getattr(wb.pipeline, "gateway_url", None))
    except Exception as exc:
        via_library = False
        print("LIBRARY " + type(exc).__name__)
""")
CELL = textwrap.dedent("""
    token = os.environ["JUPYTERHUB_API_TOKEN"]
    if via_library:
        answer = wb.ask("Say hello to Maria Gonzalez.")
        text, audit_id = answer.text, answer.audit_id
    else:
        cell = get_ipython().kernel.get_parent()["metadata"].get("cellId")
        client = openai.OpenAI(base_url=os.environ["WORKBENCH_GATEWAY_URL"] + "/v1", api_key=token, max_retries=0)
        reply = client.chat.completions.create(
            model="test-model", messages=[{"role": "user", "content": "Say hello to Maria Gonzalez."}],
            extra_body={"workbench": {"claims": {"user": "mallory", "cell_id": cell, "notebook_path": "hub.ipynb"}}})
        text, audit_id = reply.choices[0].message.content, reply.model_extra["workbench"]["audit_id"]
    try:
        openai.OpenAI(base_url=os.environ["UPSTREAM_URL"], api_key=token, max_retries=0).models.list()
        upstream = "REACHED"
    except openai.AuthenticationError:
        upstream = "REFUSED"  # the upstream wants its key, which only the gateway has
    except (openai.APIConnectionError, PermissionError):
        upstream = "BLOCKED"  # strict egress: the kernel may reach the gateway only
    print("RESULT " + json.dumps({"text": text, "audit_id": audit_id, "upstream": upstream,
                                  "path": "library" if via_library else "openai",
                                  "has_key": bool(os.environ.get("WORKBENCH_API_KEY"))}))
""")


class Hub:
    def __init__(self, root: Path, upstream: str) -> None:
        self.root = root
        self.hub_port, self.gw_port = _port(), _port()
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
            root=root, hub_port=self.hub_port, api_port=_port(), proxy_api_port=_port(), chp=_chp(),
            gw_port=self.gw_port, upstream=upstream, service=SERVICE, entry=ENTRY, key_file=key_file,
            gw_home=self.gw_home, tester=TESTER))
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


def _result(output: str) -> dict[str, Any]:
    lines = [line for line in output.splitlines() if line.startswith("RESULT ")]
    assert lines, output
    return json.loads(lines[-1][len("RESULT "):])


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory):
    with RecordingServer(Behaviour(echo=True, api_key=UPSTREAM_KEY, models=["test-model"])) as upstream:
        hub = Hub(tmp_path_factory.mktemp("hub"), upstream.base_url)
        try:
            t0 = time.monotonic()
            hub.wait("the Hub API", lambda: hub.api("GET", "/hub/api/")[0] == 200)
            print(f"hub: API up after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            for user in ("alice", "bob"):
                status, body = hub.api("POST", f"/hub/api/users/{user}/server")
                assert status in (201, 202), (status, body)
            hub.wait("the gateway service", lambda: hub.gateway_call("GET", "/health", TESTER)[0] == 200)
            print(f"hub: gateway ready after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            for user in ("alice", "bob"):
                hub.wait(f"{user}'s server", lambda u=user: (hub.api("GET", f"/hub/api/users/{u}")[1] or {})
                         .get("servers", {}).get("", {}).get("ready"))
            print(f"hub: gateway and servers ready after {time.monotonic() - t0:.1f} s", file=sys.stderr)
            yield hub, upstream
        finally:
            hub.stop()


def test_each_users_kernel_asks_through_the_gateway_as_that_user(hub) -> None:
    hub_, upstream = hub
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:  # both kernels at once, as two analysts would
        outputs = dict(zip(("alice", "bob"), pool.map(
            lambda u: hub_.run_cells(u, [(f"cell-{u}-0", SETUP), (f"cell-{u}-1", CELL)]), ("alice", "bob"))))
    results = {user: _result(output) for user, output in outputs.items()}
    print(f"hub: the kernels asked through {results['alice']['path']}", file=sys.stderr)
    for result in results.values():
        assert "Maria Gonzalez" in result["text"]  # restored by the gateway
        assert result["upstream"] in ("REFUSED", "BLOCKED") and not result["has_key"]  # no upstream key here
        if result["path"] == "library":
            assert result["upstream"] == "BLOCKED"  # strict egress: not even a connection to the upstream
    assert all("Maria Gonzalez" not in body.decode() for body in upstream.raw_bodies)  # redacted at the gateway
    out = workbench_cli("audit", "export", "--format", "jsonl", home=hub_.gw_home).stdout
    records = {r["audit_id"]: r for r in map(json.loads, out.splitlines()) if r.get("audit_id")}
    for user, result in results.items():
        record = records[result["audit_id"]]
        assert record["user"] == user and record["cell_id"] == f"cell-{user}-1"
        assert record["entry_point"] == "gateway" and record["outcome"] == "answered"
    assert workbench_cli("audit", "verify", home=hub_.gw_home, check=False).returncode == 0


def test_bob_cannot_search_alices_corpus_unless_granted(hub) -> None:
    hub_, _ = hub
    tokens = {}
    for user in ("alice", "bob"):  # tokens as the Hub gives a user's server (scoped to the gateway)
        status, body = hub_.api("POST", f"/hub/api/users/{user}/tokens",
                                {"scopes": [f"access:services!service={SERVICE}", f"read:users:groups!user={user}",
                                            f"read:users:name!user={user}"], "note": "test"})
        assert status == 201, body
        tokens[user] = body["token"]
    status, who = hub_.gateway_call("GET", "/v1/workbench/whoami", tokens["bob"])
    assert status == 200 and who == {"user": "bob", "groups": ["auditors"], "auth": "hub"}  # from the Hub
    docs = {"documents": [{"source": "q3.md", "text": "Q3 revenue in EMEA was 12.5 million (otter clause)."}]}
    assert hub_.gateway_call("POST", "/v1/workbench/corpora/fin/add", tokens["alice"], docs)[0] == 200
    query = {"query": "EMEA revenue", "k": 1}
    status, body = hub_.gateway_call("POST", "/v1/workbench/corpora/fin/search", tokens["bob"], query)
    assert status == 403 and "otter" not in json.dumps(body)
    assert hub_.gateway_call("POST", "/v1/workbench/corpora/fin/grant", tokens["bob"],
                             {"group": "auditors", "right": "read"})[0] == 403  # bob is no admin of it
    assert hub_.gateway_call("POST", "/v1/workbench/corpora/fin/grant", tokens["alice"],
                             {"group": "analysts", "right": "read"})[0] == 200
    assert hub_.gateway_call("POST", "/v1/workbench/corpora/fin/search", tokens["bob"], query)[0] == 403
    assert hub_.gateway_call("POST", "/v1/workbench/corpora/fin/grant", tokens["alice"],
                             {"group": "auditors", "right": "read"})[0] == 200
    status, body = hub_.gateway_call("POST", "/v1/workbench/corpora/fin/search", tokens["bob"], query)
    assert status == 200 and "otter" in body["hits"][0]["text"]
    assert hub_.gateway_call("GET", "/v1/workbench/whoami", "not-a-hub-token")[0] == 401
