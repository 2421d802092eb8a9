"""The audit record of one call: its fields are the audit schema's source of truth.

A record never holds a raw personal value, a secret, or corpus text: at the default content level
(``[audit] content = "redacted"``) it stores the redacted question and earlier user turns, while
retrieved passages and earlier answers (which may quote them) appear only as chunk ids and keyed
hashes. ``encrypted-full`` seals the messages as the user wrote them for reviewer keys.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from ..config import Settings
from ._types import Request

KeyedHash = Callable[[str], str]


@dataclass
class CallState:
    """What the steps of one call found, as they go (the pipeline's working record)."""

    operation: str
    started: float = field(default_factory=time.perf_counter)
    redaction: dict[str, int] = field(default_factory=dict)
    chunk_ids: list[str] = field(default_factory=list)
    chunk_texts: list[str] = field(default_factory=list)  # redacted, for keyed hashes only
    sources: list[dict[str, Any]] = field(default_factory=list)
    guard: dict[str, Any] = field(default_factory=dict)
    sent: list[dict[str, str]] | None = None  # exactly what left
    sent_prompt: str | None = None  # the redacted question, without the sources block
    endpoint: Any = None
    completion: Any = None
    unexpected: dict[str, int] = field(default_factory=dict)
    answer_findings: list[dict[str, Any]] = field(default_factory=list)
    rendered: dict[str, Any] = field(default_factory=dict)  # "text"/"reasoning": the renderer's result
    marked: bool = False  # datamarked sources were sent: marks the model copies are undone in its answer
    pieces: int = 0  # streamed pieces produced so far (tokens, for llama.cpp and vLLM)
    caller_left: bool = False  # the caller's callback raised, or it stopped the call
    intent_id: str | None = None
    gateway: dict[str, Any] | None = None  # what a gateway said about the call


def build_record(settings: Settings, request: Request, call: CallState, *, outcome: str,
                 error: BaseException | None = None, keyed: KeyedHash | None = None) -> dict[str, Any]:
    """One audit record: OpenTelemetry GenAI names where they exist; never a raw value."""
    ctx = request.context
    endpoint, completion = call.endpoint, call.completion
    host, port = endpoint.address if endpoint else (None, None)
    keyed = keyed or _sha256
    output_tokens = completion.usage.get("output_tokens") if completion else (call.pieces or None)
    record: dict[str, Any] = {
        "time": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
        "outcome": outcome,
        "gen_ai.operation.name": call.operation,
        "gen_ai.provider.name": endpoint.provider if endpoint else None,
        "gen_ai.request.model": request.model or (endpoint.model if endpoint else settings.model.name),
        "gen_ai.response.model": completion.model if completion else None,
        "gen_ai.usage.input_tokens": completion.usage.get("input_tokens") if completion else None,
        "gen_ai.usage.output_tokens": output_tokens,
        "gen_ai.response.finish_reasons": [completion.finish_reason] if completion and completion.finish_reason else [],
        "gen_ai.conversation.id": ctx.conversation_id,
        "server.address": host,
        "server.port": port,
        "error.type": type(error).__name__ if error else None,
        "user": ctx.user,
        "groups": list(ctx.groups),
        "kernel_session": ctx.kernel_session,
        "notebook_path": ctx.notebook_path,
        "cell_id": ctx.cell_id,
        "execution_count": ctx.execution_count,
        # a keyed hash: a guessed cell (with a guessed name in it) cannot be confirmed from the log
        "code_hmac": keyed(ctx.code_sha256) if ctx.code_sha256 else None,
        "script_path": ctx.script_path,
        "script_line": ctx.script_line,
        "run_id": ctx.run_id,
        "entry_point": ctx.entry_point,
        "claims": _claims(ctx.claims, keyed),
        "corpus": request.corpus,
        "chunk_ids": list(call.chunk_ids),
        "redaction": dict(call.redaction),
        "unexpected_entities": dict(call.unexpected),
        "guard": dict(call.guard),
        "answer_findings": list(call.answer_findings),
        "sent_sha256": _sha256(call.sent) if call.sent is not None else None,
        "received_sha256": _sha256(completion.raw) if completion else None,
        "latency_ms": round((time.perf_counter() - call.started) * 1000, 2),
    }
    if call.intent_id:
        record["intent_id"] = call.intent_id
    if call.gateway:
        record["gateway_audit_id"] = call.gateway.get("audit_id")
    if settings.audit.content == "redacted" and call.sent is not None:
        record["content"] = logged_content(call, keyed)
    elif settings.audit.content == "encrypted-full" and outcome != "started":
        record["content_plain"] = request.messages()
    return record


def logged_content(call: CallState, keyed: KeyedHash) -> dict[str, Any]:
    """The redacted content kept in the log: the user's own turns; passages and answers by hash."""
    messages: list[dict[str, Any]] = []
    sent = call.sent or []
    for message in sent[:-1]:
        if message.get("role") == "assistant":  # may quote retrieved passages
            messages.append({"role": "assistant", "hmac": keyed(message.get("content") or "")})
        else:
            messages.append(dict(message))
    if sent:
        question = call.sent_prompt if call.sent_prompt is not None else sent[-1].get("content", "")
        messages.append({"role": "user", "content": question})
    chunks = [{"chunk_id": cid, "hmac": keyed(text)} for cid, text in zip(call.chunk_ids, call.chunk_texts)]
    return {"messages": messages, "chunks": chunks}


def _claims(claims: Any, keyed: KeyedHash) -> dict[str, Any]:
    out = {str(k): v for k, v in dict(claims or {}).items() if v is not None}
    code = out.pop("code_sha256", None)
    if code:
        out["code_hmac"] = keyed(str(code))
    return out


def _sha256(value: Any) -> str:
    data = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()
