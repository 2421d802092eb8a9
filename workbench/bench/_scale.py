"""Search at scale: a million chunks with the index the corpus picks for them.

- latency: 1M x 384 vectors committed through the corpus's own write path, so the index is what
  :func:`workbench.corpus._index.plan` picks for 1M; ``search_1m_p50_ms`` / ``_p95_ms`` are
  single-query ``Corpus.search_vector`` (k=10, decrypting the hits) for real MiniLM query
  embeddings; encrypted search and cold load at that size against their plain floors. Uniform
  random vectors have no clusters, so IVF lists come out equal and every query costs the same;
  real embeddings do not (lists of very different sizes, queries landing in the dense ones). The
  vectors are therefore drawn around real ones (:func:`latency_set`): each is a random point on the
  segment between a real MiniLM embedding and one of its 10 nearest real neighbours, plus noise
  of a third of that segment's length, renormalised.
- recall: recall@10 against exact search (ties counted, see :func:`knn_recall`) on real text, MiniLM embeddings (the corpus embedder)
  of held-out docstring sentences from installed PyPI packages (see _texts), as many as the run
  embeds (every held-out sentence in a full run). The index there is the 1M plan scaled to the
  set's size (:func:`plan_like`): same index kind, same vectors per list, same fraction of the
  lists probed, same re-rank factor. Recall at 1/4, 1/2 and all of the set is reported beside
  it, to show which way it moves with size; and recall on the 1M latency set itself (not real
  text) beside that.
"""

from __future__ import annotations

import gc
import math
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus import _index
from ._corpus import load_figures, search_figures, synthetic_corpus

GOALS = {"search_1m_p50_ms": 5.0, "encrypted_over_plain_search_1m": 1.05, "encrypted_over_plain_load_1m": 1.3}
MIN_GOALS = {"search_1m_recall_at_10": 0.95}
REFERENCE = 1_000_000  # the size whose plan the recall set scales down


