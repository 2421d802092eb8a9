"""AES-256-GCM sealing: the workbench's one sealer, for corpora and saved conversations.

Every sealed blob is ``MAGIC | nonce(12) | ciphertext+tag`` and is bound by its associated data
to where it belongs (a corpus's file or chunk; a conversation's name), so a swapped or edited
file fails authentication with :class:`~workbench.errors.IntegrityError`. The 4-byte magic
names what the blob is: ``WBC1`` for corpus files (the default), ``WBV1`` for saved
conversations (``workbench/_conversation.py``, through ``workbench.corpus.Sealer``) -- the
formats both wrote before they shared this module, byte for byte.

Depends only on ``cryptography`` and ``workbench.errors``; runs wherever the key is (the
kernel for a single analyst, the gateway for corpora behind it)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import IntegrityError

MAGIC = b"WBC1"  # corpus files
CONVERSATION_MAGIC = b"WBV1"  # saved conversations
NONCE = 12
OVERHEAD = len(MAGIC) + NONCE + 16
_CORPUS_REMEDY = "restore it from a backup or re-create the corpus"


class Sealer:
    """Seals and opens blobs under one 256-bit key. The key never appears in a repr.

    ``magic``: the 4 bytes that start every blob (``MAGIC`` for corpora, ``CONVERSATION_MAGIC``);
    ``remedy``: what an IntegrityError tells the user to do next."""

    __slots__ = ("_aead", "_magic", "_remedy")

    def __init__(self, key: bytes, *, magic: bytes = MAGIC, remedy: str = _CORPUS_REMEDY) -> None:
        if len(key) != 32:
            raise ValueError("an AES-256 key is 32 bytes")
        if len(magic) != len(MAGIC):
            raise ValueError("a sealed blob's magic is 4 bytes")
        self._aead = AESGCM(key)
        self._magic = magic
        self._remedy = remedy

    def __repr__(self) -> str:
        return f"<Sealer AES-256-GCM {self._magic.decode('ascii', 'replace')} key=***>"

    def seal(self, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return self._magic + nonce + self._aead.encrypt(nonce, data, aad)

    def open_into(self, blob: memoryview, aad: bytes, out: memoryview, *, what: str) -> int:
        """Like :meth:`open`, into ``out`` (reused buffers: no fresh allocation per block)."""
        if len(blob) < OVERHEAD or bytes(blob[:4]) != self._magic:
            raise self._not_ours(what)
        size = len(blob) - OVERHEAD
        try:
            self._aead.decrypt_into(blob[4 : 4 + NONCE], blob[4 + NONCE :], aad, out[:size])
        except InvalidTag:
            raise self._altered(what) from None
        return size

    def open(self, blob: bytes, aad: bytes, *, what: str) -> bytes:
        if len(blob) < OVERHEAD or blob[:4] != self._magic:
            raise self._not_ours(what)
        try:
            return self._aead.decrypt(blob[4 : 4 + NONCE], blob[4 + NONCE :], aad)
        except InvalidTag:
            raise self._altered(what) from None

    def _not_ours(self, what: str) -> IntegrityError:
        return IntegrityError(f"{what} is not a workbench-encrypted file or is truncated; {self._remedy}.")

    def _altered(self, what: str) -> IntegrityError:
        return IntegrityError(f"{what} failed its integrity check (it was altered, truncated or swapped); "
                              f"{self._remedy}.")
