"""Two gateway processes on one PostgreSQL: a token added with the CLI works on both at once,
revoked with the CLI it is refused by both on their next request (401, nothing forwarded)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests._postgres import pg_server, pg_url  # noqa: F401  (fixtures)
from workbench.bench import Behaviour, RecordingServer
from workbench.gateway import launch, open_tokens

from .conftest import UPSTREAM_KEY


def _cli(*args: str, home: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from workbench.cli import main; main()", *args],
                          env={**env, "WORKBENCH_HOME": str(home)}, capture_output=True, text=True, timeout=120)


def _ask(url: str, token: str, stream: bool = False) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", headers={"Authorization": f"Bearer {token}"}, timeout=60,
                      json={"model": "test-model", "stream": stream, "messages": [{"role": "user", "content": "Hi"}]})


def test_two_replicas_share_tokens_and_revocation(tmp_path: Path, pg_server, pg_url: str) -> None:  # noqa: F811
    home = tmp_path / "gateway-home"  # one home content for both replicas, as a cluster secret would be
    key_file = tmp_path / "upstream.key"
    key_file.write_text(UPSTREAM_KEY)
    key_file.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    shared = ["--audit-url", pg_url]
    with RecordingServer(Behaviour(answer="Blue.", api_key=UPSTREAM_KEY, models=["test-model"])) as up:
        gateways = []
        try:
            for _ in range(2):  # one after the other: they share the home, as replicas share its content
                gateways.append(launch(home, up.base_url, str(key_file), env=env, args=shared))
            added = _cli("gateway", "token", "add", "alice", "--audit-url", pg_url, home=home, env=env)
            assert added.returncode == 0, added.stderr
            alice = added.stdout.strip().splitlines()[-1]
            bob = open_tokens(None, pg_url, home=home).add("bob")
            for gw in gateways:  # added after both started: no restart, no reload
                reply = _ask(gw.url, alice)
                assert reply.status_code == 200 and reply.json()["choices"][0]["message"]["content"] == "Blue."
            assert len(up.requests) == 2

            revoked = _cli("gateway", "token", "revoke", "alice", "--audit-url", pg_url, home=home, env=env)
            assert revoked.returncode == 0 and "Revoked 1" in revoked.stdout, revoked.stderr
            for gw in gateways:
                for stream in (False, True):
                    refused = _ask(gw.url, alice, stream=stream)
                    assert refused.status_code == 401, refused.text
                    assert refused.json()["error"]["type"] == "authentication_error"
            assert len(up.requests) == 2  # nothing forwarded
            assert all(_ask(gw.url, bob).status_code == 200 for gw in gateways)  # bob is untouched
            assert len(up.requests) == 4
        finally:
            for gw in gateways:
                gw.stop()

    assert [r["user"] for r in open_tokens(None, pg_url, home=home).list()] == ["bob"]
    dump = pg_server.tool("pg_dump", "--data-only", "-d", pg_url).stdout
    for token in (alice, bob):
        assert token not in dump and hashlib.sha256(token.encode()).hexdigest() not in dump
    assert not (home / "gateway" / "tokens.json").exists()  # nothing went to the file store


def test_a_gateway_with_file_tokens_and_postgres_refuses_to_start(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    home = tmp_path / "gateway-home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    token = _cli("gateway", "token", "add", "alice", home=home, env=env).stdout.split()[-1]  # the file store
    listed = _cli("gateway", "token", "list", "--audit-url", pg_url, home=home, env=env)
    assert listed.returncode == 1 and "token migrate" in listed.stderr
    serve = _cli("gateway", "serve", "--port", "0", "--upstream", "http://127.0.0.1:9/v1", "--audit-url", pg_url,
                 home=home, env=env)
    assert serve.returncode == 1 and "still holds 1 gateway token" in serve.stderr and "Traceback" not in serve.stderr
    moved = _cli("gateway", "token", "migrate", "--audit-url", pg_url, home=home, env=env)
    assert moved.returncode == 0 and "Moved 1 token" in moved.stdout, moved.stderr
    listed = _cli("gateway", "token", "list", "--json", "--audit-url", pg_url, home=home, env=env)
    assert listed.returncode == 0 and [r["id"] for r in json.loads(listed.stdout)] == [
        hashlib.sha256(token.encode()).hexdigest()[:8]]
