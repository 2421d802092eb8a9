"""Verification: walk the chain once, in one read snapshot, and name the first bad record.

Any backend (``_backend.Backend``) is walked the same way. Besides the links it checks the
signed checkpoints, the head file beside an SQLite store, a witness file and an expected head
kept elsewhere; it also lists intents that never got an outcome (calls cut off mid-way).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ._chain import FORMAT_VERSION, GENESIS, c_header_encoder, header_encoder
from ._keys import Checkpoint, check_signature, read_head_file
from ._witness import Witnessed, read_witness


@dataclass
class VerifyResult:
    """What ``verify`` found. ``first_bad`` is the seq of the first bad record (None if the
    fault is not in one record, e.g. a damaged head file); ``reason`` says what is wrong."""

    ok: bool
    count: int
    first_bad: int | None = None
    first_bad_id: str | None = None
    reason: str | None = None
    head_seq: int = 0
    head_hash: str = GENESIS
    checkpoints: int = 0
    warnings: list[str] = field(default_factory=list)
    #: ids of intents (``begin``) with no outcome (``finish``): calls cut off, report as interrupted
    unfinished: list[str] = field(default_factory=list)
    witnessed: int = 0  # heads checked against a witness file

    def __bool__(self) -> bool:
        return self.ok

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "count": self.count, "first_bad": self.first_bad,
            "first_bad_id": self.first_bad_id, "reason": self.reason, "head_seq": self.head_seq,
            "head_hash": self.head_hash, "checkpoints": self.checkpoints, "warnings": list(self.warnings),
            "unfinished": list(self.unfinished), "witnessed": self.witnessed,
        }


def verify_store(
    backend: Any,
    public_key: Ed25519PublicKey | None,
    expect: tuple[int, str] | None = None,
    witness: Path | None = None,
    witness_required: bool = False,
) -> VerifyResult:
    """Walk ``backend``'s chain in one read snapshot. ``witness``: a witness file to check every
    head in (missing is a failure when ``witness_required``, else a warning)."""
    # The head file and the witness are read before the snapshot: they are written only after
    # their records commit, so every record they name is inside the snapshot taken next.
    head_path = backend.head_path
    head_cp = None
    if head_path is not None:
        try:
            head_cp = read_head_file(head_path)
        except (ValueError, KeyError, TypeError):
            return VerifyResult(False, 0, reason=f"the signed head file {head_path.name} is damaged (edited or cut)")
    witnessed: Witnessed | None = None
    warnings: list[str] = []
    if witness is not None:
        try:
            witnessed = read_witness(witness)
        except FileNotFoundError:
            if witness_required:
                return VerifyResult(False, 0, reason=f"the witness {witness} does not exist; give the file that "
                                    "receives this store's heads")
            warnings.append(f"the witness {Path(witness).name} does not exist yet; it is written at the next "
                            "checkpoint")
        except OSError as exc:
            return VerifyResult(False, 0, reason=f"the witness {witness} cannot be read ({type(exc).__name__})")
        if witnessed is not None and witnessed.problem:
            return VerifyResult(False, 0, reason=witnessed.problem)
        if witnessed is not None and witnessed.warning:
            warnings.append(witnessed.warning)
    elif head_path is None:
        warnings.append("no witness: a database restored from an older copy cannot be told from the real one; "
                        "set [audit] witness (or pass --witness FILE / --expect SEQ:HASH)")
    with backend.read("read the log") as db:
        result = _walk(backend, db, head_path, head_cp, public_key, expect, witnessed)
    result.warnings[:0] = warnings
    return result


def _walk(backend, db, head_path, head_cp, public_key, expect, witnessed) -> VerifyResult:
    checkpoints = {cp.seq: cp for cp in backend.checkpoints(db)}
    for cp in checkpoints.values():
        problem = check_signature(public_key, cp)
        if problem:
            return VerifyResult(False, 0, first_bad=cp.seq, checkpoints=len(checkpoints),
                                reason=f"checkpoint at record {cp.seq}: {problem}")
    witness_heads: dict[int, Checkpoint] = {}
    for cp in witnessed.heads if witnessed is not None else []:
        problem = check_signature(public_key, cp)
        if problem:
            return VerifyResult(False, 0, first_bad=cp.seq, checkpoints=len(checkpoints),
                                reason=f"the witnessed head at record {cp.seq}: {problem}")
        witness_heads[cp.seq] = cp

    encoder = c_header_encoder()  # called inline: verify spends its time on these lines
    encode = header_encoder()
    join = "".join
    sha256 = hashlib.sha256
    version = FORMAT_VERSION
    prev = GENESIS
    expected = 1
    started: dict[str, None] = {}  # intents with no outcome yet, in order
    for seq, rid, prev_hash, stored, time, user, nb, cell, run, outcome, body, intent in backend.rows(db):
        if seq != expected:
            if not isinstance(seq, int) or seq < expected:
                return _bad(expected, None, f"the database is damaged at record {expected} (rows out of order)",
                            expected - 1, prev, checkpoints)
            gap = "record 1 is missing" if expected == 1 else f"records jump from {expected - 1} to {seq}"
            return _bad(expected, None, f"{gap}: record {expected} was deleted", expected - 1, prev, checkpoints)
        if body.__class__ is not bytes:
            return _bad(seq, rid, f"record {seq} was rewritten (its body is no longer the bytes written)",
                        seq - 1, prev, checkpoints)
        header = [version, seq, rid, prev_hash, time, user, nb, cell, run, outcome]
        if intent is not None:
            header.append(intent)
            started.pop(intent, None)
        elif outcome == "started":
            started[rid] = None
        text = join(encoder(header, 0)) if encoder is not None else encode(header)
        if sha256(text.encode() + b"\n" + body).hexdigest() != stored:
            return _bad(seq, rid, f"record {seq} does not match its hash: it was edited or moved", seq - 1, prev, checkpoints)
        if prev_hash != prev:
            return _bad(seq, rid, f"record {seq} does not link to record {seq - 1}: records were "
                        "reordered, or one before it was rewritten", seq - 1, prev, checkpoints)
        cp = checkpoints.get(seq)
        if cp is not None and cp.hash != stored:
            return _bad(seq, rid, f"record {seq} differs from the signed checkpoint of it: the log was rewritten",
                        seq - 1, prev, checkpoints)
        cp = witness_heads.get(seq)
        if cp is not None and cp.hash != stored:
            return _bad(seq, rid, f"record {seq} differs from the witnessed head: the database was rewritten "
                        "or restored from another copy", seq - 1, prev, checkpoints)
        prev = stored
        expected = seq + 1
    last = expected - 1

    def fail(first_bad: int | None, reason: str) -> VerifyResult:
        return VerifyResult(False, last, first_bad=first_bad, reason=reason, head_seq=last, head_hash=prev,
                            checkpoints=len(checkpoints))

    beyond = [s for s in checkpoints if s > last]
    if beyond:
        return fail(last + 1, f"a signed checkpoint names record {max(beyond)} but the log ends at "
                    f"{last}: records were cut from the end")
    beyond = [s for s in witness_heads if s > last]
    if beyond:
        return fail(last + 1, f"the witness names record {max(beyond)} but the log ends at {last}: the database "
                    "was rolled back (an older copy restored) or cut")
    warnings: list[str] = []
    if head_path is not None and head_cp is None:
        if checkpoints:
            warnings.append(f"no head file {head_path.name}; it is rewritten at the next checkpoint")
    elif head_cp is not None:
        problem = check_signature(public_key, head_cp)
        if problem:
            return fail(None, f"head file {head_path.name}: {problem}")
        if head_cp.seq > last:
            return fail(last + 1, f"the signed head names record {head_cp.seq} but the log ends at {last}: "
                        "records were cut from the end")
        if head_cp.seq > 0:
            if backend.hash_at(db, head_cp.seq) != head_cp.hash:
                return fail(head_cp.seq, f"record {head_cp.seq} differs from the signed head: the log was rewritten")
    if expect is not None:
        seq, hash_ = expect
        if seq > last:
            return fail(last + 1, f"the expected head names record {seq} but the log ends at {last}")
        found = backend.hash_at(db, seq) if seq else GENESIS
        if found != hash_:
            return fail(seq, f"record {seq} differs from the expected head: the log was rewritten")
    if started:
        warnings.append(f"{len(started)} call(s) started with no outcome recorded (a process stopped mid-call): "
                        "reported as interrupted")
    return VerifyResult(True, last, head_seq=last, head_hash=prev, checkpoints=len(checkpoints), warnings=warnings,
                        unfinished=list(started), witnessed=len(witness_heads))


def _bad(seq, rid, reason, count, prev, checkpoints) -> VerifyResult:
    return VerifyResult(False, count, first_bad=seq, first_bad_id=rid, reason=reason, head_seq=count,
                        head_hash=prev, checkpoints=len(checkpoints))
