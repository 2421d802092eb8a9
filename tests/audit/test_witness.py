"""The witness file: every signed head, outside the database, append-only; what it catches."""

import json
import shutil
import stat
import time

from click.testing import CliRunner

from workbench.audit import AuditLog
from workbench.cli._audit import audit


def heads(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_every_signed_head_is_appended_forward_only(settings, make_record, tmp_path):
    witness = tmp_path / "elsewhere" / "heads.jsonl"
    log = AuditLog.open(settings, witness=witness, checkpoint_every=4)
    for _ in range(9):
        log.append(make_record())
    log.checkpoint()
    log.checkpoint()  # nothing new: no new line
    log.close()
    assert [h["seq"] for h in heads(witness)] == [4, 8, 9]
    assert stat.S_IMODE(witness.stat().st_mode) == 0o600
    db_hashes = {r["audit_seq"]: r["audit_hash"] for r in AuditLog.open(settings).records()}
    assert all(h["hash"] == db_hashes[h["seq"]] and h["signature"] for h in heads(witness))


def test_sqlite_restored_with_its_head_file_is_caught_only_by_the_witness(settings, make_record, tmp_path):
    witness = tmp_path / "w.jsonl"
    audit_dir = settings.home / "audit"
    log = AuditLog.open(settings, witness=witness, checkpoint_every=3)
    for _ in range(6):
        log.append(make_record())
    log.close()
    backup = tmp_path / "backup"
    shutil.copytree(audit_dir, backup)  # an older copy: database and head file
    log = AuditLog.open(settings, witness=witness, checkpoint_every=3)
    for _ in range(5):
        log.append(make_record())
    log.close()
    shutil.rmtree(audit_dir)
    shutil.copytree(backup, audit_dir)
    assert AuditLog.open(settings).verify().ok  # consistent in itself: the documented hole
    result = AuditLog.open(settings).verify(witness=witness)
    assert not result.ok and "rolled back" in result.reason
    out = CliRunner().invoke(audit, ["verify", "--witness", str(witness)])
    assert out.exit_code == 1 and "rolled back" in out.output


def test_damaged_torn_and_missing_witness(settings, make_record, tmp_path):
    witness = tmp_path / "w.jsonl"
    log = AuditLog.open(settings, witness=witness, checkpoint_every=2)
    for _ in range(4):
        log.append(make_record())
    log.close(checkpoint=False)
    good = witness.read_bytes()
    witness.write_bytes(good + b'{"seq": 9, "ha')  # a crash mid-write
    result = AuditLog.open(settings).verify(witness=witness)
    assert result.ok and any("torn" in w for w in result.warnings) and result.witnessed == 2
    witness.write_bytes(good.replace(b'"seq":2', b'"seq":"two"', 1))
    result = AuditLog.open(settings).verify(witness=witness)
    assert not result.ok and "line 1" in result.reason
    forged = json.loads(good.splitlines()[1])
    forged["seq"] = 3
    witness.write_bytes(good.splitlines()[0] + b"\n" + json.dumps(forged).encode() + b"\n")
    result = AuditLog.open(settings).verify(witness=witness)
    assert not result.ok and "signature" in result.reason
    result = AuditLog.open(settings).verify(witness=tmp_path / "nowhere.jsonl")
    assert not result.ok and "does not exist" in result.reason


def test_checkpoint_seconds_signs_the_head_on_an_interval(settings, make_record, tmp_path):
    witness = tmp_path / "w.jsonl"
    log = AuditLog.open(settings, witness=witness, checkpoint_every=0, checkpoint_seconds=0.2)
    log.append(make_record())
    assert not witness.exists()
    time.sleep(0.25)
    log.append(make_record())
    log.append(make_record())
    assert [h["seq"] for h in heads(witness)] == [2]
    log.close(checkpoint=False)
