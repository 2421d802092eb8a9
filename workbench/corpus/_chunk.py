"""Token-aware chunking with overlap, and de-duplication keys."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Sequence

_SPACE = re.compile(r"\s+")


@dataclass
class Piece:
    text: str
    start: int  # character offsets in the document
    end: int


def chunk_text(text: str, offsets: Sequence[tuple[int, int]], size: int, overlap: int) -> list[Piece]:
    """Windows of ``size`` tokens, each overlapping the previous one by ``overlap`` tokens.

    ``offsets`` are the tokenizer's character spans of ``text``; a window ends, where it can, at
    the last sentence or line break in its final quarter, so chunks rarely cut a sentence.
    """
    if size <= 0:
        raise ValueError("chunk size must be positive")
    overlap = max(0, min(overlap, size // 2))
    n = len(offsets)
    if n == 0:
        return []
    pieces: list[Piece] = []
    i = 0
    while i < n:
        j = min(i + size, n)
        if j < n:
            j = _break_at(text, offsets, i, j, size)
        start, end = offsets[i][0], offsets[j - 1][1]
        piece = text[start:end].strip()
        if piece:
            pieces.append(Piece(piece, start, end))
        if j >= n:
            break
        i = max(j - overlap, i + 1)
    return pieces


def _break_at(text: str, offsets: Sequence[tuple[int, int]], i: int, j: int, size: int) -> int:
    floor = j - max(size // 4, 1)
    for t in range(j - 1, max(floor, i + 1) - 1, -1):
        gap = text[offsets[t - 1][1] : offsets[t][0]] if t > 0 else ""
        prev = text[offsets[t - 1][0] : offsets[t - 1][1]] if t > 0 else ""
        if "\n" in gap or prev in (".", "!", "?", "。", "！", "？"):
            return t
    return j


def content_key(text: str, key: bytes) -> bytes:
    """16 bytes naming a chunk's content (whitespace-normalised): the de-dup key and chunk id.

    Keyed (HMAC with a key derived from the corpus data key), so an id in an audit record cannot
    be used to confirm a guess of the chunk's text."""
    return hmac.new(key, _SPACE.sub(" ", text).strip().encode("utf-8"), hashlib.sha256).digest()[:16]
