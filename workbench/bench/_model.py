"""The model client's own cost, and the embedded engine's speed."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import openai

from .. import models
from ..config import load_settings
from ._echo import Behaviour, RecordingServer

MESSAGES = [{"role": "user", "content": "Name one primary colour."}]


def client_overhead(calls: int = 300) -> dict[str, Any]:
    """Median per-call time of our client against the bare openai client, interleaved, against a
    loopback server that answers at once (so generation is not in the figure)."""
    with RecordingServer(Behaviour(api_key="k")) as server:
        bare = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        ours = models.ModelClient(models.Endpoint(server.base_url, "test-model", api_key="k"))
        for _ in range(20):
            bare.chat.completions.create(model="test-model", messages=MESSAGES)
            ours.complete(MESSAGES)
        t_bare, t_ours = [], []
        for _ in range(calls):
            t0 = time.perf_counter()
            bare.chat.completions.create(model="test-model", messages=MESSAGES)
            t1 = time.perf_counter()
            ours.complete(MESSAGES)
            t_ours.append(time.perf_counter() - t1)
            t_bare.append(t1 - t0)
    b, o = statistics.median(t_bare), statistics.median(t_ours)
    return {"client_over_bare_openai": round(o / b, 3), "client_ms": round(o * 1000, 3),
            "bare_openai_ms": round(b * 1000, 3)}


def embedded_model(runs: int = 3, max_tokens: int = 128) -> dict[str, Any]:
    """Start time of a fresh managed server, its tokens/s and time to first token."""
    with tempfile.TemporaryDirectory() as home:
        settings = load_settings(env={"WORKBENCH_HOME": str(Path(home))})
        models.default_gguf()  # assembled once per user; not part of the start time
        t0 = time.perf_counter()
        state = models.ensure_server(settings)
        start_s = time.perf_counter() - t0
        try:
            client = models.ModelClient(models.resolve_endpoint(settings))
            client.complete(MESSAGES, max_tokens=4)
            tokens, seconds, ttfts = 0, 0.0, []
            for _ in range(runs):
                first: list[float] = []
                t0 = time.perf_counter()
                done = client.complete(
                    [{"role": "user", "content": "Tell a long story about a lighthouse keeper."}],
                    max_tokens=max_tokens, temperature=0.8,
                    on_piece=lambda kind, text, first=first: first.append(time.perf_counter()) if not first else None,
                )
                end = time.perf_counter()
                if first and done.usage.get("output_tokens", 0) > 1:
                    tokens += done.usage["output_tokens"] - 1
                    seconds += end - first[0]
                    ttfts.append(first[0] - t0)
        finally:
            models.stop(settings)
    return {
        "model_engine": state.engine,
        "model": state.model,
        "model_server_start_s": round(start_s, 2),
        "model_tokens_per_s": round(tokens / seconds, 1) if seconds else None,
        "model_ttft_ms_p50": round(statistics.median(ttfts) * 1000, 1) if ttfts else None,
    }


def client_section(quick: bool) -> dict[str, Any]:
    out = client_overhead(calls=100 if quick else 300)
    out["baselines"] = {"client_over_bare_openai": "median per call of workbench ModelClient.complete over the bare "
                                                   "openai client (max_retries=0), interleaved, one loopback server "
                                                   "answering at once"}
    return out


def engine_section(quick: bool) -> dict[str, Any]:
    return embedded_model(runs=2 if quick else 3, max_tokens=48 if quick else 128)
