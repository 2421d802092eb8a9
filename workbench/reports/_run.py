"""One headless report run: parameters, execution, footer, export.

    notebook ──papermill parameters──▶ CellIdClient (cell ids + WORKBENCH_RUN_ID to the kernel)
             ──▶ footer cell (run id, model, audit chain head, redaction summary)
             ──▶ HTML (nbconvert, nothing loaded from a CDN) ──▶ PDF (headless Chromium, optional)

A failing cell fails the run with :class:`~workbench.errors.CellFailed`, which names the cell;
the partial report (traceback included) is still written next to where the report would be.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import nbformat

from ..errors import CellFailed, ConfigError, ReportError, WorkbenchError
from ._execute import kernel_env, make_client, passphrase_handoff

FORMATS = ("html", "pdf", "ipynb")
FOOTER_TAG = "workbench-report-footer"
TEMPLATES = Path(__file__).with_name("templates")
#: Headless Chromium: no GPU, no sandbox (containers), no background or component traffic, and
#: every host name resolves to nothing, so printing a report reaches no network at all.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
)
def _run_failures() -> tuple[type[BaseException], ...]:
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient.exceptions import (
        CellExecutionError,
        CellTimeoutError,
        DeadKernelError,
    )

    # a cell raised; a cell ran too long; the kernel died; no such kernel; it did not start
    return (CellExecutionError, CellTimeoutError, DeadKernelError, NoSuchKernel, RuntimeError, TimeoutError, OSError)


_RUN_FAILURES = _run_failures()
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@dataclass
class ReportResult:
    """What a run produced. ``outputs`` maps a format to its file; ``skipped`` says why a
    requested format was not produced (a PDF without Chromium)."""

    run_id: str
    notebook: Path
    outputs: dict[str, Path] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    model: str | None = None
    calls: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    redactions: dict[str, int] = field(default_factory=dict)
    audit_head: dict[str, Any] | None = None
    parameters: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """A JSON-ready dict (paths as strings); parameter values are left out, only their names."""
        return {
            "run_id": self.run_id, "notebook": str(self.notebook),
            "outputs": {k: str(v) for k, v in self.outputs.items()}, "skipped": dict(self.skipped),
            "model": self.model, "calls": self.calls, "outcomes": dict(self.outcomes),
            "redactions": dict(self.redactions), "audit_head": self.audit_head,
            "parameters": sorted(self.parameters), "seconds": round(self.seconds, 3),
        }


def new_run_id(now: datetime | None = None) -> str:
    """``YYYYmmddTHHMMSSZ-xxxxxx``: sortable by time, unique, safe in a file name."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def parse_param(text: str) -> tuple[str, Any]:
    """``k=v`` as given on the command line. ``v`` is read as JSON when it parses (numbers,
    true/false/null, lists, quoted strings), else kept as the plain string."""
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key.isidentifier():
        raise ReportError(f"parameter {key or text!r} must look like name=value with a Python identifier "
                          "as the name, e.g. --param region=EMEA --param top_n=5.")
    try:
        return key, json.loads(raw)
    except ValueError:
        return key, raw


