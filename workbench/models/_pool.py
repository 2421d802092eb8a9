"""Several OpenAI-compatible upstreams behind one client: health-checked, least-loaded, failing over.

Runs wherever calls are sent from: inside the gateway (the trusted side) in a multi-host layout,
or in a kernel that is given several model URLs. It holds the upstream key, so on a shared host
it belongs to the gateway's identity, never to an analyst's kernel.

    pool = UpstreamPool(["http://10.0.0.11:8000/v1", "http://10.0.0.12:8000/v1"], api_key=key)
    client = pool.client()            # a ModelClient-compatible object: complete(), models()
    client.complete(messages, on_piece=print)
    with pool.lease() as lease:       # or: one upstream for a raw proxied request
        httpx.post(lease.base_url + "/chat/completions", headers=lease.headers, ...)
    pool.status()                     # for /health: which upstreams are up, their load
    pool.close()

Failover rule: a call that fails before the caller has seen any of the answer (connection
refused or reset, the server gone before the first streamed piece, HTTP 502/503/504) is marked
down and retried on the next upstream; once a piece has been handed to the caller, a failure is
:class:`~workbench.errors.ModelInterrupted` and is not retried (the caller would show the answer
twice). A background thread checks every upstream each ``check_interval`` seconds (``GET
/health``, else ``GET /v1/models``; bounded timeouts) and brings it back when it answers.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

import httpx
import openai

from ..errors import ConfigError, ModelError, ModelInterrupted, ModelUnavailable
from ._client import Completion, Endpoint, ModelClient

log = logging.getLogger("workbench.models.pool")

#: Upstream HTTP statuses that mean "this server cannot take calls now", not "this call is bad".
RETRY_STATUSES = frozenset({502, 503, 504})


@dataclass
class _Upstream:
    url: str  # the OpenAI base URL, ending in /v1
    client: ModelClient = field(repr=False)
    healthy: bool = True  # optimistic until the first check says otherwise
    in_flight: int = 0
    calls: int = 0
    failures: int = 0
    last_error: str | None = None
    checked_at: float | None = None
    since: float = field(default_factory=time.time)  # when ``healthy`` last changed
    health_path: str | None = None  # learnt: "/health" (vLLM) or "/models" (llama.cpp, others)


@dataclass
class Lease:
    """One upstream taken for one call; released when the ``with`` block ends."""

    endpoint: Endpoint
    pool: UpstreamPool = field(repr=False)
    _upstream: _Upstream = field(repr=False)
    _failed: bool = field(default=False, repr=False)

    @property
    def base_url(self) -> str:
        return self.endpoint.base_url

    @property
    def headers(self) -> dict[str, str]:
        """The Authorization header for a raw request (the upstream key; never log it)."""
        return {"Authorization": f"Bearer {self.endpoint.api_key}"} if self.endpoint.api_key else {}

    def failed(self, reason: str) -> None:
        """Mark this upstream down now (the health check brings it back)."""
        self._failed = True
        self.pool._mark(self._upstream, False, reason)


class UpstreamPool:
    """Spread calls over several OpenAI-compatible servers serving the same model."""

    def __init__(
        self,
        urls: Sequence[str],
        *,
        api_key: str = "",
        model: str | None = None,
        check_interval: float = 2.0,
        check_timeout: float = 1.0,
        connect_timeout: float = 2.0,
        timeout: float = 120.0,
        provider: str = "openai-compatible",
        reasoning_starts_open: bool = False,
        start: bool = True,
    ) -> None:
        clean = [_base_url(u) for u in urls]
        if not clean:
            raise ConfigError("An upstream pool needs at least one URL (--upstream URL, repeatable).")
        if len(set(clean)) != len(clean):
            raise ConfigError("The same upstream URL is given twice; give each model server once.")
        if check_interval <= 0 or check_timeout <= 0 or connect_timeout <= 0:
            raise ConfigError("Upstream check interval and timeouts must be positive numbers of seconds.")
        self.api_key = api_key
        self.model = model
        self.check_interval = check_interval
        self.check_timeout = check_timeout
        self._lock = threading.Lock()
        self._rr = itertools.count()
        self._stop = threading.Event()
        self._http = httpx.Client(timeout=httpx.Timeout(check_timeout), follow_redirects=False)
        call_timeout = httpx.Timeout(timeout, connect=min(connect_timeout, timeout))
        self._upstreams = [
            _Upstream(url, ModelClient(
                Endpoint(url, model or "", api_key, provider, reasoning_starts_open),
                timeout=call_timeout,  # type: ignore[arg-type]  # openai takes an httpx.Timeout
            ))
            for url in clean
        ]
        self._thread: threading.Thread | None = None
        self._local = threading.local()
        if start:
            self.start()

    def __repr__(self) -> str:
        up = sum(u.healthy for u in self._upstreams)
        return f"<UpstreamPool {up}/{len(self._upstreams)} up>"

    def __enter__(self) -> UpstreamPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- health -------------------------------------------------------------------------------

    def start(self) -> None:
        """Check every upstream once now, then in a background thread every ``check_interval``."""
        if self._thread is not None:
            return
        self.check_now()
        self._thread = threading.Thread(target=self._run_checks, name="workbench-upstream-health", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the health checks (bounded: one check timeout at most)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self.check_timeout * 2 + 1)
        self._http.close()

    def check_now(self) -> dict[str, Any]:
        """Check every upstream once, now; returns :meth:`status`."""
        for up in self._upstreams:
            ok, reason = self._check(up)
            self._mark(up, ok, reason, checked=True)
        return self.status()

    def _run_checks(self) -> None:
        while not self._stop.wait(self.check_interval):
            for up in self._upstreams:
                if self._stop.is_set():
                    return
                try:
                    ok, reason = self._check(up)
                except Exception as exc:  # a check must never kill the checker
                    ok, reason = False, type(exc).__name__
                self._mark(up, ok, reason, checked=True)

    def _check(self, up: _Upstream) -> tuple[bool, str | None]:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        paths = [up.health_path] if up.health_path else ["/health", "/models"]
        for path in paths:
            url = (_root(up.url) + "/health") if path == "/health" else (up.url + "/models")
            try:
                resp = self._http.get(url, headers=headers)
            except httpx.TimeoutException:
                return False, f"no answer within {self.check_timeout:g} s"
            except httpx.HTTPError as exc:
                return False, _describe(exc)
            if resp.status_code == 200:
                up.health_path = path
                return True, None
            if resp.status_code in (401, 403):
                return False, f"refused the upstream key (HTTP {resp.status_code})"
            if resp.status_code not in (404, 405):
                return False, f"HTTP {resp.status_code}"
        return False, "answers neither /health nor /v1/models"

    def _mark(self, up: _Upstream, ok: bool, reason: str | None, *, checked: bool = False) -> None:
        with self._lock:
            if checked:
                up.checked_at = time.time()
            if ok != up.healthy:
                up.healthy, up.since = ok, time.time()
                if ok:
                    log.info("upstream %s is up again", _display(up.url))
                else:
                    log.warning("upstream %s is down: %s", _display(up.url), reason)
            if not ok:
                up.last_error = reason
                if not checked:
                    up.failures += 1

    def status(self) -> dict[str, Any]:
        """What /health reports: how many upstreams answer, and each one's state (no secrets)."""
        with self._lock:
            rows = [{
                "url": _display(u.url),
                "healthy": u.healthy,
                "in_flight": u.in_flight,
                "calls": u.calls,
                "failures": u.failures,
                "last_error": None if u.healthy else u.last_error,
                "since": _iso(u.since),
                "checked_at": _iso(u.checked_at) if u.checked_at else None,
            } for u in self._upstreams]
        healthy = sum(r["healthy"] for r in rows)
        return {"ok": healthy > 0, "healthy": healthy, "total": len(rows), "upstreams": rows}

    def addresses(self) -> list[tuple[str | None, int | None]]:
        """(host, port) of every upstream: what a strict egress allow-list must let through."""
        return [u.client.endpoint.address for u in self._upstreams]

    # -- picking ------------------------------------------------------------------------------

    def _acquire(self, exclude: set[str]) -> _Upstream | None:
        """The healthy upstream with the fewest calls in flight (ties: round robin); if none is
        healthy, one marked down (its check may be stale) as a last resort; None when all tried."""
        with self._lock:
            turn = next(self._rr)
            n = len(self._upstreams)
            order = sorted(
                (u for u in self._upstreams if u.url not in exclude),
                key=lambda u: (not u.healthy, u.in_flight, (self._upstreams.index(u) - turn) % n),
            )
            if not order:
                return None
            up = order[0]
            up.in_flight += 1
            up.calls += 1
            return up

    def _release(self, up: _Upstream) -> None:
        with self._lock:
            up.in_flight -= 1

    @contextlib.contextmanager
    def lease(self, exclude: Sequence[str] = ()) -> Iterator[Lease]:
        """Take one upstream for a call. A connection error that leaves the block marks it down;
        call ``lease.failed(reason)`` for other failures. Retry with ``exclude=[lease.base_url]``."""
        up = self._acquire({_base_url(u) for u in exclude})
        if up is None:
            raise self._unavailable()
        lease = Lease(up.client.endpoint, self, up)
        try:
            yield lease
        except (ModelUnavailable, httpx.TransportError, openai.APIConnectionError, ConnectionError) as exc:
            if not lease._failed:
                lease.failed(_describe(exc))
            raise
        finally:
            self._release(up)

    def client(self) -> PoolClient:
        """A :class:`ModelClient`-compatible client whose every call goes through this pool."""
        return PoolClient(self)

    def _unavailable(self, errors: Sequence[str] = ()) -> ModelUnavailable:
        detail = "; ".join(errors) or "; ".join(
            f"{_display(u.url)} ({u.last_error or 'down'})" for u in self._upstreams)
        return ModelUnavailable(
            f"None of the {len(self._upstreams)} model servers answers: {detail}. Start them "
            "(`systemctl start workbench-vllm`), or check the gateway's --upstream URLs."
        )

    def _call(self, fn: Callable[[ModelClient, Callable[[], bool]], Any], streamed: Callable[[], bool]) -> Any:
        """Run ``fn`` on upstreams in turn until one answers, by the failover rule above."""
        tried: set[str] = set()
        errors: list[str] = []
        while True:
            up = self._acquire(tried)
            if up is None:
                raise self._unavailable(errors)
            try:
                result = fn(up.client, streamed)
            except BaseException as exc:
                reason = _retryable(exc)
                if reason is None:  # the call's own failure (bad request, cancelled): not the server's
                    raise
                self._mark(up, False, reason)
                if streamed():
                    raise ModelInterrupted(
                        f"The model server at {_display(up.url)} went away mid-answer ({reason}); the "
                        "answer above is incomplete and was not retried, so no text is shown twice. "
                        "Ask again: another server will take the call."
                    ) from exc
                tried.add(up.url)
                errors.append(f"{_display(up.url)} ({reason})")
                log.info("upstream %s failed before answering (%s); trying the next", _display(up.url), reason)
                continue
            finally:
                self._release(up)
            self._local.endpoint = up.client.endpoint
            return result

    def last_endpoint(self) -> Endpoint:
        """The upstream that served this thread's last call (the first upstream before any)."""
        return getattr(self._local, "endpoint", None) or self._upstreams[0].client.endpoint


