"""The keyed-hash keys: the current one, and the retired ones kept for lookups.

``AuditLog.keyed_hash(value)`` is HMAC-SHA256 under the *current* key,
``keys_dir/audit-hmac.key`` (32 random bytes, 0600, made on first use, shared by every writer
through the home). ``workbench audit rotate-key`` (:meth:`HmacKeys.rotate`) retires it to
``keys_dir/audit-hmac-retired/<key id>.key`` (0600, dir 0700) and writes a fresh current key;
the stored hashes are not rewritten (the chain covers them), and a record names the key that
hashed it (``hmac_key_id``, added by the store), so a lookup by value (:meth:`HmacKeys.digests`)
hashes the value under every key it holds and compares each record with its own key's hash.

A key id is HMAC-SHA256(key, a fixed label), 16 hex digits: it names a key without revealing
anything that would let a guessed value be confirmed. Runs on the trusted side (the writer).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from pathlib import Path

from ..errors import AuditError
from ._keys import _replace_private, _write_new

HMAC_NAME = "audit-hmac.key"
RETIRED_DIR = "audit-hmac-retired"
_ID_LABEL = b"workbench audit keyed-hash key id"


def hmac_key_id(key: bytes) -> str:
    return hmac.new(key, _ID_LABEL, hashlib.sha256).hexdigest()[:16]


class HmacKeys:
    """The per-log secret behind ``AuditLog.keyed_hash`` and its retired predecessors.

    A process loads the current key on first use and looks at the key file again at most once per
    ``recheck`` seconds: after a rotation in the same home (or a new key copied in), a running
    writer hashes under the new key from its next check; records hashed just before name the old
    key, and every lookup still finds them, because retired keys are kept."""

    def __init__(self, keys_dir: Path, *, recheck: float = 1.0) -> None:
        self.keys_dir = Path(keys_dir)
        self.path = self.keys_dir / HMAC_NAME
        self.retired_dir = self.keys_dir / RETIRED_DIR
        self.recheck = recheck
        self._key: bytes | None = None
        self._id: str | None = None
        self._stamp: tuple[int, int, int] | None = None  # the key file as loaded: inode, mtime, size
        self._checked = 0.0
        self._lock = threading.Lock()

    @property
    def loaded_id(self) -> str | None:
        """The id of the key this process hashes with, or None if it has hashed nothing yet."""
        return self._id

    def key(self) -> bytes:
        if self._key is not None and not self._file_changed():
            return self._key
        from ..config import ensure_private_dir

        with self._lock:
            if self._key is not None and self._file_stamp() in (self._stamp, None):
                return self._key  # another thread reloaded it meanwhile (or the file is gone: keep the key)
            try:
                ensure_private_dir(self.path.parent)
                if not self.path.exists():
                    _write_new(self.path, os.urandom(32), 0o600)
                key = self.path.read_bytes()
            except OSError as exc:
                raise AuditError(f"cannot load or create the audit hashing key in {self.path.parent} "
                                 f"({type(exc).__name__}); check that the directory is yours and mode 0700.") from None
            if len(key) < 32:
                raise AuditError(f"{self.path} is damaged (too short); restore it from backup — records hashed with "
                                 "the old key can no longer be matched without it.")
            self._key, self._id = key, hmac_key_id(key)
            self._stamp, self._checked = self._file_stamp(), time.monotonic()
            return key

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def _file_changed(self) -> bool:
        """True when the key file was replaced since it was loaded (looked at once per ``recheck``)."""
        now = time.monotonic()
        if now - self._checked < self.recheck:
            return False
        self._checked = now
        stamp = self._file_stamp()
        return stamp is not None and stamp != self._stamp

    def hash(self, value: str) -> str:
        if not isinstance(value, str):
            raise AuditError(f"keyed_hash takes a str, not {type(value).__name__}.")
        return hmac.new(self.key(), value.encode(), hashlib.sha256).hexdigest()

    # -- every key: lookups ------------------------------------------------------------------

    def all_keys(self) -> dict[str, bytes]:
        """key id -> key, for the current key file and every retired one (none are created)."""
        found: dict[str, bytes] = {}
        paths = [self.path] + (sorted(self.retired_dir.glob("*.key")) if self.retired_dir.is_dir() else [])
        for path in paths:
            try:
                key = path.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise AuditError(f"cannot read the audit hashing key {path} ({type(exc).__name__}); run as the "
                                 "log's owner.") from None
            if len(key) >= 32:
                found[hmac_key_id(key)] = key
        if self._key is not None:
            found.setdefault(hmac_key_id(self._key), self._key)
        return found

    def digests(self, value: str) -> dict[str, str]:
        """key id -> HMAC of ``value`` under that key, for every key held (current and retired)."""
        if not isinstance(value, str):
            raise AuditError(f"a keyed-hash lookup takes a str, not {type(value).__name__}.")
        keys = self.all_keys()
        if not keys:
            raise AuditError(f"no audit hashing key in {self.keys_dir}: a lookup by value needs the log's keys/ "
                             "(audit-hmac.key and audit-hmac-retired/); run it with the writer's WORKBENCH_HOME.")
        return {kid: hmac.new(key, value.encode(), hashlib.sha256).hexdigest() for kid, key in keys.items()}

    # -- rotation ----------------------------------------------------------------------------

    def rotate(self) -> tuple[str | None, str]:
        """Retire the current key (kept for lookups) and make a new current one; returns
        (old key id or None, new key id). This process hashes under the new key from now on."""
        import fcntl

        from ..config import ensure_private_dir

        ensure_private_dir(self.keys_dir)
        lock = os.open(self.keys_dir / (HMAC_NAME + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)  # two rotations at once retire one key each, in turn
            old_id = None
            if self.path.exists():
                old = self.path.read_bytes()
                if len(old) < 32:
                    raise AuditError(f"{self.path} is damaged (too short); restore it before rotating.")
                old_id = hmac_key_id(old)
                ensure_private_dir(self.retired_dir)
                target = self.retired_dir / f"{old_id}.key"
                if not target.exists():
                    _write_new(target, old, 0o600)
                if target.read_bytes() != old:
                    raise AuditError(f"{target} exists and holds another key; move it away and rotate again.")
            new = os.urandom(32)
            _replace_private(self.path, new)  # retired first, then replaced: no moment without both keys on disk
            with self._lock:
                self._key, self._id = new, hmac_key_id(new)
                self._stamp, self._checked = self._file_stamp(), time.monotonic()
            return old_id, self._id
        except OSError as exc:
            raise AuditError(f"could not rotate the audit hashing key in {self.keys_dir} ({type(exc).__name__}); "
                             "check that the directory is yours and mode 0700.") from None
        finally:
            os.close(lock)
