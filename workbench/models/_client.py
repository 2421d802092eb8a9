"""One client for any OpenAI-compatible server (vLLM, llama.cpp, or another).

Foreign errors from the ``openai`` package are translated here into :mod:`workbench.errors`,
with messages that say what to do next and never contain the API key.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit

import openai

from ..errors import (
    Cancelled,
    ContextTooLong,
    ModelAuthError,
    ModelError,
    ModelTimeout,
    ModelUnavailable,
    UnknownModel,
)
from ._reasoning import ThinkSplitter

log = logging.getLogger("workbench.models")

OnPiece = Callable[[str, str], None]  # (kind, text): kind is "text" or "reasoning"

_CONTEXT_PATTERNS = re.compile(
    r"context (window|length)|maximum context|exceed(s|ed)? (the )?context|too many tokens|"
    r"prompt is too long|n_ctx",
    re.I,
)


@dataclass
class Endpoint:
    """Where the model server is and how to talk to it. The key stays out of ``repr``."""

    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    provider: str = "openai-compatible"  # "vllm" | "llama.cpp" | "openai-compatible"
    reasoning_starts_open: bool = False

    @property
    def address(self) -> tuple[str | None, int | None]:
        parts = urlsplit(self.base_url)
        return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


@dataclass
class Completion:
    """What the server returned, with reasoning kept apart from the answer."""

    text: str
    reasoning: str | None
    model: str
    usage: dict[str, int]
    finish_reason: str | None
    raw: str  # the content exactly as received (for hashing in the audit record)
    # What a workbench gateway said about the call (audit id, sources, guard, redaction); None
    # when the server is a plain OpenAI-compatible one.
    gateway: dict[str, Any] | None = None


class ModelClient:
    """Chat completions against one endpoint, streaming or not."""

    def __init__(self, endpoint: Endpoint, *, timeout: float = 120.0) -> None:
        self.endpoint = endpoint
        self._client = openai.OpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key or "no-key",
            timeout=timeout,
            max_retries=0,
        )
        self._served: list[str] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ModelClient({self.endpoint.base_url!r}, model={self.endpoint.model!r})"

    def models(self) -> list[str]:
        """The model names the server serves."""
        with _translated(self.endpoint, None):
            return [m.id for m in self._client.models.list().data]

    def check_model(self, model: str) -> None:
        """Raise UnknownModel unless the server serves ``model`` (asked once per client)."""
        with self._lock:
            if self._served is None:
                self._served = self.models()
        if self._served and model not in self._served:
            raise UnknownModel(
                f"The server at {self.endpoint.base_url} does not serve {model!r}; it serves "
                f"{', '.join(map(repr, self._served))}. Set WORKBENCH_MODEL to one of those."
            )

    def complete(
        self,
        messages: list[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        on_piece: OnPiece | None = None,
        cancel: threading.Event | None = None,
        extra_body: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> Completion:
        """Send ``messages``; stream pieces to ``on_piece`` when given.

        Setting ``cancel`` (from any thread), or an exception raised by ``on_piece``, closes the
        stream: the server sees the connection go and stops generating. A cancelled call raises
        :class:`~workbench.errors.Cancelled`.
        """
        model = model or self.endpoint.model
        self.check_model(model)
        params: dict[str, Any] = {"model": model, "messages": messages}
        if max_tokens is not None:
            params["max_tokens"] = max_tokens
        if temperature is not None:
            params["temperature"] = temperature
        if extra_body:
            params["extra_body"] = extra_body
        if extra_headers:
            params["extra_headers"] = extra_headers
        try:
            with _translated(self.endpoint, model):
                if on_piece is None:
                    return self._complete(params)
                return self._stream(params, on_piece, cancel)
        except ModelError:
            if cancel is not None and cancel.is_set():
                raise Cancelled("The call was stopped; the model server was told to stop generating.") from None
            raise

    def _complete(self, params: dict[str, Any]) -> Completion:
        resp = self._client.chat.completions.create(**params)
        choice = resp.choices[0]
        raw = choice.message.content or ""
        reasoning = _extra(choice.message, "reasoning_content", "reasoning")
        splitter = ThinkSplitter(starts_open=self.endpoint.reasoning_starts_open and not reasoning)
        pieces = list(splitter.feed(raw)) + list(splitter.flush())
        text = "".join(t for k, t in pieces if k == "text")
        inline = "".join(t for k, t in pieces if k == "reasoning")
        return Completion(
            text=text,
            reasoning=(reasoning or "") + inline or None,
            model=resp.model or params["model"],
            usage=_usage(resp.usage),
            finish_reason=choice.finish_reason,
            raw=raw,
            gateway=_gateway_meta(resp),
        )

    def _stream(self, params: dict[str, Any], on_piece: OnPiece, cancel: threading.Event | None) -> Completion:
        params = {**params, "stream": True, "stream_options": {"include_usage": True}}
        if cancel is not None and cancel.is_set():
            raise Cancelled("The call was stopped before it was sent.")
        stream = self._client.chat.completions.create(**params)
        done = threading.Event()
        if cancel is not None:
            threading.Thread(target=_close_when, args=(cancel, done, stream), daemon=True,
                             name="workbench-cancel").start()
        try:
            completion = self._read_stream(stream, params, on_piece, cancel)
        except Exception:
            if cancel is not None and cancel.is_set():  # closed under the reader's feet
                raise Cancelled("The call was stopped; the model server was told to stop generating.") from None
            raise
        finally:
            done.set()
            stream.close()  # the server sees the connection go and stops generating
        if cancel is not None and cancel.is_set() and completion.finish_reason is None:
            # the stream ended because it was closed, not because the model finished
            raise Cancelled("The call was stopped; the model server was told to stop generating.")
        return completion

    def _read_stream(self, stream: Any, params: dict[str, Any], on_piece: OnPiece,
                     cancel: threading.Event | None) -> Completion:
        splitter = ThinkSplitter(starts_open=self.endpoint.reasoning_starts_open)
        text: list[str] = []
        reasoning: list[str] = []
        raw: list[str] = []
        model, usage, finish, chunks, gateway = params["model"], {}, None, 0, None

        def emit(pieces: Iterable[tuple[str, str]]) -> None:
            for kind, piece in pieces:
                (text if kind == "text" else reasoning).append(piece)
                on_piece(kind, piece)

        for chunk in stream:
            if cancel is not None and cancel.is_set():
                raise Cancelled("The call was stopped; the model server was told to stop generating.")
            model = chunk.model or model
            gateway = _gateway_meta(chunk) or gateway
            if chunk.usage:
                usage = _usage(chunk.usage)
            if not chunk.choices:
                continue
            choice = chunk.choices[0]
            finish = choice.finish_reason or finish
            delta = choice.delta
            if delta is None:
                continue
            think = _extra(delta, "reasoning_content", "reasoning")
            chunks += bool(think or delta.content)
            if think:
                emit([("reasoning", think)])
            if delta.content:
                raw.append(delta.content)
                emit(splitter.feed(delta.content))
        emit(splitter.flush())
        if not usage and (chunks or finish is not None):
            # llama.cpp sends no usage in streams; it sends one token per chunk, so count them. A stream
            # that finished without a single piece (a sampled end-of-text first) counts 0, not unknown.
            usage = {"output_tokens": chunks}
        return Completion(
            text="".join(text),
            reasoning="".join(reasoning) or None,
            model=model,
            usage=usage,
            finish_reason=finish,
            raw="".join(raw),
            gateway=gateway,
        )


def _close_when(cancel: threading.Event, done: threading.Event, stream: Any) -> None:
    """Close ``stream`` as soon as ``cancel`` is set (the reader may be blocked on the socket)."""
    while not done.is_set():
        if cancel.wait(0.05):
            if not done.is_set():
                stream.close()
            return


def _gateway_meta(obj: Any) -> dict[str, Any] | None:
    """The workbench gateway's top-level ``workbench`` object on a response or chunk, if any."""
    extra = getattr(obj, "model_extra", None) or {}
    value = extra.get("workbench")
    return value if isinstance(value, dict) else None


