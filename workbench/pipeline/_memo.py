"""What one session's analyser found in a text, kept so a passage retrieved again is not analysed again.

A chunk's personal-data spans are a function of its text and of the recognizers and settings
that looked at it, nothing else (the vault's known values are applied afterwards, at each call).
Spans stored at ingestion carry that fingerprint (``Hit.entities_for``); a corpus built without
``[corpus] find_entities`` has none, so the pipeline finds them at a chunk's first retrieval and
keeps them here, for the one :class:`~workbench.privacy.Privacy` this session holds (its settings
are copied when it is built: the memo can never outlive the configuration that filled it).

Runs in the analyst's process, beside the vault. It holds offsets and entity types, never a
value: the key is a digest of the text, not the text.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

Span = dict[str, Any]  # {"type": ..., "start": ..., "end": ...}, as stored at ingestion


class SpanMemo:
    """A bounded, thread-safe map from a text to the spans one ``Privacy`` found in it."""

    def __init__(self, owner: Any, maxsize: int = 4096) -> None:
        self.owner = owner  # the Privacy whose analyses these are
        self.maxsize = maxsize
        self._items: OrderedDict[bytes, tuple[int, tuple[tuple[str, int, int], ...]]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, owner: Any, text: str) -> list[Span] | None:
        """The spans found in ``text`` by ``owner``, or None (never analysed, or by another)."""
        if owner is not self.owner:
            return None
        key = self._key(text)
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] != len(text):
                return None
            self._items.move_to_end(key)
        return [{"type": t, "start": s, "end": e} for t, s, e in item[1]]

    def put(self, owner: Any, text: str, spans: list[Span]) -> None:
        if owner is not self.owner or self.maxsize <= 0:
            return
        frozen = tuple((str(s["type"]), int(s["start"]), int(s["end"])) for s in spans)
        key = self._key(text)
        with self._lock:
            self._items[key] = (len(text), frozen)
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
