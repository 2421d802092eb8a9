"""`workbench corpus ...` and `workbench keys rotate` (the groups the lead registers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli._corpus import corpus, keys

from .conftest import PASSPHRASE, write_docs


@pytest.fixture
def env(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "workbench.toml").write_text("[corpus]\nkdf_cost = 10\n")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", "alice")
    return isolated_home


def test_add_search_grant_list_revoke(env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    docs = write_docs(tmp_path / "docs")
    (docs / "bad.png").write_bytes(b"\x89PNG")
    result = runner.invoke(corpus, ["add", "hb", str(docs), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "chunks added from 4 documents (5 files)" in result.output and "bad.png" in result.output
    result = runner.invoke(corpus, ["search", "hb", "lost", "laptop", "-k", "1"])
    assert result.exit_code == 0 and "security.html" in result.output and "walrus-teacup" in result.output
    assert runner.invoke(corpus, ["grant", "hb", "bob", "--right", "read"]).exit_code == 0
    listed = runner.invoke(corpus, ["list"]).output
    assert "hb:" in listed and "bob:read" in listed and "you: admin" in listed
    monkeypatch.setenv("WORKBENCH_USER", "bob")
    assert "you: read" in runner.invoke(corpus, ["list"]).output
    denied = runner.invoke(corpus, ["grant", "hb", "carol"])
    assert denied.exit_code != 0 and "admin" in str(denied.exception)
    monkeypatch.setenv("WORKBENCH_USER", "alice")
    assert "revoked" in runner.invoke(corpus, ["revoke", "hb", "bob"]).output


def test_keys_rotate_then_only_the_new_passphrase_works(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.errors import WrongPassphrase

    runner = CliRunner()
    assert runner.invoke(corpus, ["add", "n", str(write_docs(env.parent / "d")), "--no-progress"]).exit_code == 0
    monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "the new one")
    result = runner.invoke(keys, ["rotate"])
    assert result.exit_code == 0 and "1 corpora" in result.output
    result = runner.invoke(corpus, ["search", "n", "leave"])
    assert isinstance(result.exception, WrongPassphrase)
    assert PASSPHRASE not in str(result.exception) and "the new one" not in str(result.exception)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "the new one")
    assert runner.invoke(corpus, ["search", "n", "leave"]).exit_code == 0
