import json
import sqlite3
import stat

import pytest

from workbench.audit import AuditLog, decrypt_content, generate_reviewer_key, install_reviewer_key
from workbench.errors import AuditError


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_append_returns_id_and_records_read_back(log, make_record):
    ids = [log.append(make_record(cell_id=f"c{i % 2}", execution_count=i)) for i in range(5)]
    assert len(set(ids)) == 5
    rows = log.records()
    assert [r["audit_id"] for r in rows] == ids
    assert [r["audit_seq"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["gen_ai.usage.input_tokens"] == 10 and rows[0]["redaction"] == {"PERSON": 1}


def test_records_filters_and_limit_keeps_most_recent(log, make_record):
    for i in range(6):
        log.append(make_record(cell_id=f"c{i % 3}", execution_count=i, run_id="r1" if i < 2 else None))
    log.append(make_record(notebook_path="other.ipynb", cell_id="c0"))
    assert [r["execution_count"] for r in log.records(notebook="work/a.ipynb", cell="c0")] == [0, 3]
    assert len(log.records(cell="c0")) == 3
    assert [r["execution_count"] for r in log.records(run_id="r1")] == [0, 1]
    assert [r["audit_seq"] for r in log.records(limit=2)] == [6, 7]


def test_store_and_key_files_are_private(settings, log, make_record):
    log.append(make_record())
    log.checkpoint()
    assert mode(settings.home / "audit") == 0o700
    assert mode(settings.home / "audit" / "audit.db") == 0o600
    assert mode(settings.keys_dir / "audit-signing.key") == 0o600
    assert mode(settings.keys_dir) == 0o700


def test_head_names_last_record(log, make_record):
    assert log.head()["seq"] == 0
    log.append(make_record())
    last = log.append(make_record(time="2026-02-02T00:00:00.000Z"))
    head = log.head()
    assert head["seq"] == 2 and head["time"] == "2026-02-02T00:00:00.000Z"
    assert head["hash"] == log.records()[-1]["audit_hash"] and log.records()[-1]["audit_id"] == last


def test_checkpoints_every_n_and_on_close(settings, make_record):
    settings.audit.checkpoint_every = 3
    log = AuditLog.open(settings)
    for _ in range(7):
        log.append(make_record())
    db = sqlite3.connect(settings.home / "audit" / "audit.db")
    assert [r[0] for r in db.execute("SELECT seq FROM checkpoints ORDER BY seq")] == [3, 6]
    log.close()
    assert [r[0] for r in db.execute("SELECT seq FROM checkpoints ORDER BY seq")] == [3, 6, 7]
    head = json.loads((settings.home / "audit" / "head.json").read_text())
    assert head["seq"] == 7 and head["hash"] == db.execute("SELECT hash FROM records WHERE seq=7").fetchone()[0]
    with pytest.raises(AuditError):
        log.append(make_record())


def test_content_none_drops_content(settings, make_record):
    settings.audit.content = "none"
    log = AuditLog.open(settings)
    log.append(make_record(content_plain=[{"role": "user", "content": "Who is Li Wei?"}]))
    rec = log.records()[0]
    assert "content" not in rec and "content_plain" not in rec
    log.close()


def test_redacted_level_never_stores_plain_content(settings, log, make_record):
    log.append(make_record(content_plain=[{"role": "user", "content": "Who is Li Wei?"}]))
    raw = (settings.home / "audit" / "audit.db").read_bytes()
    assert b"Li Wei" not in raw
    assert log.records()[0]["content"] == [{"role": "user", "content": "Who is <PERSON_1>?"}]


def test_encrypted_full_seals_for_reviewer_and_never_stores_clear(settings, tmp_path, make_record):
    private_pem, public_pem = generate_reviewer_key("reviewer pass")
    install_reviewer_key(settings.keys_dir, public_pem)
    settings.audit.content = "encrypted-full"
    log = AuditLog.open(settings)
    original = [{"role": "user", "content": "Who is Li Wei, phone 13812345678?"}]
    log.append(make_record(content_plain=original))
    log.close()
    for path in (settings.home / "audit").iterdir():
        assert b"Li Wei" not in path.read_bytes() and b"13812345678" not in path.read_bytes()
    rec = AuditLog.open(settings).records()[0]
    assert "content_plain" not in rec and rec["content_sealed"]["alg"].startswith("X25519")
    assert decrypt_content(rec, private_pem, "reviewer pass") == original
    other_private, _ = generate_reviewer_key()
    with pytest.raises(AuditError, match="not sealed for"):
        decrypt_content(rec, other_private)
    moved = dict(rec, audit_id="another-record")  # a sealed box is bound to its record
    with pytest.raises(AuditError, match="altered or moved"):
        decrypt_content(moved, private_pem, "reviewer pass")


def test_encrypted_full_without_reviewer_key_fails_closed(settings, make_record):
    settings.audit.content = "encrypted-full"
    log = AuditLog.open(settings)
    with pytest.raises(AuditError, match="reviewer key"):
        log.append(make_record(content_plain=[{"role": "user", "content": "Li Wei"}]))
    assert log.records() == []
    log.close()


def test_unserialisable_record_is_refused_without_its_value(log, make_record):
    class Secretive:
        def __repr__(self):
            return "sk-THE-SECRET"

    with pytest.raises(AuditError) as info:
        log.append(make_record(extra=Secretive()))
    assert "THE-SECRET" not in str(info.value)
    assert log.records() == []


def test_unwritable_store_raises_audit_error(settings, log, make_record):
    log.append(make_record())
    log.close(checkpoint=False)
    db_path = settings.home / "audit" / "audit.db"
    reader = AuditLog.open(settings)
    # Another process holds the write lock for longer than the busy timeout.
    impatient = AuditLog(settings.home / "audit", settings.keys_dir, busy_timeout=0.2)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(AuditError, match="locked"):
            impatient.append(make_record())
        impatient.close(checkpoint=False)
    finally:
        blocker.execute("ROLLBACK")
    assert len(reader.records()) == 1
    reader.close(checkpoint=False)


def test_check_writable_passes_then_fails_when_locked_or_unsealable(settings, make_record):
    log = AuditLog(settings.home / "audit", settings.keys_dir, busy_timeout=0.2)
    log.check_writable()
    assert (settings.keys_dir / "audit-signing.key").exists() and log.records() == []
    blocker = sqlite3.connect(settings.home / "audit" / "audit.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(AuditError, match="locked"):
            log.check_writable()
    finally:
        blocker.execute("ROLLBACK")
    log.close(checkpoint=False)
    sealed = AuditLog(settings.home / "audit", settings.keys_dir, content="encrypted-full")
    with pytest.raises(AuditError, match="reviewer key"):
        sealed.check_writable()
    sealed.close(checkpoint=False)


def test_bad_store_options_are_refused_with_what_to_do(settings, pg_url):
    with pytest.raises(AuditError, match="advisory or row"):
        AuditLog.open(settings, url=pg_url, lock="table")
    with pytest.raises(AuditError, match="postgresql://"):
        AuditLog.open(settings, url="mysql://u@h/db")
    log = AuditLog.open(settings)
    assert log.backend == "sqlite" and log.head_path == settings.home / "audit" / "head.json"
    log.close(checkpoint=False)