class PoolClient:
    """What :class:`ModelClient` offers, over a pool: ``complete``, ``models``, ``check_model``."""

    def __init__(self, pool: UpstreamPool) -> None:
        self.pool = pool

    def __repr__(self) -> str:
        return f"PoolClient({self.pool!r})"

    @property
    def endpoint(self) -> Endpoint:
        return self.pool.last_endpoint()

    def models(self) -> list[str]:
        return self.pool._call(lambda client, _: client.models(), lambda: False)

    def check_model(self, model: str) -> None:
        self.pool._call(lambda client, _: client.check_model(model), lambda: False)

    def complete(self, messages: list[dict[str, str]], *, on_piece: Callable[[str, str], None] | None = None,
                 **kwargs: Any) -> Completion:
        """As :meth:`ModelClient.complete` (same keywords), failing over by the pool's rule."""
        seen = [False]

        def relay(kind: str, piece: str) -> None:
            seen[0] = True
            on_piece(kind, piece)  # type: ignore[misc]

        def attempt(client: ModelClient, streamed: Callable[[], bool]) -> Completion:
            seen[0] = False
            completion = client.complete(messages, on_piece=relay if on_piece else None, **kwargs)
            cancel = kwargs.get("cancel")
            if on_piece and completion.finish_reason is None and not (cancel is not None and cancel.is_set()):
                # the stream ended without the model saying it had finished: the server went away
                raise _Truncated()
            return completion

        return self.pool._call(attempt, lambda: seen[0])


