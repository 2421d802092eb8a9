"""The PostgreSQL audit store's schema: its own numbered migrations, only ever appended.

Same tables and columns as the SQLite store (``body`` is BYTEA, ``seq`` BIGINT) plus
``chain_lock``, the one row a writer may lock (``SELECT ... FOR UPDATE``) instead of taking the
advisory lock. Applied in one transaction under an advisory lock, so replicas starting together
apply each migration once. Never edit a shipped migration: add ``m00N_...``.
"""

from __future__ import annotations

from typing import Any, Callable

Migration = Callable[[Any], None]

#: pg_advisory_xact_lock keys (two int4, so they never collide with one-bigint keys).
LOCK_CLASS = 0x57424155  # "WBAU"
MIGRATE_LOCK = 1
CHAIN_LOCK = 2


def m001_initial(db: Any) -> None:
    db.execute(
        """
        CREATE TABLE records (
            seq BIGINT PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            time TEXT,
            "user" TEXT,
            notebook_path TEXT,
            cell_id TEXT,
            run_id TEXT,
            outcome TEXT,
            body BYTEA NOT NULL,
            intent_id TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE checkpoints (
            seq BIGINT PRIMARY KEY,
            hash TEXT NOT NULL,
            time TEXT NOT NULL,
            key_id TEXT NOT NULL,
            signature TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE chain_lock (id INTEGER PRIMARY KEY CHECK (id = 1))")
    db.execute("INSERT INTO chain_lock (id) VALUES (1)")


def m002_query_indexes(db: Any) -> None:
    db.execute("CREATE INDEX records_notebook_cell ON records (notebook_path, cell_id)")
    db.execute("CREATE INDEX records_run ON records (run_id)")
    db.execute("CREATE UNIQUE INDEX records_intent ON records (intent_id) WHERE intent_id IS NOT NULL")
    db.execute("CREATE INDEX records_started ON records (seq) WHERE outcome = 'started'")


def m003_outcome_index(db: Any) -> None:
    # Record kinds read by outcome (token revocations at a gateway's start and after each refresh).
    db.execute("CREATE INDEX records_outcome ON records (outcome, seq)")


#: In order. Append only.
PG_MIGRATIONS: list[tuple[str, Migration]] = [
    ("m001_initial", m001_initial),
    ("m002_query_indexes", m002_query_indexes),
    ("m003_outcome_index", m003_outcome_index),
]


def migrate_pg(db: Any, migrations: list[tuple[str, Migration]] | None = None) -> list[str]:
    """Apply the migrations not yet recorded; return their names. ``db`` is in autocommit mode."""
    migrations = PG_MIGRATIONS if migrations is None else migrations
    names = [name for name, _ in migrations]
    if db.execute("SELECT to_regclass('_migrations')").fetchone()[0] is not None:
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        if all(name in done for name in names):
            return []  # the common case: no lock taken
    applied_now: list[str] = []
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_CLASS, MIGRATE_LOCK))
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        for name, fn in migrations:
            if name in done:
                continue
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES "
                "(%s, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))",
                (name,),
            )
            applied_now.append(name)
    return applied_now