def recall_at_k(index: Any, exact: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    _, got = index.search(queries, k)
    return float(np.mean([len(set(g.tolist()) & set(e.tolist())) / k for g, e in zip(got, exact)]))


def knn_recall(index: Any, base: np.ndarray, queries: np.ndarray, k: int = 10, eps: float = 1e-5,
               offset: int = 0) -> float:
    """recall@k that counts ties: the share of the k ids returned whose exact inner product with
    the query is at least the exact k-th best (less ``eps``, float rounding), as ann-benchmarks
    counts neighbours within the k-th true distance. Real text has many identical embeddings
    (the tokenizer is uncased; docstrings repeat), and an id-set overlap would count a tie broken
    the other way as a miss that no index can avoid. ``offset``: the index holds ``offset`` other
    vectors before ``base`` (a corpus's seed chunk), counted as misses when returned."""
    import faiss

    exact = faiss.IndexFlatIP(base.shape[1])
    exact.add(np.ascontiguousarray(base))
    kth = exact.search(np.ascontiguousarray(queries), k)[0][:, k - 1]
    _, got = index.search(np.ascontiguousarray(queries), k)
    hits = 0
    for q, ids, threshold in zip(queries, got, kth):
        ids = ids[ids >= offset] - offset
        hits += int(np.count_nonzero(base[ids] @ q >= threshold - eps))
    return hits / (k * len(queries))


def exact_top(base: np.ndarray, queries: np.ndarray, k: int = 10) -> np.ndarray:
    import faiss

    exact = faiss.IndexFlatIP(base.shape[1])
    exact.add(np.ascontiguousarray(base))
    return exact.search(np.ascontiguousarray(queries), k)[1]


def plan_like(reference: _index.Plan, n: int, reference_n: int = REFERENCE) -> _index.Plan:
    """``reference`` (the plan for ``reference_n`` chunks) scaled to ``n`` vectors: the same kind,
    vectors per list (to the nearest power of two of lists), fraction probed and re-rank factor.
    HNSW's parameters (links a node, candidates searched) do not depend on the size."""
    if reference.kind in ("flat", "hnsw"):  # no parameter depends on the size
        return reference
    nlist = max(1, 1 << round(math.log2(max(1.0, reference.nlist * n / reference_n))))
    nprobe = max(1, round(reference.nprobe * nlist / reference.nlist))
    return _index.Plan(reference.kind, nlist, nprobe, reference.k_factor)


def real_vectors(split: str, limit: int | None) -> tuple[np.ndarray, list[str], float | None]:
    """MiniLM embeddings of up to ``limit`` sentences of one split, in a fixed shuffled order
    (so a smaller limit is a prefix of a larger one and reuses its cached pieces); the packages;
    and the seconds spent embedding (None when all came from the cache)."""
    from . import _texts

    texts, packages = _texts.sentences(split)
    order = np.random.default_rng(7).permutation(len(texts))
    texts = [texts[i] for i in order[: limit if limit is not None else len(texts)]]
    vectors, seconds = _texts.embeddings(texts)
    return vectors, packages, seconds


def split_queries(vectors: np.ndarray, queries: int, seed: int = 11) -> tuple[np.ndarray, np.ndarray]:
    queries = min(queries, len(vectors) // 5)
    order = np.random.default_rng(seed).permutation(len(vectors))
    return (np.ascontiguousarray(vectors[order[:queries]]), np.ascontiguousarray(vectors[order[queries:]]))


def latency_set(n: int, real: np.ndarray, seed: int = 0, neighbours: int = 10,
                noise: float = 1 / 3, sources: int = 16_384) -> tuple[np.ndarray, str]:
    """``n`` unit vectors drawn around the real embeddings ``real``: each on a random point of the
    segment from a random real vector to one of its ``neighbours`` nearest real ones, plus Gaussian
    noise of ``noise`` times that segment's length, renormalised. Dense regions of the real set
    stay dense, so IVF lists and the lists queries probe are as uneven as real text makes them.
    At most ``sources`` real vectors are drawn around (a random subset)."""
    import faiss

    rng = np.random.default_rng(seed)
    if len(real) > sources:  # the neighbour graph costs len(real)**2 inner products
        real = real[np.sort(rng.choice(len(real), sources, replace=False))]
    real = np.ascontiguousarray(real, dtype=np.float32)
    graph = faiss.IndexFlatIP(real.shape[1])
    graph.add(real)
    _, near = graph.search(real, neighbours + 1)
    near = near[:, 1:]
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    for start in range(0, n, 65_536):
        m = min(65_536, n - start)
        a = rng.integers(0, len(real), m)
        b = near[a, rng.integers(0, neighbours, m)]
        edge = real[b] - real[a]
        length = np.linalg.norm(edge, axis=1, keepdims=True)
        block = real[a] + rng.random((m, 1), dtype=np.float32) * edge
        block += rng.standard_normal(block.shape, dtype=np.float32) * (noise * length / math.sqrt(real.shape[1]))
        out[start : start + m] = block / np.linalg.norm(block, axis=1, keepdims=True)
    how = (f"{n} vectors drawn around {len(real)} real MiniLM embeddings (a random point between one and one of "
           f"its {neighbours} nearest, plus noise of {noise:.2g} of that distance, renormalised)")
    return out, how


def real_recall(limit: int | None, queries: int = 500, split: str = "held-out") -> dict[str, Any]:
    """recall@10 of the 1M plan, scaled to the set (:func:`plan_like`), against exact search on
    real MiniLM embeddings; at 1/4, 1/2 and all of the set."""
    vectors, packages, embed_s = real_vectors(split, None if limit is None else limit + queries)
    q, base = split_queries(vectors, queries)
    reference = _index.plan(REFERENCE, 0)
    by_size = {}
    for part in (4, 2, 1):
        sub = base[: len(base) // part]
        index = _index.build(plan_like(reference, len(sub)), sub.shape[1], sub)
        by_size[len(sub)] = (knn_recall(index, sub, q), _index.describe(index))
    recall, described = by_size[len(base)]
    id_overlap = recall_at_k(index, exact_top(base, q), q)
    return {"vectors": len(base), "queries": len(q), "packages": len(packages), "split": split,
            "index": described, "recall": recall, "id_overlap": id_overlap, "by_size": {n: round(r, 4) for n, (r, _) in by_size.items()},
            "embed_s": embed_s, "base": base, "query_vectors": q}


def section(quick: bool, n: int | None = None, recall_limit: int | None = None) -> dict[str, Any]:
    n = n or (200_000 if quick else 1_000_000)
    if recall_limit is None and quick:
        recall_limit = 3_000
    recall = real_recall(recall_limit)  # None: every held-out sentence
    out: dict[str, Any] = {"search_scale_vectors": n}
    t0 = time.perf_counter()
    vectors, how = latency_set(n, recall["base"])
    queries = recall["query_vectors"]
    out["search_scale_generate_s"] = round(time.perf_counter() - t0, 1)
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        t0 = time.perf_counter()
        corpus, vectors, texts, records = synthetic_corpus(Path(tmp), n, seed=3, vectors=vectors)
        out["search_scale_build_s"] = round(time.perf_counter() - t0, 1)
        search = search_figures(corpus, vectors, texts, records, Path(tmp), queries=200, k=10, rounds=2,
                                query_vectors=queries)
        index, _ = corpus._loaded()
        sample = queries[:200]
        set_recall = knn_recall(index, vectors, sample, offset=1)  # row 0 is the corpus's seed chunk
        del texts, records, index
        gc.collect()
        load = load_figures(corpus, Path(tmp), repeats=5)
        del corpus, vectors
        gc.collect()
    out.update({
        "search_1m_p50_ms": round(search["encrypted_ms"], 3),
        "search_1m_p95_ms": round(search["encrypted_p95_ms"], 3),
        "search_1m_bare_faiss_p50_ms": round(search["bare_ms"], 3),
        "search_1m_index": search["index"],
        "encrypted_over_plain_search_1m": round(search["ratio"], 3),
        "encrypted_over_plain_load_1m": round(load["ratio"], 3),
        "load_1m_encrypted_s": round(load["encrypted_s"], 3),
        "load_1m_plain_s": round(load["plain_s"], 3),
        "search_1m_recall_at_10": round(recall["recall"], 4),
        "search_recall_vectors": recall["vectors"],
        "search_recall_index": recall["index"],
        "search_recall_at_10_by_size": "; ".join(f"{k}: {v}" for k, v in recall["by_size"].items()),
        "search_recall_at_10_product_plan": round(recall["recall"], 4),
        "search_recall_at_10_id_overlap": round(recall["id_overlap"], 4),
        "search_recall_at_10_latency_set": round(set_recall, 4),
    })
    if recall["embed_s"]:
        out["search_recall_embed_s"] = round(recall["embed_s"], 1)
    out["baselines"] = {
        "search_1m_p50_ms": f"absolute: Corpus.search_vector, k=10, {how}, {search['index']} (the corpus's plan "
                            f"for that size), {2 * search['queries']} single queries, real held-out MiniLM "
                            "query embeddings",
        "search_1m_recall_at_10": f"share of the 10 returned whose exact inner product reaches the exact 10th best "
                                  f"(ties counted, as ann-benchmarks does), against IndexFlatIP on {recall['vectors']} "
                                  f"MiniLM embeddings of held-out docstring sentences ({recall['packages']} installed "
                                  f"packages), {recall['queries']} held-out queries, {recall['index']}: the 1M plan's "
                                  "parameters (HNSW's do not depend on the size)",
        "search_recall_at_10_id_overlap": "the same index, counted as top-10 id overlap (a tie broken the other "
                                          "way counts as a miss)",
        "search_recall_at_10_by_size": "the same at 1/4, 1/2 and all of the recall set (vectors: recall)",
        "search_recall_at_10_latency_set": "recall@10 (ties counted) on the 1M latency set itself, 200 real "
                                           "queries (vectors drawn around real ones, not real text)",
        "encrypted_over_plain_search_1m": "as encrypted_over_plain_search, on the 1M corpus, k=10",
        "encrypted_over_plain_load_1m": "as encrypted_over_plain_load, on the 1M corpus's own index file",
    }
    return out
