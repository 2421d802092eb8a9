"""`workbench bench`: every measurement in one run, each ratio against a baseline measured in the
same process, in the same run, and the table in docs/performance.md written from the result.

Sections are a registry: name -> "module:function" inside workbench.bench. A section is
``function(quick: bool) -> dict`` of figures; it may add ``"baselines": {figure: what it was
measured against}``, and its module may define ``GOALS`` (figure <= goal) and ``MIN_GOALS``
(figure >= goal). Adding a section is one line below.
"""

from __future__ import annotations

import importlib
import os
import platform
import time
from datetime import datetime, timezone
from typing import Any, Callable

Section = Callable[[bool], dict[str, Any]]

SECTIONS: dict[str, str] = {
    "pipeline": "_pipeline:section",
    "corpus": "_corpus:section",
    "scale": "_scale:section",
    "client": "_model:client_section",
    "model": "_model:engine_section",
    "audit": "_audit:section",
    "gateway": "_gateway:section",
    "replicas": "_replicas:section",
    "gpu": "_gpu:section",
}

#: Goals from the benchmark issue (figure <= goal); sections' own GOALS / MIN_GOALS add to these.
GOALS = {
    "pipeline_over_own_redaction": 1.2,
    "redact_200_words_p50_ms": 30.0,
    "encrypted_over_plain_search": 1.05,
    "encrypted_over_plain_load": 1.3,
    "ingest_over_embed": 1.05,
    "search_1m_p50_ms": 5.0,
    "client_over_bare_openai": 1.05,
    "gateway_over_direct": 1.10,
}
MIN_GOALS = {"search_1m_recall_at_10": 0.95, "audit_verify_records_per_s": 150_000}


def resolve(name: str) -> tuple[Section, Any]:
    """The section function and its module for a registry name."""
    module_name, _, function = SECTIONS[name].partition(":")
    module = importlib.import_module(f"{__package__}.{module_name}")
    return getattr(module, function or "section"), module


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            mem = f", {int(fh.readline().split()[1]) / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        mem = ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cpu} ({platform.machine()}), {cores} cores{mem}, "
            f"{platform.python_implementation()} {platform.python_version()}")


def run(quick: bool = False, only: list[str] | None = None, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run the sections (all, or ``only``) and return one flat dict of figures."""
    say = progress or (lambda _m: None)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    result: dict[str, Any] = {"machine": machine(), "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                              "quick": quick}
    baselines: dict[str, str] = {}
    goals, min_goals = dict(GOALS), dict(MIN_GOALS)
    seconds: dict[str, float] = {}
    failed: dict[str, dict[str, str]] = {}
    for name in SECTIONS:
        if only and name not in only:
            continue
        section, module = resolve(name)
        goals.update(getattr(module, "GOALS", {}))
        min_goals.update(getattr(module, "MIN_GOALS", {}))
        say(f"bench: {name} ...")
        t0 = time.perf_counter()
        try:
            figures = section(quick)
        except Exception as exc:  # one broken section must not cost the run every other figure
            failed[name] = {"status": "failed", "reason": f"{type(exc).__name__}: {exc}"[:300]}
            say(f"bench: {name} failed: {failed[name]['reason']}")
            continue
        baselines.update(figures.pop("baselines", {}))
        result.update(figures)
        seconds[name] = round(time.perf_counter() - t0, 1)
        say(f"bench: {name} done in {seconds[name]:.1f} s")
    if load is not None:
        result["load_average_1m"] = {"start": round(load, 2), "end": round(os.getloadavg()[0], 2)}
    result["section_seconds"] = seconds
    if failed:
        result["failed_sections"] = failed
    result["baselines"] = baselines
    result["goals"] = {
        **{k: {"goal": v, "op": "<=", "measured": result.get(k), "met": _number(result.get(k)) and result[k] <= v}
           for k, v in goals.items() if k in result},
        **{k: {"goal": v, "op": ">=", "measured": result.get(k), "met": _number(result.get(k)) and result[k] >= v}
           for k, v in min_goals.items() if k in result},
    }
    return result


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    return str(value)


def markdown(result: dict[str, Any], command: str, note: str | None = None) -> str:
    """docs/performance.md from one result: never typed by hand."""
    baselines = result.get("baselines", {})
    lines = [
        "# Performance",
        "",
        f"Measured by `{command}` on {result['machine']}, {result['date']}.",
        "Regenerate with `workbench bench --write docs/performance.md`. Every ratio is the workbench's",
        "time over a baseline measured in the same process, in the same run; the baseline of each",
        "figure is named beside it.",
    ]
    if result.get("load_average_1m"):
        la = result["load_average_1m"]
        busy = float(la["start"]) >= 1.0  # the run itself adds load; at the start, anything is someone else's
        lines += ["", f"Load average (1 min) at the start and end of the run: {la['start']} and {la['end']}. "
                  + ("Other work shared the CPUs during the run, so absolute times are noisy; the ratios "
                     "interleave each measurement with its baseline so both see the same load." if busy else
                     "The machine was otherwise idle at the start; the ratios still interleave each "
                     "measurement with its baseline.")]
    if note:
        lines += ["", note]
    lines += ["", "| figure | value | baseline |", "|---|---|---|"]
    skip = {"machine", "date", "goals", "baselines", "load_average_1m"}
    for key, value in result.items():
        if key in skip:
            continue
        lines.append(f"| `{key}` | {_cell(value)} | {baselines.get(key, '')} |")
    if result.get("goals"):
        lines += ["", "## Goals", "", "| figure | goal | measured | met |", "|---|---|---|---|"]
        for key, g in result["goals"].items():
            op = "≥" if g.get("op") == ">=" else "≤"
            lines.append(f"| `{key}` | {op} {g['goal']} | {g['measured']} | {'yes' if g['met'] else 'no'} |")
    return "\n".join(lines) + "\n"
