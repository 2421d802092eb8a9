"""A real JupyterHub on loopback: two users, the gateway as a Hub-managed service (``--auth hub``).

DummyAuthenticator, SimpleLocalProcessSpawner (``--allow-root``: tests run as root),
configurable-http-proxy from npm (``make install`` puts it in .venv/node_modules). Each user's
single-user server runs a kernel that asks through the gateway with its JUPYTERHUB_API_TOKEN;
the gateway's audit names the right user and cell; bob cannot search alice's corpus until a
grant; a kernel holds no upstream key. The Hub itself is started by ``_hub.py`` (shared with the
browser test of JupyterLab in hub mode, tests/browser/test_hub_lab.py).
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from typing import Any

import pytest

from ._hub import SERVICE, chp, running_hub
from .conftest import workbench_cli

pytestmark = [
    pytest.mark.skipif(chp() is None, reason="configurable-http-proxy is not installed (make install adds it)"),
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
]


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


def _result(output: str) -> dict[str, Any]:
    lines = [line for line in output.splitlines() if line.startswith("RESULT ")]
    assert lines, output
    return json.loads(lines[-1][len("RESULT "):])


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory):
    with running_hub(tmp_path_factory.mktemp("hub")) as (hub, upstream):
        yield hub, upstream


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


def test_refused_hub_tokens_are_audited(hub) -> None:
    hub_, _ = hub
    assert hub_.gateway_call("GET", "/v1/workbench/whoami", "not-a-hub-token-either")[0] == 401
    status, body = hub_.api("POST", "/hub/api/users/bob/tokens",  # the Hub knows it; it may not use the gateway
                            {"scopes": ["read:users:name!user=bob"], "note": "no gateway scope"})
    assert status == 201, body
    assert hub_.gateway_call("GET", "/v1/workbench/whoami", body["token"])[0] == 403
    out = workbench_cli("audit", "export", "--format", "jsonl", "--outcome", "auth_refused", home=hub_.gw_home).stdout
    refused = [json.loads(line) for line in out.splitlines()]
    assert {"hub_refused", "hub_scope"} <= {r["auth.reason"] for r in refused}
    scope = next(r for r in refused if r["auth.reason"] == "hub_scope")
    assert scope["auth.claimed_user"] == "bob" and scope["user"] is None
    assert "not-a-hub-token-either" not in out and body["token"] not in out
