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
