"""The SQLite audit store's schema, changed only by numbered migrations that are only appended.

Each migration runs once, in its own write transaction, and is recorded by name in
``_migrations``. Never edit or reorder a migration that has shipped: add ``m00N_...`` instead.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE records (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            time TEXT,
            user TEXT,
            notebook_path TEXT,
            cell_id TEXT,
            run_id TEXT,
            outcome TEXT,
            body BLOB NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE checkpoints (
            seq INTEGER PRIMARY KEY,
            hash TEXT NOT NULL,
            time TEXT NOT NULL,
            key_id TEXT NOT NULL,
            signature TEXT NOT NULL
        )
        """
    )


def m002_query_indexes(db: sqlite3.Connection) -> None:
    db.execute("CREATE INDEX records_notebook_cell ON records (notebook_path, cell_id)")
    db.execute("CREATE INDEX records_run ON records (run_id)")


def m003_intents(db: sqlite3.Connection) -> None:
    # Two-phase calls: an outcome row names its intent row (hashed into its link, see _chain).
    db.execute("ALTER TABLE records ADD COLUMN intent_id TEXT")
    db.execute("CREATE UNIQUE INDEX records_intent ON records (intent_id) WHERE intent_id IS NOT NULL")
    db.execute("CREATE INDEX records_started ON records (seq) WHERE outcome = 'started'")


def m004_outcome_index(db: sqlite3.Connection) -> None:
    # Record kinds read by outcome (a gateway's token revocations at start and after each refresh):
    # an index instead of a scan of every call record (tests/audit/bench_revocation_scan.py).
    db.execute("CREATE INDEX records_outcome ON records (outcome, seq)")


#: In order. Append only.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("m001_initial", m001_initial),
    ("m002_query_indexes", m002_query_indexes),
    ("m003_intents", m003_intents),
    ("m004_outcome_index", m004_outcome_index),
]


def migrate(db: sqlite3.Connection, migrations: list[tuple[str, Migration]] | None = None) -> list[str]:
    """Apply the migrations not yet recorded; return their names. ``db`` is in autocommit mode.

    Safe when several processes open a new store at once: the check and the changes happen
    inside one ``BEGIN IMMEDIATE`` transaction, so only one process applies each migration.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    names = [name for name, _ in migrations]
    try:
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        if all(name in done for name in names):
            return []  # the common case: no write lock taken
    except sqlite3.OperationalError:
        pass  # no _migrations table yet
    applied_now: list[str] = []
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        for name, fn in migrations:
            if name in done:
                continue
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                (name,),
            )
            applied_now.append(name)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return applied_now