def run_report(
    notebook: str | Path,
    *,
    params: Mapping[str, Any] | None = None,
    out_dir: str | Path | None = None,
    formats: Sequence[str] | None = None,
    settings: Any = None,
    run_id: str | None = None,
    timeout: int | None = None,
    kernel: str | None = None,
    no_input: bool = False,
) -> ReportResult:
    """Run ``notebook`` headless and write the report; returns a :class:`ReportResult`.

    Raises :class:`CellFailed` when a cell raises (after writing the partial report), and
    :class:`ReportError` for anything else that stops the run.
    """
    from ..config import load_settings

    settings = settings if settings is not None else load_settings()
    cfg = settings.reports
    path = Path(notebook).expanduser().resolve()
    formats = _formats(formats or cfg.formats)
    params = dict(params or {})
    run_id = run_id or new_run_id()
    out = Path(out_dir or cfg.out_dir or settings.home / "reports" / path.stem).expanduser().resolve()
    started = time.perf_counter()

    nb = _read(path)
    if params:
        nb = _parameterize(nb, params, kernel)
    kernel_name = kernel or cfg.kernel or nb.metadata.get("kernelspec", {}).get("name") or "python3"
    client = make_client(nb, cwd=path.parent, timeout=timeout or cfg.timeout, kernel_name=kernel_name)
    # The kernel's workbench.connect() must find the same home (audit log, server) as this run.
    env = kernel_env(run_id, {"WORKBENCH_HOME": str(settings.home), "JPY_SESSION_NAME": str(path)})
    result = ReportResult(run_id=run_id, notebook=path, parameters=params)
    failure: BaseException | None = None
    try:
        with passphrase_handoff(env) as kenv:
            client.execute(env=kenv)
    except _RUN_FAILURES as exc:
        failure = exc
    _mask_parameters(nb)

    _summarise_audit(result, settings)
    nb.cells.append(_footer_cell(result, failed=failure is not None))
    stem = f"{path.stem}-{run_id}"
    if failure is not None:
        partial = _write_outputs(nb, out, f"{stem}-FAILED", ("ipynb", "html"), result, no_input=False)
        raise _failure(failure, client.failed_cell, nb, partial.get("html")) from None
    result.outputs = _write_outputs(nb, out, stem, formats, result, no_input=no_input,
                                    chromium_setting=cfg.chromium)
    result.seconds = time.perf_counter() - started
    return result


# -- steps -------------------------------------------------------------------------------------


def _formats(formats: Sequence[str]) -> tuple[str, ...]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ConfigError(f"report format {unknown[0]!r} is unknown; choose from {', '.join(FORMATS)}.")
    return tuple(dict.fromkeys(formats))


def _read(path: Path) -> nbformat.NotebookNode:
    if not path.is_file():
        raise ReportError(f"no notebook at {path}; give the path of an .ipynb file.")
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError, KeyError, AttributeError, nbformat.ValidationError) as exc:
        raise ReportError(f"{path.name} is not a readable notebook ({type(exc).__name__}); "
                          "open it in JupyterLab and save it again.") from None
    nb.nbformat_minor = max(nb.nbformat_minor, 5)  # cell ids arrived with nbformat 4.5
    for cell in nb.cells:
        if not cell.get("id"):
            cell["id"] = uuid.uuid4().hex[:8]
        if cell.get("cell_type") == "code":
            cell.outputs, cell.execution_count = [], None
    return nb


def _parameterize(nb: nbformat.NotebookNode, params: dict[str, Any], kernel: str | None) -> nbformat.NotebookNode:
    from papermill.parameterize import parameterize_notebook

    nb.metadata.setdefault("papermill", {})
    for cell in nb.cells:  # papermill reads every cell's tags
        cell.metadata.setdefault("tags", [])
    nb = parameterize_notebook(nb, params, kernel_name=kernel or nb.metadata.get("kernelspec", {}).get("name"))
    nb.metadata.papermill["parameters"] = sorted(params)  # names only: values may be sensitive
    return nb


