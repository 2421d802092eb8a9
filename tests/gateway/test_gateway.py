"""The gateway end to end: a real child process on loopback in front of the recording server."""

from __future__ import annotations

import json
import socket
import stat
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openai
import pytest

from .conftest import UPSTREAM_KEY, Gateway, workbench_cli

PII_EMAIL = "li.wei@example.com"
PII_NAME = "Maria Gonzalez"


def client(gw: Gateway, user: str = "alice", **kw) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=gw.tokens[user], max_retries=0, **kw)


def ask(gw: Gateway, text: str, user: str = "alice", stream: bool = False, **extra):
    c = client(gw, user)
    if not stream:
        return c.chat.completions.create(model="test-model", messages=[{"role": "user", "content": text}],
                                         extra_body=extra or None)
    pieces, meta = [], None
    for chunk in c.chat.completions.create(model="test-model", stream=True, extra_body=extra or None,
                                           messages=[{"role": "user", "content": text}]):
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        meta = (chunk.model_extra or {}).get("workbench") or meta
    return "".join(pieces), meta


def test_health_models_and_whoami(gateway: Gateway) -> None:
    status, body = gateway.call("GET", "/health")
    assert status == 200 and body["status"] == "ok"
    assert [m.id for m in client(gateway).models.list()] == ["test-model"]
    status, body = gateway.call("GET", "/v1/workbench/whoami", token=gateway.tokens["bob"])
    assert status == 200 and body == {"user": "bob", "groups": [], "auth": "tokens"}


def test_the_audited_user_is_the_authenticated_one_and_claims_are_recorded(gateway: Gateway) -> None:
    answer = ask(gateway, "Name one primary colour.",
                 workbench={"claims": {"user": "bob", "cell_id": "cell-claimed-7", "notebook_path": "/n/a.ipynb"}})
    audit_id = answer.model_extra["workbench"]["audit_id"]
    records = [r for r in gateway.audit() if r.get("audit_id") == audit_id]
    assert records, "the call is in the gateway's audit log"
    rec = records[-1]
    assert rec["user"] == "alice" and rec["entry_point"] == "gateway"
    assert rec["cell_id"] == "cell-claimed-7" and rec["notebook_path"] == "/n/a.ipynb"
    assert json.dumps(rec).count('"bob"') >= 1  # the claim is kept, as a claim
    assert rec["outcome"] == "answered"


def test_raw_pii_leaves_redacted_and_comes_back_restored(gateway: Gateway) -> None:
    prompt = f"Email {PII_EMAIL} and call {PII_NAME} about the Q3 invoice."
    before = len(gateway.upstream.requests)
    answer = ask(gateway, prompt)  # the upstream echoes what it received
    sent = gateway.upstream.raw_bodies[-1].decode()
    assert len(gateway.upstream.requests) == before + 1
    assert PII_EMAIL not in sent and PII_NAME not in sent
    assert "<EMAIL_ADDRESS_1>" in sent and "<PERSON_1>" in sent
    assert PII_EMAIL in answer.choices[0].message.content and PII_NAME in answer.choices[0].message.content
    assert answer.model_extra["workbench"]["redaction"] == {"EMAIL_ADDRESS": 1, "PERSON": 1}
    text, meta = ask(gateway, prompt, stream=True)
    assert PII_EMAIL not in gateway.upstream.raw_bodies[-1].decode()
    assert PII_EMAIL in text and PII_NAME in text and meta["redaction"]["EMAIL_ADDRESS"] == 1
    assert "workbench" not in gateway.upstream.requests[-1]  # the extension never goes upstream


@pytest.mark.parametrize("header", [None, "Bearer wbg_not-a-real-token", "Bearer " + UPSTREAM_KEY, "Basic abc"])
def test_no_or_invalid_token_is_401_and_nothing_is_forwarded(gateway: Gateway, header: str | None) -> None:
    before = len(gateway.upstream.raw_bodies)
    status, body = gateway.call("POST", "/v1/chat/completions",
                                {"model": "test-model", "messages": [{"role": "user", "content": f"Hi {PII_NAME}"}]},
                                headers={"Authorization": header} if header else None)
    assert status == 401 and body["error"]["type"] == "authentication_error"
    assert PII_NAME not in json.dumps(body) and UPSTREAM_KEY not in json.dumps(body)
    assert len(gateway.upstream.raw_bodies) == before


