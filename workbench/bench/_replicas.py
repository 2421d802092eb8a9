"""Gateway replicas on one PostgreSQL audit chain: appends per second under concurrent streaming
load, and the latency the gateway adds over the same calls straight to the same upstream.

Setup: a temporary PostgreSQL (Debian's binaries, loopback), three ``workbench gateway serve``
processes sharing one home and ``--audit-url``, the loopback echo server as upstream. The load is
N concurrent streaming clients (48 in the full run, 12 in ``--quick``), each spread over the
replicas. The baseline is the same clients, same concurrency, same prompt, sent straight to the
upstream with a bare OpenAI client in the same run; "added" is gateway minus direct at each
percentile. Every call through a gateway is two audit appends (intent and outcome).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ._echo import Behaviour, RecordingServer

KEY = "bench-upstream-key"
PROMPT = "Summarise the churn drivers for the EMEA region in three bullets."


def section(quick: bool) -> dict[str, Any]:
    try:
        from ..audit._pglocal import LocalPostgres, PostgresUnavailable
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        return {"replicas_skipped": f"psycopg is not installed ({exc})"}
    try:
        pg = LocalPostgres()
    except PostgresUnavailable as exc:
        return {"replicas_skipped": str(exc)}
    clients = 12 if quick else 48
    with pg:  # started here, stopped and removed on the way out
        url = pg.create_database("bench_replicas")
        figures = _run(url, clients=clients, rounds=2 if quick else 4)
    figures["baselines"] = {
        "replicas_appends_per_s": f"audit records appended to one PostgreSQL chain by 3 gateway processes under "
                                  f"{clients} concurrent streaming clients (intent + outcome per call)",
        "replicas_added_p50_ms": f"p50 latency through a gateway minus p50 straight to the same echo upstream, "
                                 f"{clients} concurrent bare OpenAI clients, same run",
        "replicas_added_p95_ms": "the same at p95",
    }
    return figures


def _run(pg_url: str, *, clients: int, rounds: int) -> dict[str, Any]:
    import openai

    from ..audit import AuditLog
    from ..config import load_settings
    from ..gateway import launch, open_tokens

    with tempfile.TemporaryDirectory() as root, \
            RecordingServer(Behaviour(models=["echo"], api_key=KEY, answer="Noted, three bullets follow.")) as up:
        key_file = Path(root) / "upstream.key"
        key_file.write_text(KEY)
        key_file.chmod(0o600)
        home = Path(root) / "gateway"
        token = open_tokens(None, pg_url, home=home).add("bench")  # shared by the replicas, in PostgreSQL
        env = {k: "" for k in os.environ if k.startswith("WORKBENCH_")}
        args = ["--audit-url", pg_url]
        gateways = [launch(home, up.base_url, str(key_file), env=env, args=args) for _ in range(3)]
        try:
            direct = openai.OpenAI(base_url=up.base_url, api_key=KEY, max_retries=0)
            via = [openai.OpenAI(base_url=g.base_url, api_key=token, max_retries=0) for g in gateways]

            def one(client: Any) -> float:
                started = time.perf_counter()
                stream = client.chat.completions.create(model="echo", stream=True,
                                                        messages=[{"role": "user", "content": PROMPT}])
                for _ in stream:
                    pass
                return (time.perf_counter() - started) * 1000

            with ThreadPoolExecutor(clients) as pool:
                list(pool.map(lambda n: one(via[n % 3]), range(clients)))  # warm: analyzers, connections
                t_direct: list[float] = []
                t_gateway: list[float] = []
                gateway_wall = 0.0
                for _ in range(rounds):  # interleaved: direct, then through the replicas
                    t_direct += pool.map(lambda n: one(direct), range(clients))
                    started = time.perf_counter()
                    t_gateway += pool.map(lambda n: one(via[n % 3]), range(clients))
                    gateway_wall += time.perf_counter() - started
        finally:
            for g in gateways:
                g.stop()
        settings = load_settings(env={"WORKBENCH_HOME": str(home)}, **{"audit.url": pg_url})
        log = AuditLog.open(settings)
        try:
            ok = log.verify().ok
        finally:
            log.close(checkpoint=False)
    appended = 2 * clients * rounds
    return {
        "replicas_appends_per_s": round(appended / gateway_wall, 1),
        "replicas_added_p50_ms": round(_pct(t_gateway, 50) - _pct(t_direct, 50), 2),
        "replicas_added_p95_ms": round(_pct(t_gateway, 95) - _pct(t_direct, 95), 2),
        "replicas_gateway_p50_ms": round(_pct(t_gateway, 50), 2),
        "replicas_direct_p50_ms": round(_pct(t_direct, 50), 2),
        "replicas_chain_verifies": ok,
    }


def _pct(values: list[float], p: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]
