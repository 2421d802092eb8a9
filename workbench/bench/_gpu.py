"""The GPU section: real runs when a CUDA device is present, a structured skip otherwise.

- ``faiss``: a 1M-vector IVF-flat index (``_index.ivf_plan``: the kind faiss-gpu can hold; the
  corpus's own 1M plan, HNSW, searches on the host) on the GPU (``_index.to_device``, as the corpus
  moves exact and IVF indexes) over the same index on the CPU, single queries and a batch;
- ``onnx``: MiniLM embedding on ONNX Runtime's CUDA provider over the CPU provider, same chunks;
- ``vllm``: tokens/s of a streamed answer through the workbench (``wb.ask`` with a callback, so
  redaction, restore and audit included) over the bare openai client, both against one bare
  ``vllm serve`` of the same checkpoint ([vllm] model or WORKBENCH_HOME/models/...).

Every part returns ``{"status": "ran", ...figures}`` or ``{"status": "skipped", "reason": ...}``;
the section returns ``{"gpu": {...}}`` with ``status`` "skipped" (and a ``reason``) when there is
no CUDA device at all.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import tempfile
import time
from typing import Any, Callable

import numpy as np


class Skip(Exception):
    """A part that cannot run here; the message is the reason."""


def skipped(reason: str) -> dict[str, Any]:
    return {"status": "skipped", "reason": reason}


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def faiss_gpu(quick: bool) -> dict[str, Any]:
    import faiss

    from ..corpus import _index

    if not hasattr(faiss, "StandardGpuResources") or faiss.get_num_gpus() < 1:
        raise Skip("faiss has no GPU support here (install faiss-gpu, the [gpu] extra)")
    n, dim = (200_000 if quick else 1_000_000), 384
    rng = np.random.default_rng(0)
    x = rng.standard_normal((n, dim), dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    cpu = _index.build(_index.ivf_plan(n, "ivf"), dim, x)  # HNSW, the corpus's plan at 1M, stays on the host
    gpu = _index.to_device(cpu, True, faiss)
    qs = x[rng.choice(n, 200)] + 0.01
    for q in qs[:10]:
        gpu.search(q[None, :], 10)
    it = iter(range(10**9))
    cpu_ms = _median_ms(lambda: cpu.search(qs[next(it) % 200][None, :], 10), 200)
    gpu_ms = _median_ms(lambda: gpu.search(qs[next(it) % 200][None, :], 10), 200)
    batch_ms = _median_ms(lambda: gpu.search(qs, 10), 20)
    return {"status": "ran", "vectors": n, "index": _index.describe(cpu), "cpu_p50_ms": round(cpu_ms, 3),
            "gpu_p50_ms": round(gpu_ms, 3), "gpu_over_cpu": round(gpu_ms / cpu_ms, 3),
            "gpu_batch200_ms": round(batch_ms, 3)}


def onnx_cuda(quick: bool) -> dict[str, Any]:
    import onnxruntime as ort

    from ..corpus import _embed

    if "CUDAExecutionProvider" not in ort.get_available_providers():
        raise Skip("ONNX Runtime has no CUDA provider here (install onnxruntime-gpu)")
    model_dir = _embed._minilm_dir()
    gpu = _embed.OnnxSentenceEncoder("minilm:all-MiniLM-L6-v2", model_dir, batch_size=128,
                                     providers=["CUDAExecutionProvider"])
    cpu = _embed.OnnxSentenceEncoder("minilm:all-MiniLM-L6-v2", model_dir)
    from ._corpus import _docs

    texts = [t for d in _docs(40 if quick else 200, 300) for t in d.split(". ")][: 2000 if quick else 10000]
    gpu.embed(texts[:256])
    cpu.embed(texts[:64])
    t0 = time.perf_counter()
    g = gpu.embed(texts)
    gpu_s = time.perf_counter() - t0
    sub = texts[: max(256, len(texts) // 10)]
    t0 = time.perf_counter()
    c = cpu.embed(sub)
    cpu_s = time.perf_counter() - t0
    agree = float(np.mean(np.sum(g[: len(sub)] * c, axis=1)))
    return {"status": "ran", "texts": len(texts), "gpu_embeddings_per_s": round(len(texts) / gpu_s, 1),
            "cpu_embeddings_per_s": round(len(sub) / cpu_s, 1), "gpu_over_cpu_speed": round(len(texts) / gpu_s / (len(sub) / cpu_s), 2),
            "mean_cosine_gpu_vs_cpu": round(agree, 5)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vllm_through_workbench(quick: bool) -> dict[str, Any]:
    import httpx
    import openai

    from .. import models
    from ..config import load_settings

    if not models.vllm_installed():
        raise Skip("vLLM is not installed (the [gpu] extra)")
    settings = load_settings()
    port = _free_port()
    spec = models.build_spec(settings, engine="vllm", port=port)
    key = spec.env["VLLM_API_KEY"]
    checkpoint = spec.argv[2]
    if checkpoint.startswith(("/", ".", "~")) and not os.path.exists(os.path.expanduser(checkpoint)):
        raise Skip(f"no vLLM checkpoint at {checkpoint} (set [vllm] model)")
    log = tempfile.NamedTemporaryFile(prefix="bench-vllm-", suffix=".log", delete=False)
    proc = subprocess.Popen(spec.argv, env={**os.environ, **spec.env}, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 900
        while True:
            if proc.poll() is not None:
                raise Skip(f"vllm serve exited with {proc.returncode}; see {log.name}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}{spec.health_path}", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise Skip(f"vllm serve did not become healthy in 15 min; see {log.name}")
            time.sleep(2)
        prompt = "Write a long, detailed story about a lighthouse keeper and her ledger."
        max_tokens, runs = (128, 2) if quick else (512, 3)
        bare = openai.OpenAI(base_url=spec.base_url, api_key=key, max_retries=0)

        def bare_run() -> tuple[int, float]:
            first, tokens = None, 0
            stream = bare.chat.completions.create(model=spec.served_model_name, stream=True, max_tokens=max_tokens,
                                                  temperature=0.0, messages=[{"role": "user", "content": prompt}],
                                                  stream_options={"include_usage": True})
            for chunk in stream:
                if chunk.usage:
                    tokens = chunk.usage.completion_tokens
                elif first is None and chunk.choices and (chunk.choices[0].delta.content
                                                          or getattr(chunk.choices[0].delta, "reasoning_content", None)):
                    first = time.perf_counter()
            return tokens, time.perf_counter() - (first or time.perf_counter())

        import workbench

        with tempfile.TemporaryDirectory() as home:
            wb = workbench.connect(home=home, model_url=spec.base_url, model=spec.served_model_name, api_key=key)

            def ours_run() -> tuple[int, float]:
                first: list[float] = []
                answer = wb.ask(prompt, max_tokens=max_tokens, temperature=0.0,
                                stream=lambda d: first.append(time.perf_counter()) if not first else None)
                return int(answer.usage.get("output_tokens") or 0), time.perf_counter() - (first[0] if first else 0)

            bare_run()
            ours_run()
            b, o = [], []
            for _ in range(runs):
                tokens, secs = bare_run()
                b.append(max(tokens - 1, 1) / secs)
                tokens, secs = ours_run()
                o.append(max(tokens - 1, 1) / secs)
            wb.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    tb, to = statistics.median(b), statistics.median(o)
    return {"status": "ran", "model": spec.served_model_name, "max_tokens": max_tokens,
            "bare_tokens_per_s": round(tb, 1), "workbench_tokens_per_s": round(to, 1),
            "workbench_over_bare_vllm": round(tb / to, 3)}


PARTS: dict[str, Callable[[bool], dict[str, Any]]] = {
    "faiss": faiss_gpu,
    "onnx": onnx_cuda,
    "vllm": vllm_through_workbench,
}


def section(quick: bool, cuda: Callable[[], bool] | None = None,
            parts: dict[str, Callable[[bool], dict[str, Any]]] | None = None) -> dict[str, Any]:
    from ..models import cuda_available

    if not (cuda or cuda_available)():
        return {"gpu": skipped("no CUDA device visible on this machine (nvidia-smi finds none)")}
    result: dict[str, Any] = {"status": "ran"}
    for name, part in (parts or PARTS).items():
        try:
            result[name] = part(quick)
        except Skip as exc:
            result[name] = skipped(str(exc))
        except Exception as exc:  # one failing part must not hide the others' figures
            result[name] = {"status": "failed", "reason": f"{type(exc).__name__}: {exc}"[:300]}
    return {"gpu": result}
