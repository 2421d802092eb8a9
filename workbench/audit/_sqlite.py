"""The embedded backend: one SQLite database in WAL mode under ``WORKBENCH_HOME/audit/``.

Appends from many processes serialise on a file lock and SQLite's write lock (``BEGIN
IMMEDIATE``): each reads the chain head, links the new row to it and commits, so rows are
linked in commit order and a process killed mid-append leaves either its whole row or nothing.
The latest signed checkpoint is also kept in ``head.json`` beside the database.
"""

from __future__ import annotations

import os
import sqlite3
import time as _time
from pathlib import Path
from typing import Any

from ..errors import AuditError
from ._backend import Backend
from ._schema import migrate

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: SQLite's busy handler alone serialises writers
    fcntl = None  # type: ignore[assignment]

DB_NAME = "audit.db"
HEAD_NAME = "head.json"
SYNC_LEVELS = ("OFF", "NORMAL", "FULL")


def sqlite_failure(action: str, exc: BaseException) -> AuditError:
    detail = type(exc).__name__
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        detail = "database is locked by another process for too long"
    elif "malformed" in text or "not a database" in text:
        detail = "the database file is damaged"
    elif "readonly" in text or "unable to open" in text or "disk" in text:
        detail = "the database file cannot be written (permissions or disk full)"
    return AuditError(f"audit log: could not {action} ({detail}); run `workbench audit verify` and check "
                      "WORKBENCH_HOME/audit/.")


class _WriterLock:
    """An advisory file lock taken around each append, before SQLite's own write lock.

    SQLite's busy handler polls with sleeps that grow to 100 ms, which gives contending writers
    long tail latencies; this lock is polled every 20 us..1 ms instead, up to the same timeout.
    The kernel drops it when a holder dies (kill -9 included). SQLite's lock still guards
    against writers that do not take this one.
    """

    def __init__(self, path: Path, timeout: float) -> None:
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600) if fcntl is not None else -1
        self._timeout = timeout
        self._held = False

    def acquire(self) -> None:
        if self._fd < 0:
            return
        delay, deadline = 0.00002, _time.monotonic() + self._timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._held = True
                return
            except BlockingIOError:
                if _time.monotonic() > deadline:
                    raise sqlite3.OperationalError("database is locked") from None
                _time.sleep(delay)
                delay = min(delay * 2, 0.001)

    def release(self) -> None:
        if self._held:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            self._held = False

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class SqliteBackend(Backend):
    kind = "sqlite"
    errors = (sqlite3.Error, OSError)

    def __init__(self, directory: Path, *, synchronous: str = "NORMAL", busy_timeout: float = 30.0) -> None:
        if synchronous not in SYNC_LEVELS:
            raise AuditError(f"sqlite synchronous level {synchronous!r} is unknown; use NORMAL or FULL.")
        super().__init__()
        self.directory = Path(directory)
        from ..config import ensure_private_dir

        try:
            ensure_private_dir(self.directory)
        except OSError as exc:
            raise AuditError(f"cannot create {self.directory} ({type(exc).__name__}); check WORKBENCH_HOME.") from None
        self.path = self.directory / DB_NAME
        self.head_path = self.directory / HEAD_NAME
        self.label = str(self.path)
        self._sync = synchronous
        self._busy = busy_timeout
        self._writer: _WriterLock | None = None
        with self.lock:
            self.connection()

    def _open(self) -> sqlite3.Connection:
        deadline = _time.monotonic() + self._busy
        while True:
            try:
                db = sqlite3.connect(self.path, timeout=self._busy, isolation_level=None, check_same_thread=False)
                try:
                    if self.path.stat().st_mode & 0o077:
                        os.chmod(self.path, 0o600)
                    db.execute(f"PRAGMA busy_timeout = {int(self._busy * 1000)}")
                    db.execute("PRAGMA journal_mode = WAL")
                    db.execute(f"PRAGMA synchronous = {self._sync}")
                    migrate(db)
                except BaseException:
                    db.close()
                    raise
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() or _time.monotonic() > deadline:
                    raise sqlite_failure("open the log", exc) from exc
                _time.sleep(0.01)
            except (sqlite3.Error, OSError) as exc:
                raise sqlite_failure("open the log", exc) from exc
        self._writer = _WriterLock(self.directory / "write.lock", self._busy)
        return db

    def _drop(self) -> None:
        super()._drop()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _failure(self, action: str, exc: BaseException) -> AuditError:
        return sqlite_failure(action, exc)

    def _begin_write(self, db: Any) -> None:
        self._writer.acquire()
        try:
            db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._writer.release()
            raise

    def _end_write(self, db: Any, commit: bool) -> None:
        try:
            if commit:
                try:
                    db.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
            elif db.in_transaction:
                db.execute("ROLLBACK")
        finally:
            self._writer.release()

    def _begin_read(self, db: Any) -> None:
        db.execute("BEGIN")

    def _end_read(self, db: Any) -> None:
        if db.in_transaction:
            db.execute("COMMIT")
