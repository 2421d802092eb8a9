"""Search at scale: a million chunks with the index the corpus picks for them.

- latency: a synthetic corpus of 1M random unit vectors (384 dims) committed through the corpus's
  own write path, so its index is what :func:`workbench.corpus._index.plan` picks for 1M;
  ``search_1m_p50_ms`` / ``_p95_ms`` are single-query ``Corpus.search_vector`` (k=10, decrypting
  the hits); encrypted search and cold load at that size against their plain floors;
- recall: random vectors have no neighbourhoods worth finding, so recall@10 against exact search
  is measured on real text: MiniLM embeddings (the corpus embedder) of held-out docstring
  sentences from installed PyPI packages (see _texts), as many as the run embeds. The IVF index
  there probes the 1M plan's fraction of its lists (1/32), over at least 256 lists (the floor
  on nprobe that protects small indexes is left out, since at 1M it does not apply); the
  product's own IVF plan for that size is reported beside it.
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
MIN_LISTS = 256  # the recall set's IVF has at least this many lists (see ivf_like_1m)


def recall_at_k(index: Any, exact: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    _, got = index.search(queries, k)
    return float(np.mean([len(set(g.tolist()) & set(e.tolist())) / k for g, e in zip(got, exact)]))


def ivf_like_1m(vectors: np.ndarray, list_size: int | None = None, fraction: float | None = None,
                min_lists: int = MIN_LISTS) -> Any:
    """An IVF index over ``vectors`` probing the 1M plan's fraction of its lists (1/32: 64 of
    2048), with lists of the plan's size or, for a set too small for that, ``min_lists`` lists
    (a fraction of a handful of lists is not what a 1M index does)."""
    import faiss

    list_size, fraction = list_size or _index.LIST_SIZE, fraction or _index.PROBE_FRACTION
    n, dim = vectors.shape
    nlist = min(max(min_lists, 1 << round(math.log2(max(1, n / list_size)))), max(1, n // 8))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    cap = _index.TRAIN_PER_LIST * nlist
    sample = vectors if n <= cap else vectors[np.sort(np.random.default_rng(0).choice(n, cap, replace=False))]
    index.cp.max_points_per_centroid = _index.TRAIN_PER_LIST
    index.cp.min_points_per_centroid = 1  # small sets: fewer points a list than faiss likes, said once here
    index.train(np.ascontiguousarray(sample))
    index.add(np.ascontiguousarray(vectors))
    index.nprobe = max(1, round(fraction * nlist))
    return index


def real_recall(limit: int, queries: int = 500, split: str = "held-out") -> dict[str, Any]:
    """recall@10 of the IVF configuration against exact search on real MiniLM embeddings."""
    import faiss

    from . import _texts

    texts, packages = _texts.sentences(split, limit=limit + queries)
    vectors, embed_s = _texts.embeddings(texts)
    queries = min(queries, len(vectors) // 5)
    rng = np.random.default_rng(11)
    order = rng.permutation(len(vectors))
    q, base = vectors[order[:queries]], np.ascontiguousarray(vectors[order[queries:]])
    exact = faiss.IndexFlatIP(base.shape[1])
    exact.add(base)
    _, truth = exact.search(q, 10)
    like = ivf_like_1m(base)
    product = _index.new_index(base.shape[1], base, ivf_threshold=0)  # the product's plan at this size
    return {"vectors": len(base), "queries": len(q), "packages": len(packages), "split": split,
            "index": _index.describe(like), "recall": recall_at_k(like, truth, q),
            "product_index": _index.describe(product), "product_recall": recall_at_k(product, truth, q),
            "embed_s": embed_s}


def section(quick: bool, n: int | None = None, recall_limit: int | None = None) -> dict[str, Any]:
    n = n or (200_000 if quick else 1_000_000)
    recall_limit = recall_limit or (3_000 if quick else 12_000)
    out: dict[str, Any] = {"search_scale_vectors": n}
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        t0 = time.perf_counter()
        corpus, vectors, texts, records = synthetic_corpus(Path(tmp), n, seed=3)
        out["search_scale_build_s"] = round(time.perf_counter() - t0, 1)
        search = search_figures(corpus, vectors, texts, records, Path(tmp), queries=200, k=10, rounds=2)
        del texts, records
        gc.collect()
        load = load_figures(corpus, Path(tmp), repeats=2)
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
    })
    recall = real_recall(recall_limit)
    out.update({
        "search_1m_recall_at_10": round(recall["recall"], 4),
        "search_recall_vectors": recall["vectors"],
        "search_recall_index": recall["index"],
        "search_recall_at_10_product_plan": round(recall["product_recall"], 4),
        "search_recall_product_index": recall["product_index"],
    })
    if recall["embed_s"]:
        out["search_recall_embed_s"] = round(recall["embed_s"], 1)
    out["baselines"] = {
        "search_1m_p50_ms": f"absolute: Corpus.search_vector, k=10, {n} synthetic 384-d unit vectors, "
                            f"{search['index']} (the corpus's plan for that size), 400 single queries",
        "search_1m_recall_at_10": f"top-10 overlap with exact IndexFlatIP on {recall['vectors']} MiniLM embeddings "
                                  f"of held-out docstring sentences ({recall['packages']} installed packages), "
                                  f"{recall['queries']} held-out queries, {recall['index']} (the 1M plan probes 1/32 of "
                                  "its lists; a set this small gets 256 lists, not lists of 512)",
        "encrypted_over_plain_search_1m": "as encrypted_over_plain_search, on the 1M corpus, k=10",
        "encrypted_over_plain_load_1m": "as encrypted_over_plain_load, on the 1M corpus's own index file",
    }
    return out
