"""Turning files, folders and strings into documents: txt, md, html, pdf, docx, csv, xlsx, ipynb;
and finding the personal data in new chunks (``[corpus] find_entities``).

A file that cannot be read becomes one :class:`FileError` in the report and the rest goes on.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".rst", ".text", ".log", ".json", ".yaml", ".yml", ".toml", ".py"}
SUFFIXES = TEXT_SUFFIXES | {".html", ".htm", ".pdf", ".docx", ".csv", ".tsv", ".xlsx", ".ipynb"}


@dataclass
class Document:
    text: str
    source: str
    page: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FileError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class UnreadableFile(Exception):
    """Raised by a parser; becomes a FileError (the message names no content)."""


def expand(items: Iterable[Any] | str | Path) -> Iterator[tuple[str, Any]]:
    """("path", Path) for files (folders walked recursively, hidden names skipped) and
    ("text", (label, text)) for strings that are not paths."""
    if isinstance(items, (str, Path, dict)):
        items = [items]
    for n, item in enumerate(items):
        if isinstance(item, dict):
            yield "text", (str(item.get("source") or f"text-{n + 1}"), str(item["text"]))
            continue
        if isinstance(item, tuple) and len(item) == 2:
            yield "text", (str(item[0]), str(item[1]))
            continue
        path = item if isinstance(item, Path) else None
        if path is None and isinstance(item, str) and len(item) < 4096 and "\n" not in item:
            try:
                if os.path.exists(item):
                    path = Path(item)
            except (OSError, ValueError):
                path = None
        if path is None:
            if isinstance(item, Path):
                yield "path", item
            else:
                yield "text", (f"text-{n + 1}", str(item))
        elif path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path).parts
                if sub.is_file() and not any(part.startswith(".") for part in rel):
                    yield "path", sub
        else:
            yield "path", path


def parse(path: Path) -> list[Document]:
    """The documents in one file (one per PDF page, per sheet; one otherwise)."""
    if not path.exists():
        raise UnreadableFile("no such file")
    suffix = path.suffix.lower()
    source = str(path)
    try:
        if suffix in (".html", ".htm"):
            return [Document(_html(path.read_bytes()), source)]
        if suffix == ".pdf":
            return _pdf(path, source)
        if suffix == ".docx":
            return [Document(_docx(path), source)]
        if suffix in (".csv", ".tsv"):
            return [Document(_csv(path, "\t" if suffix == ".tsv" else ","), source)]
        if suffix == ".xlsx":
            return _xlsx(path, source)
        if suffix == ".ipynb":
            return [Document(_ipynb(path), source)]
        if suffix in TEXT_SUFFIXES or suffix == "":
            return [Document(_text(path.read_bytes()), source)]
    except UnreadableFile:
        raise
    except Exception as exc:  # each parser's own errors: report the type, never content
        raise UnreadableFile(f"could not be parsed as {suffix[1:] or 'text'} ({type(exc).__name__})") from exc
    raise UnreadableFile(f"unsupported file type {suffix!r}; supported: {', '.join(sorted(SUFFIXES))}")


def _text(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        raise UnreadableFile("looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _html(raw: bytes) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def _pdf(path: Path, source: str) -> list[Document]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise UnreadableFile("the PDF is password-protected; decrypt it first")
    docs = []
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        if text.strip():
            docs.append(Document(text, source, page=number))
    return docs


def _docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(parts)


def _rows_text(rows: Iterable[list[Any]]) -> str:
    rows = iter(rows)
    header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
    lines = []
    for row in rows:
        cells = ["" if c is None else str(c).strip() for c in row]
        if not any(cells):
            continue
        pairs = [f"{header[i] if i < len(header) and header[i] else f'col{i + 1}'}: {c}" for i, c in enumerate(cells) if c]
        lines.append("; ".join(pairs))
    return "\n".join(lines)


def _csv(path: Path, delimiter: str) -> str:
    return _rows_text(csv.reader(io.StringIO(_text(path.read_bytes())), delimiter=delimiter))


def _xlsx(path: Path, source: str) -> list[Document]:
    import openpyxl

    book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        docs = []
        for sheet in book.worksheets:
            text = _rows_text(list(r) for r in sheet.iter_rows(values_only=True))
            if text:
                docs.append(Document(text, source, metadata={"sheet": sheet.title}))
        return docs
    finally:
        book.close()


def _ipynb(path: Path) -> str:
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.strip():
            parts.append(cell.source)
        elif cell.cell_type == "code" and cell.source.strip():
            parts.append("```python\n" + cell.source + "\n```")
    return "\n\n".join(parts)


class Progress:
    """A one-line progress bar on stderr (silent when disabled)."""

    def __init__(self, total: int, label: str, enabled: bool = True, stream: Any = None) -> None:
        self.total, self.label, self.enabled = max(total, 1), label, enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self._last = 0.0

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.2 or self.done >= self.total):
            self._last = now
            width = 30
            filled = int(width * min(self.done, self.total) / self.total)
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
