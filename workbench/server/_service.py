"""What the handlers serve, as plain functions over the library (no jupyter_server here).

Each method returns a small dataclass that mirrors the frontend's types in
``extensions/src/request.ts``; nothing returned ever holds a prompt, a value or a secret.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..config import Settings, load_settings
from ..errors import AccessDenied, GatewayError, NotAvailable, WorkbenchError


@dataclass
class Status:
    """GET /workbench/status"""

    engine: str | None
    model: str | None
    health: str  # ok | starting | down | external
    base_url: str | None
    egress: str
    redaction: bool
    audit: bool
    user: str
    version: str = __version__
    gateway: str | None = None  # the gateway's URL when calls go through one (WORKBENCH_GATEWAY_URL)
    gateway_user: str | None = None  # who the gateway says this user is (its whoami), None if unreachable


@dataclass
class Call:
    """One audited model call as the Audit sidebar shows it: metadata only, never content."""

    audit_id: str
    time: str
    outcome: str
    entry_point: str
    model: str | None
    execution_count: int | None
    input_tokens: int | None
    output_tokens: int | None
    redaction: dict[str, int]
    error_type: str | None


@dataclass
class CellCalls:
    cell_id: str
    calls: list[Call]


@dataclass
class AuditView:
    """GET /workbench/audit?path=...: a notebook's calls grouped by cell, in notebook-run order."""

    path: str
    cells: list[CellCalls]
    total: int
    enabled: bool = True


@dataclass
class CorpusList:
    """GET /workbench/corpora"""

    corpora: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None


class WorkbenchService:
    """One per Jupyter server. ``root_dir`` turns a notebook's API path into the absolute path
    the kernel recorded (JupyterLab tells kernels ``JPY_SESSION_NAME``, an absolute path)."""

    def __init__(self, root_dir: str, settings: Settings | None = None) -> None:
        self.root_dir = os.path.abspath(os.path.expanduser(root_dir))
        self._settings = settings
        self._lock = threading.Lock()
        self._logs: dict[str, Any] = {}

    @property
    def settings(self) -> Settings:
        # Read each time unless fixed: editing workbench.toml shows without a server restart.
        return self._settings or load_settings()

    # -- status -------------------------------------------------------------------------------

    def status(self) -> Status:
        from .. import models

        settings = self.settings
        common = dict(egress=settings.egress, redaction=settings.privacy.enabled,
                      audit=settings.audit.enabled, user=settings.user)
        if settings.gateway.url:
            healthy, who = _gateway_status(settings)
            return Status(engine="gateway", model=settings.model.name, health="ok" if healthy else "down",
                          base_url=settings.gateway.url, gateway=settings.gateway.url, gateway_user=who,
                          **{**common, "user": who or settings.user})
        if settings.model.url:
            return Status(engine="external", model=settings.model.name, health="external",
                          base_url=settings.model.url, **common)
        state = models.status(settings)
        if state is None:
            return Status(engine=settings.model.engine if settings.model.engine != "auto" else None,
                          model=settings.model.name, health="down", base_url=None, **common)
        healthy = _healthy(state, settings)
        return Status(engine=state.engine, model=state.model, health="ok" if healthy else "starting",
                      base_url=state.base_url, **common)

    # -- audit --------------------------------------------------------------------------------

    def audit(self, path: str) -> AuditView:
        """The calls made from the notebook at API path ``path`` (relative to the server root)."""
        settings = self.settings
        clean = _api_path(path)
        absolute = os.path.join(self.root_dir, *clean.split("/"))
        if settings.gateway.url:  # the log is the gateway's: it answers this user's own records only
            records = _gateway_records(settings, [absolute] + ([clean] if clean != absolute else []))
        elif not settings.audit.enabled:
            return AuditView(path=clean, cells=[], total=0, enabled=False)
        else:
            log = self._log(settings)
            records = log.records(notebook=absolute)
            if clean != absolute:
                records += log.records(notebook=clean)  # runs that recorded the API path
        records.sort(key=lambda r: r.get("audit_seq", 0))
        from ..audit import one_per_call

        records = one_per_call(records)  # a two-phase call is one call (its intent is dropped)
        groups: dict[str, list[Call]] = {}
        for record in records:
            cell = record.get("cell_id")
            if not cell:
                continue
            groups.setdefault(cell, []).append(_call(record))
        cells = [CellCalls(cell_id=cell, calls=calls) for cell, calls in groups.items()]
        return AuditView(path=clean, cells=cells, total=sum(len(c.calls) for c in cells))

    def _log(self, settings: Settings) -> Any:
        from ..audit import AuditLog

        key = str(settings.home)
        with self._lock:
            if key not in self._logs:
                self._logs[key] = AuditLog.open(settings)
            return self._logs[key]

    # -- corpora ------------------------------------------------------------------------------

    def corpora(self) -> CorpusList:
        """The corpora this user may read (metadata only), when the corpus part is installed; with
        a gateway, the gateway's list for the user it authenticates.

        The server never prompts for a passphrase: without WORKBENCH_PASSPHRASE (or a key file)
        in its environment it answers an empty list with a note saying so."""
        settings = self.settings
        if settings.gateway.url:  # they live at the gateway, which lists the ones this user may read
            from ..models import GatewayAPI

            try:
                with GatewayAPI.from_settings(settings, timeout=10.0) as api:
                    return CorpusList(corpora=[_corpus_dict(c) for c in api.corpora()])
            except WorkbenchError as exc:
                return CorpusList(note=f"{type(exc).__name__}: {exc}")
        try:
            from ..corpus import Corpora
        except ImportError:
            return CorpusList(note="Encrypted corpora are not part of this install yet.")
        try:
            found = Corpora.open(settings, prompt=_refuse_prompt).list(settings.user)
        except WorkbenchError as exc:
            return CorpusList(note=f"{type(exc).__name__}: {exc}")
        return CorpusList(corpora=[_corpus_dict(c) for c in found])

    def close(self) -> None:
        with self._lock:
            for log in self._logs.values():
                log.close()
            self._logs.clear()


