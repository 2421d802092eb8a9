"""Per-user rate limits: token buckets shared by every process of the user.

The buckets live in ``WORKBENCH_HOME/guard/ratelimit.sqlite3`` (0600); each check-and-take is
one ``BEGIN IMMEDIATE`` transaction, so two kernels of the same user can never both take the
last call. A bucket of capacity ``limit`` refills continuously at ``limit`` per period (a
minute or a day): a sliding budget, not a calendar-day reset.

Calls are taken before a call (:meth:`RateLimiter.admit`). Tokens are only known afterwards,
so :meth:`RateLimiter.record_usage` takes them then and a bucket may go into debt; ``admit``
refuses while a token bucket is empty or in debt.
"""

from __future__ import annotations

import math
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

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