def test_a_revoked_token_is_refused_at_once(gateway: Gateway) -> None:
    assert ask(gateway, "Name a colour.", user="carol").choices[0].message.content
    out = workbench_cli("gateway", "token", "revoke", "carol", home=gateway.home)
    assert "Revoked 1" in out.stdout
    before = len(gateway.upstream.raw_bodies)
    with pytest.raises(openai.AuthenticationError):
        ask(gateway, "Name a colour.", user="carol")
    assert len(gateway.upstream.raw_bodies) == before


def test_a_token_older_than_token_days_is_refused_as_expired(gateway: Gateway) -> None:
    token = workbench_cli("gateway", "token", "add", "erin", home=gateway.home).stdout.strip().splitlines()[-1]
    assert gateway.call("GET", "/v1/workbench/whoami", token=token)[0] == 200
    path = gateway.home / "gateway" / "tokens.json"
    data = json.loads(path.read_text())
    for entry in data["tokens"]:
        if entry["user"] == "erin":  # as if issued 91 days ago (the default lifetime is 90 days)
            entry["created"] = (datetime.now(timezone.utc) - timedelta(days=91)).isoformat(timespec="microseconds")
    path.write_text(json.dumps(data))
    status, body = gateway.call("GET", "/v1/workbench/whoami", token=token)
    assert status == 401 and "expired" in body["error"]["message"] and token not in json.dumps(body)
    refused = [r for r in gateway.audit() if r.get("outcome") == "auth_refused" and r.get("auth.claimed_user") == "erin"]
    assert [r["auth.reason"] for r in refused] == ["expired_token"]
    assert "erin" in workbench_cli("gateway", "token", "list", home=gateway.home).stdout  # listed with its expiry


def test_refused_credentials_are_audited_rate_limited_and_without_the_token(gateway: Gateway) -> None:
    bad = "wbg_" + "Qx7" * 14
    body = {"model": "test-model", "messages": [{"role": "user", "content": "Hi"}],
            "workbench": {"claims": {"user": "mallory"}}}
    for _ in range(6):  # one record for the minute, the repeats only counted
        assert gateway.call("POST", "/v1/chat/completions", body, token=bad)[0] == 401
    assert gateway.call("GET", "/v1/models")[0] == 401  # no Authorization header at all
    refused = [r for r in gateway.audit() if r.get("outcome") == "auth_refused"]
    mallory = [r for r in refused if r.get("auth.claimed_user") == "mallory"]
    assert len(mallory) == 1, mallory
    (rec,) = mallory
    assert rec["auth.reason"] == "unknown_token" and rec["client.address"] == "127.0.0.1"
    assert rec["url.path"] == "/v1/chat/completions" and rec["user"] is None and rec["auth.credential_hmac"]
    assert any(r["auth.reason"] == "no_credential" for r in refused)
    exported = workbench_cli("audit", "export", "--format", "jsonl", "--outcome", "auth_refused", home=gateway.home)
    assert bad not in exported.stdout and bad[4:16] not in exported.stdout and "mallory" in exported.stdout
    shown = workbench_cli("audit", "show", "--outcome", "auth_refused", home=gateway.home).stdout
    assert "unknown_token" in shown and "claimed mallory" in shown and "from 127.0.0.1" in shown
    assert workbench_cli("audit", "verify", home=gateway.home, check=False).returncode == 0


def test_a_restored_tokens_json_does_not_bring_back_a_revoked_token(gateway: Gateway) -> None:
    token = workbench_cli("gateway", "token", "add", "dave", home=gateway.home).stdout.strip().splitlines()[-1]
    assert gateway.call("GET", "/v1/workbench/whoami", token=token) == (200, {"user": "dave", "groups": [],
                                                                            "auth": "tokens"})
    path = gateway.home / "gateway" / "tokens.json"
    backup = path.read_bytes()
    assert "Revoked 1" in workbench_cli("gateway", "token", "revoke", "dave", home=gateway.home).stdout
    restored = path.with_name("restored.tmp")
    restored.write_bytes(backup)
    restored.chmod(0o600)
    restored.replace(path)  # the operator restores yesterday's tokens.json
    time.sleep(1.1)  # past the gateway's one-second follow of the audit log (the revocation is already there)
    status, body = gateway.call("GET", "/v1/workbench/whoami", token=token)
    assert status == 401 and body["error"]["type"] == "authentication_error"
    refused = [r for r in gateway.audit() if r.get("outcome") == "auth_refused" and r.get("auth.claimed_user") == "dave"]
    assert [r["auth.reason"] for r in refused] == ["revoked_token"]
    listed = workbench_cli("gateway", "token", "list", home=gateway.home).stdout
    assert "dave" not in listed and "alice" in listed  # the restored row is not listed as valid


