"""Corpus benchmarks, each beside its floor run in the same process:

- ingestion: chunks/s through ``corpus.add`` and its time over embedding the same chunks alone;
- search: encrypted search (FAISS + decrypting the k hits from disk) over plain FAISS search
  plus an in-memory lookup of the k texts;
- cold load: the decrypting read of the index over plain ``faiss.read_index``.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

from ..config import load_settings
from ..corpus import Corpora, get_embedder
from ..corpus import _index
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
        corpora.master  # unlocking (scrypt) is a one-off, not ingestion
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
    return {"model": model, "chunk_tokens": chunk_tokens, "chunks": len(texts), "embed_only_s": embed_s, "add_s": add_s,
            "chunks_per_s": len(texts) / add_s, "embed_only_chunks_per_s": len(texts) / embed_s,
            "ratio_add_to_embed": add_s / embed_s}


def _synthetic_corpus(home: Path, n: int, dim: int = 384):
    """A corpus of n chunks with random unit vectors (embedding 1M texts would take hours here)."""
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((n, dim), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [f"synthetic chunk number {i} about {WORDS[i % len(WORDS)]}" for i in range(n)]
    corpora = Corpora.open(_settings(home, **{"corpus.ivf_threshold": 10**9}))
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
    return corpus, vectors, ["seed"] + texts


def bench_search(n: int, queries: int = 100, k: int = 5) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, vectors, texts = _synthetic_corpus(Path(tmp), n)
        index, _ = corpus._loaded()
        qs = vectors[np.random.default_rng(1).choice(n, queries)] + 0.01
        corpus.search_vector(qs[0], k)  # warm

        def plain():
            for q in qs:
                _, ids = index.search(q[None, :], k)
                [texts[i] for i in ids[0]]

        def encrypted():
            for q in qs:
                corpus.search_vector(q, k)

        p, e = [], []
        for _ in range(3):
            t0 = time.perf_counter(); plain(); p.append(time.perf_counter() - t0)
            t0 = time.perf_counter(); encrypted(); e.append(time.perf_counter() - t0)
    return {"vectors": n, "k": k, "plain_ms": min(p) / queries * 1e3, "encrypted_ms": min(e) / queries * 1e3,
            "ratio": min(e) / min(p)}


def bench_cold_load(n: int, dim: int = 384) -> dict:
    import faiss

    from workbench.corpus._crypto import Sealer

    rng = np.random.default_rng(2)
    index = faiss.IndexFlatIP(dim)
    for start in range(0, n, 100_000):
        index.add(rng.standard_normal((min(100_000, n - start), dim), dtype=np.float32))
    sealer = Sealer(os.urandom(32))
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        plain_path, enc_path = Path(tmp) / "plain.faiss", Path(tmp) / "index.enc"
        faiss.write_index(index, str(plain_path))
        _index.write_encrypted(index, enc_path, sealer, b"bench")
        del index
        p, e = [], []
        for _ in range(3):
            t0 = time.perf_counter(); faiss.read_index(str(plain_path)); p.append(time.perf_counter() - t0)
            t0 = time.perf_counter(); _index.read_encrypted(enc_path, sealer, b"bench"); e.append(time.perf_counter() - t0)
        size = plain_path.stat().st_size
    return {"vectors": n, "bytes": size, "plain_s": min(p), "encrypted_s": min(e), "ratio": min(e) / min(p)}


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
            sel = np.array([lang in ("all", l) for l in langs])
            row[f"{lang}_top1"] = float(top1[sel].mean())
            row[f"{lang}_top3"] = float(top3[sel].mean())
        out[m] = row
    return out