def _refuse_prompt(_label: str) -> str:
    raise NotAvailable("Corpora are locked: start the Jupyter server with WORKBENCH_PASSPHRASE set, "
                       "or set [corpus] key_file in workbench.toml.")


class BadPath(ValueError):
    """A notebook path the handler refuses (absolute, or climbing out of the server root)."""


def _api_path(path: str) -> str:
    clean = (path or "").replace("\\", "/").strip("/")
    if not clean or clean.startswith("~") or any(part == ".." for part in clean.split("/")):
        raise BadPath("path must be a notebook path relative to the Jupyter server's root")
    return clean


def _call(record: dict[str, Any]) -> Call:
    return Call(
        audit_id=record.get("audit_id", ""),
        time=record.get("time", ""),
        outcome=record.get("outcome", ""),
        entry_point=record.get("entry_point") or "api",
        model=record.get("gen_ai.response.model") or record.get("gen_ai.request.model"),
        execution_count=record.get("execution_count"),
        input_tokens=record.get("gen_ai.usage.input_tokens"),
        output_tokens=record.get("gen_ai.usage.output_tokens"),
        redaction=dict(record.get("redaction") or {}),
        error_type=record.get("error.type"),
    )


def _corpus_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, str):
        return {"name": item}
    if isinstance(item, dict):
        return {k: v for k, v in item.items() if isinstance(v, (str, int, float, bool, type(None)))}
    out = {"name": getattr(item, "name", str(item))}
    for attr in ("owner", "documents", "chunks", "embedding_model"):
        value = getattr(item, attr, None)
        if isinstance(value, (str, int, float, bool)):
            out[attr] = value
    return out


def _gateway_status(settings: Settings) -> tuple[bool, str | None]:
    """Is the gateway up (``/health``), and who does it say we are (``whoami``)? 2 s each."""
    from ..models import GatewayAPI

    with GatewayAPI.from_settings(settings, timeout=2.0) as api:
        if not api.health():
            return False, None
        try:
            return True, str(api.whoami()["user"])
        except (WorkbenchError, KeyError, TypeError):
            return True, None


def _gateway_records(settings: Settings, notebooks: list[str]) -> list[dict[str, Any]]:
    """This user's audit records at the gateway for a notebook (by its absolute or API path).
    The gateway's errors are shown in the sidebar as its reason, never a secret."""
    from ..models import GatewayAPI

    try:
        with GatewayAPI.from_settings(settings, timeout=10.0) as api:
            return [r for nb in notebooks for r in api.audit(limit=10_000, notebook=nb)]
    except (GatewayError, AccessDenied) as exc:
        raise NotAvailable(f"The gateway's audit log cannot be read: {exc}") from exc


def _healthy(state: Any, settings: Settings) -> bool:
    """Does the managed server answer ``GET /v1/models`` with its key? (Loopback, 2 s.)"""
    import urllib.error
    import urllib.request

    from ..models import api_key

    request = urllib.request.Request(state.base_url.rstrip("/") + "/models",
                                     headers={"Authorization": f"Bearer {api_key(settings)}"})
    try:
        with urllib.request.urlopen(request, timeout=2.0) as resp:  # noqa: S310 (loopback only)
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False
