import sqlite3
import sys

from workbench.audit import MIGRATIONS, AuditLog
from workbench.audit._chain import GENESIS, INDEXED, canonical_json, indexed_value, link_hash
from workbench.audit._schema import migrate

RECORD_COLUMNS = ["seq", "id", "prev_hash", "hash", "time", "user", "notebook_path", "cell_id", "run_id",
                  "outcome", "body", "intent_id"]
CHECKPOINT_COLUMNS = ["seq", "hash", "time", "key_id", "signature"]


def columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_migration_names_are_numbered_in_order():
    names = [name for name, _ in MIGRATIONS]
    assert names[0] == "m001_initial"
    assert [int(n[1:4]) for n in names] == list(range(1, len(names) + 1))


def test_migrate_from_empty_gives_exact_schema(tmp_path):
    db = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    assert migrate(db) == [name for name, _ in MIGRATIONS]
    assert columns(db, "records") == RECORD_COLUMNS
    assert columns(db, "checkpoints") == CHECKPOINT_COLUMNS
    assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY name")] == [n for n, _ in MIGRATIONS]
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    assert {"records_notebook_cell", "records_run", "records_intent", "records_started", "records_outcome"} <= indexes
    assert migrate(db) == []  # idempotent


def test_reading_one_record_kind_uses_the_outcome_index(settings, make_record):
    """A gateway reads its token revocations by outcome at start and after every refresh: with the
    index that is a seek, not a scan of every call record."""
    log = AuditLog.open(settings)
    log.append(make_record())
    db = sqlite3.connect(settings.home / "audit" / "audit.db")
    plan = " ".join(str(r[-1]) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT seq FROM records WHERE outcome = 'token_revoked' AND seq > 0 ORDER BY seq"))
    assert "records_outcome" in plan, plan
    log.close()


def test_migrate_from_oldest_schema_keeps_records(settings, make_record):
    (settings.home / "audit").mkdir(parents=True)
    db = sqlite3.connect(settings.home / "audit" / "audit.db", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    assert migrate(db, MIGRATIONS[:1]) == ["m001_initial"]
    # A record written while the store had only m001.
    body = canonical_json(make_record()).encode()
    cols = [indexed_value(make_record(), k) for k in INDEXED]
    row_hash = link_hash(1, "old-1", GENESIS, *cols, body)
    db.execute("INSERT INTO records (seq, id, prev_hash, hash, time, user, notebook_path, cell_id, run_id, "
               "outcome, body) VALUES (1, 'old-1', ?, ?, ?, ?, ?, ?, ?, ?, ?)", (GENESIS, row_hash, *cols, body))
    db.close()
    log = AuditLog.open(settings)  # applies the rest
    log.append(make_record())
    assert log.verify().ok and [r["audit_id"] for r in log.records(cell="cell-a")][0] == "old-1"
    assert len(log.records(cell="cell-a")) == 2
    db = sqlite3.connect(settings.home / "audit" / "audit.db")
    assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY name")] == [n for n, _ in MIGRATIONS]
    log.close()


def test_migrate_from_before_intents_keeps_old_rows_verifying(settings, make_record):
    """A store made by m001+m002 (before two-phase calls) gains intent_id and still verifies."""
    (settings.home / "audit").mkdir(parents=True)
    db = sqlite3.connect(settings.home / "audit" / "audit.db", isolation_level=None)
    assert migrate(db, MIGRATIONS[:2]) == ["m001_initial", "m002_query_indexes"]
    body = canonical_json(make_record()).encode()
    cols = [indexed_value(make_record(), k) for k in INDEXED]
    db.execute("INSERT INTO records (seq, id, prev_hash, hash, time, user, notebook_path, cell_id, run_id, "
               "outcome, body) VALUES (1, 'old-1', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (GENESIS, link_hash(1, "old-1", GENESIS, *cols, body), *cols, body))
    db.close()
    log = AuditLog.open(settings)
    intent = log.begin(make_record())
    log.finish(intent, make_record(outcome="answered"))
    result = log.verify()
    assert result.ok and result.count == 3 and result.unfinished == []
    assert columns(log._connect(), "records") == RECORD_COLUMNS
    log.close()


# -- PostgreSQL ----------------------------------------------------------------------------

PG_RECORD_COLUMNS = [("seq", "bigint"), ("id", "text"), ("prev_hash", "text"), ("hash", "text"), ("time", "text"),
                     ("user", "text"), ("notebook_path", "text"), ("cell_id", "text"), ("run_id", "text"),
                     ("outcome", "text"), ("body", "bytea"), ("intent_id", "text")]


def pg_columns(db, table):
    return [tuple(r) for r in db.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s "
        "ORDER BY ordinal_position", (table,))]


def test_pg_migration_names_are_numbered_in_order():
    from workbench.audit._pgschema import PG_MIGRATIONS

    names = [name for name, _ in PG_MIGRATIONS]
    assert names[0] == "m001_initial"
    assert [int(n[1:4]) for n in names] == list(range(1, len(names) + 1))


def test_pg_migrate_from_empty_gives_exact_schema(pg_url):
    import psycopg

    from workbench.audit._pgschema import PG_MIGRATIONS, migrate_pg

    with psycopg.connect(pg_url, autocommit=True) as db:
        assert migrate_pg(db) == [name for name, _ in PG_MIGRATIONS]
        assert pg_columns(db, "records") == PG_RECORD_COLUMNS
        assert [c for c, _ in pg_columns(db, "checkpoints")] == CHECKPOINT_COLUMNS
        assert pg_columns(db, "chain_lock") == [("id", "integer")]
        assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY name")] == \
            [n for n, _ in PG_MIGRATIONS]
        indexes = {r[0] for r in db.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'records'")}
        assert {"records_notebook_cell", "records_run", "records_intent", "records_started",
                "records_outcome"} <= indexes
        assert migrate_pg(db) == []  # idempotent


def test_pg_migrate_from_oldest_schema_then_open(pg_settings, make_record):
    import psycopg

    from workbench.audit._pgschema import PG_MIGRATIONS, migrate_pg

    with psycopg.connect(pg_settings.audit.url, autocommit=True) as db:
        assert migrate_pg(db, PG_MIGRATIONS[:1]) == ["m001_initial"]
    log = AuditLog.open(pg_settings)  # applies the rest
    log.append(make_record())
    assert log.verify().ok
    with psycopg.connect(pg_settings.audit.url) as db:
        assert [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY name")] == \
            [n for n, _ in PG_MIGRATIONS]
    log.close()


def test_replicas_opening_a_new_pg_store_at_once_migrate_it_once(pg_settings, child_env, tmp_path):
    import subprocess

    code = ("import sys; from workbench.config import load_settings; from workbench.audit import AuditLog; "
            "s = load_settings(); s.audit.url = sys.argv[1]; AuditLog.open(s).close(checkpoint=False)")
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_settings.audit.url], env=child_env,
                              stderr=subprocess.PIPE) for _ in range(4)]
    for p in procs:
        assert p.wait(timeout=60) == 0, p.stderr.read().decode()[-400:]
    import psycopg

    from workbench.audit._pgschema import PG_MIGRATIONS

    with psycopg.connect(pg_settings.audit.url) as db:
        assert db.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(PG_MIGRATIONS)