def test_upstream_only_ever_sees_the_gateways_key(gateway: Gateway) -> None:
    ask(gateway, "Name a colour.")
    ask(gateway, "Name a colour.", user="bob", stream=True)
    seen = [{k.lower(): v for k, v in h.items()}.get("authorization") for h in gateway.upstream.headers]
    assert seen and set(seen) == {f"Bearer {UPSTREAM_KEY}"}
    everything = json.dumps(gateway.upstream.headers) + b"".join(gateway.upstream.raw_bodies).decode()
    assert not any(token in everything for token in gateway.tokens.values())


def test_errors_are_typed_json_without_values(gateway: Gateway) -> None:
    token = gateway.tokens["alice"]
    cases = [
        (b"{not json", 400),
        ({"model": "test-model", "messages": []}, 400),
        ({"model": "test-model", "messages": [{"role": "assistant", "content": PII_EMAIL}]}, 400),
        ({"model": "test-model", "messages": [{"role": "user", "content": PII_EMAIL}], "workbench": {"k": 0}}, 400),
        ({"model": "other-model", "messages": [{"role": "user", "content": PII_EMAIL}]}, 404),
        ({"model": "test-model", "messages": [{"role": "user", "content": PII_EMAIL}],
          "workbench": {"corpus": "no-such-corpus"}}, 404),
    ]
    for body, expected in cases:
        status, answer = gateway.call("POST", "/v1/chat/completions", body, token=token)
        assert status == expected, (body, answer)
        assert set(answer["error"]) >= {"message", "type"} and PII_EMAIL not in json.dumps(answer)
    status, _ = gateway.call("GET", "/v1/nothing-here", token=token)
    assert status == 404


def test_audit_verifies_and_exports_the_calls(gateway: Gateway) -> None:
    ask(gateway, "Name a colour.", user="bob")
    verify = workbench_cli("audit", "verify", home=gateway.home, check=False)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    records = gateway.audit()
    users = {r.get("user") for r in records if r.get("entry_point") == "gateway"}
    assert {"alice", "bob"} <= users


def test_a_user_reads_only_their_own_audit_records(gateway: Gateway) -> None:
    ask(gateway, "Name a colour.", user="bob")
    status, body = gateway.call("GET", "/v1/workbench/audit?limit=500", token=gateway.tokens["bob"])
    assert status == 200 and body["records"]
    assert {r["user"] for r in body["records"]} == {"bob"}


def test_corpus_search_needs_a_grant(gateway: Gateway) -> None:
    alice, bob = gateway.tokens["alice"], gateway.tokens["bob"]
    docs = [{"source": "leave.md", "text": "Employees receive sixteen weeks of paid parental leave (quokka rule)."},
            {"source": "travel.md", "text": "Hotel costs are capped at 180 euros a night."}]
    status, body = gateway.call("POST", "/v1/workbench/corpora/hr/add", {"documents": docs}, token=alice)
    assert status == 200 and body["chunks_added"] >= 2
    query = {"query": "How long is parental leave?", "k": 1}
    status, body = gateway.call("POST", "/v1/workbench/corpora/hr/search", query, token=bob)
    assert status == 403 and "quokka" not in json.dumps(body)
    status, body = gateway.call("POST", "/v1/workbench/corpora/hr/grant", {"user": "carol", "right": "read"}, token=bob)
    assert status == 403
    status, body = gateway.call("POST", "/v1/workbench/corpora/hr/grant", {"user": "bob", "right": "read"}, token=alice)
    assert status == 200
    status, body = gateway.call("POST", "/v1/workbench/corpora/hr/search", query, token=bob)
    assert status == 200 and len(body["hits"]) == 1 and "quokka" in body["hits"][0]["text"]
    answer = client(gateway, "bob").chat.completions.create(
        model="test-model", messages=[{"role": "user", "content": "How long is parental leave?"}],
        extra_body={"workbench": {"corpus": "hr", "k": 1}})
    assert answer.model_extra["workbench"]["sources"][0]["source"] == "leave.md"
    assert "quokka" in gateway.upstream.raw_bodies[-1].decode()  # the gateway retrieved, then sent
    status, body = gateway.call("GET", "/v1/workbench/corpora", token=bob)
    assert [c["name"] for c in body["corpora"]] == ["hr"] and body["corpora"][0]["right"] == "read"


