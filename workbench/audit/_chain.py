"""The hash chain: how one stored row becomes one link.

A row's hash covers a small header (format version, seq, id, the previous row's hash and the
columns that queries filter on) and the exact bytes of the stored body, so editing any of them,
deleting a row or swapping two rows breaks the chain at that row::

    hash[n] = SHA-256( canonical_json([1, seq, id, prev_hash, time, user, notebook_path,
                                       cell_id, run_id, outcome]) + "\\n" + body )
    prev_hash[1] = "0" * 64

A two-phase call's outcome row also names the row that opened it (``intent_id``): its header
then carries an eleventh element, so the link between an intent and its outcome is hashed too.

The body is the record as canonical JSON (sorted keys, no spaces) in UTF-8 bytes, stored as a
BLOB exactly as hashed and never re-serialised, so verifying parses no JSON and decodes no text.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable

FORMAT_VERSION = 1
GENESIS = "0" * 64

#: Record keys copied into their own (hashed) columns so that ``records()`` can filter by index.
INDEXED = ("time", "user", "notebook_path", "cell_id", "run_id", "outcome")


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no whitespace, non-ASCII kept as UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def header_encoder() -> Callable[[list[Any]], str]:
    """Encode a header list exactly as ``json.dumps(h, separators=(",", ":"), ensure_ascii=False)``.

    Uses the C encoder directly when present (twice as fast: verify spends its time here).
    """
    encoder = c_header_encoder()
    if encoder is None:  # pragma: no cover
        return json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
    return lambda header: "".join(encoder(header, 0))


def c_header_encoder() -> Any:
    """The C list encoder behind :func:`header_encoder` (None without the C accelerator)."""
    try:
        from json.encoder import c_make_encoder, encode_basestring
    except ImportError:  # pragma: no cover
        return None
    if c_make_encoder is None:  # pragma: no cover
        return None
    return c_make_encoder(None, None, encode_basestring, None, ":", ",", False, False, False)


_dumps_header = header_encoder()


def link_hash(
    seq: int,
    record_id: str,
    prev_hash: str,
    time: str | None,
    user: str | None,
    notebook_path: str | None,
    cell_id: str | None,
    run_id: str | None,
    outcome: str | None,
    body: bytes,
    intent_id: str | None = None,
) -> str:
    header = [FORMAT_VERSION, seq, record_id, prev_hash, time, user, notebook_path, cell_id, run_id, outcome]
    if intent_id is not None:
        header.append(intent_id)
    digest = hashlib.sha256(_dumps_header(header).encode())
    digest.update(b"\n")
    digest.update(body)
    return digest.hexdigest()


def indexed_value(record: dict[str, Any], key: str) -> str | None:
    """The column value for ``key``: text or None (numbers and others are written as text)."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    return str(value)
