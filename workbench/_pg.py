"""What the parts that share state through PostgreSQL (gateway tokens, rate limits) have in
common: which URL names the shared database, and numbered, append-only migrations applied by one
replica at a time. Imports nothing of ours but the settings' shape; psycopg is passed in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def shared_url(settings: Any) -> str | None:
    """The PostgreSQL URL replicas share state through (``[audit] url``, else ``[gateway]
    audit_url``), or None: then each part keeps its own file in WORKBENCH_HOME."""
    for url in (getattr(getattr(settings, "audit", None), "url", None),
                getattr(getattr(settings, "gateway", None), "audit_url", None)):
        if url and str(url).startswith(("postgresql://", "postgres://")):
            return str(url)
    return None


def apply_migrations(db: Any, *, table: str, lock: str, migrations: Sequence[tuple[str, str]]) -> list[str]:
    """Apply the migrations not yet recorded in ``table``, in one transaction under an advisory
    lock named ``lock`` (replicas starting together apply each once); returns their names."""
    applied = []
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (lock,))
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} (name TEXT PRIMARY KEY, applied DOUBLE PRECISION NOT NULL)")
        done = {row[0] for row in db.execute(f"SELECT name FROM {table}")}
        for name, sql in migrations:
            if name not in done:
                db.execute(sql)
                db.execute(f"INSERT INTO {table} VALUES (%s, EXTRACT(EPOCH FROM now()))", (name,))
                applied.append(name)
    return applied