def _extra(obj: Any, *names: str) -> str | None:
    """A non-standard field (vLLM's reasoning_content) from an openai model object."""
    for name in names:
        value = getattr(obj, name, None)
        if value is None and getattr(obj, "model_extra", None):
            value = obj.model_extra.get(name)
        if value:
            return str(value)
    return None


def _usage(usage: Any) -> dict[str, int]:
    if usage is None:
        return {}
    out = {
        "input_tokens": getattr(usage, "prompt_tokens", None),
        "output_tokens": getattr(usage, "completion_tokens", None),
    }
    return {k: int(v) for k, v in out.items() if v is not None}


class _translated:
    """Context manager: openai exceptions in, workbench exceptions out."""

    def __init__(self, endpoint: Endpoint, model: str | None) -> None:
        self.endpoint, self.model = endpoint, model

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        if exc is None or not isinstance(exc, openai.OpenAIError):
            return False
        raise _translate(exc, self.endpoint, self.model) from exc


def _translate(exc: openai.OpenAIError, endpoint: Endpoint, model: str | None) -> ModelError:
    url = endpoint.base_url
    if isinstance(exc, openai.APITimeoutError):
        return ModelTimeout(
            f"The model server at {url} did not answer in time. Try a shorter prompt or fewer "
            "max_tokens, or raise [model] timeout in workbench.toml."
        )
    if isinstance(exc, openai.APIConnectionError):
        return ModelUnavailable(
            f"No model server answers at {url}. Start one with `workbench model serve`, "
            "or check WORKBENCH_MODEL_URL."
        )
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return ModelAuthError(
            f"The model server at {url} refused the API key. Set WORKBENCH_API_KEY to the "
            "server's key (for the managed server it is in WORKBENCH_HOME/keys/model_api_key)."
        )
    message = _server_message(exc)
    if isinstance(exc, openai.APIStatusError) and _CONTEXT_PATTERNS.search(message):
        return ContextTooLong(
            f"The prompt does not fit the context window of {model or endpoint.model!r} "
            f"(server said: {message}). Shorten it, retrieve fewer chunks (k), or serve the "
            "model with a larger context (n_ctx / max_model_len)."
        )
    if isinstance(exc, (openai.NotFoundError, openai.BadRequestError)) and re.search(
        r"model.*(does not exist|not found|unknown)", message, re.I
    ):
        return UnknownModel(
            f"The server at {url} does not serve {model!r}. Run `workbench model status` "
            "or set WORKBENCH_MODEL to a served name."
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelError(
            f"{url} answered 404: is it the OpenAI-compatible base URL (it usually ends in /v1)?"
        )
    status = getattr(exc, "status_code", None)
    return ModelError(f"The model server at {url} failed (HTTP {status}): {message}")


def _server_message(exc: openai.OpenAIError) -> str:
    body = getattr(exc, "body", None)
    message = None
    if isinstance(body, dict):
        err = body.get("error", body)
        message = err.get("message") if isinstance(err, dict) else err
        message = message or body.get("detail") or body.get("message")
    text = str(message or exc)
    return text[:300]
