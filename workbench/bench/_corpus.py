"""Corpus benchmarks, each beside its floor run in the same process:

- ingestion: chunks/s through ``corpus.add`` and its time over embedding the same chunks alone;
  the embedding rate as FLOP/s against this machine's measured float32 matmul peak;
- search: the corpus's encrypted search (FAISS + reading and decrypting the k hits) over the
  same search on the same layout unencrypted (plain FAISS + reading the k records from a plain
  file), so the figure is what encryption costs; and over bare FAISS + an in-memory list;
- cold load: the decrypting read of the index the corpus picks over plain ``faiss.read_index``
  of the same index from a plain file.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from ..config import load_settings
from ..corpus import Corpora, _index, get_embedder
from ..corpus._chunk import chunk_text

WORDS = ("revenue margin churn region quarter policy leave expense laptop audit customer contract "
         "renewal forecast budget hiring pipeline risk compliance vendor invoice travel").split()


def _settings(home: Path, **extra):
    return load_settings(env={"WORKBENCH_HOME": str(home), "WORKBENCH_PASSPHRASE": "bench passphrase"},
                         **{"corpus.kdf_cost": 14, **extra})


def _docs(n_docs: int, words: int, seed: int = 0) -> list[str]:
    rng = np.random.default_rng(seed)
    out = []
    for d in range(n_docs):
        sentences = []
        for s in range(words // 12):
            sentences.append(" ".join(rng.choice(WORDS, 11)) + f" item{d}x{s}.")
        out.append(" ".join(sentences))
    return out


def bench_ingest(n_docs: int, chunk_tokens: int, model: str = "minilm") -> dict:
    embedder = get_embedder(model)
    embedder.embed(["warm up"])
    docs = _docs(n_docs, words=chunk_tokens * 3)
    with tempfile.TemporaryDirectory() as tmp:
        settings = _settings(Path(tmp), **{"corpus.chunk_tokens": chunk_tokens, "corpus.embedding_model": model})
        corpora = Corpora.open(settings)
        _ = corpora.master  # unlocking (scrypt) is a one-off, not ingestion
        budget = chunk_tokens - 2
        texts = [p.text for d, offs in zip(docs, embedder.token_offsets(docs))
                 for p in chunk_text(d, offs, budget, settings.corpus.chunk_overlap)]
        t0 = time.perf_counter()
        for i in range(0, len(texts), 128):
            embedder.embed(texts[i:i + 128])
        embed_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = corpora.get("bench").add(docs, progress=False)
        add_s = time.perf_counter() - t0
    if report.chunks_added != len(texts):
        raise RuntimeError(f"ingest bench: {report.chunks_added} chunks added, {len(texts)} expected")
    tokens = [min(len(o) + 2, embedder.max_tokens) for o in embedder.token_offsets(texts)]  # + [CLS], [SEP]
    return {"model": model, "chunk_tokens": chunk_tokens, "chunks": len(texts), "embed_only_s": embed_s, "add_s": add_s,
            "chunks_per_s": len(texts) / add_s, "embed_only_chunks_per_s": len(texts) / embed_s,
            "ratio_add_to_embed": add_s / embed_s, "mean_tokens": sum(tokens) / len(tokens),
            "embed_gflops": minilm_flops(tokens) / embed_s / 1e9 if model == "minilm" else None}


def synthetic_corpus(home: Path, n: int, dim: int = 384, seed: int = 0, vectors: np.ndarray | None = None):
    """A corpus of n chunks with random unit vectors, or the ``vectors`` given (embedding 1M texts
    would take hours here), committed through the corpus's own write path, so its index is the
    one the product picks for n chunks. Returns (corpus, vectors, texts, records)."""
    if vectors is None:
        rng = np.random.default_rng(seed)
        vectors = np.empty((n, dim), dtype=np.float32)
        for start in range(0, n, 100_000):
            block = rng.standard_normal((min(100_000, n - start), dim), dtype=np.float32)
            vectors[start : start + len(block)] = block / np.linalg.norm(block, axis=1, keepdims=True)
    n = len(vectors)
    texts = [f"synthetic chunk number {i} about {WORDS[i % len(WORDS)]} and {WORDS[(i * 7) % len(WORDS)]}"
             for i in range(n)]
    corpora = Corpora.open(_settings(home))
    corpus = corpora.get("s")
    corpus.add(["seed"], progress=False)  # creates keys and metadata
    corpus._stamp = None
    meta = corpus._require_meta()
    index, table = corpus._loaded()
    records = [{"text": t, "source": f"doc{i // 10}", "page": None, "start": 0, "end": len(t), "metadata": {}}
               for i, t in enumerate(texts)]
    from workbench.corpus._chunk import content_key
    keys = [content_key(t, corpus._mac) for t in texts]
    with corpus._lock:
        corpus._commit(meta, index, table, records, keys, vectors, [], corpus._keys())
    seed_record = {"text": "seed", "source": "text 1", "page": None, "start": 0, "end": 4, "metadata": {}}
    return corpus, vectors, ["seed"] + texts, [seed_record] + records


class PlainLayout:
    """The corpus's layout without encryption, the floor for encrypted search: the same index, the
    same table of (key, segment, offset, length) rows gathered the same way, the records as the
    same JSON in one plain file read by offset (pread), decoded into Hits by the corpus's own
    ``record_hit``. What differs is only the AES-GCM open and its associated data."""

    def __init__(self, folder: Path, index, records: list[dict], keys: list[bytes] | None = None) -> None:
        from ..corpus._corpus import TABLE

        self.index = index
        blobs = [json.dumps(r, ensure_ascii=False).encode() for r in records]
        self.table = np.zeros(len(blobs), dtype=TABLE)
        self.table["key"] = np.frombuffer(b"".join(keys), dtype="V16") if keys else \
            np.frombuffer(b"".join(i.to_bytes(16, "little") for i in range(len(blobs))), dtype="V16")
        self.table["len"] = [len(b) for b in blobs]
        self.table["off"][1:] = np.cumsum(self.table["len"][:-1])
        path = folder / "plain-records.json"
        with open(path, "wb") as fh:
            for b in blobs:
                fh.write(b)
        self.fd = os.open(path, os.O_RDONLY)

    def search(self, vector: np.ndarray, k: int) -> list:
        from ..corpus._corpus import record_hit

        scores, ids = _index.search(self.index, vector[None, :], k)
        scores, ids = scores[0], ids[0]
        if len(ids) and ids[-1] < 0:
            keep = ids >= 0
            scores, ids = scores[keep], ids[keep]
        rows = self.table[ids]
        hexes = rows["key"].tobytes().hex()
        return [record_hit(hexes[32 * i : 32 * i + 32], score, os.pread(self.fd, length, off))
                for i, (score, off, length) in enumerate(zip(scores.tolist(), rows["off"].tolist(),
                                                             rows["len"].tolist()))]

    def close(self) -> None:
        os.close(self.fd)


def _interleaved(fns: list, queries: np.ndarray) -> list[list[float]]:
    """Per-query times of each fn, the fns alternating query by query (so they share the load)
    and taking turns at going first (the one that goes first warms the caches for the others)."""
    out: list[list[float]] = [[] for _ in fns]
    for n, q in enumerate(queries):
        for j in range(len(fns)):
            i = (j + n) % len(fns)
            t0 = time.perf_counter()
            fns[i](q)
            out[i].append(time.perf_counter() - t0)
    return out


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def search_figures(corpus, vectors: np.ndarray, texts: list[str], records: list[dict], folder: Path,
                   queries: int = 200, k: int = 5, rounds: int = 3, query_vectors: np.ndarray | None = None) -> dict:
    """Encrypted search against its floors on one corpus, per query, interleaved in rounds; the
    queries are ``query_vectors`` (the first ``queries``), else perturbed corpus vectors."""
    index, _ = corpus._loaded()
    if query_vectors is not None:
        qs = np.ascontiguousarray(query_vectors[:queries], dtype=np.float32)
    else:
        qs = vectors[np.random.default_rng(1).choice(len(vectors), queries)] + 0.01
    plain = PlainLayout(folder, index, records)
    try:
        for q in qs[:10]:  # warm: files open, pages cached
            corpus.search_vector(q, k)
            plain.search(q, k)
        enc, lay, bare = [], [], []
        fns = [lambda q: corpus.search_vector(q, k), lambda q: plain.search(q, k),
               lambda q: [texts[i] for i in _index.search(index, q[None, :], k)[1][0]]]
        for _ in range(rounds):
            e, p, b = _interleaved(fns, qs)
            enc, lay, bare = enc + e, lay + p, bare + b
    finally:
        plain.close()
    e, p, b = (statistics.median(x) for x in (enc, lay, bare))
    return {"vectors": len(vectors), "k": k, "queries": len(qs), "index": _index.describe(index), "encrypted_ms": e * 1e3,
            "encrypted_p95_ms": _p(enc, 0.95) * 1e3, "plain_ms": p * 1e3, "bare_ms": b * 1e3,
            "ratio": e / p, "ratio_bare": e / b}


def bench_search(n: int, queries: int = 200, k: int = 5) -> dict:
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        corpus, vectors, texts, records = synthetic_corpus(Path(tmp), n)
        return search_figures(corpus, vectors, texts, records, Path(tmp), queries, k)


def load_figures(corpus, folder: Path, repeats: int = 3) -> dict:
    """Cold load of a corpus's own index file against plain faiss.read_index of the same index."""
    import faiss

    meta = corpus._require_meta()
    path = corpus.dir / meta["index"]
    sealer, label = corpus._keys(), corpus._aad(meta["index"])
    index = _index.read_encrypted(path, sealer, label)
    plain_path = folder / "plain.faiss"
    faiss.write_index(index, str(plain_path))
    kind, size = _index.describe(index), plain_path.stat().st_size
    del index
    p, e = [], []
    for r in range(repeats):  # interleaved, taking turns going first; both files stay in the page cache
        for which in ((0, 1) if r % 2 else (1, 0)):
            t0 = time.perf_counter()
            if which:
                _index.read_encrypted(path, sealer, label)
            else:
                faiss.read_index(str(plain_path))
            (e if which else p).append(time.perf_counter() - t0)
            gc.collect()
    ratios = sorted(a / b for a, b in zip(e, p))
    return {"vectors": int(meta["chunks"]), "index": kind, "bytes": size, "plain_s": statistics.median(p),
            "encrypted_s": statistics.median(e), "ratio": statistics.median(ratios), "repeats": repeats,
            "ratio_min": ratios[0], "ratio_max": ratios[-1]}


