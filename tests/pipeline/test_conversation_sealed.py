"""Saved conversations are sealed by the workbench's one sealer (``workbench.corpus.Sealer``), in
the format the conversation store wrote with its own AES-GCM code before: a file written by
that code still opens.

``data/conversation-v1/`` was written by ``workbench/_conversation.py`` at commit 699e2b5 (before
the shared sealer): ``wb.conversation(name="legacy", system=...)`` and one ``ask`` against the echo
server, then its ``keys/conversations.key`` (a test key, nothing else uses it) and
``conversations/legacy.wbconv`` were copied here."""

from __future__ import annotations

import hashlib
import inspect
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import workbench
import workbench._conversation as conversation_module
from workbench.corpus import Sealer
from workbench.errors import IntegrityError

from ..conftest import model_server

LEGACY = Path(__file__).parent / "data" / "conversation-v1"
LEGACY_SHA256 = "b7796553773115b9f4c7155b33f21ca587dacd1fb30afd2baffb358af77e75ed"


@pytest.fixture
def echo(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, echo=True) as server:
        yield server


@pytest.fixture
def legacy_home(isolated_home: Path) -> Path:
    for sub in ("keys", "conversations"):
        shutil.copytree(LEGACY / sub, isolated_home / sub)
        (isolated_home / sub).chmod(0o700)
    for f in isolated_home.glob("*/*"):
        f.chmod(0o600)
    return isolated_home


def test_a_conversation_saved_by_the_old_code_still_opens_and_continues(echo, legacy_home: Path) -> None:
    blob = (legacy_home / "conversations" / "legacy.wbconv").read_bytes()
    assert hashlib.sha256(blob).hexdigest() == LEGACY_SHA256  # the old code's bytes, untouched
    wb = workbench.connect()
    conv = wb.conversation(name="legacy")
    assert conv.id == "cc7db39e41af4f49a9a8f5e28dc3de24" and conv.system == "You are a careful analyst."
    assert conv.turns[0].prompt == "My colleague <PERSON_1> (<EMAIL_ADDRESS_1>) owns the churn model."
    assert "Maria Gonzalez" in conv.display()[0]["content"]  # its saved vault entries came back too
    conv.ask("Who owns the churn model?")  # saved again by the shared sealer, and still readable
    wb.close()
    again = workbench.connect().conversation(name="legacy")
    assert len(again.turns) == 2 and again.id == conv.id


def test_the_file_format_is_the_old_one_byte_for_byte(isolated_home: Path) -> None:
    store = conversation_module._store(workbench.config.load_settings())
    payload = json.dumps({"v": 1, "turns": []}).encode()
    path = store.write("churn", payload)
    blob, key = path.read_bytes(), store.key_path.read_bytes()
    assert blob[:4] == b"WBV1" and len(blob) == 4 + 12 + len(payload) + 16 and len(key) == 32
    # the old code's own reading: AES-256-GCM, nonce blob[4:16], associated data the name
    assert AESGCM(key).decrypt(blob[4:16], blob[16:], b"churn") == payload
    assert store.read("churn") == payload


def test_altered_renamed_or_keyless_files_are_refused(isolated_home: Path) -> None:
    store = conversation_module._store(workbench.config.load_settings())
    path = store.write("churn", b'{"v": 1}')
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 1
    path.write_bytes(bytes(blob))
    with pytest.raises(IntegrityError, match="altered"):
        store.read("churn")
    good = store.write("churn", b'{"v": 1}')
    shutil.copy2(good, store.path("other"))  # moved to another name: the name is the associated data
    with pytest.raises(IntegrityError):
        store.read("other")
    store.key_path.unlink()
    with pytest.raises(IntegrityError, match="key"):
        store.read("churn")
    assert not store.key_path.exists()  # reading never makes a new key


def test_one_sealer_two_magics(isolated_home: Path) -> None:
    key = bytes(range(32))
    corpus_blob = Sealer(key).seal(b"chunk", b"aad")
    assert corpus_blob[:4] == b"WBC1"  # corpus files keep theirs
    from workbench.corpus import CONVERSATION_MAGIC

    with pytest.raises(IntegrityError):  # a corpus file is not a conversation, under the same key
        Sealer(key, magic=CONVERSATION_MAGIC).open(corpus_blob, b"aad", what="x")
    assert "key" in repr(Sealer(key)) and key.hex() not in repr(Sealer(key))


def test_conversations_have_no_aes_gcm_code_of_their_own() -> None:
    source = inspect.getsource(conversation_module)
    assert "AESGCM" not in source and "InvalidTag" not in source
