"""What a store backend does: the SQL every backend shares, and its write and read transactions.

A backend owns one connection per process (a forked child opens its own) behind a lock, so an
``AuditLog`` is safe to share between threads. ``write`` is one serialised transaction: the
backend takes its chain lock (SQLite: a file lock and ``BEGIN IMMEDIATE``; PostgreSQL: an
advisory or row lock), so the chain head read inside it is the head every other writer sees,
and two writers can never link to the same row. ``read`` is one snapshot. Queries are written
once with ``?`` placeholders; a backend whose driver wants ``%s`` rewrites them.

Rows travel as tuples in this column order (``ROW``); ``body`` is the exact bytes hashed.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import AuditError
from ._keys import Checkpoint

ROW = ("seq", "id", "prev_hash", "hash", "time", "user", "notebook_path", "cell_id", "run_id", "outcome", "body",
       "intent_id")
_COLUMNS = ", ".join('"user"' if c == "user" else c for c in ROW)

_SQL = {
    "last": "SELECT seq, hash, time FROM records ORDER BY seq DESC LIMIT 1",
    "insert": f"INSERT INTO records ({_COLUMNS}) VALUES ({', '.join('?' * len(ROW))})",
    "insert_checkpoint": "INSERT INTO checkpoints (seq, hash, time, key_id, signature) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING",
    "last_checkpoint": "SELECT seq, hash, time, key_id, signature FROM checkpoints ORDER BY seq DESC LIMIT 1",
    "checkpoints": "SELECT seq, hash, time, key_id, signature FROM checkpoints ORDER BY seq",
    "rows": f"SELECT {_COLUMNS} FROM records ORDER BY seq",
    "hash_at": "SELECT hash FROM records WHERE seq = ?",
    "outcome_of": "SELECT outcome FROM records WHERE id = ?",
    "finished": "SELECT 1 FROM records WHERE intent_id = ?",
    "unfinished": "SELECT seq, id, hash, body FROM records r WHERE outcome = 'started' AND NOT EXISTS "
                  "(SELECT 1 FROM records f WHERE f.intent_id = r.id) ORDER BY seq",
}

#: Columns ``select`` may filter on (record key -> column).
FILTERS = {"notebook": "notebook_path", "cell": "cell_id", "run_id": "run_id", "user": '"user"',
           "outcome": "outcome", "after_seq": "seq"}


class Backend:
    """The shared part; subclasses connect, begin transactions and translate errors."""

    kind = "?"
    placeholder = "?"
    #: The signed-head file kept beside the store (SQLite), or None (PostgreSQL: use a witness).
    head_path: Path | None = None

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._db: Any = None
        self._pid = -1
        self._closed = False
        self._sql = {k: self._q(v) for k, v in _SQL.items()}

    # -- what a subclass provides ---------------------------------------------------------

    label = "the audit store"  # names the store in messages: never a password

    def _open(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _begin_write(self, db: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _end_write(self, db: Any, commit: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _begin_read(self, db: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _end_read(self, db: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _failure(self, action: str, exc: BaseException) -> AuditError:  # pragma: no cover - abstract
        raise NotImplementedError

    errors: tuple[type[BaseException], ...] = ()
    """The driver's exceptions, turned into AuditError by ``_failure``."""

    def _usable(self, db: Any) -> bool:
        return True

    def _iter_rows(self, db: Any) -> Iterator[tuple]:
        return iter(db.execute(self._sql["rows"]))

    # -- connection -----------------------------------------------------------------------

    def _q(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def connection(self) -> Any:
        """This process's connection, opened (and migrated) on first use; caller holds ``lock``."""
        if self._closed:
            raise AuditError("this audit log is closed; open it again with AuditLog.open(settings).")
        if self._db is not None and self._pid == os.getpid() and self._usable(self._db):
            return self._db
        if self._db is not None and self._pid == os.getpid():
            self._drop()
        self._db = self._open()
        self._pid = os.getpid()
        return self._db

    def _drop(self) -> None:
        try:
            self._db.close()
        except self.errors:
            pass
        self._db = None

    def close(self) -> None:
        with self.lock:
            if self._db is not None and self._pid == os.getpid():
                self._drop()
            self._db = None
            self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    def in_process(self) -> bool:
        """True if this process opened the connection (so it may write a closing checkpoint)."""
        return self._db is not None and self._pid == os.getpid()

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def write(self, action: str) -> Iterator[Any]:
        """One serialised write transaction; an error rolls it back and becomes AuditError."""
        with self.lock:
            try:
                db = self.connection()
                self._begin_write(db)
                try:
                    yield db
                except BaseException:
                    self._end_write(db, commit=False)
                    raise
                self._end_write(db, commit=True)
            except self.errors as exc:
                raise self._failure(action, exc) from exc

    @contextmanager
    def read(self, action: str) -> Iterator[Any]:
        """One read snapshot."""
        with self.lock:
            try:
                db = self.connection()
                self._begin_read(db)
                try:
                    yield db
                finally:
                    self._end_read(db)
            except self.errors as exc:
                raise self._failure(action, exc) from exc

    def query(self, action: str, name: str, *args: Any) -> list[tuple]:
        """A named query outside any explicit transaction."""
        with self.lock:
            try:
                return list(self.connection().execute(self._sql[name], args).fetchall())
            except self.errors as exc:
                raise self._failure(action, exc) from exc

    # -- statements (inside write/read) ---------------------------------------------------

    def last(self, db: Any) -> tuple[int, str, str | None] | None:
        row = db.execute(self._sql["last"]).fetchone()
        return (int(row[0]), row[1], row[2]) if row else None

    def insert(self, db: Any, row: tuple) -> None:
        db.execute(self._sql["insert"], row)

    def insert_checkpoint(self, db: Any, cp: Checkpoint) -> None:
        db.execute(self._sql["insert_checkpoint"], (cp.seq, cp.hash, cp.time, cp.key_id, cp.signature))

    def last_checkpoint(self, db: Any) -> Checkpoint | None:
        row = db.execute(self._sql["last_checkpoint"]).fetchone()
        return Checkpoint(int(row[0]), *row[1:]) if row else None

    def checkpoints(self, db: Any) -> list[Checkpoint]:
        return [Checkpoint(*row) for row in db.execute(self._sql["checkpoints"]).fetchall()]

    def rows(self, db: Any) -> Iterator[tuple]:
        return self._iter_rows(db)

    def hash_at(self, db: Any, seq: int) -> str | None:
        row = db.execute(self._sql["hash_at"], (seq,)).fetchone()
        return row[0] if row else None

    def outcome_of(self, db: Any, record_id: str) -> tuple[bool, str | None]:
        row = db.execute(self._sql["outcome_of"], (record_id,)).fetchone()
        return (row is not None, row[0] if row else None)

    def finished(self, db: Any, intent_id: str) -> bool:
        return db.execute(self._sql["finished"], (intent_id,)).fetchone() is not None

    def unfinished(self, db: Any) -> list[tuple]:
        return list(db.execute(self._sql["unfinished"]).fetchall())

    def select(self, db: Any, filters: dict[str, Any], limit: int | None) -> list[tuple]:
        """(seq, id, hash, body) of matching records, newest first."""
        where, args = [], []
        for key, value in filters.items():
            if value is not None:
                where.append(f"{FILTERS[key]} {'>' if key == 'after_seq' else '='} ?")
                args.append(value)
        sql = "SELECT seq, id, hash, body FROM records"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        return list(db.execute(self._q(sql), args).fetchall())
