"""``AuditLog``: one tamper-evident chain of records, on SQLite (embedded) or PostgreSQL.

Runs on the trusted side of whatever writes it: in the kernel for a single analyst (SQLite under
``WORKBENCH_HOME/audit/``), in the gateway for many (PostgreSQL, ``[audit] url``, every replica
appending to one chain). Each append is one serialised transaction that links the new row to
the head (see ``_backend``). Checkpoints of the head are signed with the key in
``WORKBENCH_HOME/keys`` (replicas share the home, so they share the key) and also written
outside the database: to ``head.json`` beside an SQLite store, and to the witness file when one
is configured (``[audit] witness``). A two-phase call writes an intent (``begin``, outcome
"started") before anything is sent and its outcome (``finish``) after; an intent with no
outcome is a call that was cut off, and ``unfinished()`` / ``verify()`` list it.
"""

from __future__ import annotations

import atexit
import json
import os
import socket
import threading
import time as _time
import uuid
import weakref
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import AuditError
from ._backend import Backend
from ._calls import OUTCOMES, STARTED
from ._chain import GENESIS, INDEXED, canonical_json, indexed_value, link_hash
from ._hmac import HmacKeys
from ._keys import Checkpoint, Signer, key_id, write_head_file
from ._postgres import PostgresBackend
from ._seal import load_reviewer_keys, seal
from ._sqlite import SqliteBackend
from ._verify import VerifyResult, verify_store
from ._witness import write_witness

CONTENT_LEVELS = ("none", "redacted", "encrypted-full")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _new_id() -> str:
    # Time-ordered prefix (ms) + random tail: sortable, unique across processes.
    return f"{int(_time.time() * 1000):012x}-{uuid.uuid4().hex[:20]}"


_OUTCOME = INDEXED.index("outcome")


class _Pending:
    """One record waiting in the group-commit queue."""

    __slots__ = ("audit_id", "cols", "body", "intent_id", "done", "error")

    def __init__(self, audit_id: str, cols: list[str | None], body: bytes, intent_id: str | None) -> None:
        self.audit_id, self.cols, self.body, self.intent_id = audit_id, cols, body, intent_id
        self.done = False
        self.error: BaseException | None = None


