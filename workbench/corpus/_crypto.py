"""AES-256-GCM sealing. Every sealed blob is ``MAGIC | nonce(12) | ciphertext+tag`` and is bound
by its associated data to where it belongs (corpus, file, chunk), so a swapped or edited file
fails authentication with :class:`~workbench.errors.IntegrityError`."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import IntegrityError

MAGIC = b"WBC1"
NONCE = 12
OVERHEAD = len(MAGIC) + NONCE + 16


class Sealer:
    """Seals and opens blobs under one 256-bit key. The key never appears in a repr."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("an AES-256 key is 32 bytes")
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return "<Sealer AES-256-GCM key=***>"

    def seal(self, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, aad)

    def open_into(self, blob: memoryview, aad: bytes, out: memoryview, *, what: str) -> int:
        """Like :meth:`open`, into ``out`` (reused buffers: no fresh allocation per block)."""
        if len(blob) < OVERHEAD or bytes(blob[:4]) != MAGIC:
            raise IntegrityError(f"{what} is not a workbench-encrypted file or is truncated; "
                                 "restore it from a backup or re-create the corpus.")
        size = len(blob) - OVERHEAD
        try:
            self._aead.decrypt_into(blob[4 : 4 + NONCE], blob[4 + NONCE :], aad, out[:size])
        except InvalidTag:
            raise IntegrityError(f"{what} failed its integrity check (it was altered, truncated or "
                                 "swapped); restore it from a backup or re-create the corpus.") from None
        return size

    def open(self, blob: bytes, aad: bytes, *, what: str) -> bytes:
        if len(blob) < OVERHEAD or blob[:4] != MAGIC:
            raise IntegrityError(f"{what} is not a workbench-encrypted file or is truncated; "
                                 "restore it from a backup or re-create the corpus.")
        try:
            return self._aead.decrypt(blob[4 : 4 + NONCE], blob[4 + NONCE :], aad)
        except InvalidTag:
            raise IntegrityError(f"{what} failed its integrity check (it was altered, truncated or "
                                 "swapped); restore it from a backup or re-create the corpus.") from None
