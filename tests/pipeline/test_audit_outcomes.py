"""Every request that reached the model server has an audit record, whatever the caller did:
an intent before sending, and an outcome (answered, failed, interrupted) after, for a stream left
early (break, close, an exception in the callback, a Stop event) as much as for a finished call."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import workbench
from workbench.bench import RecordingServer
from workbench.errors import Cancelled, ModelUnavailable

from ..conftest import model_server

LONG = " ".join(f"word{i}" for i in range(200))


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, answer=LONG, piece_delay=0.01) as server:
        yield server


def _outcomes(wb: workbench.Workbench) -> list[dict]:
    return [r for r in wb.audit_log.records() if r.get("outcome") not in ("egress",)]


def _wait_cut(server: RecordingServer, n: int = 1) -> None:
    deadline = time.monotonic() + 5
    while server.streams_cut < n and time.monotonic() < deadline:
        time.sleep(0.02)


def _assert_interrupted(wb: workbench.Workbench, server: RecordingServer) -> dict:
    records = _outcomes(wb)
    started = [r for r in records if r["outcome"] == "started"]
    done = [r for r in records if r["outcome"] != "started"]
    assert len(started) == 1 and len(done) == 1, records
    assert done[0]["outcome"] == "interrupted"
    assert done[0]["intent_id"] == started[0]["audit_id"]
    _wait_cut(server)
    assert server.streams_cut == 1  # the upstream stream was closed: the server stopped generating
    assert server.pieces_sent < len(LONG) // 3
    return done[0]


def test_an_answered_call_has_an_intent_then_its_outcome(slow: RecordingServer, isolated_home: Path) -> None:
    slow.behaviour.piece_delay = 0
    wb = workbench.connect()
    answer = wb.ask("Name one primary colour.")
    records = _outcomes(wb)
    assert [r["outcome"] for r in records] == ["started", "answered"]
    assert records[1]["intent_id"] == records[0]["audit_id"] and answer.audit_id == records[1]["audit_id"]
    assert wb.audit_log.verify().ok


def test_breaking_out_of_a_stream_cancels_it_upstream_and_audits_it(slow: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect()
    for _piece in wb.stream("Write a long essay."):
        break
    record = _assert_interrupted(wb, slow)
    assert record["gen_ai.usage.output_tokens"] >= 1  # what was produced before the stop


def test_an_exception_in_the_callback_is_an_interrupted_call(slow: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect()

    def callback(delta: workbench.pipeline.Delta) -> None:
        raise RuntimeError("display went away")

    with pytest.raises(RuntimeError, match="display went away"):
        wb.ask("Write a long essay.", stream=callback)
    _assert_interrupted(wb, slow)


def test_a_keyboard_interrupt_mid_stream_is_audited(slow: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect()
    seen = []

    def callback(delta: workbench.pipeline.Delta) -> None:
        seen.append(delta)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        wb.ask("Write a long essay.", stream=callback)
    _assert_interrupted(wb, slow)


def test_a_stop_event_from_another_thread_cancels_the_call(slow: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect()
    stop = threading.Event()
    pieces = []

    def callback(delta: workbench.pipeline.Delta) -> None:
        pieces.append(delta)
        if len(pieces) == 3:
            threading.Timer(0.05, stop.set).start()  # the Stop button, pressed elsewhere

    with pytest.raises(Cancelled):
        wb.ask("Write a long essay.", stream=callback, cancel=stop)
    _assert_interrupted(wb, slow)


def test_a_server_that_is_gone_leaves_a_failed_record(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_MODEL_URL", "http://127.0.0.1:9/v1")  # nothing listens on the discard port
    monkeypatch.setenv("WORKBENCH_MODEL", "m")
    wb = workbench.connect()
    with pytest.raises(ModelUnavailable):
        wb.ask("Hello?")
    records = _outcomes(wb)
    assert [r["outcome"] for r in records][-1] == "failed"


def test_code_hashes_in_records_are_keyed(slow: RecordingServer, isolated_home: Path) -> None:
    """A guessed cell (with a guessed name in it) cannot be confirmed from the log."""
    import hashlib
    import json

    slow.behaviour.piece_delay = 0
    wb = workbench.connect()
    code = "wb.ask('Is Li Wei late?')"
    ctx = workbench.pipeline.CellContext(user="u", code_sha256=hashlib.sha256(code.encode()).hexdigest())
    wb._call("Is <PERSON_9> late?", context=ctx)
    dump = json.dumps(_outcomes(wb))
    assert hashlib.sha256(code.encode()).hexdigest() not in dump
    assert all(r.get("code_hmac") for r in _outcomes(wb))
