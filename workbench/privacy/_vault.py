"""The session vault: value <-> placeholder, in memory only, one per kernel session."""

from __future__ import annotations

import threading

from ._known import KnownValues
from ._rec_names10 import core


class SessionVault:
    """Maps each redacted value to a stable placeholder such as ``<PERSON_1>``.

    The same value gets the same placeholder for the life of the vault, across chat turns,
    history and retrieved chunks. Thread-safe. Held in memory only: it is never written to
    disk, and ``clear()`` (called on kernel shutdown) forgets every value. ``repr`` shows counts,
    never values.
    """

    __slots__ = ("_lock", "_by_value", "_by_key", "_counters", "_reserved", "_known", "_known_n", "_spellings")

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._by_value: dict[str, str] = {}  # value -> placeholder
        self._by_key: dict[tuple[str, int], str] = {}  # (type, n) -> value
        self._counters: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()  # placeholders the user typed literally
        self._known: KnownValues | None = None  # matcher over the values above, rebuilt on growth
        self._known_n = -1
        self._spellings: dict = {}  # (type, value) -> its variants, so a rebuild compiles, not re-derives

    def reserve(self, entity_type: str, n: int) -> None:
        """Never issue ``<entity_type_n>``: the user wrote it literally, so it stays as written."""
        with self._lock:
            if (entity_type, n) not in self._by_key:
                self._reserved.add((entity_type, n))

    def placeholder(self, entity_type: str, value: str) -> str:
        """The placeholder for ``value``, assigning the next free number for its type."""
        with self._lock:
            existing = self._by_value.get(value)
            if existing is None and entity_type == "PERSON" and self._by_key:
                existing = self._known_person(value)
            if existing is not None:
                return existing
            n = self._counters.get(entity_type, 0) + 1
            while (entity_type, n) in self._reserved:
                n += 1
            self._counters[entity_type] = n
            token = f"<{entity_type}_{n}>"
            self._by_value[value] = token
            self._by_key[(entity_type, n)] = value
            return token

    def _known_person(self, value: str) -> str | None:
        """Round ten: "Khun Somchai", "Bapak Hendra", "Ustaz Ahmad" in turn 2, with "Somchai Wongsakul" known
        from turn 1: the recognizers take the honorific into the span, so the value is new, yet without it the
        name is a known person's (or one of its parts): that person's placeholder, not a new person's. The
        value is not remembered under it: the placeholder restores turn 1's value."""
        bare = core(value)
        if bare == value:
            return None
        hits = self.known().find(bare)
        tokens = {token for s, e, t, token in hits if t == "PERSON"}
        covered = sum(e - s for s, e, t, token in hits if t == "PERSON")
        letters = sum(ch.isalnum() for ch in bare)
        if len(tokens) == 1 and covered >= letters:
            return tokens.pop()
        return None

    def lookup(self, entity_type: str, n: int) -> str | None:
        """The real value behind ``<entity_type_n>``, or None when this vault never issued it."""
        with self._lock:
            return self._by_key.get((entity_type, n))

    def known(self) -> KnownValues:
        """A matcher for every value this vault pseudonymised and its variants (see ``_known``)."""
        with self._lock:
            if self._known is None or self._known_n != len(self._by_key):
                entries = [(t, v, f"<{t}_{n}>") for (t, n), v in self._by_key.items()]
                self._known, self._known_n = KnownValues(entries, self._spellings), len(self._by_key)
            return self._known

    def knows_value(self, value: str) -> bool:
        with self._lock:
            return value in self._by_value

    def types(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._counters)

    def clear(self) -> None:
        """Forget every value and placeholder."""
        with self._lock:
            self._by_value.clear()
            self._by_key.clear()
            self._counters.clear()
            self._reserved.clear()
            self._spellings.clear()
            self._known, self._known_n = None, -1

    def entries(self, placeholders: set[str] | None = None) -> list[tuple[str, int, str]]:
        """``(type, n, value)`` for the placeholders issued (or only those in ``placeholders``):
        what an encrypted, saved conversation needs to restore its turns after a restart."""
        with self._lock:
            return [(t, n, v) for (t, n), v in self._by_key.items()
                    if placeholders is None or f"<{t}_{n}>" in placeholders]

    def adopt(self, entries: list[tuple[str, int, str]]) -> None:
        """Take back entries saved by :meth:`entries` (a conversation loaded after a restart).
        A value this vault already knows keeps its own placeholder; a clashing number is skipped."""
        with self._lock:
            for entity_type, n, value in entries:
                if value in self._by_value or (entity_type, n) in self._by_key:
                    continue
                token = f"<{entity_type}_{n}>"
                self._by_value[value] = token
                self._by_key[(entity_type, n)] = value
                self._counters[entity_type] = max(self._counters.get(entity_type, 0), n)

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_value)

    def __repr__(self) -> str:
        with self._lock:
            counts = ", ".join(f"{k}={v}" for k, v in sorted(self._counters.items()))
        return f"SessionVault({counts})"

    def __reduce__(self):  # never pickled: a vault must not reach the disk by accident
        raise TypeError("SessionVault cannot be pickled; it holds personal data in memory only.")
