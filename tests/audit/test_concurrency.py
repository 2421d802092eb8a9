"""Real processes append at once; kill -9 in the middle loses no committed record."""

import os
import signal
import subprocess
import sys
import time

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
