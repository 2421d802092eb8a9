"""Rate limits: token buckets per user, shared by processes through SQLite."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from workbench.config import load_settings
from workbench.errors import ConfigError, RateLimited
from workbench.guard import Guard
from workbench.guard._ratelimit import MIGRATIONS, migrate


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_guard(home: Path, clock: Clock | None = None, **limits: int) -> Guard:
    settings = load_settings(env={"WORKBENCH_HOME": str(home)})
    for name, value in limits.items():
        setattr(settings.guard, name, value)
    return Guard(settings, clock=clock or Clock())


def test_no_limits_admits_everything(tmp_path: Path) -> None:
    guard = make_guard(tmp_path)
    for _ in range(50):
        guard.admit("alice")
    assert not (tmp_path / "guard" / "ratelimit.sqlite3").exists()


def test_calls_per_minute_refuses_then_refills(tmp_path: Path) -> None:
    clock = Clock()
    guard = make_guard(tmp_path, clock, calls_per_minute=3)
    for _ in range(3):
        guard.admit("alice")
    with pytest.raises(RateLimited) as info:
        guard.admit("alice")
    err = info.value
    assert err.limit == "calls_per_minute" and err.retry_after == 20.0
    assert "3 calls per minute" in str(err) and "Try again in 20 s" in str(err) and "Nothing was sent" in str(err)
    guard.admit("bob")  # per user
    clock.now += 19.0
    with pytest.raises(RateLimited):
        guard.admit("alice")
    clock.now += 1.0
    guard.admit("alice")


def test_a_refusal_takes_nothing_from_other_buckets(tmp_path: Path) -> None:
    clock = Clock()
    guard = make_guard(tmp_path, clock, calls_per_minute=1, calls_per_day=10)
    guard.admit("alice")
    for _ in range(5):
        with pytest.raises(RateLimited):
            guard.admit("alice")
    assert guard.limiter.levels("alice")["calls_per_day"] == pytest.approx(9.0, abs=0.01)


def test_tokens_go_into_debt_and_block_until_repaid(tmp_path: Path) -> None:
    clock = Clock()
    guard = make_guard(tmp_path, clock, tokens_per_minute=600)
    guard.admit("alice")
    guard.record_usage("alice", 700, 200)  # 900 used of 600: 300 in debt
    with pytest.raises(RateLimited) as info:
        guard.admit("alice")
    assert info.value.limit == "tokens_per_minute"
    assert info.value.retry_after == pytest.approx(31.0, abs=1.0)  # (300 + 1) / 10 per second
    clock.now += 31.0
    guard.admit("alice")


def test_day_limit_names_the_wait_in_hours(tmp_path: Path) -> None:
    guard = make_guard(tmp_path, Clock(), calls_per_day=2)
    guard.admit("alice")
    guard.admit("alice")
    with pytest.raises(RateLimited, match=r"2 calls per day .* Try again in 12.0 h"):
        guard.admit("alice")


def test_a_non_positive_limit_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="calls_per_minute"):
        make_guard(tmp_path, calls_per_minute=0)


def test_limits_come_from_the_toml_file(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "workbench.toml").write_text("[guard]\ncalls_per_minute = 1\n")
    guard = Guard(load_settings(env={"WORKBENCH_HOME": str(tmp_path)}))
    guard.admit("carol")
    with pytest.raises(RateLimited):
        guard.admit("carol")


def test_store_is_private_and_migrated_with_exact_columns(tmp_path: Path) -> None:
    guard = make_guard(tmp_path, calls_per_minute=5)
    guard.admit("alice")
    path = tmp_path / "guard" / "ratelimit.sqlite3"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct((tmp_path / "guard").stat().st_mode & 0o777) == "0o700"
    db = sqlite3.connect(path)
    assert [r[1] for r in db.execute("PRAGMA table_info(buckets)")] == ["user", "name", "level", "updated"]
    assert [r[0] for r in db.execute("SELECT name FROM _migrations")] == [m[0] for m in MIGRATIONS]
    assert migrate(db) == []  # idempotent


def _worker(home: str, attempts: int, results: "multiprocessing.Queue[int]") -> None:
    settings = load_settings(env={"WORKBENCH_HOME": home})
    settings.guard.calls_per_minute = 5
    guard = Guard(settings)
    admitted = 0
    for _ in range(attempts):
        try:
            guard.admit("shared-user")
            admitted += 1
        except RateLimited:
            pass
    results.put(admitted)


def test_processes_of_one_user_share_the_bucket(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    results: multiprocessing.Queue[int] = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(str(tmp_path), 4, results)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    total = sum(results.get(timeout=5) for _ in procs)
    assert total == 5  # 16 attempts within a second, 5 allowed per minute, across all processes
