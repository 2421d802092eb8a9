"""Gateway tokens shared by every replica: one PostgreSQL table, checked on every request.

Chosen by :func:`~workbench.gateway._tokens.open_tokens` when ``[audit] url`` (or
``--audit-url``) names PostgreSQL. Runs on the trusted side of the boundary (the gateway and its
operator's CLI), with the gateway's WORKBENCH_HOME.

What is stored: never a token, not even its SHA-256. A row holds

- ``lookup`` = HMAC-SHA256(K, SHA-256(token)), the primary key a presented token is looked up by;
- ``mac`` = HMAC-SHA256(K, lookup, user, id, created), checked before a row is believed;

with K a 32-byte key in ``GATEWAY_HOME/keys/gateway-tokens.key`` (0600), which replicas share
with the rest of ``keys/`` and the database never sees. A token has 256 random bits, so a fast
keyed hash is as hard to invert as a slow KDF and costs microseconds per request. The key is
there against the database's side of the boundary: whoever can write the table (its
administrator, a leaked database password) can neither mint a token (insert a hash of one they
know) nor turn bob's token into alice's (edit ``user``) -- such a row is refused. Keying SHA-256
(not the token itself) lets ``token migrate`` move a ``tokens.json``'s hashes in unchanged.

Revocation marks rows (``revoked``), never deletes them: a tombstone keeps a later ``token
migrate`` of an old ``tokens.json`` copy from bringing a revoked token back. Nothing is cached:
each check is one indexed ``SELECT`` in autocommit, which sees every revocation committed before
it, so a token revoked through any replica or the CLI is refused by all of them from their next
request. What the key cannot stop: an administrator who restores an older copy of the table
revives what was revoked since (revoke again after any restore; see docs/gateway.md).

Migrations are numbered, only appended, recorded in ``gateway_tokens_migrations`` (the audit
store's ``_migrations`` and the limits' ``ratelimit_migrations`` in the same database are other
parts' sets); one replica at a time applies them, under an advisory lock.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit

from .._pg import apply_migrations
from ..config import ensure_private_dir
from ..errors import ConfigError
from ._revocations import Revocations, now_iso
from ._tokens import PREFIX, check_user, digest, expired, expires

KEY_FILE = "gateway-tokens.key"
_KEY_ID_LABEL = b"workbench gateway tokens: key id"
_RETRY_AFTER_FAILURE = 1.0  # seconds a replica fails fast after PostgreSQL could not be reached

#: Numbered migrations of the token table, only ever appended.
PG_MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("m001_initial", """
        CREATE TABLE gateway_tokens (
            lookup  TEXT PRIMARY KEY,        -- HMAC-SHA256(K, sha256(token)), hex
            "user"  TEXT NOT NULL,
            id      TEXT NOT NULL,           -- sha256(token)[:8], shown by `token list`
            created TEXT NOT NULL,           -- ISO 8601, UTC, seconds
            mac     TEXT NOT NULL,           -- HMAC-SHA256(K, lookup, user, id, created), hex
            revoked TIMESTAMPTZ              -- NULL while valid; a revoked row stays (a tombstone)
        );
        CREATE INDEX gateway_tokens_user ON gateway_tokens ("user") WHERE revoked IS NULL;
        CREATE TABLE gateway_tokens_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """),
)


def where(url: str) -> str:
    """host:port/database of a URL, never its user or password (for messages)."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"


def migrate_pg(db: Any) -> list[str]:
    """Apply the token migrations not yet applied (one replica at a time); returns their names."""
    return apply_migrations(db, table="gateway_tokens_migrations", lock="workbench.gateway_tokens.migrations",
                            migrations=PG_MIGRATIONS)


def _key_id(key: bytes) -> str:
    return hmac.new(key, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def _read_key(path: Path) -> bytes | None:
    try:
        raw = path.read_text().strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"The token key {path} cannot be read ({exc.strerror}); it must belong to the "
                          "gateway's user.") from None
    try:
        key = bytes.fromhex(raw)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise ConfigError(f"The token key {path} is not 64 hex digits; restore it from the gateway's keys/ "
                          "(every replica and the operator's CLI need the same file).")
    return key


def _create_key(path: Path) -> bytes:
    """A new key, written atomically; when another process made one first, theirs."""
    ensure_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_bytes(32).hex() + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)  # fails if the file exists: two first starts agree on one key
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    key = _read_key(path)
    assert key is not None
    return key


