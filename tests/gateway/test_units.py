"""The gateway's parts without a server: the wire format, tokens, statuses, group grants."""

from __future__ import annotations

import json
import stat

import pytest

from workbench import errors as E
from workbench.corpus import Acl
from workbench.gateway import TokenStore
from workbench.gateway._app import status_of
from workbench.gateway._wire import chat_call


def test_a_chat_body_becomes_prompt_history_system_and_claims() -> None:
    call = chat_call({
        "model": "m", "stream": True, "max_tokens": 40, "temperature": 0.2,
        "messages": [{"role": "system", "content": "Be brief."},
                     {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
                     {"role": "user", "content": [{"type": "text", "text": "Name "}, {"type": "text", "text": "one."}]}],
        "workbench": {"corpus": "hr", "k": 3, "conversation_id": "conv-1",
                      "claims": {"user": "bob", "cell_id": "c-1", "password": "x", "execution_count": 4,
                                 "notebook_path": True}},
    })
    assert call.prompt == "Name one." and call.system == "Be brief." and call.stream and call.max_tokens == 40
    assert call.history == [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]
    assert call.corpus == "hr" and call.k == 3 and call.conversation_id == "conv-1"
    assert call.claims == {"user": "bob", "cell_id": "c-1", "execution_count": 4}  # unknown and odd ones dropped


@pytest.mark.parametrize("body, field", [
    ({"messages": "hi"}, "messages"),
    ({"messages": [{"role": "tool", "content": "x"}]}, "role"),
    ({"messages": [{"role": "user", "content": "x"}], "temperature": 9}, "temperature"),
    ({"messages": [{"role": "user", "content": "x"}], "max_tokens": "many"}, "max_tokens"),
    ({"messages": [{"role": "user", "content": "x"}], "tools": [{}]}, "tools"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}, "text"),
    ({"messages": [{"role": "user", "content": "x"}], "workbench": {"corpus": 3}}, "corpus"),
])
def test_a_bad_body_is_a_400_that_names_the_field(body: dict, field: str) -> None:
    with pytest.raises(E.InvalidRequest, match=field):
        chat_call(body)


def test_statuses_follow_the_error_types_and_hide_unexpected_messages() -> None:
    assert status_of(E.Unauthenticated("x"))[0] == 401
    assert status_of(E.RateLimited("x", retry_after=3))[0] == 429
    assert status_of(E.InjectionBlocked("x"))[0] == 403
    assert status_of(E.CorpusNotFound("x"))[0] == 404
    assert status_of(E.EmbeddingMismatch("x"))[0] == 409
    assert status_of(E.ModelTimeout("x"))[0] == 504
    assert status_of(E.AuditError("x"))[0] == 503
    status, kind, message = status_of(KeyError("li.wei@example.com"))
    assert status == 500 and kind == "internal_error" and "li.wei" not in message and "ref" in message


def test_tokens_are_stored_as_hashes_and_revoked_at_once(tmp_path) -> None:
    store = TokenStore(tmp_path)
    token = store.add("alice")
    second = store.add("alice")
    assert token.startswith("wbg_") and len(token) > 40 and token != second
    raw = (tmp_path / "gateway" / "tokens.json").read_text()
    assert token not in raw and second not in raw
    assert stat.S_IMODE((tmp_path / "gateway" / "tokens.json").stat().st_mode) == 0o600
    running = TokenStore(tmp_path)  # the gateway's own instance
    assert running.user_for(token) == "alice" and running.user_for(token + "x") is None
    assert running.user_for("") is None and running.user_for("Bearer") is None
    assert [r["user"] for r in store.list()] == ["alice", "alice"] and "sha256" not in json.dumps(store.list())
    assert store.revoke("alice") == 2 and store.revoke("alice") == 0
    assert running.user_for(token) is None and running.user_for(second) is None
    with pytest.raises(E.GatewayError):
        store.add("group:admins")  # a user name can never pose as a group


