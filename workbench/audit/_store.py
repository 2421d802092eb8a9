"""The audit store: one SQLite database in WAL mode under ``WORKBENCH_HOME/audit/``.

Appends from many processes serialise on SQLite's write lock (``BEGIN IMMEDIATE``): each
append reads the chain head, links the new row to it and commits, so rows are linked in commit
order and a process killed mid-append leaves either its whole row or nothing.
"""

from __future__ import annotations

import atexit
import json
import os
import sqlite3
import threading
import time as _time
import uuid
import weakref
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..errors import AuditError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: SQLite's busy handler alone serialises writers
    fcntl = None  # type: ignore[assignment]
from ._chain import GENESIS, INDEXED, canonical_json, indexed_value, link_hash
from ._keys import Checkpoint, Signer, write_head_file
from ._schema import migrate
from ._seal import load_reviewer_keys, seal
from ._verify import VerifyResult, verify_chain

DB_NAME = "audit.db"
HEAD_NAME = "head.json"
CONTENT_LEVELS = ("none", "redacted", "encrypted-full")
SYNC_LEVELS = ("OFF", "NORMAL", "FULL")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _new_id() -> str:
    # Time-ordered prefix (ms) + random tail: sortable, unique across processes.
    return f"{int(_time.time() * 1000):012x}-{uuid.uuid4().hex[:20]}"


def _sqlite_failure(action: str, exc: BaseException) -> AuditError:
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


def _close_at_exit(ref: "weakref.ref[AuditLog]") -> None:
    log = ref()
    if log is not None:
        try:
            log.close()
        except AuditError:
            pass  # best effort: the records are committed; only the closing checkpoint is missing


