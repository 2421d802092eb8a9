"""Real processes append at once; kill -9 in the middle loses no committed record."""

import os
import signal
import subprocess
import sys
import time

import pytest

from workbench.audit import AuditLog

WORKER = r"""
import os, sys
from workbench.config import load_settings
from workbench.audit import AuditLog
settings = load_settings()
settings.audit.checkpoint_every = int(sys.argv[3])
log = AuditLog.open(settings)
out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
limit = int(sys.argv[2])
i = 0
while limit == 0 or i < limit:
    audit_id = log.append({"outcome": "answered", "user": "p%d" % os.getpid(), "cell_id": "c%d" % (i % 7),
                           "notebook_path": "n.ipynb", "execution_count": i,
                           "content": [{"role": "user", "content": "x" * 200}]})
    os.write(out, (audit_id + "\n").encode())  # only after append returned: committed
    i += 1
log.close()
"""


def start(env, path, limit, every):
    return subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(limit), str(every)], env=env)


def ids_in(paths):
    ids = []
    for path in paths:
        if path.exists():
            ids += [line for line in path.read_text().splitlines() if line]
    return ids


def test_eight_processes_append_into_one_chain(settings, child_env, tmp_path):
    outs = [tmp_path / f"ids{i}" for i in range(8)]
    procs = [start(child_env, out, 60, 50) for out in outs]
    for p in procs:
        assert p.wait(timeout=60) == 0
    log = AuditLog.open(settings)
    result = log.verify()
    assert result.ok, result.reason
    assert result.count == 480
    stored = [r["audit_id"] for r in log.records()]
    assert sorted(stored) == sorted(ids_in(outs))
    assert len({r["user"] for r in log.records()}) == 8
    log.close(checkpoint=False)


def test_kill_9_during_appends_loses_no_committed_record(settings, child_env, tmp_path):
    outs = [tmp_path / f"ids{i}" for i in range(8)]
    for _round in range(2):  # the second round appends onto a log recovered from the first kill
        procs = [start(child_env, out, 0, 7) for out in outs]
        deadline = time.monotonic() + 30
        baseline = len(ids_in(outs))
        while len(ids_in(outs)) < baseline + 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        for p in procs:
            os.kill(p.pid, signal.SIGKILL)
        for p in procs:
            assert p.wait(timeout=10) == -signal.SIGKILL
    committed = ids_in(outs)
    assert len(committed) >= 400
    log = AuditLog.open(settings)
    result = log.verify()
    assert result.ok, result.reason
    stored = {r["audit_id"] for r in log.records()}
    missing = set(committed) - stored
    assert not missing, f"{len(missing)} committed records lost"
    assert result.count == len(stored) and result.checkpoints > 0
    log.close(checkpoint=False)


# -- PostgreSQL: several processes (gateway replicas) append to ONE chain --------------------

PG_WORKER = r"""
import os, sys
from workbench.config import load_settings
from workbench.audit import AuditLog
settings = load_settings()
log = AuditLog.open(settings, lock=sys.argv[3], checkpoint_every=25)
out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
limit = int(sys.argv[2])
i = 0
while limit == 0 or i < limit:
    rec = {"user": "p%d" % os.getpid(), "cell_id": "c%d" % (i % 7), "execution_count": i,
           "content": [{"role": "user", "content": "x" * 200}]}
    intent = log.begin(rec)
    os.write(out, ("B " + intent + "\n").encode())
    done = log.finish(intent, dict(rec, outcome="answered"))
    os.write(out, ("F " + done + "\n").encode())  # only after finish returned: committed
    i += 1
log.close()
"""


def pg_start(env, path, limit, lock):
    return subprocess.Popen([sys.executable, "-c", PG_WORKER, str(path), str(limit), lock], env=env)


def lines_in(paths, kind):
    return [line[2:] for line in ids_in(paths) if line.startswith(kind + " ")]


@pytest.mark.parametrize("lock", ["advisory", "row"])
def test_eight_processes_append_to_one_postgres_chain(pg_settings, child_env, tmp_path, lock):
    child_env["WORKBENCH_AUDIT_URL"] = pg_settings.audit.url
    n = 8 if lock == "advisory" else 4  # the default lock gets the full test
    outs = [tmp_path / f"ids{i}" for i in range(n)]
    procs = [pg_start(child_env, out, 20, lock) for out in outs]
    for p in procs:
        assert p.wait(timeout=120) == 0
    log = AuditLog.open(pg_settings)
    result = log.verify()
    assert result.ok, result.reason
    assert result.count == 40 * n and result.unfinished == []  # no gap (verify), no fork (seq is unique)
    rows = log.records()
    assert [r["audit_seq"] for r in rows] == list(range(1, 40 * n + 1))
    assert sorted(r["audit_id"] for r in rows) == sorted(lines_in(outs, "B") + lines_in(outs, "F"))
    assert len({r["user"] for r in rows}) == n
    log.close(checkpoint=False)


def test_kill_9_mid_call_on_postgres_loses_nothing_and_leaves_intents_open(pg_settings, child_env, tmp_path):
    child_env["WORKBENCH_AUDIT_URL"] = pg_settings.audit.url
    outs = [tmp_path / f"ids{i}" for i in range(6)]
    procs = [pg_start(child_env, out, 0, "advisory") for out in outs]
    deadline = time.monotonic() + 60
    while len(lines_in(outs, "F")) < 150 and time.monotonic() < deadline:
        time.sleep(0.05)
    for p in procs:
        os.kill(p.pid, signal.SIGKILL)
    for p in procs:
        assert p.wait(timeout=10) == -signal.SIGKILL
    log = AuditLog.open(pg_settings)  # the server dropped the dead sessions' locks and open transactions
    finished = set(lines_in(outs, "F"))
    assert len(finished) >= 150
    result = log.verify()
    assert result.ok, result.reason
    stored = {r["audit_id"]: r for r in log.records()}
    assert not finished - set(stored), "committed outcomes lost"
    assert not set(lines_in(outs, "B")) - set(stored), "committed intents lost"
    open_ = result.unfinished
    assert len(open_) <= 6 and all(stored[i]["outcome"] == "started" for i in open_)
    assert {stored[i]["audit_writer"]["pid"] for i in open_} <= {p.pid for p in procs}
    for intent in open_:  # a restarted replica closes the calls its dead peers left open
        log.finish(intent, {"outcome": "interrupted", "user": stored[intent]["user"]})
    after = log.verify()
    assert after.ok and after.unfinished == []
    log.append({"outcome": "refused", "user": "later"})  # the chain goes on from the recovered head
    assert log.verify().ok
    log.close()
