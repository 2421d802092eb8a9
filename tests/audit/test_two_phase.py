"""Two-phase calls (issue 12 item 2): an intent before sending, one outcome after; threads."""

import threading

import pytest

from workbench.audit import AuditLog, calls_by_cell, one_per_call
from workbench.errors import AuditError


def test_begin_then_finish_links_outcome_to_intent(any_settings, make_record):
    log = AuditLog.open(any_settings)
    intent = log.begin(make_record(outcome="answered"))  # begin forces "started" whatever it is given
    outcome = log.finish(intent, make_record(outcome="answered", **{"gen_ai.usage.output_tokens": 9}))
    started, done = log.records()
    assert started["audit_id"] == intent and started["outcome"] == "started"
    assert set(started["audit_writer"]) == {"host", "pid"}
    assert done["audit_id"] == outcome and done["intent_id"] == intent and done["outcome"] == "answered"
    result = log.verify()
    assert result.ok and result.count == 2 and result.unfinished == []
    log.close()


def test_intent_without_outcome_is_listed_as_interrupted(any_settings, make_record):
    log = AuditLog.open(any_settings)
    finished = log.begin(make_record())
    log.finish(finished, make_record(outcome="failed", **{"error.type": "timeout"}))
    cut = log.begin(make_record(cell_id="c-cut"))
    log.append(make_record(outcome="refused"))  # one-shot, before sending
    assert [r["audit_id"] for r in log.unfinished()] == [cut]
    result = log.verify()
    assert result.ok and result.unfinished == [cut]
    assert any("interrupted" in w for w in result.warnings)
    log.finish(cut, make_record(cell_id="c-cut", outcome="interrupted"))  # a restarted process closes it
    assert log.unfinished() == [] and log.verify().unfinished == []
    log.close()


@pytest.mark.parametrize("outcome", [None, "started", "done", "ok"])
def test_finish_needs_a_real_outcome(log, make_record, outcome):
    intent = log.begin(make_record())
    with pytest.raises(AuditError, match="outcome"):
        log.finish(intent, make_record(outcome=outcome))
    assert len(log.records()) == 1


def test_finish_refuses_unknown_and_second_outcomes(any_settings, make_record):
    log = AuditLog.open(any_settings)
    intent = log.begin(make_record())
    one_shot = log.append(make_record())
    with pytest.raises(AuditError, match="no call was started"):
        log.finish("0-unknown", make_record(outcome="answered"))
    with pytest.raises(AuditError, match="no call was started"):
        log.finish(one_shot, make_record(outcome="answered"))  # not an intent
    log.finish(intent, make_record(outcome="answered"))
    with pytest.raises(AuditError, match="already has an outcome"):
        log.finish(intent, make_record(outcome="failed"))
    assert len(log.records()) == 3 and log.verify().ok
    log.close()


def test_append_is_not_a_way_to_forge_intents_or_outcomes(log, make_record):
    intent = log.begin(make_record())
    with pytest.raises(AuditError, match="begin"):
        log.append(make_record(outcome="started"))
    with pytest.raises(AuditError, match="begin"):
        log.append(make_record(intent_id=intent))
    assert len(log.records()) == 1


def test_outcome_link_to_intent_is_hashed(settings, make_record):
    import sqlite3

    log = AuditLog.open(settings)
    a, b = log.begin(make_record()), log.begin(make_record())
    log.finish(a, make_record(outcome="answered"))
    log.close()
    db = sqlite3.connect(settings.home / "audit" / "audit.db")
    db.execute("UPDATE records SET intent_id = ? WHERE seq = 3", (b,))  # move the outcome to the other call
    db.commit()
    result = AuditLog.open(settings).verify()
    assert not result.ok and result.first_bad == 3


def test_threads_sharing_one_log_begin_and_finish_at_once(any_settings, make_record):
    log = AuditLog.open(any_settings)
    errors, ids = [], []

    def worker(n):
        try:
            for i in range(15):
                intent = log.begin(make_record(cell_id=f"t{n}", execution_count=i))
                ids.append(log.finish(intent, make_record(cell_id=f"t{n}", execution_count=i, outcome="answered")))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    result = log.verify()
    assert result.ok and result.count == 240 and result.unfinished == []
    assert len(set(ids)) == 120
    log.close()