class PostgresTokenStore:
    """The same API as :class:`~workbench.gateway.TokenStore` (``user_for``, ``add``, ``list``,
    ``revoke``), in one PostgreSQL table shared by every gateway replica.

    One connection per store, used under a lock, opened on first use (or by :meth:`ready`);
    reconnects once when the server restarted. When PostgreSQL cannot be reached a check raises
    ConfigError (the gateway answers 503 and forwards nothing) and, for a second, fails at once
    instead of waiting for another connect timeout.
    """

    def __init__(self, url: str, keys_dir: Path, *, connect_timeout: float = 3.0) -> None:
        self._url = url
        self.key_path = Path(keys_dir) / KEY_FILE
        self._connect_timeout = connect_timeout
        self._db: Any = None
        self._key: bytes | None = None
        self._lock = threading.Lock()
        self._failed_at = 0.0
        #: the audit log's revocations (``_revocations``): refused even when an older table is restored
        self.revocations: Revocations | None = None
        #: ``[gateway] token_days``: a token older than this is refused as expired (0: never)
        self.max_age_days = 0.0

    def __repr__(self) -> str:
        return f"<PostgresTokenStore {self.where}>"

    @property
    def where(self) -> str:
        return where(self._url)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def ready(self) -> PostgresTokenStore:
        """Connect, apply migrations and check this home's key now (a gateway calls it at start)."""
        self._run(lambda db, key: None)
        return self

    # -- the running gateway -------------------------------------------------------------------

    def user_for(self, token: str) -> str | None:
        """The user a presented token belongs to, or None (unknown, revoked, or a forged row)."""
        user, reason = self.check(token)
        return user if reason == "ok" else None

    def check(self, token: str) -> tuple[str | None, str]:
        """(user, "ok") for a valid token; (None, "unknown_token") for an unknown one or a forged
        row; (its owner, "revoked_token") for a tombstone or one a revocation in the audit log covers."""
        if not token or not token.startswith(PREFIX):
            return None, "unknown_token"

        def work(db: Any, key: bytes) -> tuple[str | None, str, str]:
            lookup = _lookup(key, digest(token))
            row = db.execute('SELECT "user", id, created, mac, revoked IS NOT NULL FROM gateway_tokens '
                             "WHERE lookup = %s", (lookup,)).fetchone()
            if row is None:
                return None, "unknown_token", ""
            user, ident, created, mac, revoked = row
            if not hmac.compare_digest(mac, _row_mac(key, lookup, user, ident, created)):
                return None, "unknown_token", ""  # written by someone without the key: never believed
            return str(user), "revoked_token" if revoked else "ok", str(created)

        user, reason, created = self._run(work)
        if reason == "ok" and self.revocations is not None and self.revocations.revoked(user, created):
            reason = "revoked_token"
        if reason == "ok" and expired(created, self.max_age_days):  # created is under the row's MAC
            reason = "expired_token"
        return user, reason

    # -- the operator (workbench gateway token ... --audit-url URL) ----------------------------

    def add(self, user: str) -> str:
        """A new token for ``user`` (printed once by the CLI; never stored)."""
        check_user(user)
        token = PREFIX + secrets.token_urlsafe(32)
        created = now_iso()
        self._run(lambda db, key: self._insert(db, key, user, digest(token), created))
        return token

    def import_hashes(self, entries: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """Bring ``tokens.json`` entries (user, sha256, id, created) in; returns (added, already there).
        A token already in the table -- valid or revoked -- is left as it is: migrating an old copy
        never revives a revoked token."""
        rows = [(check_user(str(e["user"])), str(e["sha256"]), str(e.get("id") or e["sha256"][:8]),
                 str(e.get("created") or "")) for e in entries]

        def work(db: Any, key: bytes) -> tuple[int, int]:
            added = 0
            with db.transaction():
                for user, sha, ident, created in rows:
                    added += self._insert(db, key, user, sha, created, ident=ident)
            return added, len(rows) - added

        return self._run(work)

    def import_revoked(self, entries: Iterable[dict[str, Any]]) -> int:
        """Bring ``tokens.json``'s revoked entries (user, sha256, id) in as revoked rows (tombstones):
        a token revoked in the file is refused here too, even one the table still held as valid.
        Returns how many rows this revoked."""
        rows = [(check_user(str(e["user"])), str(e["sha256"]), str(e.get("id") or e["sha256"][:8]),
                 str(e.get("created") or e.get("revoked") or "")) for e in entries]

        def work(db: Any, key: bytes) -> int:
            revoked = 0
            with db.transaction():
                for user, sha, ident, created in rows:
                    self._insert(db, key, user, sha, created, ident=ident)
                    revoked += db.execute("UPDATE gateway_tokens SET revoked = now() WHERE lookup = %s AND "
                                          "revoked IS NULL", (_lookup(key, sha),)).rowcount
            return revoked

        return self._run(work)

    def list(self) -> list[dict[str, Any]]:
        """One entry per valid token: user, id (8 hex digits of its SHA-256), created, expires. No hashes."""
        def work(db: Any, key: bytes) -> list[dict[str, Any]]:
            rows = db.execute('SELECT "user", id, created FROM gateway_tokens WHERE revoked IS NULL '
                              'ORDER BY created, "user", id').fetchall()
            return [{"user": u, "id": i, "created": c, "expires": expires(c, self.max_age_days)}
                    for u, i, c in rows]

        return self._run(work)

    def revoke(self, user: str) -> int:
        """Revoke every valid token of ``user`` in one statement; returns how many there were.
        Every replica refuses them from the moment this returns. With ``revocations`` set the
        revocation is also recorded in the audit log (which a restore of this table does not undo)."""
        ids = self._run(lambda db, key: [r[0] for r in db.execute(
            'UPDATE gateway_tokens SET revoked = now() WHERE "user" = %s AND revoked IS NULL RETURNING id',
            (user,)).fetchall()])
        if self.revocations is not None:
            self.revocations.record(user, ids)
        return len(ids)

    # -- the database --------------------------------------------------------------------------

    @staticmethod
    def _insert(db: Any, key: bytes, user: str, sha: str, created: str, *, ident: str | None = None) -> int:
        lookup = _lookup(key, sha)
        ident = ident or sha[:8]
        cur = db.execute('INSERT INTO gateway_tokens (lookup, "user", id, created, mac) VALUES (%s, %s, %s, %s, %s) '
                         "ON CONFLICT (lookup) DO NOTHING",
                         (lookup, user, ident, created, _row_mac(key, lookup, user, ident, created)))
        return cur.rowcount

    def _connect(self) -> tuple[Any, bytes]:
        import psycopg

        if self._db is None or self._db.closed:
            if time.monotonic() - self._failed_at < _RETRY_AFTER_FAILURE:
                raise psycopg.OperationalError("failed a moment ago")
            try:
                db = psycopg.connect(self._url, autocommit=True, connect_timeout=max(1, int(self._connect_timeout)),
                                     application_name="workbench-gateway-tokens")
            except psycopg.OperationalError:
                self._failed_at = time.monotonic()
                raise
            try:
                db.execute("SET statement_timeout = 5000")  # a check runs on the gateway's event loop
                migrate_pg(db)
                self._key = self._agreed_key(db)
            except BaseException:
                db.close()
                raise
            self._db = db
        assert self._key is not None
        return self._db, self._key

    def _agreed_key(self, db: Any) -> bytes:
        """This home's key, which must be the one the table was set up with (made on first use)."""
        key = _read_key(self.key_path)
        registered = db.execute("SELECT value FROM gateway_tokens_meta WHERE name = 'key_id'").fetchone()
        if registered is None:
            key = key or _create_key(self.key_path)
            db.execute("INSERT INTO gateway_tokens_meta VALUES ('key_id', %s) ON CONFLICT DO NOTHING", (_key_id(key),))
            registered = db.execute("SELECT value FROM gateway_tokens_meta WHERE name = 'key_id'").fetchone()
        if key is None or not hmac.compare_digest(registered[0], _key_id(key)):
            state = "is missing" if key is None else "is not the one the shared tokens were issued with"
            raise ConfigError(
                f"This home's token key {self.key_path} {state} (PostgreSQL at {self.where}). Every gateway "
                "replica and the operator's `workbench gateway token` commands need the same keys/ folder: "
                "copy it from the first gateway's WORKBENCH_HOME, or run with that home.")
        return key

    def _run(self, work: Callable[[Any, bytes], Any]) -> Any:
        import psycopg

        with self._lock:
            for attempt in (1, 2):
                try:
                    db, key = self._connect()
                    return work(db, key)
                except psycopg.OperationalError as exc:
                    if self._db is not None:
                        self._db.close()
                    self._db = None
                    if attempt == 2 or time.monotonic() - self._failed_at < _RETRY_AFTER_FAILURE:
                        raise self._unusable(exc) from None
                except psycopg.Error as exc:
                    raise self._unusable(exc) from None

    def _unusable(self, exc: Exception) -> ConfigError:
        return ConfigError(
            f"The shared token store (PostgreSQL at {self.where}) cannot be used ({type(exc).__name__}); "
            "nothing was forwarded. Check that PostgreSQL is running and that [audit] url names it.")


def _lookup(key: bytes, sha256_hex: str) -> str:
    return hmac.new(key, b"lookup\x00" + sha256_hex.encode("ascii"), hashlib.sha256).hexdigest()


def _row_mac(key: bytes, lookup: str, user: str, ident: str, created: str) -> str:
    msg = "\x00".join(("row", lookup, user, ident, created)).encode("utf-8")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()