def bench_cold_load(n: int, repeats: int = 3) -> dict:
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        corpus, *_ = synthetic_corpus(Path(tmp), n, seed=2)
        return load_figures(corpus, Path(tmp), repeats=repeats)


def matmul_peak_gflops(size: int = 2048, repeats: int = 5) -> float:
    """This machine's float32 matmul rate (numpy's BLAS, all its threads), best of ``repeats``."""
    a = np.random.default_rng(0).standard_normal((size, size), dtype=np.float32)
    a @ a
    best = min(_timed(lambda: a @ a) for _ in range(repeats))
    return 2 * size**3 / best / 1e9


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def minilm_flops(tokens: list[int]) -> float:
    """Forward-pass FLOPs of MiniLM-L6 (6 layers, 384 wide, 1536 FFN) over sequences of the
    given token counts: 2 per multiply-add in the projections, the FFN and attention."""
    layers, hidden, ffn = 6, 384, 1536
    return float(sum(layers * (t * 2 * (4 * hidden * hidden + 2 * hidden * ffn) + 4 * t * t * hidden)
                     for t in tokens))


def bench_retrieval(models: list[str], docs: list[str], queries: list[str], langs: list[str],
                    repeats: int = 3) -> dict:
    """Top-1 / top-3 accuracy of each model on a labelled set (``queries[i]`` should find
    ``docs[i]`` among all ``docs``), per language and overall, and embeddings/s (median of
    ``repeats`` interleaved runs over docs + queries, one call per run, so models see the same load)."""
    embedders = {m: get_embedder(m) for m in models}
    for e in embedders.values():
        e.embed(["warm up"])
    texts = docs + queries
    times: dict[str, list[float]] = {m: [] for m in models}
    vectors: dict[str, np.ndarray] = {}
    for _ in range(repeats):
        for m, e in embedders.items():
            t0 = time.perf_counter()
            vectors[m] = e.embed(texts)
            times[m].append(time.perf_counter() - t0)
    out: dict = {}
    gold = np.arange(len(queries))
    for m in models:
        d, q = vectors[m][: len(docs)], vectors[m][len(docs):]
        ranked = np.argsort(-(q @ d.T), axis=1)
        top1 = ranked[:, 0] == gold
        top3 = (ranked[:, :3] == gold[:, None]).any(axis=1)
        row = {"embeddings_per_s": len(texts) / float(np.median(times[m])), "top1": ranked[:, 0].tolist()}
        for lang in ["all", *dict.fromkeys(langs)]:
            sel = np.array([lang in ("all", code) for code in langs])
            row[f"{lang}_top1"] = float(top1[sel].mean())
            row[f"{lang}_top3"] = float(top3[sel].mean())
        out[m] = row
    return out


