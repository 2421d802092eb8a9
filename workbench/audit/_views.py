"""Views of the log: calls tabulated by cell, and plots of calls, tokens and redacted entities
per cell, user or day. Plots are ``matplotlib.figure.Figure`` objects drawn without pyplot, so
no GUI backend or global state is touched; notebooks display them, reports save them.
"""

from __future__ import annotations

import html
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from ._calls import is_model_call

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ._store import AuditLog

GROUPINGS = ("cell", "user", "day", "notebook")


def one_per_call(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per call: a two-phase call's intent ("started") is dropped when its outcome
    (which carries ``intent_id``) is among ``records``; an intent with no outcome (a call cut
    off: a killed process, or one still running) is kept as outcome "interrupted" with
    ``audit_unfinished: True``. A one-shot call record (a refusal before sending) passes
    through; records that are not model calls (``auth_refused``, ``token_revoked``,
    ``hmac_key_rotated``, egress events ..., see :func:`is_model_call`) are left out. Order is kept."""
    rows = [r for r in records if is_model_call(r)]
    finished = {r["intent_id"] for r in rows if r.get("intent_id")}
    out = []
    for rec in rows:
        if rec.get("outcome") == "started":
            if rec.get("audit_id") in finished:
                continue
            rec = dict(rec, outcome="interrupted", audit_unfinished=True)
        out.append(rec)
    return out


def _records(source: AuditLog | Iterable[dict[str, Any]], notebook: str | None) -> list[dict[str, Any]]:
    if hasattr(source, "records"):
        return one_per_call(source.records(notebook=notebook))  # type: ignore[union-attr]
    rows = list(source)
    return one_per_call(r for r in rows if notebook is None or r.get("notebook_path") == notebook)


def _cell_key(rec: dict[str, Any]) -> tuple[str, str]:
    if rec.get("cell_id"):
        return (rec.get("notebook_path") or "", str(rec["cell_id"]))
    if rec.get("script_path"):
        return (rec["script_path"], f"line {rec.get('script_line')}")
    return (rec.get("notebook_path") or "", "")


def _label(rec: dict[str, Any], by: str) -> str:
    if by == "user":
        return str(rec.get("user") or "(unknown)")
    if by == "day":
        return str(rec.get("time") or "")[:10] or "(no time)"
    if by == "notebook":
        return os.path.basename(rec.get("notebook_path") or rec.get("script_path") or "") or "(none)"
    if by != "cell":
        raise ValueError(f"cannot group by {by!r}; choose one of {', '.join(GROUPINGS)}.")
    if rec.get("cell_id"):
        count = rec.get("execution_count")
        prefix = f"[{count}] " if count is not None else ""
        return f"{prefix}{str(rec['cell_id'])[:8]}"
    if rec.get("script_path"):
        return f"{os.path.basename(rec['script_path'])}:{rec.get('script_line')}"
    return "(no cell)"


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclass
class _Group:
    label: str
    calls: Counter = field(default_factory=Counter)  # outcome -> count
    input_tokens: int = 0
    output_tokens: int = 0
    entities: Counter = field(default_factory=Counter)
    models: set = field(default_factory=set)
    first: str = ""
    last: str = ""


def _group(records: list[dict[str, Any]], by: str) -> list[_Group]:
    groups: dict[Any, _Group] = {}
    for rec in records:
        key = _cell_key(rec) if by == "cell" else _label(rec, by)
        label = _label(rec, by)
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(label)
        g.label = label  # latest execution count wins
        g.calls[rec.get("outcome") or "unknown"] += 1
        g.input_tokens += _int(rec.get("gen_ai.usage.input_tokens"))
        g.output_tokens += _int(rec.get("gen_ai.usage.output_tokens"))
        for kind, n in (rec.get("redaction") or {}).items():
            g.entities[kind] += _int(n)
        model = rec.get("gen_ai.response.model") or rec.get("gen_ai.request.model")
        if model:
            g.models.add(str(model))
        time = str(rec.get("time") or "")
        g.first = min(g.first, time) if g.first else time
        g.last = max(g.last, time)
    ordered = list(groups.values())
    if by == "day":
        ordered.sort(key=lambda g: g.label)
    return ordered


@dataclass
class CallTable:
    """A small table that renders as HTML in a notebook and as text elsewhere."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def to_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def __str__(self) -> str:
        cells = [self.columns] + [["" if v is None else str(v) for v in row] for row in self.rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(self.columns))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
            for row in self.rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def calls_by_cell(source: AuditLog | Iterable[dict[str, Any]], notebook: str | None = None) -> CallTable:
    """One row per cell (or script line), in order of first call: calls by outcome (a two-phase
    call counts once; one cut off counts as interrupted, see :func:`one_per_call`), tokens,
    redacted entities (counts by type, never values), models, first and last call."""
    return calls_by(source, "cell", notebook=notebook)


def calls_by(source: AuditLog | Iterable[dict[str, Any]], by: str = "cell", notebook: str | None = None) -> CallTable:
    """Like :func:`calls_by_cell`, grouped by "cell", "user", "day" or "notebook"."""
    groups = _group(_records(source, notebook), by)
    columns = [by, "calls", "answered", "failed", "refused", "interrupted", "input_tokens", "output_tokens",
               "redacted", "models", "first", "last"]
    rows = []
    for g in groups:
        redacted = ", ".join(f"{k}={v}" for k, v in sorted(g.entities.items()))
        rows.append((g.label, sum(g.calls.values()), g.calls["answered"], g.calls["failed"], g.calls["refused"],
                     g.calls["interrupted"], g.input_tokens, g.output_tokens, redacted, ", ".join(sorted(g.models)), g.first, g.last))
    return CallTable(columns, rows)


def _figure(n_bars: int) -> tuple[Figure, Any]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(max(6.0, 0.5 * n_bars + 2), 4), layout="constrained")
    return fig, fig.add_subplot()


