"""Canary checks: no plaintext canary phrase anywhere on disk.

``assert_no_plaintext(home, canaries)`` reads every regular file under ``home`` (SQLite's
``-wal``/``-shm`` files, head files, keys, logs, caches: everything) and fails naming the file and
the canary's index if any canary appears in it, in any of the spellings a writer might use:
UTF-8, UTF-16 (LE/BE), JSON with ``\\uXXXX`` escapes, and URL- or HTML-escaped. Zip files (xlsx,
docx) and gzip files are opened and their members scanned too. Canaries should be long, unique
phrases (not words the code or a model might produce by chance).
"""

from __future__ import annotations

import gzip
import html
import io
import json
import zipfile
from pathlib import Path
from urllib.parse import quote, quote_plus


def _spellings(canary: str) -> set[bytes]:
    forms = {canary, json.dumps(canary)[1:-1], html.escape(canary), quote(canary), quote_plus(canary)}
    out: set[bytes] = set()
    for form in forms:
        out.add(form.encode("utf-8"))
        out.add(form.encode("utf-16-le"))
        out.add(form.encode("utf-16-be"))
    return {b for b in out if b}


def _contents(path: Path, data: bytes, depth: int = 0):
    yield str(path), data
    if depth > 2:
        return
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for name in zf.namelist():
                    yield from _contents(path / name, zf.read(name), depth + 1)
        except (zipfile.BadZipFile, RuntimeError, OSError):
            pass
    elif data[:2] == b"\x1f\x8b":
        try:
            yield from _contents(path / "(gunzipped)", gzip.decompress(data), depth + 1)
        except (OSError, EOFError):
            pass


def find_plaintext(home: Path, canaries: list[str]) -> list[tuple[str, int]]:
    """(file, canary index) for every canary found under ``home``."""
    if not canaries or any(not c for c in canaries):
        raise ValueError("give non-empty canary strings")
    needles = [(i, _spellings(c)) for i, c in enumerate(canaries)]
    hits: list[tuple[str, int]] = []
    for path in sorted(Path(home).rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for name, content in _contents(path, data):
            for i, forms in needles:
                if any(form in content for form in forms):
                    hits.append((name, i))
    return hits


def assert_no_plaintext(home: Path, canaries: list[str]) -> None:
    """Fail if any canary string is found in any file under ``home`` (see the module doc)."""
    files = [p for p in Path(home).rglob("*") if p.is_file()]
    assert files, f"nothing under {home} to scan: the check would pass vacuously"
    hits = find_plaintext(home, canaries)
    assert not hits, "plaintext canaries on disk: " + "; ".join(f"canary #{i} in {name}" for name, i in hits)