def _close_at_exit(ref: weakref.ref[AuditLog]) -> None:
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
        checkpoint_seconds: float = 0.0,
        synchronous: str = "NORMAL",
        busy_timeout: float = 30.0,
        url: str | None = None,
        witness: str | Path | None = None,
        lock: str = "advisory",
        group_commit: bool = True,
    ) -> None:
        if content not in CONTENT_LEVELS:
            raise AuditError(f"audit content level {content!r} is unknown; use none, redacted or encrypted-full.")
        self.content = content
        self.checkpoint_every = max(0, int(checkpoint_every))
        self.checkpoint_seconds = max(0.0, float(checkpoint_seconds or 0))
        self.witness = Path(witness).expanduser() if witness else None
        self._signer = Signer(Path(keys_dir))
        self._hmac = HmacKeys(Path(keys_dir))
        self._reviewers = load_reviewer_keys(Path(keys_dir)) if content == "encrypted-full" else []
        self._last_checkpoint = _time.monotonic()
        self._backend: Backend
        if url:
            self._backend = PostgresBackend(url, lock=lock, timeout=busy_timeout)
        else:
            self._backend = SqliteBackend(Path(directory), synchronous=synchronous, busy_timeout=busy_timeout)
        self._lock = self._backend.lock
        self._queue_lock = threading.Lock()
        self._queue: list[_Pending] = []
        self._queue_pid = os.getpid()
        self._group = group_commit
        self.backend = self._backend.kind  # "sqlite" | "postgresql"
        self.location = self._backend.label  # the file, or postgresql://USER@HOST:PORT/DB (no password)
        self.head_path = self._backend.head_path
        atexit.register(_close_at_exit, weakref.ref(self))

    @classmethod
    def open(cls, settings: Any, **options: Any) -> AuditLog:
        """The store ``settings.audit.url`` names (PostgreSQL), else SQLite under
        ``settings.home / "audit"`` (created 0700); keys under ``settings.keys_dir``.
        Options override settings: ``url``, ``witness``, ``content``, ``checkpoint_every``,
        ``checkpoint_seconds``, ``synchronous`` (SQLite), ``lock`` ("advisory" | "row", PostgreSQL),
        ``group_commit`` (default True: records queued by several threads share one transaction)."""
        directory = Path(settings.home) / "audit"
        audit = settings.audit
        options.setdefault("content", audit.content)
        options.setdefault("checkpoint_every", audit.checkpoint_every)
        options.setdefault("checkpoint_seconds", getattr(audit, "checkpoint_seconds", 0.0))
        options.setdefault("url", getattr(audit, "url", None))
        options.setdefault("witness", getattr(audit, "witness", None))
        return cls(directory, settings.keys_dir, **options)

    def _connect(self) -> Any:
        """This process's database connection (for tests and benchmarks)."""
        with self._lock:
            return self._backend.connection()

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
        if self._hmac.loaded_id and "hmac_key_id" not in rec:
            rec["hmac_key_id"] = self._hmac.loaded_id  # which key this process's keyed hashes are under
        if not rec.get("time"):
            rec["time"] = utc_now()
        return rec

    def append(self, record: dict[str, Any]) -> str:
        """Write one one-shot record (a refusal before sending, an egress event), linked to the
        chain head; return its id. Raises AuditError if it was not written (the caller must then
        not report success). Model calls use :meth:`begin` and :meth:`finish`."""
        if isinstance(record, dict) and (record.get("outcome") == STARTED or record.get("intent_id")):
            raise AuditError("a call's intent and outcome are written with begin() and finish(), not append().")
        return self._append(record, None)

    def begin(self, record: dict[str, Any]) -> str:
        """Phase one of a call: its intent (outcome "started"), written BEFORE anything is sent.
        Returns the intent id to pass to :meth:`finish`. The store adds ``audit_writer`` (host
        and pid), so a restarted process can tell which intents a dead one left open."""
        if not isinstance(record, dict):
            raise AuditError(f"an audit record must be a dict, not {type(record).__name__}.")
        rec = dict(record, outcome=STARTED)
        rec.pop("intent_id", None)
        rec["audit_writer"] = {"host": socket.gethostname(), "pid": os.getpid()}
        return self._append(rec, None)

    def finish(self, intent_id: str, record: dict[str, Any]) -> str:
        """Phase two: the call's outcome ("answered", "failed", "refused" or "interrupted"),
        carrying ``intent_id``; returns the outcome record's id. Raises AuditError for an
        unknown intent or one already finished (the database also refuses a second outcome)."""
        if not isinstance(record, dict):
            raise AuditError(f"an audit record must be a dict, not {type(record).__name__}.")
        if record.get("outcome") not in OUTCOMES:
            raise AuditError(f"an outcome record needs outcome in {', '.join(OUTCOMES)}, "
                             f"not {record.get('outcome')!r}.")
        if not isinstance(intent_id, str) or not intent_id:
            raise AuditError("finish() needs the intent id that begin() returned.")
        return self._append(dict(record, intent_id=intent_id), intent_id)

    def _append(self, record: dict[str, Any], intent_id: str | None) -> str:
        audit_id = _new_id()
        rec = self._prepare(record, audit_id)
        try:
            body = canonical_json(rec).encode()
        except (TypeError, ValueError) as exc:
            raise AuditError(f"the audit record is not JSON-serialisable ({type(exc).__name__}); "
                             "pass plain str/int/float/bool/None, lists and dicts.") from None
        item = _Pending(audit_id, [indexed_value(rec, key) for key in INDEXED], body, intent_id)
        # Group commit: threads queue their records; whoever gets the store's lock next writes
        # every queued record in one transaction (one chain lock, one commit), so many threads
        # of one process (a gateway) wait for one commit, not for each other's.
        if not self._group:
            with self._lock:
                self._write_batch([item])
            if item.error is not None:
                raise item.error
            return audit_id
        with self._queue_lock:
            if self._queue_pid != os.getpid():  # a forked child never writes its parent's records
                self._queue, self._queue_pid = [], os.getpid()
            self._queue.append(item)
        with self._lock:
            if not item.done:
                with self._queue_lock:
                    batch, self._queue = self._queue, []
                self._write_batch(batch)
        if item.error is not None:
            raise item.error
        return audit_id

    def _write_batch(self, batch: list[_Pending]) -> None:
        """Link and insert ``batch`` in order in one write transaction; mark each item done,
        with its own error when it alone is refused (a bad intent id), or the batch's."""
        backend = self._backend
        checkpoints: list[Checkpoint] = []
        try:
            with backend.write("append the record") as db:
                last = backend.last(db)
                seq, prev = (last[0], last[1]) if last else (0, GENESIS)
                begun: set[str] = set()  # intents begun in this batch
                ended: set[str] = set()  # intents finished in this batch
                for item in batch:
                    if item.intent_id is not None:
                        problem = self._intent_problem(db, item.intent_id, begun, ended)
                        if problem:
                            item.error, item.done = AuditError(problem), True
                            continue
                        ended.add(item.intent_id)
                    seq += 1
                    hash_ = link_hash(seq, item.audit_id, prev, *item.cols, item.body, intent_id=item.intent_id)
                    backend.insert(db, (seq, item.audit_id, prev, hash_, *item.cols, item.body, item.intent_id))
                    prev = hash_
                    if item.cols[_OUTCOME] == STARTED:
                        begun.add(item.audit_id)
                    if self._checkpoint_due(seq):
                        checkpoints.append(self._insert_checkpoint(db, seq, hash_))
        except BaseException as exc:
            message = str(exc) if isinstance(exc, AuditError) else \
                "audit log: the write was interrupted and nothing was written; try again."
            for item in batch:
                if not item.done:
                    item.error, item.done = AuditError(message), True
            raise
        for item in batch:
            item.done = True
        for cp in checkpoints:
            try:
                self._publish(cp)
            except AuditError:
                pass  # the records and checkpoints are committed; the copies outside catch up next time

    def _intent_problem(self, db: Any, intent_id: str, begun: set[str], ended: set[str]) -> str | None:
        if intent_id in ended:
            return f"the call {intent_id!r} already has an outcome; a call has one."
        if intent_id in begun:
            return None
        found, outcome = self._backend.outcome_of(db, intent_id)
        if not found or outcome != STARTED:
            return f"no call was started with intent id {intent_id!r} in this log; pass the id begin() returned."
        if self._backend.finished(db, intent_id):
            return f"the call {intent_id!r} already has an outcome; a call has one."
        return None

    def _checkpoint_due(self, seq: int) -> bool:
        if self.checkpoint_every and seq % self.checkpoint_every == 0:
            return True
        return bool(self.checkpoint_seconds) and _time.monotonic() - self._last_checkpoint >= self.checkpoint_seconds

    def keyed_hash(self, value: str) -> str:
        """HMAC-SHA256 of ``value`` (hex) under this log's secret key (``keys/audit-hmac.key``,
        0600, made on first use, shared by replicas through the home): store it instead of a
        plain hash, so a guessed value cannot be confirmed without the key."""
        return self._hmac.hash(value)

    def rotate_hmac_key(self, **record: Any) -> dict[str, Any]:
        """Retire the keyed-hash key (kept under ``keys/audit-hmac-retired/`` for lookups) and make
        a new one; record the rotation in the chain (outcome ``hmac_key_rotated``, ``record``'s
        fields added, e.g. ``user``). Stored hashes are not rewritten: each record names its key
        (``hmac_key_id``) and :meth:`lookup` tries every key. Other writers (gateway replicas) move to
        the new key within a second when they share the home, or once ``keys/`` is copied to theirs."""
        old_id, new_id = self._hmac.rotate()
        audit_id = self.append({**record, "outcome": "hmac_key_rotated", "audit.hmac_old_key_id": old_id,
                                "audit.hmac_new_key_id": new_id})
        return {"old_key_id": old_id, "new_key_id": new_id, "audit_id": audit_id}

    def lookup(self, value: str, *, limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Records (oldest first) holding a keyed hash of ``value`` anywhere (``code_hmac``, the
        claims', a passage's or an answer's ``hmac``, ``auth.credential_hmac``), whichever key
        hashed it: a record is compared with the hash under its own ``hmac_key_id``, a record
        without one with the hash under every key held (current and retired). For a cell's code,
        ``value`` is the code's SHA-256 hex digest (what the kernel reports as ``code_sha256``).
        ``filters`` are :meth:`records`'s; ``limit`` keeps the most recent N matches."""
        digests = self._hmac.digests(value)
        every = set(digests.values())
        found = []
        for rec in self.records(**filters):
            wanted = {digests[rec["hmac_key_id"]]} if rec.get("hmac_key_id") in digests else every
            if not wanted.isdisjoint(_keyed_values(rec)):
                found.append(rec)
        return found[-limit:] if limit else found

    def check_writable(self) -> None:
        """Raise AuditError unless a record could be appended now (called before a model call
        when fail_closed): the store takes its write lock, the signing key loads, and for
        encrypted-full a reviewer key is installed. Writes nothing."""
        if self.content == "encrypted-full" and not self._reviewers:
            seal(None, self._reviewers, "")  # raises the AuditError that says what to do
        self._signer.load()
        with self._backend.write("write the log"):
            pass

    def _insert_checkpoint(self, db: Any, seq: int, hash_: str) -> Checkpoint:
        cp = self._signer.sign(seq, hash_, utc_now())
        self._backend.insert_checkpoint(db, cp)
        self._last_checkpoint = _time.monotonic()
        return cp

    def _publish(self, cp: Checkpoint) -> None:
        """Copy a committed checkpoint outside the database: head file, then witness."""
        backend = self._backend

        def chain_has(seq: int, hash_: str) -> bool:
            rows = backend.query("read the log", "hash_at", seq)
            return bool(rows) and rows[0][0] == hash_

        try:
            if backend.head_path is not None:
                write_head_file(backend.head_path, cp, chain_has)
            if self.witness is not None:
                write_witness(self.witness, cp, backend.label)
        except OSError as exc:
            # The checkpoint is committed in the database; only its copies outside are late.
            raise AuditError(f"audit log: could not write the signed head outside the database "
                             f"({type(exc).__name__}); check the witness path and WORKBENCH_HOME/audit/.") from None

    def checkpoint(self) -> dict[str, Any] | None:
        """Sign the current chain head now (unless already signed); return the checkpoint."""
        backend = self._backend
        with backend.write("write a checkpoint") as db:
            last = backend.last(db)
            signed = backend.last_checkpoint(db)
            cp = None
            if last is not None and (signed is None or signed.seq < last[0]):
                cp = self._insert_checkpoint(db, last[0], last[1])
            elif signed is not None:
                cp = signed
        if cp is None:
            return None
        self._publish(cp)
        return cp.as_dict()

    def close(self, checkpoint: bool = True) -> None:
        """Write a signed checkpoint of the chain head (unless ``checkpoint=False``, for readers)
        and close. Safe to call twice; also called at interpreter exit."""
        with self._lock:
            if self._backend.closed:
                return
            try:
                if checkpoint and self._backend.in_process():
                    self.checkpoint()
            finally:
                self._backend.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def verify(self, expect: tuple[int, str] | None = None, witness: str | Path | None = None) -> VerifyResult:
        """Walk the whole chain. ``expect=(seq, hash)`` also checks a head kept elsewhere;
        ``witness`` (default: the configured one) checks every head in a witness file."""
        path = Path(witness).expanduser() if witness else self.witness
        try:
            return verify_store(self._backend, self._signer.public_key(), expect, path,
                                witness_required=witness is not None)
        except AuditError as exc:
            return VerifyResult(False, 0, reason=str(exc))

    def records(
        self,
        notebook: str | None = None,
        cell: str | None = None,
        run_id: str | None = None,
        limit: int | None = None,
        user: str | None = None,
        outcome: str | None = None,
        after_seq: int | None = None,
    ) -> list[dict[str, Any]]:
        """Records (oldest first) matching every filter given; ``limit`` keeps the most recent N.
        ``outcome`` is a record kind too (``auth_refused``, ``token_revoked``, ``egress`` ...);
        ``after_seq`` keeps records appended after that position (for a reader that follows the log).
        Each is the stored record plus ``audit_id``, ``audit_seq`` and ``audit_hash``."""
        filters = {"notebook": notebook, "cell": cell, "run_id": run_id, "user": user, "outcome": outcome,
                   "after_seq": None if after_seq is None else int(after_seq)}
        with self._backend.read("read records") as db:
            rows = self._backend.select(db, filters, limit)
        return [_decoded(row) for row in reversed(rows)]

    def unfinished(self) -> list[dict[str, Any]]:
        """Intents (``begin``) with no outcome: calls cut off mid-way (a killed process), to be
        reported as interrupted — or still running. Oldest first, as :meth:`records` returns."""
        with self._backend.read("read records") as db:
            rows = self._backend.unfinished(db)
        return [_decoded(row) for row in rows]

    def head(self) -> dict[str, Any]:
        """The chain head to keep elsewhere: ``seq``, ``hash``, ``time`` (and the signing key id)."""
        with self._backend.read("read the head") as db:
            last = self._backend.last(db)
        public = self._signer.public_key()
        seq, hash_, time = last if last else (0, GENESIS, None)
        return {"seq": seq, "hash": hash_, "time": time, "key_id": key_id(public) if public else None}


def _keyed_values(value: Any, key: str = "") -> set[str]:
    """Every string held under a key that ends in ``hmac`` (at any depth)."""
    if isinstance(value, dict):
        return set().union(*(_keyed_values(v, str(k)) for k, v in value.items())) if value else set()
    if isinstance(value, list):
        return set().union(*(_keyed_values(v, key) for v in value)) if value else set()
    return {value} if isinstance(value, str) and key.endswith("hmac") else set()


def _decoded(row: tuple) -> dict[str, Any]:
    seq, rid, hash_, body = row
    rec = json.loads(bytes(body))
    rec.update(audit_id=rid, audit_seq=int(seq), audit_hash=hash_)
    return rec