def test_corpus_add_never_reads_a_gateway_file(gateway: Gateway) -> None:
    """Regression: a "text" that is a path on the gateway's disk must be stored as that string,
    never read (it would hand the gateway's keys to whoever searches)."""
    secret_path = str(gateway.home / "keys" / "corpus-master.key")
    assert Path(secret_path).exists()
    alice = gateway.tokens["alice"]
    status, body = gateway.call("POST", "/v1/workbench/corpora/paths/add",
                                {"documents": [{"source": "p", "text": secret_path}]}, token=alice)
    assert status == 200
    status, body = gateway.call("POST", "/v1/workbench/corpora/paths/search", {"query": "key", "k": 3}, token=alice)
    texts = [h["text"] for h in body["hits"]]
    assert texts == [secret_path]
    assert Path(secret_path).read_text().strip() not in json.dumps(body)


def test_no_token_or_raw_pii_in_clear_in_the_gateway_home(gateway: Gateway) -> None:
    ask(gateway, f"Write to {PII_EMAIL} for {PII_NAME}.")
    blobs = b"".join(p.read_bytes() for p in gateway.home.rglob("*") if p.is_file())
    for token in gateway.tokens.values():
        assert token.encode() not in blobs
    assert PII_EMAIL.encode() not in blobs and PII_NAME.encode() not in blobs
    assert stat.S_IMODE(gateway.home.stat().st_mode) == 0o700
    assert stat.S_IMODE((gateway.home / "gateway" / "tokens.json").stat().st_mode) == 0o600


def test_a_client_that_leaves_mid_stream_is_audited_interrupted(gateway: Gateway) -> None:
    behaviour = gateway.upstream.behaviour
    behaviour.echo, behaviour.answer = False, "word " * 60_000  # a long stream: 100,000 pieces
    try:
        body = json.dumps({"model": "test-model", "stream": True, "messages": [{"role": "user", "content": "Go on."}],
                           "workbench": {"claims": {"cell_id": "cell-leaver"}}}).encode()
        port = int(gateway.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Authorization: Bearer " + gateway.tokens["alice"].encode() + b"\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            got = b""
            while got.count(b"data: ") < 3:
                got += sock.recv(65536)
            assert b"200 OK" in got.split(b"\r\n", 1)[0]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            # the call's intent ("started") is written first; wait for its outcome (CI once read between the two)
            mine = [r for r in gateway.audit() if r.get("cell_id") == "cell-leaver"
                    and r.get("outcome") not in ("intent", "started")]
            if mine:
                break
            time.sleep(0.5)
        assert mine and mine[-1]["outcome"] == "interrupted" and mine[-1]["user"] == "alice"
    finally:
        behaviour.echo, behaviour.answer = True, "Blue."


def test_concurrent_streams_are_held(gateway: Gateway) -> None:
    n, delay = 16, 1.0
    gateway.upstream.behaviour.delay = delay
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def one(i: int) -> None:
        try:
            results[i] = ask(gateway, f"Stream number {i} please.", stream=True)[0]
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        started = time.perf_counter()
        threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        wall = time.perf_counter() - started
    finally:
        gateway.upstream.behaviour.delay = 0.0
    assert not errors, errors[:1]
    assert all(results[i] == f"Stream number {i} please." for i in range(n))
    assert wall < n * delay / 2, f"{n} streams of {delay} s took {wall:.1f} s: they were not held at once"


def test_lab_status_says_via_gateway_as_the_authenticated_user(gateway: Gateway, tmp_path: Path) -> None:
    from workbench.config import load_settings
    from workbench.server._service import WorkbenchService

    env = {"WORKBENCH_HOME": str(tmp_path / "kernel-home"), "WORKBENCH_USER": "mallory",
           "WORKBENCH_GATEWAY_URL": gateway.url, "WORKBENCH_API_KEY": gateway.tokens["bob"]}
    status = WorkbenchService(str(tmp_path), settings=load_settings(env=env)).status()
    assert status.engine == "gateway" and status.health == "ok" and status.gateway == gateway.url
    assert status.gateway_user == "bob" and status.user == "bob"  # the gateway's word, not WORKBENCH_USER
    env["WORKBENCH_GATEWAY_URL"] = "http://127.0.0.1:9"  # nothing listens there
    down = WorkbenchService(str(tmp_path), settings=load_settings(env=env)).status()
    assert down.health == "down" and down.gateway_user is None
