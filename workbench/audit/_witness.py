"""The witness: every signed chain head, also written to a file outside the database.

An administrator who restores an older copy of the database (or rewrites it and its checkpoints
table) cannot also reach the witness, so ``verify --witness FILE`` catches the rollback: a
witnessed head names a record the database no longer has, or a different hash at that seq.

The file is an append-only history, one signed checkpoint per line (JSON), written under an
exclusive lock with one ``write`` and an fsync, only forward (a head not beyond the last line is
skipped), mode 0600. Point it at storage the database's administrators cannot write (another
host's mount, a WORM bucket synced from it); a crash mid-write leaves at most a last line with
no newline, which readers ignore with a warning.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ._keys import Checkpoint

try:
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

_TAIL = 8192


@dataclass
class Witnessed:
    """What a witness file holds: its heads in order, and anything odd about it."""

    heads: list[Checkpoint] = field(default_factory=list)
    problem: str | None = None  # a damaged line: evidence, verify fails
    warning: str | None = None  # a torn last line (a crash mid-write)


def _parse(line: bytes) -> Checkpoint:
    data = json.loads(line)
    return Checkpoint(int(data["seq"]), str(data["hash"]), str(data["time"]), str(data["key_id"]),
                      str(data["signature"]))


def _last_seq(fd: int) -> int:
    size = os.fstat(fd).st_size
    if size == 0:
        return 0
    start = max(0, size - _TAIL)
    os.lseek(fd, start, os.SEEK_SET)
    tail = os.read(fd, size - start)
    lines = [line for line in tail.split(b"\n")[:-1] if line.strip()]  # whole lines only
    for line in reversed(lines):
        try:
            return _parse(line).seq
        except (ValueError, KeyError, TypeError):
            continue
    return 0


def write_witness(path: Path, cp: Checkpoint, store: str) -> bool:
    """Append ``cp`` to the witness at ``path`` unless it already holds this or a later head."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        if _last_seq(fd) >= cp.seq:
            return False
        entry = dict(cp.as_dict(), store=store)
        os.write(fd, (json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n").encode())
        os.fsync(fd)
        return True
    finally:
        os.close(fd)  # releases the lock


def read_witness(path: Path) -> Witnessed:
    """Every head in the witness. Raises FileNotFoundError if there is no such file."""
    raw = Path(path).read_bytes()
    out = Witnessed()
    lines = raw.split(b"\n")
    torn = lines.pop() if lines else b""
    if torn.strip():
        out.warning = f"the witness {Path(path).name} ends in a torn line (a crash mid-write); it is ignored"
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.heads.append(_parse(line))
        except (ValueError, KeyError, TypeError):
            out.problem = f"line {number} of the witness {Path(path).name} is damaged (edited or cut)"
            return out
    return out
