"""Signing: the Ed25519 key that signs checkpoints of the chain head, and the head file.

The private key lives at ``keys_dir/audit-signing.key`` (PKCS#8 PEM, mode 0600), created on
first use; its public half at ``keys_dir/audit-signing.pub`` is all that verification needs.
A checkpoint signs ``canonical_json({"v", "seq", "hash", "time", "key_id"})``; the latest one is
also written to ``audit/head.json`` outside the database, so cutting records (and their
checkpoint rows) from the end of the database is caught.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import AuditError
from ._chain import canonical_json

try:  # POSIX; on other systems the head file is still replaced atomically, just not ordered.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

PRIVATE_NAME = "audit-signing.key"
PUBLIC_NAME = "audit-signing.pub"


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    time: str
    key_id: str
    signature: str  # base64

    def message(self) -> bytes:
        return canonical_json(
            {"v": 1, "seq": self.seq, "hash": self.hash, "time": self.time, "key_id": self.key_id}
        ).encode()

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "time": self.time, "key_id": self.key_id,
                "signature": self.signature}


_CREATE_LOCK = threading.Lock()


def _written_temp(path: Path, data: bytes, mode: int) -> Path:
    """A temporary file beside ``path`` holding ``data`` (synced, ``mode``), for a link or a replace."""
    # unique per process, thread and attempt: two threads of a gateway may race to create a key
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, mode)
    return tmp


def _replace_private(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (0600) atomically: readers see the old file or the new, never half."""
    os.replace(_written_temp(path, data, 0o600), path)


def _write_new(path: Path, data: bytes, mode: int) -> bool:
    """Create ``path`` with ``data`` atomically; False if another process made it first."""
    tmp = _written_temp(path, data, mode)
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(tmp)


class Signer:
    """Loads (or creates) the signing key lazily: opening a log to read it needs no key."""

    def __init__(self, keys_dir: Path) -> None:
        self.keys_dir = keys_dir
        self._private: Ed25519PrivateKey | None = None

    @property
    def private_path(self) -> Path:
        return self.keys_dir / PRIVATE_NAME

    @property
    def public_path(self) -> Path:
        return self.keys_dir / PUBLIC_NAME

    def _load_or_create(self) -> Ed25519PrivateKey:
        if self._private is not None:
            return self._private
        with _CREATE_LOCK:  # one thread creates; the others load what it wrote
            return self._load_or_create_locked()

    def _load_or_create_locked(self) -> Ed25519PrivateKey:
        if self._private is not None:
            return self._private
        from ..config import ensure_private_dir

        try:
            ensure_private_dir(self.keys_dir)
            if not self.private_path.exists():
                fresh = Ed25519PrivateKey.generate()
                pem = fresh.private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
                _write_new(self.private_path, pem, 0o600)
            private = serialization.load_pem_private_key(self.private_path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError) as exc:
            raise AuditError(
                f"cannot load or create the audit signing key in {self.keys_dir} "
                f"({type(exc).__name__}); check that the directory is yours and mode 0700."
            ) from None
        if not isinstance(private, Ed25519PrivateKey):
            raise AuditError(f"{self.private_path} is not an Ed25519 key; move it away to let a new one be made.")
        pub_pem = private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if not self.public_path.exists():
            _write_new(self.public_path, pub_pem, 0o644)
        self._private = private
        return private

    def load(self) -> None:
        """Load (or create) the private key now; raises AuditError if it cannot be."""
        self._load_or_create()

    def public_key(self) -> Ed25519PublicKey | None:
        """The key checkpoints are checked against: the .pub file, else derived from the private key."""
        try:
            if self.public_path.exists():
                public = serialization.load_pem_public_key(self.public_path.read_bytes())
                if isinstance(public, Ed25519PublicKey):
                    return public
                return None
            if self.private_path.exists():
                return self._load_or_create().public_key()
        except (OSError, ValueError):
            return None
        return None

    def sign(self, seq: int, hash_: str, time: str) -> Checkpoint:
        private = self._load_or_create()
        unsigned = Checkpoint(seq, hash_, time, key_id(private.public_key()), "")
        signature = base64.b64encode(private.sign(unsigned.message())).decode()
        return Checkpoint(seq, hash_, time, unsigned.key_id, signature)


def check_signature(public: Ed25519PublicKey | None, cp: Checkpoint) -> str | None:
    """None if ``cp`` is signed by ``public``; otherwise what is wrong."""
    if public is None:
        return "no audit signing public key to check signatures with (keys/audit-signing.pub missing)"
    if cp.key_id != key_id(public):
        return f"signed by key {cp.key_id}, not by this store's key {key_id(public)}"
    try:
        public.verify(base64.b64decode(cp.signature, validate=True), cp.message())
    except (InvalidSignature, ValueError):
        return "signature does not match (checkpoint edited or forged)"
    return None


# -- the head file -------------------------------------------------------------------------


def read_head_file(path: Path) -> Checkpoint | None:
    """The checkpoint in ``path``; None if there is none. Raises ValueError if it is damaged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    return Checkpoint(int(data["seq"]), str(data["hash"]), str(data["time"]), str(data["key_id"]),
                      str(data["signature"]))


def write_head_file(path: Path, cp: Checkpoint, chain_has: Callable[[int, str], bool]) -> bool:
    """Replace the head file with ``cp``; True if written.

    Not written when the file already names a later checkpoint (another process got there
    first), and never over evidence: a damaged head file, or one whose checkpoint the chain no
    longer holds (``chain_has(seq, hash)`` is False), is left for ``verify`` to report.
    """
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            current = read_head_file(path)
        except (ValueError, KeyError, TypeError):
            return False
        if current is not None and (current.seq >= cp.seq or not chain_has(current.seq, current.hash)):
            return False
        _replace_private(path, (json.dumps(cp.as_dict(), indent=1) + "\n").encode())
        return True
    finally:
        os.close(fd)  # releases the lock
