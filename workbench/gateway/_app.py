"""HTTP: tornado handlers that parse a typed request, call one service method, answer JSON.

Tornado because it is already installed (jupyter_server runs on it) and JupyterHub's own
service-auth helpers (``HubAuth``) are tornado-based: no second web stack in the image. The
pipeline is synchronous and CPU-bound (the analyzer), so each call runs in a worker thread of
the service's bounded pool; the event loop only moves bytes, streams included.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from typing import Any

import tornado.web
from tornado.iostream import StreamClosedError

from .. import errors as E
from ._auth import Identity, Refused, ScopeRefused, bearer
from ._service import GatewayService
from ._wire import chat_call, chunk, completion, error_body, read_json

log = logging.getLogger("workbench.gateway")
_DONE = object()

#: Typed errors to HTTP statuses (first match wins); anything else is a 500 with a reference.
STATUSES: list[tuple[type[BaseException], int, str]] = [
    (E.Unauthenticated, 401, "authentication_error"),
    (E.InvalidRequest, 400, "invalid_request_error"),
    (E.RateLimited, 429, "rate_limit_error"),
    (E.AccessDenied, 403, "permission_error"),
    (E.RedactionBlocked, 403, "permission_error"),
    (E.CorpusNotFound, 404, "not_found_error"),
    (E.UnknownModel, 404, "not_found_error"),
    (E.ContextTooLong, 400, "invalid_request_error"),
    (E.ModelTimeout, 504, "upstream_error"),
    (E.ModelError, 502, "upstream_error"),
    (E.EmbeddingMismatch, 409, "conflict_error"),
    (E.WrongPassphrase, 503, "unavailable_error"),
    (E.IntegrityError, 503, "unavailable_error"),
    (E.CorpusError, 409, "conflict_error"),
    (E.GatewayError, 400, "invalid_request_error"),
    (E.AuditError, 503, "unavailable_error"),
    (E.RedactionError, 503, "unavailable_error"),
    (E.ConfigError, 503, "unavailable_error"),
    (E.NotAvailable, 503, "unavailable_error"),
    (E.Cancelled, 499, "cancelled"),
]


def status_of(exc: BaseException) -> tuple[int, str, str]:
    """(status, type, message) for a response: typed messages say what to do and hold no value;
    an unexpected exception's message is never shown (it may hold one), only a reference."""
    for cls, status, kind in STATUSES:
        if isinstance(exc, cls):
            return status, kind, str(exc)
    ref = uuid.uuid4().hex[:12]
    log.error("unexpected %s (ref %s)", type(exc).__name__, ref, exc_info=exc)
    return 500, "internal_error", f"Internal error (ref {ref}); the gateway's log has the details."


class Base(tornado.web.RequestHandler):
    service: GatewayService

    def initialize(self, service: GatewayService) -> None:
        self.service = service

    def set_default_headers(self) -> None:
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")

    def check_xsrf_cookie(self) -> None:  # bearer tokens only, no cookies: nothing to forge
        pass

    def fail(self, exc: BaseException) -> None:
        status, kind, message = status_of(exc)
        self.set_status(status if status != 499 else 400)
        if isinstance(exc, E.RateLimited) and exc.retry_after:
            self.set_header("Retry-After", str(max(1, round(exc.retry_after))))
        if status == 401:
            self.set_header("WWW-Authenticate", 'Bearer realm="workbench-gateway"')
        self.finish(error_body(status, message, kind))

    def write_error(self, status_code: int, **kwargs: Any) -> None:  # tornado's own (404, 405 ...)
        self.finish(error_body(status_code, self._reason, "http_error"))

    async def identity(self) -> Identity:
        if not self.service.ready.is_set():
            raise E.NotAvailable("The gateway is starting; retry in a few seconds (GET /health says when ready).")
        try:
            return await self.service.auth.identify(self.request.headers)
        except (Refused, ScopeRefused) as exc:
            await self._audit_refusal(exc)
            raise

    async def _audit_refusal(self, exc: Refused | ScopeRefused) -> None:
        """Record the refused credential in the audit log (rate-limited: ``_refusals``)."""
        refusals = self.service.refusals
        if refusals is None:
            return
        request = self.request
        due = refusals.refused(reason=exc.reason, route=request.path, method=request.method,
                               client=request.remote_ip, claimed_user=exc.claimed_user or _claimed_user(request.body),
                               credential=_credential(request.headers))
        if due:
            await self.work(refusals.write, due)

    def body(self) -> dict[str, Any]:
        return read_json(self.request.body)

    async def work(self, fn: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.service.executor, fn, *args)


def _credential(headers: Any) -> str | None:
    try:
        return bearer(headers)
    except E.Unauthenticated:
        return None


