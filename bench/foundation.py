"""Foundation figures: model server start time, embedded model tokens/s and time to first
token, and the per-call overhead of the workbench client against the bare openai client.

    .venv/bin/python bench/foundation.py [--calls N] [--json]

Client overhead is measured against a loopback test server that answers at once, so the figure
is the client's own cost, not generation time; both clients run interleaved in one process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openai

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.recording_server import Behaviour, RecordingServer  # noqa: E402
from workbench import models  # noqa: E402
from workbench.config import load_settings  # noqa: E402

MESSAGES = [{"role": "user", "content": "Name one primary colour."}]


def client_overhead(calls: int) -> dict[str, float]:
    with RecordingServer(Behaviour(api_key="k")) as server:
        bare = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        ours = models.ModelClient(models.Endpoint(server.base_url, "test-model", api_key="k"))
        for _ in range(20):  # warm both
            bare.chat.completions.create(model="test-model", messages=MESSAGES)
            ours.complete(MESSAGES)
        t_bare, t_ours = [], []
        for _ in range(calls):
            t0 = time.perf_counter()
            bare.chat.completions.create(model="test-model", messages=MESSAGES)
            t1 = time.perf_counter()
            ours.complete(MESSAGES)
            t2 = time.perf_counter()
            t_bare.append(t1 - t0)
            t_ours.append(t2 - t1)
    b, o = statistics.median(t_bare), statistics.median(t_ours)
    return {"bare_openai_ms": round(b * 1000, 3), "workbench_client_ms": round(o * 1000, 3),
            "client_over_bare": round(o / b, 3), "client_overhead_ms": round((o - b) * 1000, 3)}


def embedded_model(home: Path) -> dict[str, float]:
    settings = load_settings(env={"WORKBENCH_HOME": str(home)})
    models.default_gguf()  # assembled once; not part of the start time
    t0 = time.perf_counter()
    state = models.ensure_server(settings)
    start = time.perf_counter() - t0
    try:
        client = models.ModelClient(models.resolve_endpoint(settings))
        client.complete(MESSAGES, max_tokens=4)  # warm
        tokens, seconds, ttfts = 0, 0.0, []
        for _ in range(3):
            first: list[float] = []
            t0 = time.perf_counter()
            done = client.complete([{"role": "user", "content": "Tell a long story about a lighthouse."}],
                                   max_tokens=128, temperature=0.8,
                                   on_piece=lambda k, t: first.append(time.perf_counter()) if not first else None)
            t1 = time.perf_counter()
            out = done.usage.get("output_tokens") or 0
            tokens += out
            seconds += t1 - (first[0] if first else t0)
            ttfts.append((first[0] if first else t1) - t0)
    finally:
        models.stop(settings)
    return {"server_start_s": round(start, 2), "engine": state.engine,
            "tokens_per_s": round(tokens / seconds, 1) if seconds else 0.0,
            "ttft_ms": round(statistics.median(ttfts) * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        result = {**client_overhead(args.calls), **embedded_model(Path(home))}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")


if __name__ == "__main__":
    main()