def test_group_grants_apply_to_members_only() -> None:
    acl = Acl(owner="alice", grants={"group:analysts": "read", "group:leads": "write"})
    assert acl.right_of("bob") is None
    assert acl.right_of("bob", groups=["analysts"]) == "read"
    assert acl.right_of("bob", groups=["analysts", "leads"]) == "write"
    assert acl.right_of("group:analysts") is None  # a user who calls himself the group gets nothing
    with pytest.raises(E.AccessDenied):
        acl.require("bob", "fin", "write", groups=["analysts"])
    acl.require("bob", "fin", "read", groups=["analysts"])


def test_a_gateway_waits_for_an_upstream_that_is_not_up_yet(tmp_path) -> None:
    """vLLM takes minutes to load: the gateway listens, says 503 and why, and stops cleanly."""
    import os
    import signal
    import socket
    import subprocess
    import time
    import urllib.error
    import urllib.request

    from workbench.gateway._launch import command

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]  # nothing listens here
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["WORKBENCH_HOME"] = str(tmp_path / "gw")
    (tmp_path / "gw").mkdir()
    (tmp_path / "gw" / "workbench.toml").write_text("[privacy]\nenabled = false\n")
    proc = subprocess.Popen(command("gateway", "serve", "--port", "0", "--upstream", f"http://127.0.0.1:{dead}/v1"),
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        state = tmp_path / "gw" / "run" / "gateway.json"
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline and body is None:
            time.sleep(0.3)
            if not state.exists():
                continue
            try:
                urllib.request.urlopen(json.loads(state.read_text())["url"] + "/health", timeout=2)
                raise AssertionError("ready without an upstream")
            except urllib.error.HTTPError as exc:
                answer = json.loads(exc.read())
                body = answer if "upstream" in answer else None
            except (urllib.error.URLError, ValueError, OSError):
                pass
        assert body == {"status": "starting", "upstream": "not answering yet (ModelUnavailable)"}
    finally:
        proc.send_signal(signal.SIGTERM)
        out = proc.communicate(timeout=30)[0].decode()
    assert proc.returncode == 0 and "stopped" in out, out


def test_token_cli_prints_the_token_last_and_lists_no_secret(tmp_path) -> None:
    from .conftest import workbench_cli

    added = workbench_cli("gateway", "token", "add", "alice", home=tmp_path)
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("wbg_") and TokenStore(tmp_path).user_for(token) == "alice"
    listed = workbench_cli("gateway", "token", "list", "--json", home=tmp_path).stdout
    rows = json.loads(listed)
    assert [r["user"] for r in rows] == ["alice"] and token not in listed
    assert workbench_cli("gateway", "token", "revoke", "bob", home=tmp_path, check=False).returncode != 0
    assert "Revoked 1" in workbench_cli("gateway", "token", "revoke", "alice", home=tmp_path).stdout
    assert "--upstream-key-file" in workbench_cli("gateway", "serve", "--help", home=tmp_path).stdout


def test_hub_mode_refuses_to_start_without_knowing_its_service_name(monkeypatch) -> None:
    """Regression: without the service's access scope every token the Hub knows would be accepted."""
    from workbench.gateway._auth import HubAuthBackend

    for var in ("JUPYTERHUB_SERVICE_NAME", "JUPYTERHUB_OAUTH_ACCESS_SCOPES", "JUPYTERHUB_OAUTH_SCOPES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "service-token")
    monkeypatch.setenv("JUPYTERHUB_API_URL", "http://127.0.0.1:1/hub/api")
    with pytest.raises(E.ConfigError, match="JUPYTERHUB_SERVICE_NAME"):
        HubAuthBackend()
    monkeypatch.setenv("JUPYTERHUB_SERVICE_NAME", "workbench-gateway")
    assert HubAuthBackend().hub.access_scopes == {"access:services!service=workbench-gateway"}
