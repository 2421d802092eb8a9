"""Choose the IVF parameters of workbench/corpus/_index.py by measurement, on the TUNING half of
the real text set (workbench/bench/_texts.py; `workbench bench` reports the held-out half).

For each list size and probed fraction: recall@10 against exact search on real MiniLM
embeddings (the largest tuning set the run embeds), and single-query latency on a synthetic
1M x 384 set with the same list size and fraction (random vectors: latency only).

    .venv/bin/python bench/tune_index.py --limit 50000 [--latency]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np


def ivf(vectors: np.ndarray, list_size: int, fraction: float, train_per_list: int):
    from workbench.bench import _scale

    return _scale.ivf_like_1m(vectors, list_size, fraction)


def main() -> None:
    import faiss

    from workbench.bench import _scale, _texts

    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=12_000)
    ap.add_argument("--latency", action="store_true", help="also time each setting on synthetic 1M vectors")
    args = ap.parse_args()
    texts, packages = _texts.sentences("tuning", limit=args.limit + 500)
    vectors, secs = _texts.embeddings(texts)
    print(f"tuning split: {len(texts)} sentences from {len(packages)} packages (embedded in {secs or 0:.0f} s)")
    order = np.random.default_rng(5).permutation(len(vectors))
    q, base = vectors[order[:500]], np.ascontiguousarray(vectors[order[500:]])
    exact = faiss.IndexFlatIP(base.shape[1])
    exact.add(base)
    _, truth = exact.search(q, 10)
    synthetic = None
    if args.latency:
        rng = np.random.default_rng(0)
        synthetic = rng.standard_normal((1_000_000, 384), dtype=np.float32)
        synthetic /= np.linalg.norm(synthetic, axis=1, keepdims=True)
    print("list_size fraction nlist nprobe recall@10" + (" p50_ms_1m p95_ms_1m" if args.latency else ""))
    for list_size in (256, 512, 1024):  # below 256 x list_size vectors, 256 lists whatever the size
        for fraction in (1 / 64, 1 / 32, 1 / 16, 1 / 8):
            index = ivf(base, list_size, fraction, 48)
            line = (f"{list_size} 1/{round(1 / fraction)} {index.nlist} {index.nprobe} "
                    f"{_scale.recall_at_k(index, truth, q):.4f}")
            if synthetic is not None:
                big = ivf(synthetic, list_size, fraction, 48)
                faiss.omp_set_num_threads(1)
                times = []
                for v in synthetic[:200] + 0.01:
                    t0 = time.perf_counter()
                    big.search(v[None, :], 10)
                    times.append(time.perf_counter() - t0)
                faiss.omp_set_num_threads(2)
                times.sort()
                line += f" {statistics.median(times) * 1e3:.3f} {times[int(0.95 * len(times))] * 1e3:.3f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