def _mask_parameters(nb: nbformat.NotebookNode) -> None:
    """The cell papermill injected keeps the parameters' names, never their values (a report's
    parameters may be a customer, a person, a secret)."""
    for cell in nb.cells:
        if "injected-parameters" in (cell.get("metadata", {}).get("tags") or []):
            names = re.findall(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=", cell.source, flags=re.M)
            cell.source = ("# Parameters injected by `workbench report run` (values not saved): "
                           + (", ".join(names) or "none"))
            cell.outputs = []


def _summarise_audit(result: ReportResult, settings: Any) -> None:
    if not settings.audit.enabled:
        return
    from ..audit import AuditLog

    try:
        log = AuditLog.open(settings)
    except WorkbenchError:
        return  # the footer says the audit log could not be read
    try:
        from ..audit import one_per_call

        records = one_per_call(log.records(run_id=result.run_id))  # one per call, not per phase
        result.audit_head = log.head()
    finally:
        log.close(checkpoint=False)
    models: dict[str, None] = {}
    for rec in records:
        result.calls += 1
        outcome = str(rec.get("outcome") or "unknown")
        result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
        model = rec.get("gen_ai.response.model") or rec.get("gen_ai.request.model")
        if model:
            models[str(model)] = None
        for kind, count in (rec.get("redaction") or {}).items():
            result.redactions[kind] = result.redactions.get(kind, 0) + int(count)
    result.model = ", ".join(models) or None


def _footer_cell(result: ReportResult, *, failed: bool) -> nbformat.NotebookNode:
    head = result.audit_head
    chain = f"record {head['seq']}, hash `{head['hash']}`" if head else "audit log off or unreadable"
    redacted = ", ".join(f"{k} × {v}" for k, v in sorted(result.redactions.items())) or "nothing redacted"
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(result.outcomes.items()))
    lines = [
        "---",
        f"**Workbench report{' (FAILED: partial)' if failed else ''}** · generated "
        + f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}",
        "",
        f"- run id: `{result.run_id}`",
        f"- model: {result.model or 'no model calls'}",
        f"- model calls: {result.calls}" + (f" ({outcomes})" if outcomes else ""),
        f"- audit chain head: {chain}",
        f"- redaction summary: {redacted}",
    ]
    if head and head.get("seq"):
        lines += ["", f"Check the log still holds this run: `workbench audit verify --expect {head['seq']}:{head['hash']}`"]
    cell = nbformat.v4.new_markdown_cell("\n".join(lines))
    cell.metadata["tags"] = [FOOTER_TAG]
    return cell


def _failure(exc: BaseException, failed: tuple[int, str | None] | None, nb: Any, partial: Path | None) -> ReportError:
    from nbclient.exceptions import (
        CellExecutionError,
        CellTimeoutError,
        DeadKernelError,
    )

    index, cell_id = failed if failed else (None, None)
    number = index + 1 if index is not None else None  # cells as JupyterLab counts them
    if isinstance(exc, CellExecutionError):
        return CellFailed(number or 0, cell_id, exc.ename or "an error", str(partial) if partial else None)
    where = f" in cell {number} (id {cell_id!r})" if number else ""
    if isinstance(exc, CellTimeoutError):
        return ReportError(f"the report timed out{where}; raise --timeout or [reports] timeout.")
    if isinstance(exc, DeadKernelError):
        return ReportError(f"the kernel died{where} (out of memory?); the partial report is {partial}.")
    return ReportError(f"the report could not run{where} ({type(exc).__name__}); check that the "
                       "notebook's kernel is installed (`jupyter kernelspec list`) or pass --kernel.")


def _write_outputs(nb: Any, out: Path, stem: str, formats: Sequence[str], result: ReportResult,
                   *, no_input: bool, chromium_setting: str | None = None) -> dict[str, Path]:
    """Write the requested formats (a PDF is printed from the HTML, which is kept) and a JSON
    summary of the run; returns format -> path."""
    try:
        _private_dir(out)
    except OSError as exc:
        raise ReportError(f"cannot create the output folder {out} ({type(exc).__name__}); pass --out.") from None
    written: dict[str, Path] = {}
    if "ipynb" in formats:
        written["ipynb"] = out / f"{stem}.ipynb"
        _private_write(written["ipynb"], nbformat.writes(nb))
    if "html" in formats or "pdf" in formats:
        html_path = out / f"{stem}.html"
        _private_write(html_path, to_html(nb, no_input=no_input))
        written["html"] = html_path
        if "pdf" in formats:
            chromium = find_chromium(chromium_setting)
            if chromium is None:
                result.skipped["pdf"] = ("Chromium not found, so no PDF was made (the HTML was). Install it "
                                         "(Debian/Ubuntu: apt-get install chromium) or set [reports] chromium.")
            else:
                written["pdf"] = html_to_pdf(html_path, out / f"{stem}.pdf", chromium)
                os.chmod(written["pdf"], 0o600)
    summary = out / f"{stem}.json"
    _private_write(summary, json.dumps(result.summary(), indent=2) + "\n")
    written.setdefault("json", summary)
    return written