def _stacked(ax: Any, labels: list[str], series: dict[str, list[int]]) -> None:
    x = list(range(len(labels)))
    bottom = [0] * len(labels)
    for name, values in series.items():
        ax.bar(x, values, bottom=bottom, label=name)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_xticks(x, labels, rotation=45 if len(labels) > 6 else 0, ha="right" if len(labels) > 6 else "center")
    if len(series) > 1:
        ax.legend(fontsize="small")


def plot_calls(source: AuditLog | Iterable[dict[str, Any]], by: str = "cell", notebook: str | None = None) -> Figure:
    """Bars of model calls per cell, user or day, stacked by outcome."""
    groups = _group(_records(source, notebook), by)
    fig, ax = _figure(len(groups))
    outcomes = sorted({o for g in groups for o in g.calls}) or ["answered"]
    _stacked(ax, [g.label for g in groups], {o: [g.calls[o] for g in groups] for o in outcomes})
    ax.set_ylabel("calls")
    ax.set_title(f"Model calls per {by}")
    return fig


def plot_tokens(source: AuditLog | Iterable[dict[str, Any]], by: str = "cell", notebook: str | None = None) -> Figure:
    """Bars of input and output tokens per cell, user or day."""
    groups = _group(_records(source, notebook), by)
    fig, ax = _figure(len(groups))
    _stacked(ax, [g.label for g in groups], {"input": [g.input_tokens for g in groups],
                                            "output": [g.output_tokens for g in groups]})
    ax.set_ylabel("tokens")
    ax.set_title(f"Tokens per {by}")
    return fig


def plot_redactions(source: AuditLog | Iterable[dict[str, Any]], by: str = "cell", notebook: str | None = None) -> Figure:
    """Bars of redacted entities per cell, user or day, stacked by entity type."""
    groups = _group(_records(source, notebook), by)
    fig, ax = _figure(len(groups))
    kinds = sorted({k for g in groups for k in g.entities})
    _stacked(ax, [g.label for g in groups], {k: [g.entities[k] for g in groups] for k in kinds} or
             {"none": [0] * len(groups)})
    ax.set_ylabel("entities redacted")
    ax.set_title(f"Redacted entities per {by}")
    return fig
