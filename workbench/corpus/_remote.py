"""Corpora that live at the gateway, with the face of :class:`Corpora`/:class:`Corpus` a user calls.

Runs in the analyst's kernel, on the untrusted side of the boundary: it holds no corpus key and
decides nothing. Access checks, retrieval, the injection scan and the audit happen at the
gateway, against the identity the gateway authenticated (the ``user=``/``by=`` arguments of the
local face are accepted and ignored: the gateway says who you are). Files given to ``add`` are
read here, in the kernel, with the same parsers as a local corpus, and sent as texts: the
gateway never reads a path on a client's behalf.

    corpora = RemoteCorpora(GatewayAPI.from_settings(settings))
    corpora.get("hr").add(["policies/", "a plain string"])   # parsed here, sent as texts
    corpora.get("hr").search("parental leave", k=3)          # [Hit], only k decrypted, there
    corpora.get("hr").grant("bob")                           # needs admin at the gateway

A leaf: it imports the corpus part's parsers and result types, nothing that opens a key.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Iterable

from ..errors import CorpusNotFound
from ._corpus import Hit, IngestReport, _check_name
from ._ingest import Document, FileError, UnreadableFile, expand, parse

#: What one ``add`` request carries at most (the gateway takes 10,000 documents and 64 MiB).
BATCH_DOCUMENTS = 1_000
BATCH_CHARS = 8_000_000
MAX_TEXT = 10_000_000  # the gateway's limit for one document's text
MAX_SOURCE = 500

Claims = Callable[[], dict[str, Any]]


class RemoteCorpora:
    """The corpora at a gateway that this kernel's user may use. ``api`` is a
    :class:`~workbench.models.GatewayAPI`; ``claims`` gives the kernel's claims about the call
    (cell, notebook, ...), recorded at the gateway as claims."""

    def __init__(self, api: Any, *, claims: Claims | None = None) -> None:
        self.api = api
        self._claims = claims
        self._open: dict[str, RemoteCorpus] = {}

    def __repr__(self) -> str:
        return f"<RemoteCorpora at {self.api.url}>"

    def claims(self) -> dict[str, Any]:
        return dict(self._claims()) if self._claims is not None else {}

    def get(self, name: str, *, create: bool = True) -> RemoteCorpus:
        """The corpus ``name`` at the gateway; a new one is created there (owned by you) on its first ``add``."""
        _check_name(name)
        if not create and not self.exists(name):
            raise CorpusNotFound(f"No corpus named {name!r} that you may read at the gateway; yours: "
                                 f"{', '.join(self.names()) or 'none'}. Create it with corpus.add(...).")
        if name not in self._open:
            self._open[name] = RemoteCorpus(self, name)
        return self._open[name]

    def list(self, user: str | None = None, groups: Iterable[str] = ()) -> list[dict[str, Any]]:
        """Info on every corpus you may read, each naming your right (the gateway decides who you are)."""
        return self.api.corpora()

    def names(self) -> list[str]:
        return sorted(str(c["name"]) for c in self.list())

    def exists(self, name: str) -> bool:
        """Is there a corpus ``name`` that you may read? (Others' corpora are not shown.)"""
        return name in self.names()

    def search(self, name: str, query: str, k: int = 5, *, user: str | None = None, groups: Iterable[str] = (),
               claims: dict[str, Any] | None = None) -> list[Hit]:
        """The ``k`` chunks of ``name`` nearest ``query``, searched, checked and audited at the gateway."""
        if not isinstance(query, str) or not query.strip():
            raise ValueError("query must be a non-empty string")
        _check_name(name)
        found = self.api.search(name, query, k, claims=claims if claims is not None else self.claims())
        return [_hit(h) for h in found]

    def close(self) -> None:
        self.api.close()


class RemoteCorpus:
    """One corpus at the gateway. Build it with :meth:`RemoteCorpora.get`."""

    def __init__(self, corpora: RemoteCorpora, name: str) -> None:
        self.corpora = corpora
        self.name = name

    def __repr__(self) -> str:
        return f"<RemoteCorpus {self.name!r} at {self.corpora.api.url}>"

    def info(self) -> dict[str, Any]:
        """Owner, chunks, sources, embedding model, dates and your right, as the gateway lists them."""
        for entry in self.corpora.list():
            if entry.get("name") == self.name:
                return dict(entry)
        raise CorpusNotFound(f"No corpus named {self.name!r} that you may read at the gateway; create it with "
                             f"corpus.add(...), or ask its owner for a grant.")

    def search(self, query: str, k: int = 5, *, user: str | None = None, groups: Iterable[str] = ()) -> list[Hit]:
        """The ``k`` chunks nearest ``query``, best first (only those k are decrypted, at the gateway)."""
        return self.corpora.search(self.name, query, k)

    def grant(self, user: str, right: str = "read", *, by: str | None = None, groups: Iterable[str] = ()) -> None:
        """Grant ``right`` to ``user``, or to a Hub group as ``"group:NAME"``; you need admin on the corpus."""
        self.corpora.api.grant(self.name, user, right)

    def revoke(self, user: str, *, by: str | None = None, groups: Iterable[str] = ()) -> bool:
        return self.corpora.api.revoke(self.name, user)

    def add(self, items: Iterable[Any] | str, *, progress: bool = True, user: str | None = None) -> IngestReport:
        """Add files, folders (recursively) or strings. Files are read here, in the kernel, and sent
        as texts; a bad file is reported and the rest goes on."""
        started = time.perf_counter()
        report = IngestReport(self.name)
        docs = _documents(items, report)
        report.documents = len(docs)
        for batch in _batches(docs):
            done = self.corpora.api.add(self.name, batch)
            report.chunks_added += int(done.get("chunks_added") or 0)
            report.errors.extend(FileError(self.name, str(e)) for e in done.get("errors") or [])
        report.seconds = round(time.perf_counter() - started, 3)
        return report


def _documents(items: Any, report: IngestReport) -> list[dict[str, str]]:
    """``{source, text}`` for every document in ``items``: files parsed here (one per PDF page or
    sheet, like a local corpus), strings as they are; what cannot be read or sent is reported."""
    found: list[Document] = []
    for kind, item in expand(items):
        if kind == "text":
            label, text = item
            found.append(Document(text, label))
            continue
        report.files += 1
        try:
            found.extend(parse(item))
        except UnreadableFile as exc:
            report.errors.append(FileError(str(item), str(exc)))
        except OSError as exc:
            report.errors.append(FileError(str(item), f"could not be read ({exc.strerror or type(exc).__name__})"))
    out = []
    for doc in found:
        if not doc.text.strip():
            continue
        source = doc.source if doc.page is None else f"{doc.source} p.{doc.page}"
        if len(doc.text) > MAX_TEXT:
            report.errors.append(FileError(source, f"too long to send to the gateway ({len(doc.text):,} characters; "
                                                   f"at most {MAX_TEXT:,}): split it"))
            continue
        out.append({"source": source[-MAX_SOURCE:], "text": doc.text})
    return out


def _batches(docs: list[dict[str, str]]) -> Iterable[list[dict[str, str]]]:
    batch: list[dict[str, str]] = []
    size = 0
    for doc in docs:
        if batch and (len(batch) >= BATCH_DOCUMENTS or size + len(doc["text"]) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += len(doc["text"])
    if batch:
        yield batch


def _hit(h: dict[str, Any]) -> Hit:
    page = h.get("page")
    return Hit(chunk_id=str(h.get("chunk_id") or ""), text=str(h.get("text") or ""), source=str(h.get("source") or ""),
               score=float(h.get("score") or 0.0), page=page if isinstance(page, int) else None)
