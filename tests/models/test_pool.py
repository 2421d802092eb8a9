"""UpstreamPool against real loopback servers: the recording server in workbench.bench, run in its
own process so it can be killed (SIGKILL) and restarted on the same port mid-test."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from workbench import models
from workbench.bench import Behaviour, RecordingServer
from workbench.errors import ConfigError, ModelError, ModelInterrupted, ModelUnavailable

KEY = "right-key"
MESSAGES = [{"role": "user", "content": "Name one primary colour."}]
REPO = Path(__file__).resolve().parents[2]

# A recording server on a fixed port (so it can come back where the pool expects it). Modes:
# "ok" answers; "die-mid-stream" sends one piece of a stream and then the process dies;
# "die-before-first" sends the stream's headers and dies before any piece.
SERVER = r"""
import importlib.util, json, os, sys, time
from http.server import ThreadingHTTPServer

# workbench/bench/_echo.py itself (stdlib only), without importing the whole package: fast start
spec = importlib.util.spec_from_file_location("echo", sys.argv[3])
echo = sys.modules["echo"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(echo)
Behaviour, RecordingServer = echo.Behaviour, echo.RecordingServer
port, mode = int(sys.argv[1]), sys.argv[2]
recording = RecordingServer(Behaviour(answer="Answer from %d." % port, api_key="right-key"))
handler = recording._httpd.RequestHandlerClass
recording._httpd.server_close()
if mode != "ok":
    class Dying(handler):
        def _stream(self, request):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            if mode == "die-mid-stream":
                chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": request["model"],
                         "choices": [{"index": 0, "delta": {"content": "Half an"}, "finish_reason": None}]}
                self.wfile.write(("data: " + json.dumps(chunk) + "\n\n").encode())
                self.wfile.flush()
                time.sleep(0.3)
            os._exit(0)
    handler = Dying
httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
print("ready", flush=True)
httpd.serve_forever()
"""


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """``n`` distinct free loopback ports: every socket stays bound until all are chosen (closed one by one, the
    OS may hand the same port out twice)."""
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


class Upstream:
    """One recording server in its own process on a fixed loopback port."""

    def __init__(self, mode: str = "ok", port: int | None = None) -> None:
        self.port = port or free_port()
        self.mode = mode
        self.proc: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> Upstream:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        echo = REPO / "workbench" / "bench" / "_echo.py"
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER, str(self.port), self.mode, str(echo)], env=env,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc:
            self.proc.wait(10)


@pytest.fixture
def upstreams() -> Iterator[Callable[..., Upstream]]:
    started: list[Upstream] = []

    def make(mode: str = "ok") -> Upstream:
        up = Upstream(mode).start()
        started.append(up)
        return up

    yield make
    for up in started:
        up.kill()


def wait_for(predicate: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def row(pool: models.UpstreamPool, url: str) -> dict:
    return next(r for r in pool.status()["upstreams"] if r["url"] == url)


def test_calls_are_spread_over_healthy_upstreams() -> None:
    with RecordingServer() as a, RecordingServer() as b, \
            models.UpstreamPool([a.base_url, b.base_url], api_key=KEY, model="test-model") as pool:
        client = pool.client()
        for _ in range(10):
            assert client.complete(MESSAGES).text == "Blue."
        assert len(a.requests) == 5 and len(b.requests) == 5  # equal load: round robin
        assert all({k.lower(): v for k, v in h.items()}["authorization"] == f"Bearer {KEY}" for h in a.headers + b.headers)
        status = pool.status()
        assert status["ok"] and status["healthy"] == 2 and [r["calls"] for r in status["upstreams"]] == [5, 5]


def test_the_least_loaded_upstream_takes_the_next_call() -> None:
    with RecordingServer() as a, RecordingServer() as b, \
            models.UpstreamPool([a.base_url, b.base_url], api_key=KEY, start=False) as pool:
        with pool.lease() as first:
            with pool.lease() as second:
                assert {first.base_url, second.base_url} == {a.base_url, b.base_url}
                assert row(pool, first.base_url)["in_flight"] == 1
            with pool.lease() as third:  # second's upstream is idle again; first's is busy
                assert third.base_url == second.base_url
        assert all(r["in_flight"] == 0 for r in pool.status()["upstreams"])
        assert first.headers == {"Authorization": f"Bearer {KEY}"}


def test_a_killed_upstream_is_failed_over_marked_down_and_back_when_restarted(upstreams) -> None:
    a = upstreams()
    with RecordingServer(Behaviour(answer="Answer from b.")) as b, \
            models.UpstreamPool([a.url, b.base_url], api_key=KEY, model="test-model",
                                check_interval=0.2, check_timeout=0.5) as pool:
        client = pool.client()
        answers = {client.complete(MESSAGES).text for _ in range(4)}
        assert answers == {f"Answer from {a.port}.", "Answer from b."}

        a.kill()
        started = time.monotonic()
        texts = [client.complete(MESSAGES, on_piece=lambda kind, piece: None).text for _ in range(6)]
        assert texts == ["Answer from b."] * 6  # every call answered, none lost
        assert time.monotonic() - started < 5
        down = row(pool, a.url)
        assert not down["healthy"] and down["last_error"] == "connection refused"
        assert pool.status()["healthy"] == 1 and pool.status()["ok"]

        back = Upstream("ok", port=a.port).start()  # the same server comes back on the same port
        try:
            assert wait_for(lambda: row(pool, a.url)["healthy"], 5.0), pool.status()
            assert f"Answer from {a.port}." in {client.complete(MESSAGES).text for _ in range(4)}
        finally:
            back.kill()


def test_all_upstreams_down_is_one_clear_error_in_bounded_time() -> None:
    dead = [f"http://127.0.0.1:{port}/v1" for port in free_ports(2)]
    with models.UpstreamPool(dead, api_key=KEY, model="m", check_interval=5) as pool:
        assert pool.status() == {**pool.status(), "ok": False, "healthy": 0}
        started = time.monotonic()
        with pytest.raises(ModelUnavailable, match=r"None of the 2 model servers answers: .*connection refused") as info:
            pool.client().complete(MESSAGES)
        assert time.monotonic() - started < 5
        assert all(url in str(info.value) for url in dead) and KEY not in str(info.value)
        with pytest.raises(ModelUnavailable):
            with pool.lease(exclude=dead):
                pass


def test_a_stream_cut_after_the_first_piece_is_not_retried(upstreams) -> None:
    dying = upstreams("die-mid-stream")
    with RecordingServer() as b, models.UpstreamPool([dying.url, b.base_url], api_key=KEY, model="test-model",
                                                     check_interval=30) as pool:
        pieces: list[str] = []
        with pool.lease(exclude=[dying.url]):  # b is busy: the stream goes to the dying server
            with pytest.raises(ModelInterrupted, match="went away mid-answer .*not retried") as info:
                pool.client().complete(MESSAGES, on_piece=lambda kind, piece: pieces.append(piece))
        assert pieces == ["Half an"]  # the caller saw the first piece, and nothing twice
        assert b.requests == []  # not retried elsewhere
        assert not row(pool, dying.url)["healthy"]
        assert dying.url in str(info.value) and KEY not in str(info.value)


def test_a_stream_cut_before_the_first_piece_is_retried_elsewhere(upstreams) -> None:
    dying = upstreams("die-before-first")
    with RecordingServer() as b, models.UpstreamPool([dying.url, b.base_url], api_key=KEY, model="test-model",
                                                     check_interval=30) as pool:
        pieces: list[str] = []
        with pool.lease(exclude=[dying.url]):  # b busy: the dying server is tried first
            completion = pool.client().complete(MESSAGES, on_piece=lambda kind, piece: pieces.append(piece))
        assert completion.text == "Blue." and "".join(pieces) == "Blue." and completion.finish_reason == "stop"
        assert len(b.requests) == 1 and b.requests[0]["stream"] is True
        assert not row(pool, dying.url)["healthy"]


def test_an_overloaded_upstream_503_is_failed_over_but_a_bad_request_is_not() -> None:
    with RecordingServer(Behaviour(status=503, error_message="overloaded")) as busy, RecordingServer() as b, \
            models.UpstreamPool([busy.base_url, b.base_url], api_key=KEY, model="test-model", start=False) as pool:
        client = pool.client()
        assert [client.complete(MESSAGES).text for _ in range(3)] == ["Blue."] * 3
        assert row(pool, busy.base_url)["last_error"] == "HTTP 503"
    with RecordingServer(Behaviour(status=400, error_message="bad temperature")) as bad, RecordingServer() as b, \
            models.UpstreamPool([bad.base_url, b.base_url], api_key=KEY, model="test-model", start=False) as pool:
        with pool.lease(exclude=[bad.base_url]):  # b busy: the call goes to `bad`, whose 400 is the call's own fault
            with pytest.raises(ModelError, match="HTTP 400"):
                pool.client().complete(MESSAGES)
        assert b.requests == [] and row(pool, bad.base_url)["healthy"]


def test_health_check_names_a_wrong_key_and_status_holds_no_secret() -> None:
    with RecordingServer() as a:
        with models.UpstreamPool([a.base_url], api_key="wrong-key") as pool:
            status = pool.status()
            assert not status["ok"] and status["upstreams"][0]["last_error"] == "refused the upstream key (HTTP 401)"
            assert "wrong-key" not in repr(status) and "wrong-key" not in repr(pool)
        with models.UpstreamPool([a.base_url.replace("http://", "http://admin:pw@")], api_key=KEY) as pool:
            assert pool.status()["upstreams"][0]["url"] == a.base_url  # credentials in the URL never shown


def test_lease_marks_an_upstream_down_on_a_connection_error() -> None:
    import httpx

    with RecordingServer() as a, models.UpstreamPool([a.base_url], api_key=KEY, check_interval=30) as pool:
        with pytest.raises(httpx.ConnectError):
            with pool.lease() as lease:
                raise httpx.ConnectError("[Errno 111] Connection refused")
        assert lease.base_url == a.base_url and not row(pool, a.base_url)["healthy"]
        assert pool.check_now()["ok"]  # the next check brings it back


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(ConfigError, match="at least one URL"):
        models.UpstreamPool([])
    with pytest.raises(ConfigError, match="given twice"):
        models.UpstreamPool(["http://127.0.0.1:1/v1", "http://127.0.0.1:1/v1/"], start=False)
    with pytest.raises(ConfigError, match="not an http"):
        models.UpstreamPool(["127.0.0.1:8000"], start=False)
    pool = models.UpstreamPool(["http://10.0.0.11:8000"], start=False)
    assert pool.addresses() == [("10.0.0.11", 8000)] and pool.client().endpoint.base_url == "http://10.0.0.11:8000/v1"


def test_the_health_thread_stops_on_close() -> None:
    with RecordingServer() as a:
        pool = models.UpstreamPool([a.base_url], api_key=KEY, check_interval=0.1)
        assert any(t.name == "workbench-upstream-health" for t in threading.enumerate())
        pool.close()
        assert wait_for(lambda: not any(t.name == "workbench-upstream-health" for t in threading.enumerate()), 3)


def test_concurrent_streams_survive_an_upstream_killed_under_load(upstreams) -> None:
    """48 concurrent streaming callers over three upstreams; one is SIGKILLed while they run.
    Every call ends as a whole answer or, if it was mid-stream on the killed one, a clear
    ModelInterrupted: none is lost to "no server", none hangs, nothing stays counted in flight."""
    from concurrent.futures import ThreadPoolExecutor

    doomed = upstreams()
    with RecordingServer() as b, RecordingServer() as c, \
            models.UpstreamPool([doomed.url, b.base_url, c.base_url], api_key=KEY, model="test-model",
                                check_interval=30, check_timeout=0.5) as pool:  # only calls mark it down
        client = pool.client()
        outcomes: list[str] = []
        lock = threading.Lock()
        under_way = threading.Event()

        def caller(n: int) -> None:
            for _ in range(4):
                pieces: list[str] = []
                try:
                    done = client.complete(MESSAGES, on_piece=lambda kind, piece, sink=pieces: sink.append(piece))
                    ok = done.finish_reason == "stop" and "".join(pieces) == done.text and done.text.endswith(".")
                    result = "answered" if ok else "garbled"
                except ModelInterrupted:
                    result = "interrupted"
                except Exception as exc:  # anything else is a failure of the pool
                    result = type(exc).__name__
                with lock:
                    outcomes.append(result)
                    if len(outcomes) >= 48:
                        under_way.set()
                time.sleep(0.02)

        started = time.monotonic()
        with ThreadPoolExecutor(48) as workers:
            futures = [workers.submit(caller, n) for n in range(48)]
            assert under_way.wait(30)
            doomed.kill()  # with three in four of the calls still to come
            for f in futures:
                f.result(timeout=60)
        assert time.monotonic() - started < 60
        assert len(outcomes) == 48 * 4
        assert set(outcomes) <= {"answered", "interrupted"}, sorted(set(outcomes))
        assert outcomes.count("answered") >= 48 * 4 - 48  # at most one cut-off stream per caller
        status = pool.status()
        assert all(r["in_flight"] == 0 for r in status["upstreams"])
        assert not row(pool, doomed.url)["healthy"] and status["healthy"] == 2
        assert row(pool, doomed.url)["calls"] > 0 and len(b.requests) > 0 and len(c.requests) > 0
        assert row(pool, doomed.url)["failures"] > 0  # calls did hit the dead one, and were failed over
