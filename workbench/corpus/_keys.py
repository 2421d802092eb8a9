"""Keys: a master key that wraps one data key per corpus (envelope encryption).

The master key comes from a :class:`KeyProvider`. Built in: a passphrase stretched with scrypt
(N=2**17, r=8, p=1) or Argon2id (m=46 MiB, t=1, p=1) — OWASP's current parameters — and a key file (32 random bytes, mode 0600). An HSM, a KMS or HashiCorp Vault
plugs in as another provider: it only has to ``wrap`` and ``unwrap`` 32-byte data keys.

``WORKBENCH_HOME/keys/corpus-master.json`` (0600) holds no secret: the provider kind, the KDF
salt and cost, a key id, and a *check* blob sealed under the master key, so a wrong passphrase
is reported as :class:`~workbench.errors.WrongPassphrase` rather than as garbage results.
Each corpus keeps ``key.json`` with its data key wrapped by one or more master key ids, so
``rotate`` re-wraps data keys (a few bytes each) without re-encrypting any data, and a crash in
the middle of a rotation leaves every corpus readable.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import json
import os
import secrets
import sys
from pathlib import Path
from typing import Any, Callable, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import CorpusError, IntegrityError, WrongPassphrase
from ._crypto import Sealer
from ._store import private_dir, write_atomic

MASTER_FILE = "corpus-master.json"
_CHECK = b"workbench corpus master key check v1"


class KeyProvider(Protocol):
    """Supplies the master key's operations. ``key_id`` names the key (not secret)."""

    key_id: str

    def wrap(self, data_key: bytes, context: bytes) -> bytes: ...

    def unwrap(self, blob: bytes, context: bytes) -> bytes: ...


class LocalMasterKey:
    """A master key held in kernel memory (from a passphrase or a key file)."""

    __slots__ = ("key_id", "_sealer")

    def __init__(self, key: bytes, key_id: str) -> None:
        self.key_id = key_id
        self._sealer = Sealer(key)

    def __repr__(self) -> str:
        return f"<LocalMasterKey id={self.key_id} key=***>"

    def wrap(self, data_key: bytes, context: bytes) -> bytes:
        return self._sealer.seal(data_key, b"datakey:" + context)

    def unwrap(self, blob: bytes, context: bytes) -> bytes:
        return self._sealer.open(blob, b"datakey:" + context, what="a corpus data key")

    def check_blob(self) -> bytes:
        return self._sealer.seal(_CHECK, b"check:" + self.key_id.encode())

    def verify(self, blob: bytes) -> bool:
        try:
            return self._sealer.open(blob, b"check:" + self.key_id.encode(), what="the key check") == _CHECK
        except IntegrityError:
            return False


def derive(secret: bytes, kdf: dict[str, Any]) -> bytes:
    """The 32-byte master key from a passphrase or key-file secret and stored KDF parameters."""
    salt = base64.b64decode(kdf["salt"])
    if kdf["name"] == "scrypt":
        return Scrypt(salt=salt, length=32, n=2 ** int(kdf["log_n"]), r=int(kdf["r"]), p=int(kdf["p"])).derive(secret)
    if kdf["name"] == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(salt=salt, length=32, iterations=int(kdf["iterations"]), lanes=int(kdf["lanes"]),
                        memory_cost=int(kdf["memory_kib"])).derive(secret)
    if kdf["name"] == "hkdf":  # key files already hold 256 random bits
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"workbench corpus master").derive(secret)
    raise CorpusError(f"{MASTER_FILE} names an unknown KDF {kdf['name']!r}; it was written by a newer version.")


def new_kdf(kind: str, settings: Any) -> dict[str, Any]:
    salt = base64.b64encode(os.urandom(16)).decode()
    if kind == "keyfile":
        return {"name": "hkdf", "salt": salt}
    if settings.kdf == "argon2id":
        # OWASP's Argon2id parameters (m=46 MiB, t=1, p=1 by default). They are stored with the
        # key record, so a master key made with older ones (16 MiB, t=3, 4 lanes) still opens.
        memory, iterations = int(settings.kdf_memory_kib), int(settings.kdf_iterations)
        if memory < 8 or iterations < 1:
            raise CorpusError("[corpus] kdf_memory_kib must be at least 8 and kdf_iterations at least 1.")
        return {"name": "argon2id", "salt": salt, "iterations": iterations, "lanes": 1, "memory_kib": memory}
    if settings.kdf != "scrypt":
        raise CorpusError(f"[corpus] kdf is {settings.kdf!r}; choose scrypt or argon2id.")
    return {"name": "scrypt", "salt": salt, "log_n": settings.kdf_cost, "r": 8, "p": 1}


def read_key_file(path: Path) -> bytes:
    """A key file holds 32 random bytes (raw, hex or base64); it must be readable by its owner only."""
    path = Path(path).expanduser()
    if not path.exists():
        raise CorpusError(f"The key file {path} does not exist; create one with "
                          f"`workbench keys new-key-file {path}` or fix [corpus] key_file.")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise CorpusError(f"The key file {path} is readable by other users; run chmod 600 {path}.")
    raw = path.read_bytes()
    text = raw.strip()
    for decode in (bytes.fromhex, base64.b64decode):
        try:
            candidate = decode(text.decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            continue
        if len(candidate) == 32:
            return candidate
    if len(raw) == 32:
        return raw
    raise CorpusError(f"The key file {path} does not hold a 32-byte key (raw, hex or base64).")


def create_key_file(path: Path) -> Path:
    """Write a new random key file (hex, mode 0600); refuses to overwrite one."""
    path = Path(path).expanduser()
    if path.exists():
        raise CorpusError(f"{path} exists already; choose another path.")
    private_dir(path.parent) if not path.parent.exists() else None
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32) + "\n")
    return path


