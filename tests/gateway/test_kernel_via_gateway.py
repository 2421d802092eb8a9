"""The kernel library through the gateway: WORKBENCH_GATEWAY_URL + WORKBENCH_API_KEY switch
``connect()`` to it. The kernel still redacts first (its vault stays here) and restores the answer;
identity, the audit and the upstream key are the gateway's."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import workbench

from .conftest import UPSTREAM_KEY, Gateway

PROMPT = "Remind Maria Gonzalez (maria.gonzalez@example.org) about the churn model."


@pytest.fixture
def kernel(gateway: Gateway, isolated_home: Path, monkeypatch: pytest.MonkeyPatch):
    """A kernel whose user claims to be bob but holds alice's token."""
    monkeypatch.setenv("WORKBENCH_GATEWAY_URL", gateway.url)
    monkeypatch.setenv("WORKBENCH_API_KEY", gateway.tokens["alice"])
    monkeypatch.setenv("WORKBENCH_USER", "bob")
    with workbench.connect() as wb:
        yield wb


def _calls(gateway: Gateway, conversation_id: str) -> list[dict]:
    deadline = time.monotonic() + 10
    while True:
        records = [r for r in gateway.audit() if r.get("gen_ai.conversation.id") == conversation_id]
        done = [r for r in records if r["outcome"] != "started"]
        if done or time.monotonic() > deadline:
            return records
        time.sleep(0.1)


def test_a_kernel_asks_through_the_gateway_as_the_token_s_user(kernel: workbench.Workbench, gateway: Gateway,
                                                               isolated_home: Path) -> None:
    before = len(gateway.upstream.requests)
    answer = kernel.ask(PROMPT)
    assert len(gateway.upstream.requests) == before + 1
    upstream_body = gateway.upstream.raw_bodies[-1]
    for value in (b"Maria Gonzalez", b"maria.gonzalez@example.org"):
        assert value not in upstream_body  # redacted in the kernel, checked again at the gateway
    headers = {k.lower(): v for k, v in gateway.upstream.headers[-1].items()}
    assert headers["authorization"] == f"Bearer {UPSTREAM_KEY}"  # never the user's token
    assert "Maria Gonzalez" in answer.text  # restored locally, from the kernel's own vault
    assert answer.audit_id  # the gateway's record
    assert not (isolated_home / "audit").exists()  # the kernel holds no audit writer and no key
    (record,) = [r for r in _calls(gateway, answer.context.conversation_id) if r["outcome"] == "answered"]
    assert record["user"] == "alice" and record["claims"]["user"] == "bob"
    assert record["claims"]["entry_point"] == "api" and record["claims"].get("script_path")
    # what the kernel pseudonymised before sending: types and counts, never values
    assert record["claims"]["redaction"] == answer.entities and answer.entities.get("PERSON") == 1
    assert record["audit_id"] == answer.audit_id


def test_a_conversation_through_the_gateway_keeps_one_id(kernel: workbench.Workbench, gateway: Gateway) -> None:
    conv = kernel.conversation()
    conv.ask("My colleague Maria Gonzalez owns the churn model.")
    conv.ask("What should I ask Gonzalez first?")
    last = gateway.upstream.requests[-1]["messages"]
    assert "Gonzalez" not in str(last) and len(last) == 3
    answered = [r for r in _calls(gateway, conv.id) if r["outcome"] == "answered"]
    assert len(answered) == 2 and {r["user"] for r in answered} == {"alice"}


def test_leaving_a_stream_early_is_interrupted_at_the_gateway(kernel: workbench.Workbench, gateway: Gateway) -> None:
    gateway.upstream.behaviour.piece_delay = 0.02
    try:
        conv = kernel.conversation()
        for _ in conv.stream("Write a long essay about " + "churn " * 200):
            break
        records = _calls(gateway, conv.id)
    finally:
        gateway.upstream.behaviour.piece_delay = 0
    assert [r["outcome"] for r in records if r["outcome"] != "started"] == ["interrupted"]


def test_a_strict_egress_kernel_reaches_its_gateway_and_nothing_else(gateway: Gateway, tmp_path: Path) -> None:
    """Strict egress allows the gateway named by WORKBENCH_GATEWAY_URL (without [guard] allow_hosts)
    and refuses the upstream itself, which only the gateway may call."""
    import json
    import os
    import subprocess
    import sys

    script = f"""
import json, socket, workbench
wb = workbench.connect()
answer = wb.ask("Hello there.")
try:
    socket.create_connection(("127.0.0.1", {gateway.upstream.base_url.split(':')[2].split('/')[0]}), timeout=2)
    upstream = "reached"
except OSError as exc:
    upstream = type(exc).__name__
print(json.dumps({{"answered": bool(answer.audit_id), "upstream": upstream}}))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.update(WORKBENCH_HOME=str(tmp_path / "kernel"), WORKBENCH_EGRESS="strict",
               WORKBENCH_GATEWAY_URL=gateway.url, WORKBENCH_API_KEY=gateway.tokens["alice"])
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"answered": True, "upstream": "EgressBlocked"}
