"""The shared token store (PostgreSQL), in process, against a real PostgreSQL server: what is
stored, what a forged row gets, revocation racing checks, migrating a tokens.json."""

from __future__ import annotations

import hashlib
import shutil
import threading
import time
from pathlib import Path

import psycopg
import pytest

from tests._postgres import pg_server, pg_url  # noqa: F401  (fixtures)
from workbench.errors import ConfigError
from workbench.gateway import (
    GatewayService,
    PostgresTokenStore,
    TokenStore,
    gateway_settings,
    migrate_file_tokens,
    open_tokens,
)
from workbench.gateway._tokens_pg import KEY_FILE, PG_MIGRATIONS, migrate_pg


def _replica(home: Path, url: str) -> PostgresTokenStore:
    store = open_tokens(None, url, home=home)
    assert isinstance(store, PostgresTokenStore)
    return store


def test_a_token_added_on_one_store_is_checked_and_revoked_on_another(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    home = tmp_path / "gateway-home"
    operator, replica = _replica(home, pg_url), _replica(home, pg_url)  # two connections, as two hosts
    alice, bob = operator.add("alice"), operator.add("bob")
    assert replica.user_for(alice) == "alice" and replica.user_for(bob) == "bob"
    assert replica.user_for(alice + "x") is None and replica.user_for("") is None and replica.user_for("wbg_") is None
    listed = replica.list()
    assert sorted(r["user"] for r in listed) == ["alice", "bob"]
    assert all(set(r) == {"user", "id", "created", "expires"} for r in listed)
    assert {r["id"] for r in listed} == {hashlib.sha256(t.encode()).hexdigest()[:8] for t in (alice, bob)}

    assert operator.revoke("alice") == 1
    assert replica.user_for(alice) is None  # at once, through another connection: nothing is cached
    assert replica.user_for(bob) == "bob"
    assert operator.revoke("alice") == 0
    assert [r["user"] for r in replica.list()] == ["bob"]
    assert (home / "keys" / KEY_FILE).stat().st_mode & 0o077 == 0
    with pytest.raises(Exception, match="Invalid user name"):
        operator.add("alice; DROP TABLE gateway_tokens")


def test_the_database_holds_no_token_nor_its_sha256(tmp_path: Path, pg_server, pg_url: str) -> None:  # noqa: F811
    store = _replica(tmp_path, pg_url)
    tokens = [store.add(u) for u in ("alice", "bob", "carol")]
    store.revoke("bob")
    dump = pg_server.tool("pg_dump", "--data-only", "-d", pg_url).stdout
    assert "alice" in dump and "gateway_tokens" in dump  # the dump does show the table
    for token in tokens:
        assert token not in dump and token[4:] not in dump
        assert hashlib.sha256(token.encode()).hexdigest() not in dump  # keyed: a dump confirms nothing
    assert store.key_path.read_text().strip() not in dump  # the key never goes to the database


def test_rows_written_without_the_key_are_refused(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    """Write access to the table is not enough to mint a token or to move one to another user."""
    store = _replica(tmp_path, pg_url)
    bob = store.add("bob")
    bob_id = hashlib.sha256(bob.encode()).hexdigest()[:8]
    mine = "wbg_" + "A" * 43  # a token the database's administrator knows
    sha = hashlib.sha256(mine.encode()).hexdigest()
    with psycopg.connect(pg_url, autocommit=True) as db:  # a row as a plain SHA-256 store would match it
        db.execute('INSERT INTO gateway_tokens (lookup, "user", id, created, mac) VALUES (%s, %s, %s, %s, %s)',
                   (sha, "alice", sha[:8], "2026-01-01T00:00:00+00:00", "0" * 64))
        db.execute('UPDATE gateway_tokens SET "user" = %s WHERE id = %s', ("alice", bob_id))
    assert store.user_for(mine) is None  # minting needs the key
    assert store.user_for(bob) is None  # bob's token is not alice's (nor bob's while the row is forged)
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute('UPDATE gateway_tokens SET "user" = %s WHERE id = %s', ("bob", bob_id))
    assert store.user_for(bob) == "bob"  # what the key signed is accepted again


def test_every_replica_needs_the_same_key(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    first = tmp_path / "first"
    _replica(first, pg_url).add("alice")
    with pytest.raises(ConfigError, match="is missing.*keys/"):
        open_tokens(None, pg_url, home=tmp_path / "bare")  # a home without the key: no new key made
    assert not (tmp_path / "bare" / "keys" / KEY_FILE).exists()
    other = tmp_path / "other"
    (other / "keys").mkdir(parents=True)
    (other / "keys" / KEY_FILE).write_text("11" * 32 + "\n")
    with pytest.raises(ConfigError, match="not the one the shared tokens were issued with"):
        open_tokens(None, pg_url, home=other)
    shutil.copytree(first / "keys", tmp_path / "copy" / "keys")  # a replica with a copy of keys/
    assert len(_replica(tmp_path / "copy", pg_url).list()) == 1


def test_revocation_races_checks_on_other_connections(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    """No check that starts after revoke() returned accepts the token, on any of 4 connections."""
    operator = _replica(tmp_path, pg_url)
    token = operator.add("alice")
    replicas = [_replica(tmp_path, pg_url) for _ in range(4)]
    seen: list[tuple[float, str | None]] = []
    stop = threading.Event()

    def check(store: PostgresTokenStore) -> None:
        while not stop.is_set():
            started = time.monotonic()
            seen.append((started, store.user_for(token)))

    threads = [threading.Thread(target=check, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    time.sleep(0.3)
    assert operator.revoke("alice") == 1
    revoked_at = time.monotonic()
    time.sleep(0.3)
    stop.set()
    for t in threads:
        t.join(10)
    before = [user for at, user in seen if at < revoked_at]
    after = [user for at, user in seen if at > revoked_at]
    assert before.count("alice") > 10 and len(after) > 10  # the race was run
    assert set(after) == {None}


def test_a_tokens_json_is_refused_until_migrated_and_migrating_revives_nothing(tmp_path: Path,
                                                                              pg_url: str) -> None:  # noqa: F811
    home = tmp_path / "gateway-home"
    files = TokenStore(home)
    alice, bob = files.add("alice"), files.add("bob")
    with pytest.raises(ConfigError, match="still holds 2 gateway token.*token migrate"):
        open_tokens(None, pg_url, home=home)
    settings = gateway_settings(upstream="http://127.0.0.1:9/v1", audit_url=pg_url,
                                env={"WORKBENCH_HOME": str(home)})
    with pytest.raises(ConfigError, match="token migrate"):  # the gateway itself will not start
        GatewayService(settings)
    store = open_tokens(None, pg_url, home=home, check_file=False)
    old_copy = tmp_path / "tokens.json.old"
    shutil.copy(files.path, old_copy)

    done = migrate_file_tokens(home, store)
    assert done["found"] == 2 and done["added"] == 2 and done["already_there"] == 0
    assert not files.path.exists() and Path(done["file"]).exists()
    assert store.user_for(alice) == "alice" and store.user_for(bob) == "bob"  # nobody needs a new token
    assert GatewayService(settings).tokens.user_for(alice) == "alice"  # and the gateway now starts

    store.revoke("bob")
    shutil.copy(old_copy, files.path)  # an old copy of the home, migrated again
    again = migrate_file_tokens(home, store)
    assert again["added"] == 0 and again["already_there"] == 2
    assert store.user_for(bob) is None and store.user_for(alice) == "alice"  # the tombstone holds


def test_hub_mode_does_not_open_the_token_store(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    home = tmp_path / "gateway-home"
    TokenStore(home).add("alice")
    settings = gateway_settings(upstream="http://127.0.0.1:9/v1", audit_url=pg_url, auth="hub",
                                env={"WORKBENCH_HOME": str(home)})
    assert isinstance(open_tokens(settings), PostgresTokenStore)  # no error, no connection, no key made
    assert not (home / "keys" / KEY_FILE).exists()


def test_migrations_from_empty_give_exactly_these_columns_and_touch_no_other_table(pg_url: str) -> None:  # noqa: F811
    with psycopg.connect(pg_url, autocommit=True) as db:
        assert migrate_pg(db) == [name for name, _ in PG_MIGRATIONS]
        assert migrate_pg(db) == []
        tables = {r[0] for r in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        columns = [r[0] for r in db.execute("SELECT column_name FROM information_schema.columns WHERE "
                                            "table_name = 'gateway_tokens' ORDER BY ordinal_position")]
    assert tables == {"gateway_tokens", "gateway_tokens_meta", "gateway_tokens_migrations"}
    assert columns == ["lookup", "user", "id", "created", "mac", "revoked"]


def test_an_unreachable_database_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be used.*nothing was forwarded"):
        open_tokens(None, "postgresql://nobody@127.0.0.1:9/none", home=tmp_path)
    store = PostgresTokenStore("postgresql://nobody@127.0.0.1:9/none", tmp_path / "keys")
    with pytest.raises(ConfigError):
        store.user_for("wbg_" + "A" * 43)
    started = time.monotonic()
    with pytest.raises(ConfigError):
        store.user_for("wbg_" + "A" * 43)  # fails fast for a second rather than waiting again
    assert time.monotonic() - started < 0.5
