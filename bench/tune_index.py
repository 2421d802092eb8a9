"""Choose the index parameters of workbench/corpus/_index.py by measurement, on the TUNING half of
the real text set (workbench/bench/_texts.py; `workbench bench` reports the held-out half).

recall@10 against exact search on real MiniLM embeddings (the largest tuning set embedded) for
each index kind and probed fraction, built by the corpus's own ``_index.build``:

- ``ivf``: IVF over float vectors (the plan before 2026-12);
- ``ivfpq``: IVF over 4-bit fast-scan PQ codes, the ``k_factor * k`` best re-ranked exactly;
- ``hnsw``: HNSW32 over float vectors (faiss's IndexHNSWFlat), for comparison.

``--sizes`` repeats the product's configuration at fractions of the set (same list size, same
fraction), which shows how recall moves with the corpus's size; ``--latency`` times every setting
on a 1M x 384 set drawn around the tuning vectors (``workbench.bench._scale.latency_set``) with
the 1M plan's list count, for the tuning queries (latency only: not real text).

    .venv/bin/python bench/tune_index.py --limit 16384 [--latency] [--sizes]
"""

from __future__ import annotations

import argparse
import math
import statistics
import time

import numpy as np

FRACTIONS = (1 / 32, 1 / 16, 1 / 8, 1 / 4)
K_FACTORS = (8,)


def _configs(list_size: int, n: int):
    from workbench.corpus import _index

    nlist = max(16, 1 << round(math.log2(max(1, n / list_size))))
    for fraction in FRACTIONS:
        nprobe = max(1, round(fraction * nlist))
        yield f"ivf {list_size} 1/{round(1 / fraction)}", _index.Plan("ivf", nlist, nprobe)
        for kf in K_FACTORS:
            yield f"ivfpq {list_size} 1/{round(1 / fraction)} kf{kf}", _index.Plan("ivfpq", nlist, nprobe, kf)


def _hnsw(vectors: np.ndarray, ef: int):
    import faiss

    index = faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 80
    t0 = time.perf_counter()
    index.add(vectors)
    index.hnsw.efSearch = ef
    return index, len(vectors) / (time.perf_counter() - t0)


def single_query_ms(index, queries: np.ndarray, k: int = 10) -> tuple[float, float]:
    """p50 and p95 of single queries on this thread alone, as the corpus searches."""
    from workbench.corpus import _index

    for q in queries[:10]:
        _index.search(index, q[None, :], k)
    times = []
    for q in queries:
        t0 = time.perf_counter()
        _index.search(index, q[None, :], k)
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.median(times) * 1e3, times[int(0.95 * (len(times) - 1))] * 1e3


def main() -> None:
    import faiss

    from workbench.bench import _scale
    from workbench.corpus import _index

    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=16_384)
    ap.add_argument("--list-sizes", default="512")
    ap.add_argument("--latency", action="store_true", help="also time each setting on a 1M latency set")
    ap.add_argument("--sizes", action="store_true", help="recall of the product's setting at 1/8..1 of the set")
    ap.add_argument("--hnsw", action="store_true")
    args = ap.parse_args()
    vectors, packages, secs = _scale.real_vectors("tuning", args.limit)
    print(f"tuning split: {len(vectors)} sentences from {len(packages)} packages (embedded in {secs or 0:.0f} s)")
    q, base = _scale.split_queries(vectors, 500, seed=5)
    big = queries_1m = None
    if args.latency:
        big, how = _scale.latency_set(1_000_000, base, seed=0)
        queries_1m = q[:200]
        print(f"latency set: {how}")
    print("config nlist nprobe recall@10" + (" build_s_1m p50_ms_1m p95_ms_1m" if big is not None else ""))
    for list_size in map(int, args.list_sizes.split(",")):
        for name, p in _configs(list_size, len(base)):
            index = _index.build(p, base.shape[1], base)
            line = f"{name} {p.nlist} {p.nprobe} {_scale.knn_recall(index, base, q):.4f}"
            if big is not None:
                scale = 1 << round(math.log2(len(big) / len(base)))
                t0 = time.perf_counter()
                large = _index.build(_index.Plan(p.kind, p.nlist * scale, p.nprobe * scale, p.k_factor), big.shape[1], big)
                line += f" {time.perf_counter() - t0:.0f} " + " ".join(f"{v:.3f}" for v in single_query_ms(large, queries_1m))
                del large
            print(line, flush=True)
    if args.hnsw:
        for ef in (32, 64, 128, 256):
            index, rate = _hnsw(base, ef)
            print(f"hnsw32 ef{ef} - - {_scale.knn_recall(index, base, q):.4f} (adds {rate:.0f} vectors/s)", flush=True)
    if args.sizes:
        product = _index.plan(1_000_000, 0)
        for part in (8, 4, 2, 1):
            sub = base[: len(base) // part]
            p = _scale.plan_like(product, len(sub))
            index = _index.build(p, sub.shape[1], sub)
            print(f"size {len(sub)}: {_index.describe(index)} recall@10 "
                  f"{_scale.knn_recall(index, sub, q):.4f}", flush=True)
    del faiss


if __name__ == "__main__":
    main()
