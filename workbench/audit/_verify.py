"""Verification: walk the chain once, in one read snapshot, and name the first bad record."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ._chain import FORMAT_VERSION, GENESIS, c_header_encoder, header_encoder
from ._keys import Checkpoint, check_signature, read_head_file


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

    def __bool__(self) -> bool:
        return self.ok

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "count": self.count, "first_bad": self.first_bad,
            "first_bad_id": self.first_bad_id, "reason": self.reason, "head_seq": self.head_seq,
            "head_hash": self.head_hash, "checkpoints": self.checkpoints, "warnings": list(self.warnings),
        }


_SELECT = (
    "SELECT seq, id, prev_hash, hash, time, user, notebook_path, cell_id, run_id, outcome, body "
    "FROM records ORDER BY seq"
)


def verify_chain(
    db: sqlite3.Connection,
    head_path: Path,
    public_key: Ed25519PublicKey | None,
    expect: tuple[int, str] | None = None,
) -> VerifyResult:
    # The head file is read before the snapshot: it is written only after its records commit,
    # so every record it names is inside the snapshot taken next.
    try:
        head_cp = read_head_file(head_path)
    except (ValueError, KeyError, TypeError):
        return VerifyResult(False, 0, reason=f"the signed head file {head_path.name} is damaged (edited or cut)")
    db.execute("BEGIN")
    try:
        return _walk(db, head_path, head_cp, public_key, expect)
    finally:
        db.execute("COMMIT")


def _walk(db, head_path, head_cp, public_key, expect) -> VerifyResult:
    checkpoints = {
        row[0]: Checkpoint(*row)
        for row in db.execute("SELECT seq, hash, time, key_id, signature FROM checkpoints ORDER BY seq")
    }
    for cp in checkpoints.values():
        problem = check_signature(public_key, cp)
        if problem:
            return VerifyResult(False, 0, first_bad=cp.seq, checkpoints=len(checkpoints),
                                reason=f"checkpoint at record {cp.seq}: {problem}")

    encoder = c_header_encoder()  # called inline: verify spends its time on these lines
    encode = header_encoder()
    join = "".join
    sha256 = hashlib.sha256
    version = FORMAT_VERSION
    prev = GENESIS
    expected = 1
    for seq, rid, prev_hash, stored, time, user, nb, cell, run, outcome, body in db.execute(_SELECT):
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
    warnings: list[str] = []
    if head_cp is None:
        if checkpoints:
            warnings.append(f"no head file {head_path.name}; it is rewritten at the next checkpoint")
    else:
        problem = check_signature(public_key, head_cp)
        if problem:
            return fail(None, f"head file {head_path.name}: {problem}")
        if head_cp.seq > last:
            return fail(last + 1, f"the signed head names record {head_cp.seq} but the log ends at {last}: "
                        "records were cut from the end")
        if head_cp.seq > 0:
            row = db.execute("SELECT hash FROM records WHERE seq = ?", (head_cp.seq,)).fetchone()
            if row is None or row[0] != head_cp.hash:
                return fail(head_cp.seq, f"record {head_cp.seq} differs from the signed head: the log was rewritten")
    if expect is not None:
        seq, hash_ = expect
        if seq > last:
            return fail(last + 1, f"the expected head names record {seq} but the log ends at {last}")
        row = db.execute("SELECT hash FROM records WHERE seq = ?", (seq,)).fetchone() if seq else (GENESIS,)
        if row is None or row[0] != hash_:
            return fail(seq, f"record {seq} differs from the expected head: the log was rewritten")
    return VerifyResult(True, last, head_seq=last, head_hash=prev, checkpoints=len(checkpoints), warnings=warnings)


def _bad(seq, rid, reason, count, prev, checkpoints) -> VerifyResult:
    return VerifyResult(False, count, first_bad=seq, first_bad_id=rid, reason=reason, head_seq=count,
                        head_hash=prev, checkpoints=len(checkpoints))