class AuditLog:
    """The tamper-evident audit log. Open with :meth:`open`; safe across threads and processes."""

    def __init__(
        self,
        directory: Path,
        keys_dir: Path,
        *,
        content: str = "redacted",
        checkpoint_every: int = 1000,
        synchronous: str = "NORMAL",
        busy_timeout: float = 30.0,
    ) -> None:
        if content not in CONTENT_LEVELS:
            raise AuditError(f"audit content level {content!r} is unknown; use none, redacted or encrypted-full.")
        if synchronous not in SYNC_LEVELS:
            raise AuditError(f"sqlite synchronous level {synchronous!r} is unknown; use NORMAL or FULL.")
        self.directory = Path(directory)
        from ..config import ensure_private_dir

        try:
            ensure_private_dir(self.directory)
        except OSError as exc:
            raise AuditError(f"cannot create {self.directory} ({type(exc).__name__}); check WORKBENCH_HOME.") from None
        self.path = self.directory / DB_NAME
        self.head_path = self.directory / HEAD_NAME
        self.content = content
        self.checkpoint_every = max(0, int(checkpoint_every))
        self._sync = synchronous
        self._busy = busy_timeout
        self._signer = Signer(Path(keys_dir))
        self._reviewers = load_reviewer_keys(Path(keys_dir)) if content == "encrypted-full" else []
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._writer: _WriterLock | None = None
        self._pid = -1
        self._closed = False
        self._connect()
        atexit.register(_close_at_exit, weakref.ref(self))

    @classmethod
    def open(cls, settings: Any, **options: Any) -> "AuditLog":
        """The store under ``settings.home / "audit"`` (created 0700), keys under ``settings.keys_dir``."""
        directory = Path(settings.home) / "audit"
        audit = settings.audit
        options.setdefault("content", audit.content)
        options.setdefault("checkpoint_every", audit.checkpoint_every)
        return cls(directory, settings.keys_dir, **options)

    # -- connection ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """This process's connection (a forked child opens its own)."""
        if self._closed:
            raise AuditError("this audit log is closed; open it again with AuditLog.open(settings).")
        if self._db is not None and self._pid == os.getpid():
            return self._db
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
                    raise _sqlite_failure("open the log", exc) from exc
                _time.sleep(0.01)
            except (sqlite3.Error, OSError) as exc:
                raise _sqlite_failure("open the log", exc) from exc
        self._db, self._pid = db, os.getpid()
        self._writer = _WriterLock(self.directory / "write.lock", self._busy)
        return db

    # -- writing ---------------------------------------------------------------------------

    def _prepare(self, record: dict[str, Any], audit_id: str) -> dict[str, Any]:
        if not isinstance(record, dict):
            raise AuditError(f"an audit record must be a dict, not {type(record).__name__}.")
        rec = dict(record)
        plain = rec.pop("content_plain", None)
        if self.content == "none":
            rec.pop("content", None)
        elif self.content == "encrypted-full" and plain is not None:
            rec["content_sealed"] = seal(plain, self._reviewers, audit_id)
        for reserved in ("audit_id", "audit_seq", "audit_hash"):
            rec.pop(reserved, None)
        if not rec.get("time"):
            rec["time"] = utc_now()
        return rec

    def append(self, record: dict[str, Any]) -> str:
        """Write one record, linked to the chain head; return its id. Raises AuditError if it
        was not written (the caller must then not report success)."""
        audit_id = _new_id()
        rec = self._prepare(record, audit_id)
        try:
            body = canonical_json(rec).encode()
        except (TypeError, ValueError) as exc:
            raise AuditError(f"the audit record is not JSON-serialisable ({type(exc).__name__}); "
                             "pass plain str/int/float/bool/None, lists and dicts.") from None
        cols = [indexed_value(rec, key) for key in INDEXED]
        checkpoint = None
        with self._write("append the record") as db:
            row = db.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
            seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
            hash_ = link_hash(seq, audit_id, prev, *cols, body)
            db.execute(
                "INSERT INTO records (seq, id, prev_hash, hash, time, user, notebook_path, cell_id, "
                "run_id, outcome, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, audit_id, prev, hash_, *cols, body),
            )
            if self.checkpoint_every and seq % self.checkpoint_every == 0:
                checkpoint = self._insert_checkpoint(db, seq, hash_)
        if checkpoint is not None:
            try:
                self._publish(checkpoint)
            except AuditError:
                pass  # the record and its checkpoint are committed; head.json catches up next time
        return audit_id

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction under the writers' lock: BEGIN IMMEDIATE, then COMMIT, or
        ROLLBACK on any error; a SQLite error becomes an AuditError naming ``action``."""
        with self._lock:
            db = self._connect()
            try:
                self._writer.acquire()
                try:
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        yield db
                        db.execute("COMMIT")
                    except BaseException:
                        if db.in_transaction:
                            db.execute("ROLLBACK")
                        raise
                finally:
                    self._writer.release()
            except sqlite3.Error as exc:
                raise _sqlite_failure(action, exc) from exc

    def check_writable(self) -> None:
        """Raise AuditError unless a record could be appended now (called before a model call
        when fail_closed): the database takes a write lock, the signing key loads, and for
        encrypted-full a reviewer key is installed. Writes nothing."""
        if self.content == "encrypted-full" and not self._reviewers:
            seal(None, self._reviewers, "")  # raises the AuditError that says what to do
        self._signer.load()
        with self._lock:
            db = self._connect()
            try:
                self._writer.acquire()
                try:
                    db.execute("BEGIN IMMEDIATE")
                    db.execute("ROLLBACK")
                finally:
                    self._writer.release()
            except sqlite3.Error as exc:
                raise _sqlite_failure("write the log", exc) from exc

    def _insert_checkpoint(self, db: sqlite3.Connection, seq: int, hash_: str) -> Checkpoint:
        cp = self._signer.sign(seq, hash_, utc_now())
        db.execute(
            "INSERT OR IGNORE INTO checkpoints (seq, hash, time, key_id, signature) VALUES (?, ?, ?, ?, ?)",
            (cp.seq, cp.hash, cp.time, cp.key_id, cp.signature),
        )
        return cp

    def _publish(self, cp: Checkpoint) -> None:
        def chain_has(seq: int, hash_: str) -> bool:
            with self._lock:
                row = self._connect().execute("SELECT hash FROM records WHERE seq = ?", (seq,)).fetchone()
            return row is not None and row[0] == hash_

        try:
            write_head_file(self.head_path, cp, chain_has)
        except (OSError, sqlite3.Error) as exc:
            # The checkpoint is committed in the database; only its copy outside is late.
            raise AuditError(f"audit log: could not write {self.head_path.name} ({type(exc).__name__}).") from None

    def checkpoint(self) -> dict[str, Any] | None:
        """Sign the current chain head now (unless already signed); return the checkpoint."""
        with self._write("write a checkpoint") as db:
            row = db.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
            last = db.execute("SELECT seq, hash, time, key_id, signature FROM checkpoints "
                              "ORDER BY seq DESC LIMIT 1").fetchone()
            cp = None
            if row is not None and (last is None or last[0] < row[0]):
                cp = self._insert_checkpoint(db, row[0], row[1])
            elif last is not None:
                cp = Checkpoint(*last)
        if cp is None:
            return None
        self._publish(cp)
        return cp.as_dict()

    def close(self, checkpoint: bool = True) -> None:
        """Write a signed checkpoint of the chain head (unless ``checkpoint=False``, for readers)
        and close. Safe to call twice; also called at interpreter exit."""
        with self._lock:
            if self._closed:
                return
            try:
                if checkpoint and self._db is not None and self._pid == os.getpid():
                    self.checkpoint()
            finally:
                if self._db is not None and self._pid == os.getpid():
                    self._db.close()
                self._db = None
                self._closed = True

    def __enter__(self) -> "AuditLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def verify(self, expect: tuple[int, str] | None = None) -> VerifyResult:
        """Walk the whole chain; ``expect=(seq, hash)`` also checks a head kept elsewhere."""
        with self._lock:
            db = self._connect()
            try:
                return verify_chain(db, self.head_path, self._signer.public_key(), expect)
            except sqlite3.DatabaseError as exc:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                return VerifyResult(False, 0, reason=_sqlite_failure("read the log", exc).args[0])

    def records(
        self,
        notebook: str | None = None,
        cell: str | None = None,
        run_id: str | None = None,
        limit: int | None = None,
        user: str | None = None,
    ) -> list[dict[str, Any]]:
        """Records (oldest first) matching every filter given; ``limit`` keeps the most recent N.
        Each is the stored record plus ``audit_id``, ``audit_seq`` and ``audit_hash``."""
        where, args = [], []
        for column, value in (("notebook_path", notebook), ("cell_id", cell), ("run_id", run_id), ("user", user)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = "SELECT seq, id, hash, body FROM records"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._lock:
            try:
                rows = self._connect().execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise _sqlite_failure("read records", exc) from exc
        out = []
        for seq, rid, hash_, body in reversed(rows):
            rec = json.loads(body)
            rec.update(audit_id=rid, audit_seq=seq, audit_hash=hash_)
            out.append(rec)
        return out

    def head(self) -> dict[str, Any]:
        """The chain head to keep elsewhere: ``seq``, ``hash``, ``time`` (and the signing key id)."""
        with self._lock:
            try:
                row = self._connect().execute(
                    "SELECT seq, hash, time FROM records ORDER BY seq DESC LIMIT 1").fetchone()
            except sqlite3.Error as exc:
                raise _sqlite_failure("read the head", exc) from exc
        public = self._signer.public_key()
        from ._keys import key_id

        seq, hash_, time = row if row else (0, GENESIS, None)
        return {"seq": seq, "hash": hash_, "time": time, "key_id": key_id(public) if public else None}