def _claimed_user(body: bytes) -> str | None:
    """The body's ``workbench.claims.user`` (what the kernel says WORKBENCH_USER is), if readable."""
    if not body or len(body) > 1_000_000:
        return None
    try:
        claims = json.loads(body)["workbench"]["claims"]
        user = claims["user"] if isinstance(claims, dict) else None
    except (ValueError, KeyError, TypeError):
        return None
    from ._tokens import check_user

    try:
        return check_user(user) if isinstance(user, str) else None
    except E.GatewayError:
        return None


class NotFound(Base):
    def prepare(self) -> None:
        self.set_status(404)
        self.finish(error_body(404, "No such route; the gateway serves /health, /v1/models, /v1/chat/completions "
                                    "and /v1/workbench/... (docs/gateway.md).", "not_found_error"))


class Health(Base):
    def get(self) -> None:
        upstreams = self.service.upstreams()
        if self.service.ready.is_set() and (upstreams is None or upstreams["ok"]):
            body: dict[str, Any] = {"status": "ok", "auth": self.service.settings.gateway.auth}
            if upstreams is not None:
                body["upstreams"] = upstreams
            self.finish(body)
        elif self.service.ready.is_set():  # several upstreams, none answering now
            self.set_status(503)
            self.finish({"status": "no upstream answers", "upstreams": upstreams})
        else:
            self.set_status(503)
            body = {"status": "failed" if self.service.failure else "starting"}
            if self.service.waiting:
                body["upstream"] = f"not answering yet ({self.service.waiting})"
            self.finish(body)


class Models(Base):
    async def get(self) -> None:
        try:
            await self.identity()
            names = await self.work(self.service.models)
        except Exception as exc:
            return self.fail(exc)
        self.finish({"object": "list", "data": [{"id": n, "object": "model", "created": 0,
                                                 "owned_by": "workbench-gateway"} for n in names]})


class Chat(Base):
    """POST /v1/chat/completions: authenticate, then the one pipeline; SSE when ``stream``."""

    _request: Any = None

    async def post(self) -> None:
        try:
            who = await self.identity()
            call = chat_call(self.body())
            self._request = request = self.service.request(who, call)
        except Exception as exc:
            return self.fail(exc)
        call_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        if not call.stream:
            started = time.perf_counter()
            try:
                answer = await self.work(self.service.run, request, None)
            except Exception as exc:
                return self.fail(exc)
            pipeline_ms = (time.perf_counter() - started) * 1000
            body = json.dumps(completion(answer, call_id), ensure_ascii=False)
            # What the gateway itself adds is readable by any client: total minus pipeline.
            self.set_header("Server-Timing", f"pipeline;dur={pipeline_ms:.2f}, "
                                             f"gateway;dur={self.request.request_time() * 1000:.2f}")
            return self.finish(body)
        await self._stream(request, call_id, call.model or "")

    async def _stream(self, request: Any, call_id: str, model: str) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancel = getattr(request, "cancel", None)

        def on_delta(delta: Any) -> None:  # a worker thread
            if cancel is not None and cancel.is_set():
                raise E.Cancelled("The client went away; the call was stopped.")
            loop.call_soon_threadsafe(queue.put_nowait, delta)

        job = asyncio.ensure_future(self.work(self.service.run, request, on_delta))
        job.add_done_callback(lambda _f: queue.put_nowait(_DONE))
        started = done = False
        try:
            while not done:
                items = [await queue.get()]
                while not queue.empty():  # whatever else has arrived goes out in the same write
                    items.append(queue.get_nowait())
                if items[-1] is _DONE:
                    done = True
                    items.pop()
                if not items:
                    break
                if not started:
                    started = True
                    self._start_stream()
                    self.write(chunk(call_id, model, {"role": "assistant", "content": ""}))
                for item in items:
                    key = "content" if item.kind == "text" else "reasoning_content"
                    self.write(chunk(call_id, model, {key: item.text}))
                await self.flush()
            try:
                answer = job.result()
            except Exception as exc:
                if not started:
                    return self.fail(exc)
                status, kind, message = status_of(exc)
                self.write(b"data: " + json.dumps(error_body(status, message, kind)).encode() + b"\n\n")
                return self.finish()
            if not started:
                self._start_stream()
                self.write(chunk(call_id, answer.model, {"role": "assistant", "content": ""}))
            self.write(chunk(call_id, answer.model, {}, answer.finish_reason or "stop"))
            from ._wire import meta, usage

            self.write(chunk(call_id, answer.model, None, usage=usage(answer.usage), workbench=meta(answer)))
            self.write(b"data: [DONE]\n\n")
            await self.flush()
            self.finish()
        except StreamClosedError:
            self.on_connection_close()

    def _start_stream(self) -> None:
        self.set_header("Content-Type", "text/event-stream")
        self.set_header("X-Accel-Buffering", "no")

    def on_connection_close(self) -> None:
        cancel = getattr(self._request, "cancel", None)
        if cancel is not None:
            cancel.set()


