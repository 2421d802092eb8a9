"""The gateway's cost: one call through it against the same call straight to the same upstream.

Both sides run the whole pipeline once (policy, guard, redact, send, restore, audit) on the same
prompt (the pipeline section's text: ``_pipeline.SENTENCES``, 200 words with names and an email
address) against the same loopback echo server, interleaved in one run: "direct" is
``workbench.connect()`` in this process (the single-user layout), "gateway" is a bare OpenAI
client to a ``workbench gateway serve`` child process (the kernel ↔ gateway hop, the gateway's
authentication, its thread hand-off, JSON both ways). The ratio is what the trust boundary adds.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from ._echo import Behaviour, RecordingServer
from ._pipeline import _prompt

KEY = "bench-upstream-key"


def gateway_over_direct(calls: int = 30) -> dict[str, Any]:
    import openai

    import workbench

    from ..gateway import TokenStore, launch

    prompt = _prompt()
    messages = [{"role": "user", "content": prompt}]
    behaviour = Behaviour(models=["echo"], api_key=KEY, answer="Noted.")
    with tempfile.TemporaryDirectory() as root, RecordingServer(behaviour) as upstream:
        key_file = Path(root) / "upstream.key"
        key_file.write_text(KEY)
        key_file.chmod(0o600)
        gw_home = Path(root) / "gateway"
        token = TokenStore(gw_home).add("bench")
        env = {k: "" for k in os.environ if k.startswith("WORKBENCH_")}
        with launch(gw_home, upstream.base_url, str(key_file), env=env) as gw:
            via = openai.OpenAI(base_url=gw.base_url, api_key=token, max_retries=0)
            wb = workbench.connect(home=str(Path(root) / "direct"), model_url=upstream.base_url, model="echo",
                                   api_key=KEY, user="bench")
            for _ in range(3):  # warm both: analyzer, clients, connections, audit logs
                wb.ask(prompt)
                via.chat.completions.create(model="echo", messages=messages)
            t_direct, t_gateway, own = [], [], []
            for _ in range(calls):  # interleaved, so both see the same machine load
                t0 = time.perf_counter()
                wb.ask(prompt)
                t1 = time.perf_counter()
                raw = via.chat.completions.with_raw_response.create(model="echo", messages=messages)
                t_gateway.append(time.perf_counter() - t1)
                t_direct.append(t1 - t0)
                own.append(_handler_ms(raw.headers.get("server-timing", "")))
            t_stream = []
            for _ in range(max(3, calls // 3)):
                t0 = time.perf_counter()
                for _chunk in via.chat.completions.create(model="echo", messages=messages, stream=True):
                    pass
                t_stream.append(time.perf_counter() - t0)
            wb.close()
    d50, g50 = statistics.median(t_direct), statistics.median(t_gateway)
    return {
        "gateway_over_direct": round(g50 / d50, 3),
        "gateway_p50_ms": round(g50 * 1000, 1),
        "gateway_stream_p50_ms": round(statistics.median(t_stream) * 1000, 1),
        "direct_p50_ms": round(d50 * 1000, 1),
        # inside the gateway process but outside the pipeline (auth, parsing, thread hand-off, JSON);
        # the rest of the difference is the loopback hop and the client's own work
        "gateway_handler_ms_p50": round(statistics.median(own), 2) if own else None,
        "gateway_calls": calls,
    }


def _handler_ms(header: str) -> float:
    """``Server-Timing: pipeline;dur=P, gateway;dur=G`` → G - P (what the gateway added itself)."""
    parts = dict(item.strip().split(";dur=") for item in header.split(",") if ";dur=" in item)
    return float(parts["gateway"]) - float(parts["pipeline"])


def section(quick: bool) -> dict[str, Any]:
    """`workbench bench`'s "gateway" section."""
    return gateway_over_direct(calls=8 if quick else 30)
