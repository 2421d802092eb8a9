"""`workbench bench`: every measurement in one run, each ratio against its floor measured in the
same process, and the table in docs/performance.md written from the result."""

from __future__ import annotations

import platform
import os
import time
from datetime import datetime, timezone
from typing import Any, Callable

from ..models import cuda_available
from . import _audit, _corpus, _gateway, _model, _pipeline

Section = Callable[[bool], dict[str, Any]]

#: Goals from the benchmark issue: ratio keys that must stay at or under these values.
GOALS = {
    "pipeline_over_redaction": 1.5,
    "encrypted_over_plain_search": 1.10,
    "encrypted_over_plain_load": 1.5,
    "ingest_over_embed": 1.15,
    "gateway_over_direct": 1.10,
}


def _client(quick: bool) -> dict[str, Any]:
    return _model.client_overhead(calls=100 if quick else 300)


def _engine(quick: bool) -> dict[str, Any]:
    return _model.embedded_model(runs=2 if quick else 3, max_tokens=48 if quick else 128)


def _audit_section(quick: bool) -> dict[str, Any]:
    appends = _audit.bench_appends(8, 150 if quick else 1500, "NORMAL")
    verify = _audit.bench_verify(20_000 if quick else 200_000)
    return {
        "audit_appends_per_s": appends["audit_appends_per_s"],
        "audit_appends_over_plain_inserts": appends["ratio"],
        "audit_verify_records_per_s": verify["verify_records_per_s"],
    }


def _pipeline_section(quick: bool) -> dict[str, Any]:
    return _pipeline.pipeline_over_redaction(calls=8 if quick else 30)


def _corpus_section(quick: bool) -> dict[str, Any]:
    ingest = _corpus.bench_ingest(n_docs=4 if quick else 12, chunk_tokens=128)
    search = _corpus.bench_search(20_000 if quick else 1_000_000)
    load = _corpus.bench_cold_load(100_000 if quick else 1_000_000)
    return {
        "ingest_over_embed": round(ingest["ratio_add_to_embed"], 3),
        "ingest_chunks_per_s": round(ingest["chunks_per_s"], 1),
        "embed_chunks_per_s": round(ingest["embed_only_chunks_per_s"], 1),
        "ingest_chunk_tokens": ingest["chunk_tokens"],
        "encrypted_over_plain_search": round(search["ratio"], 3),
        "search_vectors": search["vectors"],
        "search_encrypted_ms": round(search["encrypted_ms"], 3),
        "search_plain_ms": round(search["plain_ms"], 3),
        "encrypted_over_plain_load": round(load["ratio"], 3),
        "load_vectors": load["vectors"],
        "load_encrypted_s": round(load["encrypted_s"], 3),
        "load_plain_s": round(load["plain_s"], 3),
    }


def _gpu(quick: bool) -> dict[str, Any]:
    if not cuda_available():
        return {"gpu": "skipped: no CUDA device on this machine"}
    return {"gpu": "CUDA present: run `workbench model serve --engine vllm` and the vLLM section"}


SECTIONS: dict[str, Section] = {
    "pipeline": _pipeline_section,
    "corpus": _corpus_section,
    "client": _client,
    "model": _engine,
    "audit": _audit_section,
    "gateway": _gateway.section,
    "gpu": _gpu,
}


def run(quick: bool = False, only: list[str] | None = None, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run the sections (all, or ``only``) and return one flat dict of figures."""
    say = progress or (lambda _m: None)
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": quick,
    }
    for name, section in SECTIONS.items():
        if only and name not in only:
            continue
        say(f"bench: {name} ...")
        t0 = time.perf_counter()
        result.update(section(quick))
        say(f"bench: {name} done in {time.perf_counter() - t0:.1f} s")
    result["goals"] = {k: {"goal": v, "measured": result.get(k), "met": result.get(k) is not None and result[k] <= v}
                       for k, v in GOALS.items() if k in result}
    return result


def markdown(result: dict[str, Any], command: str) -> str:
    """docs/performance.md from one result: never typed by hand."""
    lines = [
        "# Performance",
        "",
        f"Measured by `{command}` on {result['machine']}, {result['date']}.",
        "Regenerate with `workbench bench --write docs/performance.md`. Ratios compare the",
        "workbench with its floor measured in the same process, in the same run.",
        "",
        "| figure | value |",
        "|---|---|",
    ]
    for key, value in result.items():
        if key in ("machine", "date", "goals"):
            continue
        lines.append(f"| `{key}` | {value} |")
    if result.get("goals"):
        lines += ["", "## Goals", "", "| ratio | goal | measured | met |", "|---|---|---|---|"]
        for key, g in result["goals"].items():
            lines.append(f"| `{key}` | ≤ {g['goal']} | {g['measured']} | {'yes' if g['met'] else 'no'} |")
    return "\n".join(lines) + "\n"
