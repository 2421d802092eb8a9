"""Bearer tokens for ``--auth tokens``: only a hash of each is stored.

A token is 32 random bytes (``wbg_`` + URL-safe base64), so a fast hash is enough: there is
nothing to guess, and a slow KDF would only add its cost to every request.

Two stores, one API (``user_for``, ``add``, ``list``, ``revoke``), chosen by :func:`open_tokens`:

- one gateway (the default): :class:`TokenStore`, SHA-256s in ``GATEWAY_HOME/gateway/tokens.json``
  (0600); the running gateway re-reads it when it changes, so ``workbench gateway token revoke``
  takes effect on the next request, without a restart;
- several replicas: when ``[audit] url`` (or ``--audit-url``) names PostgreSQL,
  :class:`~workbench.gateway._tokens_pg.PostgresTokenStore`, keyed hashes in one table that every
  replica reads on every request (see that module). A ``tokens.json`` that still holds tokens is
  then refused, never used beside it: ``workbench gateway token migrate`` moves them in.

Runs on the trusted side of the boundary: the gateway and its operator's CLI.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Union

from .._pg import shared_url
from ..config import ensure_private_dir
from ..errors import ConfigError, GatewayError
from ._revocations import now_iso

if TYPE_CHECKING:
    from ._revocations import Revocations
    from ._tokens_pg import PostgresTokenStore

PREFIX = "wbg_"
FILE = "tokens.json"
_USER_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@+")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def expired(created: str, max_age_days: float, now: datetime | None = None) -> bool:
    """True when a token created at ``created`` (ISO 8601, UTC) is older than ``max_age_days``
    (``[gateway] token_days``; 0 = tokens never expire). A creation time that cannot be read is
    expired: the store's own entry is then not trustworthy enough to keep a token alive."""
    if max_age_days <= 0:
        return False
    try:
        moment = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    except ValueError:
        return True
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return ((now or datetime.now(timezone.utc)) - moment).total_seconds() > max_age_days * 86400


def expires(created: str, max_age_days: float) -> str:
    """When a token created at ``created`` expires (ISO 8601), or "never"."""
    if max_age_days <= 0:
        return "never"
    try:
        moment = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    except ValueError:
        return "now"
    return (moment + timedelta(days=max_age_days)).isoformat(timespec="seconds")


def check_user(user: str) -> str:
    if not user or len(user) > 128 or not set(user) <= _USER_CHARS:
        raise GatewayError(f"Invalid user name {user!r}: use letters, digits and . _ - @ + (at most 128).")
    return user


