"""The PostgreSQL backend (``[audit] url = "postgresql://USER@HOST:PORT/DB"``): one chain that
several processes on several hosts (gateway replicas) append to.

Each append is one transaction that first takes the chain lock, then reads the head and inserts
the row linked to it. The lock is a transaction-scoped advisory lock (``lock="advisory"``, the
default) or the one row of ``chain_lock`` taken ``FOR UPDATE`` (``lock="row"``); both are
released by COMMIT or ROLLBACK, and by the server when a client dies. Under READ COMMITTED each
statement sees every commit made before it, and a commit is visible before its locks are
released, so the head read after the lock is the true head: no fork, no gap. ``seq`` is the
primary key and ``intent_id`` unique, so even a writer that skipped the lock could not fork the
chain or finish an intent twice: its insert would fail.

The URL may carry a password (or use PGPASSWORD / ~/.pgpass, as libpq does); it never appears
in a message: stores are named by ``postgresql://USER@HOST:PORT/DB``.
"""

from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import urlsplit

from ..errors import AuditError
from ._backend import Backend
from ._pgschema import CHAIN_LOCK, LOCK_CLASS, migrate_pg

LOCK_MODES = ("advisory", "row")
SCHEMES = ("postgresql", "postgres")


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme in SCHEMES


def safe_label(url: str) -> str:
    """``postgresql://USER@HOST:PORT/DB`` without password or query: safe for messages."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def _driver() -> Any:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency of the workbench
        raise AuditError("the PostgreSQL audit store needs psycopg 3: pip install 'psycopg[binary]'.") from None
    return psycopg


class PostgresBackend(Backend):
    kind = "postgresql"
    placeholder = "%s"

    def __init__(self, url: str, *, lock: str = "advisory", timeout: float = 30.0) -> None:
        if not is_postgres_url(url):
            raise AuditError("audit.url must be postgresql://USER@HOST:PORT/DB (or unset for the embedded store).")
        if lock not in LOCK_MODES:
            raise AuditError(f"PostgreSQL chain lock {lock!r} is unknown; use advisory or row.")
        self._psycopg = _driver()
        self.errors = (self._psycopg.Error,)
        super().__init__()
        self.url = url
        self.label = safe_label(url)
        self.lock_mode = lock
        self._timeout = timeout
        with self.lock:
            self.connection()

    def _open(self) -> Any:
        pg = self._psycopg
        try:
            db = pg.connect(self.url, autocommit=True, connect_timeout=max(1, int(self._timeout)),
                            application_name="workbench-audit")
        except pg.Error as exc:
            raise self._failure("connect to the log", exc) from None
        try:
            ms = int(self._timeout * 1000)
            db.execute(f"SET lock_timeout = {ms}")
            db.execute(f"SET statement_timeout = {ms * 4}")
            db.execute("SET idle_in_transaction_session_timeout = 60000")
            migrate_pg(db)
        except pg.Error as exc:
            db.close()
            raise self._failure("create the log's tables", exc) from None
        return db

    def _usable(self, db: Any) -> bool:
        return not db.closed and not db.broken

    def _failure(self, action: str, exc: BaseException) -> AuditError:
        pg = self._psycopg
        errors = pg.errors
        if isinstance(exc, (errors.LockNotAvailable, errors.QueryCanceled)):
            detail = "the chain lock was held by another writer for too long"
        elif isinstance(exc, errors.UniqueViolation):
            detail = "another writer linked a record to the same head; nothing was written, try again"
        elif isinstance(exc, (errors.InsufficientPrivilege,)):
            detail = "the database user may not read or write the audit tables"
        elif isinstance(exc, errors.UndefinedTable):
            detail = "the audit tables are missing"
        elif isinstance(exc, pg.OperationalError):
            detail = "the server cannot be reached or refused the connection"
        else:
            detail = type(exc).__name__
        return AuditError(f"audit log at {self.label}: could not {action} ({detail}); check the server and "
                          "run `workbench audit verify --audit-url URL`.")

    def _rollback(self, db: Any) -> None:
        try:
            if not db.closed and db.info.transaction_status != self._psycopg.pq.TransactionStatus.IDLE:
                db.execute("ROLLBACK")
        except self._psycopg.Error:
            self._drop()  # a broken connection: the next call opens a new one

    # Round trips inside the lock are what serialised appends wait for, so a write is three:
    # BEGIN and the lock in one simple query; the head read; the inserts and COMMIT pipelined.

    def _begin_write(self, db: Any) -> None:
        self._pending: list[tuple[str, tuple]] = []
        if self.lock_mode == "advisory":
            lock = f"SELECT pg_advisory_xact_lock({LOCK_CLASS}, {CHAIN_LOCK})"
        else:
            lock = "SELECT id FROM chain_lock WHERE id = 1 FOR UPDATE"
        try:
            db.execute(f"BEGIN; {lock}")
        except BaseException:
            self._rollback(db)
            raise

    def insert(self, db: Any, row: tuple) -> None:
        self._pending.append((self._sql["insert"], row))

    def insert_checkpoint(self, db: Any, cp: Any) -> None:
        self._pending.append((self._sql["insert_checkpoint"], (cp.seq, cp.hash, cp.time, cp.key_id, cp.signature)))

    def _end_write(self, db: Any, commit: bool) -> None:
        pending, self._pending = self._pending, []
        if not commit:
            self._rollback(db)
            return
        try:
            with db.pipeline():
                for sql, args in pending:
                    db.execute(sql, args)
                db.execute("COMMIT")
        except BaseException:
            self._rollback(db)
            raise

    def _begin_read(self, db: Any) -> None:
        db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def _end_read(self, db: Any) -> None:
        self._rollback(db)

    def _iter_rows(self, db: Any) -> Iterator[tuple]:
        # Keyset pages inside the read snapshot: bounded memory, and an abandoned walk (verify
        # stops at the first bad row) leaves nothing open on the server.
        sql = self._sql["rows"].replace(" ORDER BY seq", " WHERE seq > %s ORDER BY seq LIMIT 5000")
        after = -(2 ** 63)
        while True:
            page = db.execute(sql, (after,)).fetchall()
            yield from page
            if len(page) < 5000:
                return
            after = page[-1][0]
