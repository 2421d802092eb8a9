"""Refused credentials in the audit log (rate-limited), and revocations that survive a restore of
the token store -- tokens.json and PostgreSQL -- from an older backup."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from tests._postgres import pg_server, pg_url  # noqa: F401  (fixtures)
from workbench.audit import AuditLog
from workbench.gateway import PostgresTokenStore, RefusalLog, Revocations, TokenStore, open_tokens


def _log(home: Path, url: str | None = None) -> AuditLog:
    return AuditLog(home / "audit", home / "keys", url=url)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _refuse(refusals: RefusalLog, n: int = 1, **kw) -> None:
    args = {"reason": "unknown_token", "route": "/v1/chat/completions", "method": "POST", "client": "10.0.0.7",
            "claimed_user": None, "credential": "wbg_presented-token-value", **kw}
    for _ in range(n):
        refusals.write(refusals.refused(**args))


def test_a_flood_of_refusals_writes_one_record_per_key_and_minute_plus_a_count(tmp_path: Path) -> None:
    log, clock = _log(tmp_path), Clock()
    refusals = RefusalLog(log, window=60, budget=5, clock=clock)
    _refuse(refusals, 500)
    _refuse(refusals, 3, reason="revoked_token", claimed_user="carol")
    rows = log.records(outcome="auth_refused")
    assert [(r["auth.reason"], r["auth.count"]) for r in rows] == [("unknown_token", 1), ("revoked_token", 1)]
    clock.now += 61  # the minute is over: the timer's flush writes what it only counted
    refusals.write(refusals.flush())
    summaries = [r for r in log.records(outcome="auth_refused") if r.get("auth.repeated")]
    assert sorted((r["auth.reason"], r["auth.count"]) for r in summaries) == [("revoked_token", 2),
                                                                               ("unknown_token", 499)]
    carol = next(r for r in summaries if r["auth.reason"] == "revoked_token")
    assert carol["auth.claimed_user"] == "carol" and carol["client.address"] == "10.0.0.7" and carol["user"] is None
    # the presented token is nowhere, only a keyed hash of its SHA-256, equal for equal tokens
    assert all("presented-token" not in repr(r) for r in log.records())
    assert len({r["auth.credential_hmac"] for r in log.records(outcome="auth_refused")}) == 1
    assert log.verify().ok


def test_varying_claims_and_addresses_cannot_outrun_the_budget(tmp_path: Path) -> None:
    log, clock = _log(tmp_path), Clock()
    refusals = RefusalLog(log, window=60, budget=5, clock=clock)
    for i in range(300):
        _refuse(refusals, claimed_user=f"user{i}", client=f"10.0.{i // 250}.{i % 250}")
    rows = log.records(outcome="auth_refused")
    assert len(rows) == 6  # five keys, then one shared key for the rest of the minute
    assert rows[-1]["auth.folded"] and rows[-1]["auth.claimed_user"] is None
    clock.now += 61
    refusals.write(refusals.flush())
    folded = [r for r in log.records(outcome="auth_refused") if r.get("auth.repeated")]
    assert [r["auth.count"] for r in folded] == [294]  # none lost: 5 + 1 + 294 = 300


def _restore_file_then_check(home: Path, log: AuditLog, *, with_revocations: bool) -> tuple[str | None, str]:
    store = TokenStore(home)
    store.revocations = Revocations(log) if with_revocations else None
    token = store.add("dave")
    backup = home / "tokens.json.bak"
    shutil.copy2(store.path, backup)
    assert store.revoke("dave") == 1
    assert store.check(token) == ("dave", "revoked_token")
    shutil.copy2(backup, store.path)  # an administrator restores last night's backup
    restarted = TokenStore(home)  # the gateway restarts: revocations read from the audit log
    restarted.revocations = Revocations(log).load() if with_revocations else None
    return restarted.check(token)


def test_a_restored_tokens_json_does_not_revive_a_revoked_token(tmp_path: Path) -> None:
    log = _log(tmp_path)
    assert _restore_file_then_check(tmp_path, log, with_revocations=True) == ("dave", "revoked_token")
    fresh = TokenStore(tmp_path)
    fresh.revocations = Revocations(log).load()
    new = fresh.add("dave")  # a token issued after the revocation works
    assert fresh.check(new) == ("dave", "ok")
    (revocation,) = log.records(outcome="token_revoked")
    assert revocation["user"] == "dave" and len(revocation["gateway.token_ids"]) == 1
    assert log.verify().ok


def test_without_the_audit_revocations_a_restore_revives_the_token(tmp_path: Path) -> None:
    """The defect this fixes, shown: the token store alone cannot keep a revocation."""
    assert _restore_file_then_check(tmp_path, _log(tmp_path), with_revocations=False) == ("dave", "ok")


def test_a_restored_postgres_token_table_does_not_revive_a_revoked_token(tmp_path: Path, pg_server,  # noqa: F811
                                                                          pg_url: str) -> None:  # noqa: F811
    home = tmp_path / "gateway-home"
    log = _log(home, pg_url)  # the audit chain in the same database, its own tables
    store = open_tokens(None, pg_url, home=home)
    assert isinstance(store, PostgresTokenStore)
    store.revocations = Revocations(log)
    token, other = store.add("dave"), store.add("erin")
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as db:
        backup = db.execute("SELECT * FROM gateway_tokens").fetchall()  # last night's copy of the table
    assert store.revoke("dave") == 1 and store.check(token) == ("dave", "revoked_token")
    store.close()
    with psycopg.connect(pg_url, autocommit=True) as db:  # the administrator restores it
        db.execute("DELETE FROM gateway_tokens")
        for row in backup:
            db.execute(f"INSERT INTO gateway_tokens VALUES ({', '.join(['%s'] * len(row))})", row)
    plain = open_tokens(None, pg_url, home=home)
    assert plain.check(token) == ("dave", "ok")  # the table alone has forgotten the revocation
    replica = open_tokens(None, pg_url, home=home)
    replica.revocations = Revocations(_log(home, pg_url)).load()  # a gateway (re)started after the restore
    assert replica.check(token) == ("dave", "revoked_token")
    assert replica.check(other) == ("erin", "ok")
    plain.close()
    replica.close()


def test_token_migrate_carries_the_files_revocations_into_postgres(tmp_path: Path, pg_server,  # noqa: F811
                                                                  pg_url: str) -> None:  # noqa: F811
    from workbench.gateway import migrate_file_tokens

    home = tmp_path / "gateway-home"
    files = TokenStore(home)
    gone, kept = files.add("dave"), files.add("erin")
    shared = open_tokens(None, pg_url, home=home, check_file=False)
    shared.import_hashes([{"user": "dave", "sha256": hashlib.sha256(gone.encode()).hexdigest(), "id": "x",
                           "created": "2026-01-01T00:00:00+00:00"}])  # an earlier migrate of an older copy
    assert shared.check(gone) == ("dave", "ok")
    files.revoke("dave")
    migrate_file_tokens(home, shared)
    assert shared.check(gone) == ("dave", "revoked_token") and shared.check(kept) == ("erin", "ok")
    shared.close()


def _settings_with(home: Path, toml: str):
    from workbench.config import load_settings

    home.mkdir(parents=True, exist_ok=True)
    (home / "workbench.toml").write_text(toml)
    return load_settings(env={"WORKBENCH_HOME": str(home)})


def test_the_refusal_window_and_budget_are_gateway_settings(tmp_path: Path) -> None:
    defaults = _settings_with(tmp_path / "d", "")
    assert (defaults.gateway.refusal_window, defaults.gateway.refusal_budget) == (60.0, 200)
    settings = _settings_with(tmp_path / "h", "[gateway]\nrefusal_window = 5\nrefusal_budget = 3\n")
    log, clock = _log(tmp_path), Clock()
    refusals = RefusalLog.from_settings(log, settings, clock=clock)
    for i in range(10):
        _refuse(refusals, claimed_user=f"user{i}")
    rows = log.records(outcome="auth_refused")
    assert len(rows) == 4 and rows[-1]["auth.folded"]  # three keys (the budget), then one shared key
    assert rows[0]["auth.window_s"] == 5.0
    clock.now += 6  # the 5-second window is over (a 60-second one would still be open)
    refusals.write(refusals.flush())
    assert [r["auth.count"] for r in log.records(outcome="auth_refused") if r.get("auth.repeated")] == [6]


def test_bad_refusal_settings_are_refused_with_what_to_set(tmp_path: Path) -> None:
    import pytest

    from workbench.errors import ConfigError

    for i, (line, named) in enumerate([("refusal_window = 0", "gateway.refusal_window"),
                                       ("refusal_window = -60", "gateway.refusal_window"),
                                       ("refusal_window = nan", "gateway.refusal_window"),
                                       ("refusal_window = 'a minute'", "refusal_window"),
                                       ("refusal_budget = 0", "gateway.refusal_budget"),
                                       ("refusal_budget = true", "refusal_budget")]):
        with pytest.raises(ConfigError, match=named):
            _settings_with(tmp_path / f"bad{i}", f"[gateway]\n{line}\n")


def test_the_running_gateway_uses_the_refusal_settings(tmp_path: Path) -> None:
    from workbench.gateway import GatewayService

    settings = _settings_with(tmp_path / "h", "[gateway]\nrefusal_window = 5\nrefusal_budget = 3\n")
    service = GatewayService(settings)
    service._watch_credentials(_log(tmp_path))  # what start() does once the pipeline's audit log is open
    assert service.refusals is not None
    assert (service.refusals.window, service.refusals.budget) == (5.0, 3)