class WhoAmI(Base):
    async def get(self) -> None:
        try:
            who = await self.identity()
        except Exception as exc:
            return self.fail(exc)
        self.finish({"user": who.user, "groups": list(who.groups), "auth": who.via})


def _str(data: dict[str, Any], key: str, default: Any = ..., limit: int = 100_000) -> Any:
    value = data.get(key, default)
    if value is ...:
        raise E.InvalidRequest(f"{key} is required.")
    if value is not default and (not isinstance(value, str) or not value.strip() or len(value) > limit):
        raise E.InvalidRequest(f"{key} must be a non-empty string (at most {limit} characters).")
    return value


def _claims(data: dict[str, Any]) -> dict[str, Any]:
    claims = (data.get("workbench") or {}).get("claims") if isinstance(data.get("workbench"), dict) else None
    claims = claims or data.get("claims") or {}
    if not isinstance(claims, dict):
        raise E.InvalidRequest("claims must be an object.")
    from ._wire import CLAIMS

    return {k: claims[k] for k in CLAIMS if isinstance(claims.get(k), (str, int)) and not isinstance(claims[k], bool)}


class Corpora(Base):
    async def get(self) -> None:
        try:
            who = await self.identity()
            found = await self.work(self.service.corpora, who)
        except Exception as exc:
            return self.fail(exc)
        self.finish({"corpora": found})


class CorpusAction(Base):
    """POST /v1/workbench/corpora/NAME/(search|add|grant|revoke)"""

    async def post(self, name: str, action: str) -> None:
        try:
            who = await self.identity()
            data = self.body()
            if action == "search":
                k = data.get("k", 5)
                if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 50:
                    raise E.InvalidRequest("k must be an integer from 1 to 50.")
                result: Any = {"hits": await self.work(self.service.search, who, name, _str(data, "query", limit=20_000),
                                                       k, _claims(data))}
            elif action == "add":
                docs = data.get("documents")
                if not isinstance(docs, list) or not docs or len(docs) > 10_000:
                    raise E.InvalidRequest("documents must be a non-empty list of {source, text}.")
                clean = []
                for i, d in enumerate(docs):
                    if not isinstance(d, dict):
                        raise E.InvalidRequest(f"documents[{i}] must be an object {{source, text}}.")
                    clean.append({"source": _str(d, "source", f"text-{i + 1}", limit=500),
                                  "text": _str(d, "text", limit=10_000_000)})
                result = await self.work(self.service.add, who, name, clean)
            else:
                to = data.get("user") or (f"group:{data['group']}" if isinstance(data.get("group"), str) else None)
                if not isinstance(to, str) or not to:
                    raise E.InvalidRequest("Name a user (\"user\") or a Hub group (\"group\").")
                right = data.get("right", "read")
                if right not in ("read", "write", "admin"):
                    raise E.InvalidRequest("right must be read, write or admin.")
                result = await self.work(self.service.grant, who, name, to, right, action == "revoke")
        except Exception as exc:
            return self.fail(exc)
        self.finish(result)


class Audit(Base):
    async def get(self) -> None:
        try:
            who = await self.identity()
            try:
                limit = int(self.get_argument("limit", "50"))
            except ValueError:
                raise E.InvalidRequest("limit must be an integer.") from None
            if not 1 <= limit <= 10_000:
                raise E.InvalidRequest("limit must be from 1 to 10000.")
            records = await self.work(lambda: self.service.audit(
                who, limit=limit, cell=self.get_argument("cell", None), notebook=self.get_argument("notebook", None)))
        except Exception as exc:
            return self.fail(exc)
        self.finish({"user": who.user, "records": records})


def make_app(service: GatewayService, prefix: str = "/") -> tornado.web.Application:
    """Routes at the root and, when the gateway is a Hub service, under its prefix too."""
    routes: list[Any] = []
    bases = {"/"} | {"/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"}
    for base in sorted(bases):
        routes += [
            (base + "health", Health),
            (base + "v1/models", Models),
            (base + "v1/chat/completions", Chat),
            (base + "v1/workbench/whoami", WhoAmI),
            (base + "v1/workbench/corpora", Corpora),
            (base + r"v1/workbench/corpora/([A-Za-z0-9._-]{1,64})/(search|add|grant|revoke)", CorpusAction),
            (base + "v1/workbench/audit", Audit),
        ]
    return tornado.web.Application([(r, h, {"service": service}) for r, h in routes],
                                   default_handler_class=NotFound, default_handler_args={"service": service},
                                   xsrf_cookies=False, compress_response=False,
                                   max_body_size=64 * 1024 * 1024, log_function=_quiet)


def _quiet(handler: tornado.web.RequestHandler) -> None:
    """Access log: method, path, status, time; never a body or a header (tokens)."""
    if handler.get_status() >= 500:
        log.warning("%s %s %s %.1fms", handler.request.method, handler.request.path, handler.get_status(),
                    handler.request.request_time() * 1000)
