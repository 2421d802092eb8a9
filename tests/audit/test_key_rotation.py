"""Rotating the keyed-hash key: records name their key, old keys stay for lookups, the chain
still verifies, and `workbench audit show --code-sha256` finds calls hashed under any key."""

from __future__ import annotations

import hashlib
import json
import stat
import time

import pytest
from click.testing import CliRunner

from workbench.audit import AuditLog
from workbench.cli._audit import audit
from workbench.errors import AuditError

CODE = hashlib.sha256(b"df = load('customers.csv')\ndf.churn.mean()").hexdigest()  # a cell's code_sha256


def _call(log: AuditLog, make_record, code: str = CODE, **extra) -> str:
    return log.append(make_record(code_hmac=log.keyed_hash(code), code_sha256=None, **extra))


def test_lookups_find_records_hashed_under_the_old_key_and_the_chain_verifies(settings, make_record):
    log = AuditLog.open(settings)
    before = _call(log, make_record, cell_id="before")
    _call(log, make_record, code="other code", cell_id="unrelated")
    old_key = (settings.keys_dir / "audit-hmac.key").read_bytes()

    done = log.rotate_hmac_key(user="officer")
    after = _call(log, make_record, cell_id="after")

    assert done["old_key_id"] and done["new_key_id"] and done["old_key_id"] != done["new_key_id"]
    retired = settings.keys_dir / "audit-hmac-retired" / f"{done['old_key_id']}.key"
    assert retired.read_bytes() == old_key and stat.S_IMODE(retired.stat().st_mode) == 0o600
    assert (settings.keys_dir / "audit-hmac.key").read_bytes() != old_key
    records = {r["audit_id"]: r for r in log.records()}
    assert records[before]["hmac_key_id"] == done["old_key_id"]
    assert records[after]["hmac_key_id"] == done["new_key_id"]
    assert records[before]["code_hmac"] != records[after]["code_hmac"]  # the same code, two keys
    assert [r["audit_id"] for r in log.lookup(CODE)] == [before, after]
    assert log.lookup("never hashed") == []
    (rotation,) = log.records(outcome="hmac_key_rotated")
    assert rotation["audit.hmac_old_key_id"] == done["old_key_id"] and rotation["user"] == "officer"
    assert old_key.hex() not in json.dumps(log.records())
    log.close()
    assert AuditLog.open(settings).verify().ok


def test_a_writer_that_loaded_the_old_key_is_still_found(settings, make_record):
    running = AuditLog.open(settings)  # a gateway replica, started before the rotation
    running.keyed_hash("warm up")
    operator = AuditLog.open(settings)
    operator.rotate_hmac_key()
    late = _call(running, make_record, cell_id="late")  # still under the key it loaded
    fresh = AuditLog.open(settings)  # a reader after the rotation: the current key is the new one
    assert [r["audit_id"] for r in fresh.lookup(CODE)] == [late]
    for log in (running, operator, fresh):
        log.close(checkpoint=False)


def test_a_running_writer_moves_to_the_rotated_key_without_a_restart(settings, make_record):
    running = AuditLog.open(settings)  # a gateway replica sharing the home, started before the rotation
    running.keyed_hash("warm up")
    done = AuditLog.open(settings).rotate_hmac_key()
    time.sleep(1.1)  # past the writer's once-a-second look at the key file
    later = _call(running, make_record, cell_id="later")
    record = next(r for r in running.records() if r["audit_id"] == later)
    assert record["hmac_key_id"] == done["new_key_id"]
    assert [r["audit_id"] for r in AuditLog.open(settings).lookup(CODE)] == [later]
    running.close(checkpoint=False)


def test_records_written_before_key_ids_existed_are_matched_under_every_key(settings, make_record):
    import hmac

    maker = AuditLog.open(settings)
    maker.keyed_hash("make the key")
    maker.close(checkpoint=False)
    key = (settings.keys_dir / "audit-hmac.key").read_bytes()
    log = AuditLog.open(settings)  # has not loaded the key: stamps no key id, as the code before did
    old = log.append(make_record(code_hmac=hmac.new(key, CODE.encode(), hashlib.sha256).hexdigest()))
    assert "hmac_key_id" not in log.records()[0]
    log.rotate_hmac_key()
    assert [r["audit_id"] for r in log.lookup(CODE, outcome="answered")] == [old]
    log.close(checkpoint=False)


def test_a_lookup_without_the_keys_says_where_they_are(tmp_path):
    reader = AuditLog(tmp_path / "audit", tmp_path / "keys")
    with pytest.raises(AuditError, match="keys/"):
        reader.lookup(CODE)
    assert not (tmp_path / "keys" / "audit-hmac.key").exists()  # a lookup never makes a key
    reader.close(checkpoint=False)


def test_cli_rotate_key_then_show_by_code_finds_both(settings, make_record):
    log = AuditLog.open(settings)
    _call(log, make_record, cell_id="c-old")
    log.close()
    runner = CliRunner()
    rotated = runner.invoke(audit, ["rotate-key"], catch_exceptions=False)
    assert rotated.exit_code == 0, rotated.output
    ids = json.loads(rotated.output)
    log = AuditLog.open(settings)
    _call(log, make_record, cell_id="c-new")
    log.close()
    shown = runner.invoke(audit, ["show", "--code-sha256", CODE], catch_exceptions=False)
    assert shown.exit_code == 0 and "c-old" in shown.output and "c-new" in shown.output, shown.output
    assert runner.invoke(audit, ["show", "--code-sha256", "ab" * 32]).output.strip() == "no records match."
    exported = runner.invoke(audit, ["export", "--code-sha256", CODE], catch_exceptions=False).output
    assert {json.loads(line)["hmac_key_id"] for line in exported.splitlines()} == {ids["old_key_id"], ids["new_key_id"]}
    assert runner.invoke(audit, ["verify"]).exit_code == 0
