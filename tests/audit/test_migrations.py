import sqlite3

from workbench.audit import MIGRATIONS, AuditLog
from workbench.audit._chain import GENESIS, INDEXED, canonical_json, indexed_value, link_hash
from workbench.audit._schema import migrate

RECORD_COLUMNS = ["seq", "id", "prev_hash", "hash", "time", "user", "notebook_path", "cell_id", "run_id",
                  "outcome", "body"]
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
    assert {"records_notebook_cell", "records_run"} <= indexes
    assert migrate(db) == []  # idempotent


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
