"""Keys: wrong passphrase, key files, rotation, tampering, and no secret in any message."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from workbench.corpus import Corpora, create_key_file
from workbench.errors import CorpusError, IntegrityError, WrongPassphrase

from .conftest import PASSPHRASE, settings_for


def _copy(shared, tmp_path: Path) -> Path:
    home = tmp_path / "copy"
    shutil.copytree(shared[0], home)
    return home


def test_a_wrong_passphrase_is_an_error_that_says_so(shared, tmp_path: Path) -> None:
    home = _copy(shared, tmp_path)
    corpora = Corpora.open(settings_for(home, passphrase="not the passphrase", user="owner"))
    with pytest.raises(WrongPassphrase, match="Wrong passphrase") as info:
        corpora.search("handbook", "parental leave")
    assert "not the passphrase" not in str(info.value) and PASSPHRASE not in str(info.value)


def test_no_passphrase_and_no_terminal_says_how_to_unlock(shared, tmp_path: Path) -> None:
    home = _copy(shared, tmp_path)
    with pytest.raises(CorpusError, match="WORKBENCH_PASSPHRASE"):
        Corpora.open(settings_for(home, passphrase=None, user="owner")).search("handbook", "leave")


@pytest.mark.parametrize("victim", ["meta.enc", "index", "table", "seg", "key.json"])
def test_a_tampered_file_is_an_integrity_error(shared, tmp_path: Path, victim: str) -> None:
    home = _copy(shared, tmp_path)
    folder = home / "corpora" / "handbook"
    path = next(p for p in sorted(folder.iterdir()) if p.name.startswith(victim))
    data = bytearray(path.read_bytes())
    if victim == "key.json":  # one character of the wrapped data key
        record = json.loads(data)
        key_id, wrap = next(iter(record["wraps"].items()))
        record["wraps"][key_id] = wrap[:30] + ("A" if wrap[30] != "A" else "B") + wrap[31:]
        data = bytearray(json.dumps(record).encode())
    else:
        data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    corpora = Corpora.open(settings_for(home, user="owner"))
    with pytest.raises(IntegrityError):
        corpora.search("handbook", "parental leave", k=10)


def test_a_file_swapped_in_from_another_corpus_fails_authentication(shared, tmp_path: Path) -> None:
    home = _copy(shared, tmp_path)
    corpora = Corpora.open(settings_for(home, user="owner"))
    corpora.get("other").add(["A different corpus about something else entirely."], progress=False)
    src, dst = home / "corpora" / "other", home / "corpora" / "handbook"
    shutil.copy(src / "meta.enc", dst / "meta.enc")
    with pytest.raises(IntegrityError):
        Corpora.open(settings_for(home, user="owner")).search("handbook", "leave")


def test_rotation_rewraps_keys_without_touching_data(shared, tmp_path: Path) -> None:
    home = _copy(shared, tmp_path)
    folder = home / "corpora" / "handbook"
    data_before = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "key.json"}
    corpora = Corpora.open(settings_for(home, user="owner"))
    assert corpora.rotate(passphrase="a brand new passphrase") == 1
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "key.json"} == data_before
    with pytest.raises(WrongPassphrase):
        Corpora.open(settings_for(home, user="owner")).search("handbook", "leave")
    hits = Corpora.open(settings_for(home, passphrase="a brand new passphrase", user="owner")).search("handbook", "leave")
    assert hits


def test_a_key_file_unlocks_and_must_be_private(tmp_path: Path) -> None:
    key = create_key_file(tmp_path / "keys" / "master.key")
    assert (key.stat().st_mode & 0o777) == 0o600
    home = tmp_path / "home"
    corpora = Corpora.open(settings_for(home, passphrase=None, **{"corpus.key_file": str(key)}))
    corpora.get("k").add(["Key files protect this text."], progress=False)
    assert Corpora.open(settings_for(home, passphrase=None, **{"corpus.key_file": str(key)})).search("k", "key files")
    with pytest.raises(WrongPassphrase, match="key file"):  # a passphrase where a key file is expected
        Corpora.open(settings_for(home)).search("k", "key files")
    os.chmod(key, 0o644)
    with pytest.raises(CorpusError, match="chmod 600"):
        Corpora.open(settings_for(home, passphrase=None, **{"corpus.key_file": str(key)})).search("k", "x")


def test_argon2id_works_as_the_kdf(tmp_path: Path) -> None:
    home = tmp_path / "argon"
    settings = settings_for(home, **{"corpus.kdf": "argon2id"})
    Corpora.open(settings).get("a").add(["Argon2id stretched this passphrase."], progress=False)
    assert b"argon2id" in (home / "keys" / "corpus-master.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        Corpora.open(settings_for(home, passphrase="nope", **{"corpus.kdf": "argon2id"})).search("a", "argon")


def test_no_secret_in_reprs(shared) -> None:
    _, corpora = shared
    corpus = corpora.get("handbook")
    corpus.search("leave")
    texts = [repr(corpora), repr(corpus), repr(corpora.master), repr(corpus._keys()), repr(corpora.settings)]
    assert not any(PASSPHRASE in t for t in texts)
    assert all("***" in t for t in texts[2:4])


def test_home_dirs_are_0700_and_files_0600(shared) -> None:
    home, _ = shared
    for path in [p for p in home.rglob("*")] + [home]:
        mode = path.stat().st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), path


def test_argon2id_uses_owasp_parameters(tmp_path: Path) -> None:
    home = tmp_path / "argon-owasp"
    Corpora.open(settings_for(home, **{"corpus.kdf": "argon2id"})).get("a").add(["Stretched text."], progress=False)
    kdf = json.loads((home / "keys" / "corpus-master.json").read_text())["kdf"]
    assert (kdf["name"], kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == ("argon2id", 46 * 1024, 1, 1)
    assert kdf["memory_kib"] * kdf["iterations"] >= 19 * 1024 * 2  # at least OWASP's m=19 MiB, t=2


def test_a_master_key_made_with_the_old_argon2id_parameters_still_opens(tmp_path: Path) -> None:
    """Corpora made before the change (Argon2id 16 MiB, t=3, 4 lanes) keep opening: the KDF's
    parameters are read from the stored key record, never from today's settings."""
    from workbench.corpus._keys import Keyring, LocalMasterKey, derive

    home = tmp_path / "old-argon"
    settings = settings_for(home, **{"corpus.kdf": "argon2id"})
    old_kdf = {"name": "argon2id", "salt": "c2FsdHNhbHRzYWx0c2FsdA==", "iterations": 3, "lanes": 4,
               "memory_kib": 16 * 1024}
    keyring = Keyring(settings)
    keyring.write("passphrase", old_kdf, LocalMasterKey(derive(PASSPHRASE.encode(), old_kdf), "0123456789abcdef"))
    Corpora.open(settings).get("old").add(["Text sealed under the old parameters."], progress=False)
    assert Corpora.open(settings_for(home, **{"corpus.kdf": "argon2id"})).search("old", "old parameters")
    assert Corpora.open(settings_for(home)).search("old", "old parameters")  # scrypt configured now: still opens
    stored = json.loads((home / "keys" / "corpus-master.json").read_text())["kdf"]
    assert stored == old_kdf
    with pytest.raises(WrongPassphrase):
        Corpora.open(settings_for(home, passphrase="wrong", **{"corpus.kdf": "argon2id"})).search("old", "x")