class _Truncated(Exception):
    """A stream that ended without a finish reason (the server closed the connection)."""


def _retryable(exc: BaseException) -> str | None:
    """Why ``exc`` means the upstream (not the call) failed, or None when it does not."""
    if isinstance(exc, _Truncated):
        return "the stream ended before the model finished"
    if isinstance(exc, ModelUnavailable):
        return _describe(exc.__cause__) if exc.__cause__ else "connection failed"
    if isinstance(exc, (httpx.TransportError, openai.APIConnectionError)):
        return _describe(exc)
    if isinstance(exc, ModelError) and isinstance(exc.__cause__, openai.APIStatusError):
        status = exc.__cause__.status_code
        if status in RETRY_STATUSES:
            return f"HTTP {status}"
    return None


def _describe(exc: BaseException) -> str:
    """A short reason without any URL query, header or key: the exception's kind."""
    cause: BaseException | None = exc
    while cause is not None:
        text = str(cause).lower()
        if "refused" in text:
            return "connection refused"
        if "reset" in text:
            return "connection reset"
        if "incomplete" in text or "peer closed" in text or "disconnected" in text:
            return "connection closed mid-response"
        cause = cause.__cause__ or cause.__context__
    return type(exc).__name__


def _base_url(url: str) -> str:
    url = str(url).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"Upstream {_display(url)!r} is not an http(s) URL such as http://10.0.0.11:8000/v1.")
    return url if parts.path.endswith("/v1") else url + "/v1" if not parts.path else url


def _root(base_url: str) -> str:
    """http://host:port/v1 -> http://host:port (vLLM's /health is not under /v1)."""
    parts = urlsplit(base_url)
    path = parts.path[: -len("/v1")] if parts.path.endswith("/v1") else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _display(url: str) -> str:
    """The URL without any user:password part, for logs, errors and /health."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    return url


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")
