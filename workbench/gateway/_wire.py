"""The wire format: OpenAI chat completions in, OpenAI out, plus one ``workbench`` object each way.

Request: the standard body and a top-level ``"workbench": {"claims": {...}, "corpus": NAME|null,
"k": 5, "conversation_id": ...}``, stripped here: nothing of it goes upstream. Response: the
standard body (or chunks) and a top-level ``"workbench": {"audit_id", "sources", "guard",
"redaction"}`` (streams: on the final chunk, before ``[DONE]``).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidRequest

#: Claims a client may make about itself; recorded as claims, never trusted as identity.
CLAIMS = ("user", "cell_id", "notebook_path", "code_sha256", "conversation_id", "entry_point",
          "kernel_session", "execution_count", "script_path", "script_line", "run_id")
MAX_K = 50
_ENTITY_TYPE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")


@dataclass
class ChatCall:
    """One ``POST /v1/chat/completions``, read and checked."""

    prompt: str
    history: list[dict[str, str]] = field(default_factory=list)
    system: str | None = None
    model: str | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    stream: bool = False
    include_usage: bool = False
    corpus: str | None = None
    k: int = 5
    conversation_id: str | None = None
    claims: dict[str, Any] = field(default_factory=dict)


def read_json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body or b"")
    except (ValueError, UnicodeDecodeError):
        raise InvalidRequest("The body is not JSON; send a JSON object (Content-Type: application/json).") from None
    if not isinstance(data, dict):
        raise InvalidRequest("The body must be a JSON object.")
    return data


def _text(content: Any, where: str) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # [{"type": "text", "text": ...}, ...]
        parts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise InvalidRequest(f"{where}: only text content parts are supported.")
            parts.append(part["text"])
        return "".join(parts)
    raise InvalidRequest(f"{where}: content must be a string or a list of text parts.")


def _number(data: dict[str, Any], key: str, kind: type, low: float, high: float) -> Any:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise InvalidRequest(f"{key} must be a {kind.__name__}.")
    if not low <= value <= high:
        raise InvalidRequest(f"{key} must be between {low} and {high}.")
    return kind(value)


def chat_call(data: dict[str, Any]) -> ChatCall:
    """Read an OpenAI chat body: system turns, earlier turns, and the last user turn as the prompt."""
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidRequest("messages must be a non-empty list of {role, content}.")
    systems, turns = [], []
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise InvalidRequest(f"messages[{i}] must be an object.")
        role = message.get("role")
        text = _text(message.get("content"), f"messages[{i}]")
        if role in ("system", "developer"):
            systems.append(text)
        elif role in ("user", "assistant"):
            turns.append({"role": role, "content": text})
        else:
            raise InvalidRequest(f"messages[{i}].role {role!r} is not supported; use system, user or assistant.")
    if not turns or turns[-1]["role"] != "user" or not turns[-1]["content"].strip():
        raise InvalidRequest("The last message must be a non-empty user message.")
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise InvalidRequest("model must be a string.")
    if data.get("tools") or data.get("functions") or (data.get("n") not in (None, 1)):
        raise InvalidRequest("tools, functions and n > 1 are not supported by the gateway.")
    stream = data.get("stream", False)
    if not isinstance(stream, bool):
        raise InvalidRequest("stream must be true or false.")
    options = data.get("stream_options") or {}
    ext = data.get("workbench") or {}
    if not isinstance(ext, dict) or not isinstance(options, dict):
        raise InvalidRequest("workbench and stream_options must be objects.")
    claims_in = ext.get("claims") or {}
    if not isinstance(claims_in, dict):
        raise InvalidRequest("workbench.claims must be an object.")
    claims = {key: claims_in[key] for key in CLAIMS
              if isinstance(claims_in.get(key), (str, int)) and not isinstance(claims_in.get(key), bool)
              and len(str(claims_in[key])) <= 512}
    redacted = claims_in.get("redaction")  # what the kernel pseudonymised: entity types and counts only
    if isinstance(redacted, dict):
        claims["redaction"] = {str(t)[:40]: n for t, n in list(redacted.items())[:50]
                               if _ENTITY_TYPE.match(str(t)) and isinstance(n, int) and not isinstance(n, bool)
                               and 0 <= n < 10_000}
    corpus = ext.get("corpus")
    if corpus is not None and not isinstance(corpus, str):
        raise InvalidRequest("workbench.corpus must be a corpus name or null.")
    k = ext.get("k", 5)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise InvalidRequest(f"workbench.k must be an integer from 1 to {MAX_K}.")
    conversation = ext.get("conversation_id", claims.get("conversation_id"))
    max_tokens = data.get("max_completion_tokens", data.get("max_tokens"))
    return ChatCall(
        prompt=turns[-1]["content"],
        history=turns[:-1],
        system="\n\n".join(systems) or None,
        model=model or None,
        max_tokens=_number({"max_tokens": max_tokens}, "max_tokens", int, 1, 1_000_000),
        temperature=_number(data, "temperature", float, 0, 2),
        stream=stream,
        include_usage=bool(options.get("include_usage")),
        corpus=corpus,
        k=k,
        conversation_id=str(conversation) if conversation is not None else None,
        claims=claims,
    )


def usage(answer_usage: dict[str, int]) -> dict[str, int]:
    i, o = answer_usage.get("input_tokens") or 0, answer_usage.get("output_tokens") or 0
    return {"prompt_tokens": i, "completion_tokens": o, "total_tokens": i + o}


def meta(answer: Any) -> dict[str, Any]:
    """The ``workbench`` object of a response: what the gateway did, never a value."""
    return {"audit_id": answer.audit_id, "sources": answer.sources, "guard": answer.guard,
            "redaction": answer.entities, "unexpected_entities": answer.unexpected_entities}


def completion(answer: Any, call_id: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": answer.text}
    if answer.reasoning:
        message["reasoning_content"] = answer.reasoning
    return {
        "id": call_id, "object": "chat.completion", "created": int(answer.created), "model": answer.model,
        "choices": [{"index": 0, "message": message, "finish_reason": answer.finish_reason or "stop"}],
        "usage": usage(answer.usage), "workbench": meta(answer),
    }


def chunk(call_id: str, model: str, delta: dict[str, Any] | None, finish: str | None = None,
          **extra: Any) -> bytes:
    body: dict[str, Any] = {"id": call_id, "object": "chat.completion.chunk", "created": int(time.time()),
                            "model": model,
                            "choices": [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}]}
    body.update(extra)
    return b"data: " + json.dumps(body, ensure_ascii=False).encode() + b"\n\n"


def error_body(status: int, message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    """OpenAI's error shape, so OpenAI clients raise their usual typed errors."""
    return {"error": {"message": message, "type": kind, "code": code or str(status), "status": status}}