GOALS = {"ingest_over_embed": 1.05, "encrypted_over_plain_search": 1.05, "encrypted_over_plain_load": 1.3}


def section(quick: bool, *, docs: int | None = None, search_n: int | None = None, load_n: int | None = None) -> dict:
    ingest = bench_ingest(n_docs=docs or (4 if quick else 12), chunk_tokens=128)
    peak = matmul_peak_gflops()
    search = bench_search(search_n or (20_000 if quick else 50_000))
    load = bench_cold_load(load_n or 100_000, repeats=3 if quick else 7)
    out = {
        "ingest_over_embed": round(ingest["ratio_add_to_embed"], 3),
        "ingest_chunks_per_s": round(ingest["chunks_per_s"], 1),
        "embed_chunks_per_s": round(ingest["embed_only_chunks_per_s"], 1),
        "ingest_chunk_tokens": ingest["chunk_tokens"],
        "embed_mean_tokens": round(ingest["mean_tokens"], 1),
        "embed_gflop_per_s": round(ingest["embed_gflops"], 1),
        "matmul_peak_gflop_per_s": round(peak, 1),
        "embed_fraction_of_peak": round(ingest["embed_gflops"] / peak, 3),
        "encrypted_over_plain_search": round(search["ratio"], 3),
        "encrypted_over_bare_faiss_search": round(search["ratio_bare"], 3),
        "search_vectors": search["vectors"],
        "search_index": search["index"],
        "search_encrypted_ms": round(search["encrypted_ms"], 3),
        "search_plain_ms": round(search["plain_ms"], 3),
        "search_bare_faiss_ms": round(search["bare_ms"], 3),
        "encrypted_over_plain_load": round(load["ratio"], 3),
        "load_vectors": load["vectors"],
        "load_index": load["index"],
        "load_encrypted_s": round(load["encrypted_s"], 3),
        "load_plain_s": round(load["plain_s"], 3),
    }
    out["baselines"] = {
        "ingest_over_embed": f"corpus.add of {ingest['chunks']} chunks ({ingest['chunk_tokens']}-token budget) over "
                             "embedding the same chunks alone with the same embedder, batches of 128",
        "embed_fraction_of_peak": "MiniLM forward FLOPs of the chunks embedded (projections, FFN, attention; "
                                  "no padding counted) per second, over numpy float32 2048x2048 matmul, best of 5",
        "encrypted_over_plain_search": f"Corpus.search_vector (k={search['k']}: FAISS, read and decrypt the k "
                                       f"records) over the same index and records unencrypted (FAISS, pread, "
                                       f"json, Hit), {search['vectors']} synthetic unit vectors, {search['index']}, "
                                       "medians of 600 single queries, the three alternating query by query and taking turns going first",
        "encrypted_over_bare_faiss_search": "the same encrypted search over bare index.search + a list lookup",
        "encrypted_over_plain_load": f"the corpus's sealed index file read back (decrypt + faiss callback reader) "
                                     f"over faiss.read_index of the same index from a plain file, "
                                     f"{load['vectors']} vectors, {load['index']}, median of {load['repeats']} interleaved "
                                     f"pairs' ratios (range {load['ratio_min']:.2f}-{load['ratio_max']:.2f}), "
                                     "page cache warm",
    }
    return out