class TokenStore:
    """The gateway's tokens: ``add`` returns a new token once; only its hash is kept."""

    def __init__(self, home: Path) -> None:
        self.dir = Path(home) / "gateway"
        self.path = self.dir / FILE
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, int] | None = None
        self._by_hash: dict[str, tuple[str, str]] = {}  # sha256 -> (user, created)
        self._revoked: dict[str, str] = {}  # tombstones: sha256 -> user
        #: the audit log's revocations (``_revocations``): refused even when an older file is restored
        self.revocations: Revocations | None = None
        #: ``[gateway] token_days``: a token older than this is refused as expired (0: never)
        self.max_age_days = 0.0

    def __repr__(self) -> str:
        return f"<TokenStore {str(self.path)!r}>"

    # -- the running gateway -------------------------------------------------------------------

    def user_for(self, token: str) -> str | None:
        """The user a presented token belongs to, or None (unknown or revoked)."""
        user, reason = self.check(token)
        return user if reason == "ok" else None

    def check(self, token: str) -> tuple[str | None, str]:
        """(user, "ok") for a valid token; (None, "unknown_token"), (its owner, "revoked_token")
        for one revoked here or by a revocation in the audit log, or (its owner, "expired_token")."""
        if not token or not token.startswith(PREFIX):
            return None, "unknown_token"
        sha = digest(token)
        with self._lock:
            self._refresh()
            found, gone = self._by_hash.get(sha), self._revoked.get(sha)
        if found is None:
            return (gone, "revoked_token") if gone else (None, "unknown_token")
        user, created = found
        if self.revocations is not None and self.revocations.revoked(user, created):
            return user, "revoked_token"
        if expired(created, self.max_age_days):
            return user, "expired_token"
        return user, "ok"

    def _refresh(self) -> None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            self._by_hash, self._stamp = {}, None
            return
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
        if stamp != self._stamp:
            data = self._data()
            self._by_hash = {t["sha256"]: (t["user"], t.get("created", "")) for t in data["tokens"]}
            self._revoked = {t["sha256"]: t["user"] for t in data["revoked"]}
            self._stamp = stamp

    # -- the operator (workbench gateway token ...) -------------------------------------------

    def add(self, user: str) -> str:
        """A new token for ``user`` (printed once by the CLI; never stored)."""
        check_user(user)
        token = PREFIX + secrets.token_urlsafe(32)
        entry = {"user": user, "sha256": digest(token), "id": digest(token)[:8], "created": now_iso()}
        with self._writing() as data:
            data["tokens"].append(entry)
        return token

    def list(self) -> list[dict[str, Any]]:
        """One entry per token: user, id (the hash's first 8 hex digits), created, expires. No hashes."""
        return [{"user": t["user"], "id": t["id"], "created": t["created"],
                 "expires": expires(t["created"], self.max_age_days)} for t in self._read()]

    def revoke(self, user: str) -> int:
        """Revoke every token of ``user``; returns how many there were. Their hashes move to the
        file's ``revoked`` list (so a refusal can say whose token it was), and with
        ``revocations`` set the revocation is also recorded in the audit log."""
        with self._writing() as data:
            gone = [t for t in data["tokens"] if t["user"] == user]
            data["tokens"] = [t for t in data["tokens"] if t["user"] != user]
            stamp = now_iso()
            data["revoked"] += [{"user": t["user"], "sha256": t["sha256"], "id": t["id"], "revoked": stamp}
                                for t in gone]
        if self.revocations is not None:
            self.revocations.record(user, [t["id"] for t in gone])
        return len(gone)

    # -- file ----------------------------------------------------------------------------------

    def _read(self) -> list[dict[str, Any]]:
        return self._data()["tokens"]

    def _data(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text())
        except FileNotFoundError:
            return {"version": 1, "tokens": [], "revoked": []}
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{self.path} cannot be read ({type(exc).__name__}); restore it from a "
                              "backup or move it away and issue new tokens.") from None
        return {"version": 1, "tokens": list(data.get("tokens", [])), "revoked": list(data.get("revoked", []))}

    @contextmanager
    def _locked(self) -> Iterator[None]:
        import fcntl

        ensure_private_dir(self.dir)
        lock = os.open(self.dir / ".tokens.lock", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield
        finally:
            os.close(lock)

    @contextmanager
    def _writing(self) -> Iterator[dict[str, Any]]:
        with self._locked():
            data = self._data()
            yield data
            tmp = self.path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                json.dump(data, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)


# -- which store ---------------------------------------------------------------------------------

Tokens = Union[TokenStore, "PostgresTokenStore"]


def open_tokens(settings: Any, url: str | None = None, *, home: Path | None = None,
                check_file: bool = True) -> Tokens:
    """The token store the settings ask for: PostgreSQL when ``url`` or ``[audit] url`` names one
    (connected, migrated and its key checked now), else ``tokens.json`` in the home.

    ``settings``: a Settings, or None with ``home``. With PostgreSQL, a ``tokens.json`` that still
    holds tokens raises ConfigError saying how to migrate them (``check_file=False`` skips that, for
    ``token migrate`` itself); in hub mode the store is not used, so it is not opened either.
    """
    home = Path(home if home is not None else settings.home)
    url = url or (shared_url(settings) if settings is not None else None)
    max_age = float(getattr(getattr(settings, "gateway", None), "token_days", 0.0) or 0.0)
    if not url:
        files = TokenStore(home)
        files.max_age_days = max_age
        return files
    from ._tokens_pg import PostgresTokenStore, where

    store = PostgresTokenStore(url, home / "keys")
    store.max_age_days = max_age
    if settings is not None and getattr(getattr(settings, "gateway", None), "auth", "tokens") == "hub":
        return store
    if check_file:
        left = TokenStore(home).list()
        if left:
            raise ConfigError(
                f"{home / 'gateway' / FILE} still holds {len(left)} gateway token(s), but with a PostgreSQL "
                f"[audit] url (at {where(url)}) tokens are kept there and the file would be ignored. Move them "
                "once with `workbench gateway token migrate --audit-url URL` (with this WORKBENCH_HOME; it "
                "renames the file), or move the file away to drop them; then remove it from every other "
                "copy of the home.")
    return store.ready()


def migrate_file_tokens(home: Path, store: PostgresTokenStore) -> dict[str, Any]:
    """Move ``tokens.json``'s hashes into the shared store, then rename the file
    ``tokens.json.migrated`` (a token revoked in the store stays revoked, and one revoked in the
    file arrives revoked). Returns the counts."""
    files = TokenStore(home)
    with files._locked():  # no `token add` to the file can slip in between
        data = files._data()
        tokens = data["tokens"]
        if not files.path.exists():
            return {"found": 0, "added": 0, "already_there": 0, "file": None}
        added, present = store.import_hashes(tokens)
        store.import_revoked(data["revoked"])  # revoked in the file: revoked in the table too
        target = files.path.with_name(FILE + ".migrated")
        if target.exists():
            target = files.path.with_name(f"{FILE}.migrated-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")
        os.replace(files.path, target)
    return {"found": len(tokens), "added": added, "already_there": present, "file": str(target)}
