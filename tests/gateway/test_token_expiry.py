"""Gateway tokens expire ``[gateway] token_days`` after they were issued (default 90; 0 = never):
an expired token is refused (401, a message that says so) in both token stores, and listed with
its expiry."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests._postgres import pg_server, pg_url  # noqa: F401  (fixtures)
from workbench.errors import ConfigError
from workbench.gateway import TokenStore, open_tokens
from workbench.gateway._tokens import expired


def _settings(home: Path, toml: str = ""):
    from workbench.config import load_settings

    home.mkdir(parents=True, exist_ok=True)
    (home / "workbench.toml").write_text(toml)
    return load_settings(env={"WORKBENCH_HOME": str(home)})


def _age(store: TokenStore, user: str, days: float) -> None:
    """As if ``user``'s tokens had been issued ``days`` ago (the operator's file, edited in place)."""
    data = json.loads(store.path.read_text())
    then = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="microseconds")
    for entry in data["tokens"]:
        if entry["user"] == user:
            entry["created"] = then
    store.path.write_text(json.dumps(data))


def test_expiry_is_measured_from_creation() -> None:
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    assert not expired((now - timedelta(days=89)).isoformat(), 90, now)
    assert expired((now - timedelta(days=91)).isoformat(), 90, now)
    assert not expired((now - timedelta(days=4000)).isoformat(), 0, now)  # 0: never
    assert expired("not a time", 90, now)  # an entry whose age cannot be read keeps nothing alive


def test_the_default_is_ninety_days_and_bad_values_say_what_to_set(tmp_path: Path) -> None:
    assert _settings(tmp_path / "d").gateway.token_days == 90
    for i, line in enumerate(["token_days = -1", "token_days = nan", "token_days = 5000"]):
        with pytest.raises(ConfigError, match="gateway.token_days"):
            _settings(tmp_path / f"bad{i}", f"[gateway]\n{line}\n")


def test_an_old_token_in_the_file_store_is_refused_as_expired(tmp_path: Path) -> None:
    home = tmp_path / "h"
    store = open_tokens(_settings(home, "[gateway]\ntoken_days = 30\n"))
    assert isinstance(store, TokenStore) and store.max_age_days == 30
    old, fresh = store.add("olga"), store.add("finn")
    _age(store, "olga", 31)
    assert store.check(old) == ("olga", "expired_token")
    assert store.check(fresh) == ("finn", "ok")
    listed = {r["user"]: r["expires"] for r in store.list()}
    assert listed["finn"] > datetime.now(timezone.utc).isoformat()[:10]  # about 30 days from now
    never = open_tokens(_settings(home, "[gateway]\ntoken_days = 0\n"))
    assert never.check(old) == ("olga", "ok") and {r["expires"] for r in never.list()} == {"never"}


def test_an_old_token_in_postgres_is_refused_as_expired(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    store = open_tokens(None, pg_url, home=tmp_path / "h")
    token = store.add("pia")
    assert store.check(token) == ("pia", "ok")
    store.max_age_days = 0.5 / 86400  # half a second, so the test need not forge a creation time
    time.sleep(0.6)
    assert store.check(token) == ("pia", "expired_token")
    assert store.list()[0]["expires"] != "never"