class Keyring:
    """Finds the master key for ``settings`` and checks it against the stored check blob."""

    def __init__(self, settings: Any, *, prompt: Callable[[str], str] | None = None) -> None:
        self.settings = settings
        self.path = Path(settings.keys_dir) / MASTER_FILE
        self._prompt = prompt

    def __repr__(self) -> str:
        return f"<Keyring {self.path}>"

    def _record(self) -> dict[str, Any] | None:
        if not self.path.exists():
            return None
        try:
            return json.loads(self.path.read_text())
        except (ValueError, OSError) as exc:
            raise IntegrityError(f"{self.path} is damaged; restore it from a backup.") from exc

    def source(self, *, passphrase: str | None = None, key_file: str | None = None,
               confirm: bool = False) -> tuple[str, bytes]:
        """("passphrase"|"keyfile", secret bytes) from the arguments, else the settings, else a prompt."""
        key_file = key_file or (None if passphrase else self.settings.corpus.key_file)
        if key_file:
            return "keyfile", read_key_file(Path(key_file))
        passphrase = passphrase or self.settings.passphrase
        if not passphrase:
            passphrase = self._ask("Corpus passphrase: ", confirm)
        return "passphrase", passphrase.encode("utf-8")

    def _ask(self, label: str, confirm: bool) -> str:
        prompt = self._prompt
        if prompt is None and sys.stdin is not None and sys.stdin.isatty():
            prompt = getpass.getpass
        if prompt is None:
            raise CorpusError("Corpora are locked: set WORKBENCH_PASSPHRASE, or [corpus] key_file in "
                              "workbench.toml, to unlock them.")
        value = prompt(label)
        if confirm and prompt(label.replace(":", " (again):")) != value:
            raise CorpusError("The two passphrases differ; nothing was changed.")
        if not value:
            raise CorpusError("An empty passphrase cannot unlock corpora.")
        return value

    def unlock(self) -> LocalMasterKey:
        """The master key; the first unlock on a new WORKBENCH_HOME creates it."""
        record = self._record()
        if record is None:
            kind, secret = self.source(confirm=True)
            return self.create(kind, secret)
        kind, secret = self.source()
        if kind != record["kind"]:
            expected = "a passphrase (WORKBENCH_PASSPHRASE)" if record["kind"] == "passphrase" else "the key file"
            raise WrongPassphrase(f"The corpus keys are protected by {expected}, not by the "
                                  f"{'key file' if kind == 'keyfile' else 'passphrase'} given; supply {expected}.")
        master = LocalMasterKey(derive(secret, record["kdf"]), record["id"])
        if not master.verify(base64.b64decode(record["check"])):
            what = "passphrase" if kind == "passphrase" else "key file"
            raise WrongPassphrase(f"Wrong {what}: it does not unlock the corpus keys in {self.path.parent}. "
                                  f"Check WORKBENCH_PASSPHRASE or [corpus] key_file.")
        return master

    def create(self, kind: str, secret: bytes) -> LocalMasterKey:
        """A new master key record (used on first unlock and by rotation)."""
        kdf = new_kdf(kind, self.settings.corpus)
        master = LocalMasterKey(derive(secret, kdf), secrets.token_hex(8))
        self.write(kind, kdf, master)
        return master

    def prepare(self, kind: str, secret: bytes) -> tuple[dict[str, Any], LocalMasterKey]:
        kdf = new_kdf(kind, self.settings.corpus)
        return kdf, LocalMasterKey(derive(secret, kdf), secrets.token_hex(8))

    def write(self, kind: str, kdf: dict[str, Any], master: LocalMasterKey) -> None:
        private_dir(self.path.parent)
        record = {"v": 1, "kind": kind, "id": master.key_id, "kdf": kdf,
                  "check": base64.b64encode(master.check_blob()).decode()}
        write_atomic(self.path, json.dumps(record, indent=1).encode())


class DataKeyFile:
    """A corpus's ``key.json``: its data key wrapped by one or more master keys."""

    def __init__(self, path: Path, corpus: str) -> None:
        self.path = path
        self.context = corpus.encode()

    def _wraps(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text())["wraps"]
        except FileNotFoundError:
            raise CorpusError(f"{self.path} is missing; the corpus cannot be decrypted without it.") from None
        except (ValueError, KeyError) as exc:
            raise IntegrityError(f"{self.path} is damaged; restore it from a backup.") from exc

    def create(self, master: KeyProvider) -> bytes:
        data_key = os.urandom(32)
        self._save({master.key_id: base64.b64encode(master.wrap(data_key, self.context)).decode()})
        return data_key

    def unwrap(self, master: KeyProvider) -> bytes:
        wraps = self._wraps()
        if master.key_id not in wraps:
            raise WrongPassphrase(f"The master key in use does not unlock {self.path.parent.name!r} (it was "
                                  "wrapped by another key); use the passphrase or key file it was created with.")
        return master.unwrap(base64.b64decode(wraps[master.key_id]), self.context)

    def add_wrap(self, old: KeyProvider, new: KeyProvider) -> None:
        wraps = self._wraps()
        data_key = self.unwrap(old)
        wraps[new.key_id] = base64.b64encode(new.wrap(data_key, self.context)).decode()
        self._save(wraps)

    def keep_only(self, key_id: str) -> None:
        wraps = self._wraps()
        self._save({key_id: wraps[key_id]})

    def _save(self, wraps: dict[str, str]) -> None:
        write_atomic(self.path, json.dumps({"v": 1, "wraps": wraps}, indent=1).encode())


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]
