"""Putting real values back into an answer, whole or as it streams."""

from __future__ import annotations

import re

from ._vault import SessionVault

_OPEN = "<[{＜【《"
_CLOSE = ">]}＞】》"
#: A placeholder and the variants models write: PERSON_1, [PERSON_1], <PERSON_1>'s, <PERSON 1>,
#: ＜PERSON_1＞. Only numbers the vault issued are replaced; anything else is left as written.
PLACEHOLDER = re.compile(
    r"(?:(?P<open>[<\[{＜【《]{1,2})[ ]?)?"
    r"(?<![A-Za-z0-9_])(?P<type>[A-Z][A-Z_]*[A-Z])[_ ](?P<n>\d{1,6})(?!\d)"
    r"(?:[ ]?(?P<close>[>\]}＞】》]{1,2}))?"
)
# Characters a placeholder (with its brackets) is made of; a tail of these may be one unfinished.
_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789 " + _OPEN + _CLOSE)
_HOLD_MAX = 80


def restore(text: str, vault: SessionVault) -> str:
    """``text`` with every placeholder this vault issued replaced by its real value (one pass)."""
    if not text:
        return text

    def swap(match: re.Match[str]) -> str:
        value = vault.lookup(match.group("type"), int(match.group("n")))
        if value is None:
            return match.group(0)
        # Consume one pair of brackets at most: "<<EMAIL_1>>" keeps the user's own "<" and ">".
        opened, closed = match.group("open") or "", match.group("close") or ""
        if opened and closed:
            return opened[:-1] + value + closed[1:]
        if opened:
            return opened[:-1] + value
        return value + closed

    return PLACEHOLDER.sub(swap, text)


class Restorer:
    """Streaming restore: ``feed(chunk)`` returns text safe to show now, ``flush()`` the rest.

    A placeholder split across chunks ("<PER" + "SON_1>") is held back until it is complete, so the
    user never sees half a placeholder; at most a short tail (80 characters) is held.
    """

    def __init__(self, vault: SessionVault) -> None:
        self._vault = vault
        self._buf = ""

    def feed(self, chunk: str) -> str:
        if not chunk:
            return ""
        self._buf += chunk
        cut = _safe_cut(self._buf)
        ready, self._buf = self._buf[:cut], self._buf[cut:]
        return restore(ready, self._vault)

    def flush(self) -> str:
        ready, self._buf = self._buf, ""
        return restore(ready, self._vault)

    def __repr__(self) -> str:
        return f"Restorer(held={len(self._buf)})"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _safe_cut(buf: str) -> int:
    """Where to cut ``buf``: everything before may be emitted, the rest may be a placeholder."""
    n = len(buf)
    j = n
    while j > 0 and n - j < _HOLD_MAX and buf[j - 1] in _ALPHABET:
        j -= 1
    if j == n:
        return n
    # Cut only where a placeholder could start: at an opener, after a closer, or after a space
    # that is not the space inside "<PERSON 1>". (A long run of placeholders can exceed the
    # hold-back window, and the window's edge may fall inside one.)
    while 0 < j < n and not _starts_here(buf, j):
        j += 1
    return j


def _starts_here(buf: str, j: int) -> bool:
    before, at = buf[j - 1], buf[j]
    if at in _OPEN or before in _CLOSE:
        return True
    if before.isspace():
        return not at.isspace() and not at.isdigit()
    return not _is_word(before) and before not in _OPEN