def test_views_count_one_call_per_intent_and_outcome(log, make_record):
    a = log.begin(make_record(cell_id="c1", execution_count=1))
    log.finish(a, make_record(cell_id="c1", execution_count=1, outcome="answered",
                              **{"gen_ai.usage.input_tokens": 7}))
    log.begin(make_record(cell_id="c1", execution_count=2, **{"gen_ai.usage.input_tokens": 0}))  # cut off
    log.append(make_record(cell_id="c2", execution_count=3, outcome="refused", **{"gen_ai.usage.input_tokens": 0}))
    rows = calls_by_cell(log).to_dicts()
    assert [(r["cell"], r["calls"]) for r in rows] == [("[2] c1", 2), ("[3] c2", 1)]
    assert rows[0]["answered"] == 1 and rows[0]["interrupted"] == 1 and rows[0]["input_tokens"] == 7
    assert rows[1]["refused"] == 1
    merged = one_per_call(log.records())
    assert [r["outcome"] for r in merged] == ["answered", "interrupted", "refused"]
    assert merged[1]["audit_unfinished"] is True


def test_one_group_commit_refuses_only_the_bad_record(any_settings, make_record):
    """Threads' records queued together share one transaction; a second outcome for the same
    call, or an unknown intent, is refused alone and the others are written."""
    import time

    log = AuditLog.open(any_settings)
    intent = log.begin(make_record())
    results: dict[str, object] = {}

    def call(name, fn):
        try:
            results[name] = fn()
        except AuditError as exc:
            results[name] = exc

    jobs = {
        "finish-1": lambda: log.finish(intent, make_record(outcome="answered")),
        "finish-2": lambda: log.finish(intent, make_record(outcome="failed")),
        "unknown": lambda: log.finish("0-nope", make_record(outcome="answered")),
        "one-shot": lambda: log.append(make_record(outcome="refused")),
        "begin": lambda: log.begin(make_record()),
    }
    with log._lock:  # hold the store: every thread queues, then one writes them all
        threads = [threading.Thread(target=call, args=item) for item in jobs.items()]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 10
        while len(log._queue) < len(jobs) and time.monotonic() < deadline:
            time.sleep(0.005)
        assert len(log._queue) == len(jobs)
    for t in threads:
        t.join(timeout=30)
    refused = sorted(k for k, v in results.items() if isinstance(v, AuditError))
    assert len([k for k in refused if k.startswith("finish")]) == 1 and "unknown" in refused and len(refused) == 2
    assert "already has an outcome" in str(results[next(k for k in refused if k.startswith("finish"))])
    result = log.verify()
    assert result.ok and result.count == 4 and result.unfinished == [results["begin"]]
    log.close()


def test_a_failed_group_commit_fails_every_record_in_it_and_writes_none(settings, make_record):
    import sqlite3
    import time

    log = AuditLog.open(settings, busy_timeout=0.3)
    log.append(make_record())
    blocker = sqlite3.connect(settings.home / "audit" / "audit.db", isolation_level=None)
    results = []
    with log._lock:
        threads = [threading.Thread(target=lambda: results.append(_try(log.append, make_record())))
                   for _ in range(4)]
        for t in threads:
            t.start()
        while len(log._queue) < 4:
            time.sleep(0.005)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds SQLite's lock past the timeout
    for t in threads:
        t.join(timeout=30)
    blocker.execute("ROLLBACK")
    assert len(results) == 4 and all(isinstance(r, AuditError) and "locked" in str(r) for r in results)
    assert len(log.records()) == 1 and log.verify().ok
    log.append(make_record())  # and the store works again
    assert len(log.records()) == 2
    log.close()


def _try(fn, *args):
    try:
        return fn(*args)
    except AuditError as exc:
        return exc
