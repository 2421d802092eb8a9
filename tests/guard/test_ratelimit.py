"""Rate limits: token buckets per user, shared by processes through SQLite."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from workbench.config import load_settings
from workbench.errors import ConfigError, RateLimited
from workbench.guard import Guard
from workbench.guard._ratelimit import MIGRATIONS, Limit, migrate


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


def _worker(home: str, attempts: int, results: multiprocessing.Queue[int]) -> None:
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


# --- shared by gateway replicas: PostgreSQL (a real server, started by tests/_postgres.py) -------

from tests import _postgres  # noqa: E402
from workbench.guard._ratelimit import (  # noqa: E402
    PG_MIGRATIONS,
    PostgresRateLimiter,
    RateLimiter,
    migrate_pg,
    open_limiter,
)

pg_server, pg_url = _postgres.pg_server, _postgres.pg_url  # the fixtures: a real PostgreSQL, a fresh database


def pg_settings(home: Path, url: str | None, **limits: int):
    env = {"WORKBENCH_HOME": str(home)}
    if url:
        env["WORKBENCH_AUDIT_URL"] = url
    settings = load_settings(env=env)
    for name, value in limits.items():
        setattr(settings.guard, name, value)
    return settings


def test_postgres_is_chosen_by_the_audit_url_and_the_file_stays_the_default(tmp_path: Path, pg_url: str) -> None:
    assert isinstance(open_limiter(pg_settings(tmp_path, None, calls_per_minute=1)), RateLimiter)
    limiter = open_limiter(pg_settings(tmp_path, pg_url, calls_per_minute=1))
    assert isinstance(limiter, PostgresRateLimiter)
    limiter.admit("alice")
    with pytest.raises(RateLimited, match="1 calls per minute"):
        limiter.admit("alice")
    assert not (tmp_path / "guard" / "ratelimit.sqlite3").exists()  # nothing went to the file store
    assert "@" not in repr(limiter) and limiter.where.startswith("127.0.0.1:")


def test_postgres_buckets_refuse_refill_and_take_nothing_on_refusal(pg_url: str) -> None:
    clock = Clock()
    limiter = PostgresRateLimiter(pg_url, [Limit("calls_per_minute", 3), Limit("calls_per_day", 10)], clock=clock)
    for _ in range(3):
        limiter.admit("alice")
    with pytest.raises(RateLimited) as info:
        limiter.admit("alice")
    assert info.value.limit == "calls_per_minute" and info.value.retry_after == 20.0
    assert "Nothing was sent" in str(info.value)
    assert limiter.levels("alice")["calls_per_day"] == pytest.approx(7.0, abs=0.01)  # the refusal took nothing
    limiter.admit("bob")  # per user
    clock.now += 20.0
    limiter.admit("alice")


def test_postgres_tokens_go_into_debt_and_block_until_repaid(pg_url: str) -> None:
    clock = Clock()
    limiter = PostgresRateLimiter(pg_url, [Limit("tokens_per_minute", 600)], clock=clock)
    limiter.admit("alice")
    limiter.record_usage("alice", 700, 200)
    with pytest.raises(RateLimited) as info:
        limiter.admit("alice")
    assert info.value.limit == "tokens_per_minute" and info.value.retry_after == pytest.approx(31.0, abs=1.0)
    clock.now += 31.0
    limiter.admit("alice")


def test_postgres_store_migrates_once_with_exact_columns_beside_the_audit_tables(pg_url: str) -> None:
    import psycopg

    PostgresRateLimiter(pg_url, [Limit("calls_per_minute", 5)]).admit("alice")  # the database's clock
    with psycopg.connect(pg_url, autocommit=True) as db:
        columns = db.execute("SELECT column_name FROM information_schema.columns WHERE table_name = "
                             "'ratelimit_buckets' ORDER BY ordinal_position").fetchall()
        assert [c[0] for c in columns] == ["user", "name", "level", "updated"]
        assert [r[0] for r in db.execute("SELECT name FROM ratelimit_migrations")] == [m[0] for m in PG_MIGRATIONS]
        assert migrate_pg(db) == []  # idempotent
        assert db.execute("SELECT to_regclass('_migrations')").fetchone()[0] is None  # the audit's set is untouched
        level = db.execute("SELECT level FROM ratelimit_buckets WHERE \"user\" = 'alice'").fetchone()[0]
        assert level == pytest.approx(4.0, abs=0.01)


def test_an_unreachable_database_fails_closed_without_the_password(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    limiter = PostgresRateLimiter(f"postgresql://wb:s3cret-pw@127.0.0.1:{port}/wb", [Limit("calls_per_minute", 5)])
    with pytest.raises(ConfigError, match=r"PostgreSQL at 127.0.0.1:\d+/wb\) cannot be used .*nothing was sent") as info:
        limiter.admit("alice")
    assert "s3cret-pw" not in str(info.value) and "s3cret-pw" not in repr(limiter)


def _pg_worker(home: str, url: str, attempts: int, results: multiprocessing.Queue[int]) -> None:
    limiter = open_limiter(pg_settings(Path(home), url, calls_per_minute=7))
    admitted = 0
    for _ in range(attempts):
        try:
            limiter.admit("shared-user")
            admitted += 1
        except RateLimited:
            pass
    results.put(admitted)


def test_replicas_share_one_postgres_limit_exactly(tmp_path: Path, pg_url: str) -> None:
    ctx = multiprocessing.get_context("fork")  # separate processes, as gateway replicas are
    results: multiprocessing.Queue[int] = ctx.Queue()
    procs = [ctx.Process(target=_pg_worker, args=(str(tmp_path / f"replica{i}"), pg_url, 6, results))
             for i in range(4)]
    for p in procs:
        p.start()
    counts = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
    assert sum(counts) == 7  # 24 attempts across 4 processes within a minute, 7 allowed