def _private_dir(out: Path) -> None:
    """The output folder: created 0700 (with any missing parents); an existing one is left as it is."""
    missing = [p for p in [out, *out.parents] if not p.exists()]
    for directory in reversed(missing):
        directory.mkdir(mode=0o700, exist_ok=True)
        os.chmod(directory, 0o700)


def _private_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the owner only (0600 from the first byte): reports
    hold restored personal data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fd = -1
            fh.write(text)
    finally:
        if fd >= 0:
            os.close(fd)


def to_html(nb: Any, *, no_input: bool = False) -> str:
    """The notebook as one self-contained HTML page (images inline, no scripts from a CDN).

    Answers in it are the one renderer's output (no live URL carries a restored value); as a
    last net, anything that would make the page fetch from another host when opened (a remote
    src, srcset, poster, CSS url()) is neutralised."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="workbench_report", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input = no_input
    exporter.exclude_input_prompt = no_input
    html, _ = exporter.from_notebook_node(_safe_outputs(nb))
    return neutralise_remote(html)


_REMOTE_ATTR = re.compile(r"""(\s)(src|srcset|poster|background|data|formaction|action)(\s*=\s*["']?\s*(?:https?:)?//)""",
                          re.I)
_REMOTE_CSS = re.compile(r"""url\(\s*(["']?)\s*(?:https?:)?//[^)]*\)""", re.I)
_REMOTE_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//[^;]*;?""", re.I)


def neutralise_remote(html: str) -> str:
    """``html`` that fetches nothing from another host when opened: remote ``src``-like
    attributes renamed (``data-wb-blocked-src``), remote CSS ``url()`` and ``@import`` dropped."""
    html = _REMOTE_ATTR.sub(lambda m: f"{m.group(1)}data-wb-blocked-{m.group(2)}{m.group(3)}", html)
    html = _REMOTE_CSS.sub("url(about:blank)", html)
    return _REMOTE_IMPORT.sub("", html)


def _safe_outputs(nb: Any) -> Any:
    """A copy of ``nb`` whose Markdown outputs went through the one answer renderer (nothing
    restored, remote images and links shown as text); the analyst's own Markdown cells stay."""
    import copy

    from ..render import render_markdown

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []) or []:
            data = output.get("data") or {}
            if "text/markdown" in data:
                source = data["text/markdown"]
                text = "".join(source) if isinstance(source, list) else str(source)
                data["text/markdown"] = render_markdown(text).text
    return nb


def find_chromium(configured: str | None = None) -> str | None:
    """The Chromium to print PDFs with: ``configured`` (a path or name), else the first of
    chromium, chromium-browser, google-chrome on PATH; None when there is none."""
    if configured:
        return shutil.which(configured)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: Path, pdf: Path, chromium: str, *, timeout: float = 120) -> Path:
    """Print ``html`` to ``pdf`` with headless Chromium (no network: see CHROMIUM_FLAGS)."""
    argv = [chromium, *CHROMIUM_FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.resolve().as_uri()]
    try:
        proc = subprocess.run(argv, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ReportError(f"Chromium did not print the PDF within {timeout:.0f} s; the HTML report is {html}.") from None
    if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        raise ReportError(f"Chromium could not print the PDF (exit {proc.returncode}); the HTML report is {html}. "
                          f"Try: {chromium} --headless --print-to-pdf=out.pdf {html}")
    return pdf
