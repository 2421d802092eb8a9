"""Each way of tampering the issue names must make verify fail and name the record."""

import json
import sqlite3

import pytest

from workbench.audit import AuditLog


@pytest.fixture
def written(settings, make_record):
    """A closed log of 12 records with checkpoints at 5, 10 and (on close) 12."""
    settings.audit.checkpoint_every = 5
    log = AuditLog.open(settings)
    for i in range(12):
        log.append(make_record(cell_id=f"c{i % 3}", execution_count=i))
    log.close()
    return settings


def verify(settings, **kw):
    log = AuditLog.open(settings)
    try:
        return log.verify(**kw)
    finally:
        log.close(checkpoint=False)


def sql(settings, *statements):
    db = sqlite3.connect(settings.home / "audit" / "audit.db")
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()


def test_intact_log_verifies(written):
    result = verify(written)
    assert result.ok and result.count == 12 and result.checkpoints == 3 and result.first_bad is None
    assert result.head_seq == 12 and not result.warnings


def test_edited_body_is_named(written):
    sql(written, "UPDATE records SET body = CAST(replace(CAST(body AS TEXT), 'gemma3', 'gemma4') AS BLOB) WHERE seq = 4")
    result = verify(written)
    assert not result.ok and result.first_bad == 4 and "edited" in result.reason
    assert result.first_bad_id is not None


def test_edit_that_changes_storage_type_is_named(written):
    sql(written, "UPDATE records SET body = replace(body, 'gemma3', 'gemma4') WHERE seq = 7")
    result = verify(written)
    assert not result.ok and result.first_bad == 7


def test_edited_indexed_column_is_named(written):
    sql(written, "UPDATE records SET user = 'someone-else' WHERE seq = 9")
    result = verify(written)
    assert not result.ok and result.first_bad == 9


def test_rehashed_edit_breaks_the_next_link(written):
    # An editor who also rewrites the stored hash is caught by the next record's link.
    log = AuditLog.open(written)
    row = log._connect().execute("SELECT id, prev_hash, time, user, notebook_path, cell_id, run_id, outcome "
                                 "FROM records WHERE seq = 3").fetchone()
    log.close(checkpoint=False)
    from workbench.audit._chain import link_hash

    body = b'{"outcome":"answered"}'
    new_hash = link_hash(3, row[0], row[1], *row[2:], body)
    db = sqlite3.connect(written.home / "audit" / "audit.db")
    db.execute("UPDATE records SET body = ?, hash = ? WHERE seq = 3", (body, new_hash))
    db.commit()
    result = verify(written)
    assert not result.ok and result.first_bad == 4 and "link" in result.reason


def test_deleted_record_is_named(written):
    sql(written, "DELETE FROM records WHERE seq = 6")
    result = verify(written)
    assert not result.ok and result.first_bad == 6 and "deleted" in result.reason


def test_deleted_first_record_is_named(written):
    sql(written, "DELETE FROM records WHERE seq = 1")
    result = verify(written)
    assert not result.ok and result.first_bad == 1


def test_swapped_records_are_named(written):
    cols = "id, prev_hash, hash, time, user, notebook_path, cell_id, run_id, outcome, body"
    db = sqlite3.connect(written.home / "audit" / "audit.db")
    a = db.execute(f"SELECT {cols} FROM records WHERE seq = 3").fetchone()
    b = db.execute(f"SELECT {cols} FROM records WHERE seq = 8").fetchone()
    db.execute("DELETE FROM records WHERE seq IN (3, 8)")
    db.execute(f"INSERT INTO records (seq, {cols}) VALUES (3, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", b)
    db.execute(f"INSERT INTO records (seq, {cols}) VALUES (8, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a)
    db.commit()
    result = verify(written)
    assert not result.ok and result.first_bad == 3


def test_tail_cut_with_its_checkpoints_is_caught_by_the_head_file(written):
    sql(written, "DELETE FROM records WHERE seq > 8", "DELETE FROM checkpoints WHERE seq > 8")
    result = verify(written)
    assert not result.ok and result.first_bad == 9 and "cut" in result.reason


def test_tail_cut_leaving_checkpoint_rows_is_caught(written):
    (written.home / "audit" / "head.json").unlink()
    sql(written, "DELETE FROM records WHERE seq > 8")
    result = verify(written)
    assert not result.ok and "cut" in result.reason


@pytest.mark.parametrize("cut", [10, 500, 4096, 20000])
def test_truncated_database_file_fails(written, cut):
    path = written.home / "audit" / "audit.db"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    from workbench.errors import AuditError

    try:
        result = verify(written)
    except AuditError:
        return  # could not even be opened: also a failure the CLI reports
    assert not result.ok


def test_truncated_head_file_fails(written):
    path = written.home / "audit" / "head.json"
    path.write_bytes(path.read_bytes()[:40])
    result = verify(written)
    assert not result.ok and "head" in result.reason


def test_forged_head_signature_fails(written):
    path = written.home / "audit" / "head.json"
    head = json.loads(path.read_text())
    head["seq"] = 11  # a valid record, but not what was signed
    path.write_text(json.dumps(head))
    result = verify(written)
    assert not result.ok and "signature" in result.reason


def test_checkpoint_signed_by_another_key_fails(written):
    (written.keys_dir / "audit-signing.pub").unlink()
    (written.keys_dir / "audit-signing.key").unlink()
    AuditLog.open(written).checkpoint()  # makes a new key pair; old checkpoints do not match it
    result = verify(written)
    assert not result.ok and "key" in result.reason


def test_expect_checks_a_head_kept_elsewhere(written):
    log = AuditLog.open(written)
    head = log.head()
    log.close(checkpoint=False)
    assert verify(written, expect=(head["seq"], head["hash"])).ok
    assert not verify(written, expect=(head["seq"], "0" * 64)).ok
    assert not verify(written, expect=(head["seq"] + 3, head["hash"])).ok


def test_appending_after_tamper_does_not_overwrite_the_evidence(written, make_record):
    sql(written, "DELETE FROM records WHERE seq > 8", "DELETE FROM checkpoints WHERE seq > 8")
    written.audit.checkpoint_every = 1
    log = AuditLog.open(written)
    for _ in range(6):  # reaches beyond the old head's seq 12
        log.append(make_record())
    log.close()
    assert not verify(written).ok
