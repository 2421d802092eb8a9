"""Per-user rate limits: token buckets shared by every process of the user.

The buckets live in ``WORKBENCH_HOME/guard/ratelimit.sqlite3`` (0600); each check-and-take is
one ``BEGIN IMMEDIATE`` transaction, so two kernels of the same user can never both take the
last call. A bucket of capacity ``limit`` refills continuously at ``limit`` per period (a
minute or a day): a sliding budget, not a calendar-day reset.

Calls are taken before a call (:meth:`RateLimiter.admit`). Tokens are only known afterwards,
so :meth:`RateLimiter.record_usage` takes them then and a bucket may go into debt; ``admit``
refuses while a token bucket is empty or in debt.

Several gateway replicas share one set of buckets in PostgreSQL (:class:`PostgresRateLimiter`),
chosen by :func:`open_limiter` when ``[audit] url`` (WORKBENCH_AUDIT_URL) names a PostgreSQL
database: table ``ratelimit_buckets``, each check-and-take one transaction holding the user's
rows ``FOR UPDATE``, the time taken from the database's clock so replicas never disagree. Runs
on the trusted side (the gateway) in that layout; the file store stays the default.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from .._pg import apply_migrations, shared_url
from ..errors import ConfigError, RateLimited

PERIODS = {"minute": 60.0, "day": 86400.0}

#: Numbered migrations, only ever appended.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("m001_initial", """
        CREATE TABLE buckets (
            user    TEXT NOT NULL,
            name    TEXT NOT NULL,   -- calls_per_minute, tokens_per_day, ...
            level   REAL NOT NULL,   -- what is left; negative = debt (tokens only)
            updated REAL NOT NULL,   -- unix time of the last refill
            PRIMARY KEY (user, name)
        )
    """),
)


@dataclass(frozen=True)
class Limit:
    name: str  # "calls_per_minute" | "calls_per_day" | "tokens_per_minute" | "tokens_per_day"
    amount: int

    @property
    def kind(self) -> str:
        return self.name.split("_", 1)[0]

    @property
    def period(self) -> float:
        return PERIODS[self.name.rsplit("_", 1)[1]]

    @property
    def rate(self) -> float:
        return self.amount / self.period

    def describe(self) -> str:
        unit = self.name.rsplit("_", 1)[1]
        return f"{self.amount} {self.kind} per {unit}"


def limits_from(guard_settings: object) -> list[Limit]:
    limits = []
    for name in ("calls_per_minute", "calls_per_day", "tokens_per_minute", "tokens_per_day"):
        value = getattr(guard_settings, name, None)
        if value is None:
            continue
        if int(value) <= 0:
            raise ConfigError(f"guard.{name} must be a positive number, or left out for no limit.")
        limits.append(Limit(name, int(value)))
    return limits


class RateLimiter:
    def __init__(self, path: Path, limits: list[Limit], *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.limits = limits
        self.clock = clock

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.path.parent, 0o700)
        if not self.path.exists():
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        migrate(db)
        return db

    def admit(self, user: str) -> None:
        """Take one call from each call bucket, or raise RateLimited (taking nothing)."""
        if not self.limits:
            return
        now = self.clock()
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            levels = {lim.name: _refilled(db, user, lim, now) for lim in self.limits}
            for lim in self.limits:
                need = 1.0 if lim.kind == "calls" else 0.0
                if levels[lim.name] < need or (lim.kind == "tokens" and levels[lim.name] <= 0):
                    wait = _wait_for(levels[lim.name], need if lim.kind == "calls" else 1.0, lim)
                    db.execute("ROLLBACK")
                    raise _refusal(user, lim, wait, now)
            for lim in self.limits:
                level = levels[lim.name] - (1.0 if lim.kind == "calls" else 0.0)
                _store(db, user, lim.name, level, now)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ConfigError(
                f"The rate-limit store {self.path} cannot be used ({type(exc).__name__}); check its "
                "permissions, or move it away to reset the limits."
            ) from exc
        finally:
            db.close()

    def record_usage(self, user: str, input_tokens: int | None, output_tokens: int | None) -> None:
        """Take the call's tokens from each token bucket (it may go into debt)."""
        used = max(0, int(input_tokens or 0)) + max(0, int(output_tokens or 0))
        token_limits = [lim for lim in self.limits if lim.kind == "tokens"]
        if not token_limits or not used:
            return
        now = self.clock()
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            for lim in token_limits:
                _store(db, user, lim.name, _refilled(db, user, lim, now) - used, now)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ConfigError(f"The rate-limit store {self.path} cannot be written ({type(exc).__name__}).") from exc
        finally:
            db.close()

    def levels(self, user: str) -> dict[str, float]:
        """What is left in each bucket now (for `workbench doctor` and tests)."""
        now = self.clock()
        db = self._connect()
        try:
            return {lim.name: round(_refilled(db, user, lim, now), 3) for lim in self.limits}
        finally:
            db.close()


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet applied; returns their names."""
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied REAL NOT NULL)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        if db.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone() is None:
            db.execute(sql)
            db.execute("INSERT INTO _migrations VALUES (?, ?)", (name, time.time()))
            applied.append(name)
        db.execute("COMMIT")
    return applied


def _refilled(db: sqlite3.Connection, user: str, lim: Limit, now: float) -> float:
    row = db.execute("SELECT level, updated FROM buckets WHERE user = ? AND name = ?", (user, lim.name)).fetchone()
    if row is None:
        return float(lim.amount)
    level, updated = row
    elapsed = max(0.0, now - updated)  # a clock that went back refills nothing
    return min(float(lim.amount), level + elapsed * lim.rate)


def _store(db: sqlite3.Connection, user: str, name: str, level: float, now: float) -> None:
    db.execute(
        "INSERT INTO buckets (user, name, level, updated) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (user, name) DO UPDATE SET level = excluded.level, updated = excluded.updated",
        (user, name, level, now),
    )


def _wait_for(level: float, need: float, lim: Limit) -> float:
    return max(0.0, (need - level) / lim.rate)


def _refusal(user: str, lim: Limit, wait: float, now: float) -> RateLimited:
    seconds = max(1, math.ceil(wait))
    at = datetime.fromtimestamp(now + seconds).strftime("%H:%M:%S")
    pretty = f"{seconds} s" if seconds < 120 else (f"{seconds // 60} min" if seconds < 7200 else f"{seconds / 3600:.1f} h")
    return RateLimited(
        f"Rate limit reached for user {user!r}: {lim.describe()} ([guard] {lim.name}). "
        f"Nothing was sent. Try again in {pretty} (at {at}), or ask your administrator to raise the limit.",
        retry_after=float(seconds),
        limit=lim.name,
    )


# --- shared by every gateway replica: PostgreSQL ----------------------------------------------

#: Numbered migrations of the PostgreSQL store, only ever appended; recorded in their own table
#: (the audit store's ``_migrations`` in the same database is another part's set).
PG_MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("m001_initial", """
        CREATE TABLE ratelimit_buckets (
            "user"  TEXT NOT NULL,
            name    TEXT NOT NULL,
            level   DOUBLE PRECISION NOT NULL,
            updated DOUBLE PRECISION NOT NULL,
            PRIMARY KEY ("user", name)
        )
    """),
)


def open_limiter(settings: Any, *, clock: Callable[[], float] | None = None) -> RateLimiter | PostgresRateLimiter:
    """The limiter the settings ask for: PostgreSQL when ``[audit] url`` names one, else the file."""
    limits = limits_from(settings.guard)
    url = shared_url(settings)
    if url:
        return PostgresRateLimiter(url, limits, clock=clock)
    return RateLimiter(settings.home / "guard" / "ratelimit.sqlite3", limits, clock=clock or time.time)


class PostgresRateLimiter:
    """The same buckets as :class:`RateLimiter`, in one PostgreSQL table shared by all replicas.

    ``clock``: unset = the database's clock (one clock for every replica); tests pass their own.
    One connection per limiter, used under a lock; reconnects once when the server restarted.
    """

    def __init__(self, url: str, limits: list[Limit], *, clock: Callable[[], float] | None = None) -> None:
        self._url = url
        self.limits = limits
        self.clock = clock
        self._db: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<PostgresRateLimiter {self.where}>"

    @property
    def where(self) -> str:
        """host:port/database, never the user or password."""
        parts = urlsplit(self._url)
        return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _connect(self) -> Any:
        import psycopg

        if self._db is None or self._db.closed:
            self._db = psycopg.connect(self._url, autocommit=True, connect_timeout=5)
            migrate_pg(self._db)
        return self._db

    def _run(self, work: Callable[[Any, float], Any]) -> Any:
        import psycopg

        with self._lock:
            for attempt in (1, 2):
                try:
                    db = self._connect()
                    with db.transaction():
                        # a crash may forget the last few takes (a refill's worth), never half of one;
                        # the commit does not wait for the disk (the audit's transactions do)
                        db.execute("SET LOCAL synchronous_commit = off")
                        now = self.clock() if self.clock else float(
                            db.execute("SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8").fetchone()[0])
                        return work(db, now)
                except psycopg.OperationalError as exc:
                    if self._db is not None:
                        self._db.close()
                    self._db = None
                    if attempt == 2:
                        raise self._unusable(exc) from None
                except psycopg.Error as exc:
                    raise self._unusable(exc) from None

    def _unusable(self, exc: Exception) -> ConfigError:
        return ConfigError(
            f"The shared rate-limit store (PostgreSQL at {self.where}) cannot be used ({type(exc).__name__}); "
            "nothing was sent. Check that PostgreSQL is running and that [audit] url names it."
        )

    def _rows(self, db: Any, user: str, now: float) -> dict[str, float]:
        """Lock the user's buckets (created full when new) and return their refilled levels."""
        limits = sorted(self.limits, key=lambda lim: lim.name)  # one lock order for every replica
        db.execute(
            'INSERT INTO ratelimit_buckets ("user", name, level, updated) '
            "SELECT %s, n, a, %s FROM unnest(%s::text[], %s::float8[]) AS t(n, a) ON CONFLICT DO NOTHING",
            (user, now, [lim.name for lim in limits], [float(lim.amount) for lim in limits]),
        )
        rows = db.execute(
            'SELECT name, level, updated FROM ratelimit_buckets WHERE "user" = %s AND name = ANY(%s) '
            "ORDER BY name FOR UPDATE",
            (user, [lim.name for lim in limits]),
        ).fetchall()
        stored = {name: (level, updated) for name, level, updated in rows}
        levels = {}
        for lim in limits:
            level, updated = stored[lim.name]
            levels[lim.name] = min(float(lim.amount), level + max(0.0, now - updated) * lim.rate)
        return levels

    def _store(self, db: Any, user: str, levels: dict[str, float], now: float) -> None:
        db.execute(
            'UPDATE ratelimit_buckets AS b SET level = t.level, updated = %s '
            'FROM unnest(%s::text[], %s::float8[]) AS t(name, level) WHERE b."user" = %s AND b.name = t.name',
            (now, list(levels), list(levels.values()), user),
        )

    def admit(self, user: str) -> None:
        """Take one call from each call bucket, or raise RateLimited (taking nothing)."""
        if not self.limits:
            return

        def work(db: Any, now: float) -> None:
            levels = self._rows(db, user, now)
            for lim in self.limits:
                level = levels[lim.name]
                if (lim.kind == "calls" and level < 1.0) or (lim.kind == "tokens" and level <= 0):
                    raise _refusal(user, lim, _wait_for(level, 1.0, lim), now)  # rolls back: nothing taken
            self._store(db, user, {lim.name: levels[lim.name] - (1.0 if lim.kind == "calls" else 0.0)
                                   for lim in self.limits}, now)

        self._run(work)

    def record_usage(self, user: str, input_tokens: int | None, output_tokens: int | None) -> None:
        """Take the call's tokens from each token bucket (it may go into debt)."""
        used = max(0, int(input_tokens or 0)) + max(0, int(output_tokens or 0))
        token_limits = [lim for lim in self.limits if lim.kind == "tokens"]
        if not token_limits or not used:
            return

        def work(db: Any, now: float) -> None:
            levels = self._rows(db, user, now)
            self._store(db, user, {lim.name: levels[lim.name] - used for lim in token_limits}, now)

        self._run(work)

    def levels(self, user: str) -> dict[str, float]:
        """What is left in each bucket now (for `workbench doctor` and tests)."""
        if not self.limits:
            return {}
        return self._run(lambda db, now: {k: round(v, 3) for k, v in self._rows(db, user, now).items()})


def migrate_pg(db: Any) -> list[str]:
    """Apply the rate-limit migrations not yet applied (one replica at a time); returns their names."""
    return apply_migrations(db, table="ratelimit_migrations", lock="workbench.ratelimit.migrations",
                            migrations=PG_MIGRATIONS)
