"""Who and where a call comes from: the running notebook cell, or a script's file and line.

The kernel part registers :func:`cell_started` as IPython's ``pre_run_cell`` hook; it records the
cell id JupyterLab (or our headless runner) sends with each execute request. Outside a kernel,
the first stack frame outside the workbench package names the caller instead.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

from ._types import CellContext

_PACKAGE_DIR = str(Path(__file__).resolve().parents[1])
_state = threading.local()
_current: dict[str, Any] = {}


def cell_started(info: Any) -> None:
    """IPython ``pre_run_cell`` hook: remember the cell about to run."""
    raw = getattr(info, "raw_cell", "") or ""
    _current.clear()
    _current.update(
        cell_id=getattr(info, "cell_id", None),
        code_sha256=hashlib.sha256(raw.encode()).hexdigest(),
        execution_count=_execution_count(getattr(info, "store_history", True)),
    )


def install_cell_hook(ip: object | None = None) -> bool:
    """Register :func:`cell_started` with IPython (once); False outside IPython."""
    ip = ip if ip is not None else _ipython()
    if ip is None:
        return False
    callbacks = ip.events.callbacks["pre_run_cell"]  # type: ignore[attr-defined]
    if cell_started not in callbacks:
        ip.events.register("pre_run_cell", cell_started)  # type: ignore[attr-defined]
    return True


def current_context(user: str, entry_point: str = "api", run_id: str | None = None) -> CellContext:
    """The context of the call being made now."""
    ip = _ipython()
    if ip is not None and _current:
        return CellContext(
            user=user,
            entry_point=entry_point,
            kernel_session=_kernel_id(ip),
            notebook_path=_notebook_path(ip),
            cell_id=_current.get("cell_id"),
            execution_count=_current.get("execution_count"),
            code_sha256=_current.get("code_sha256"),
            run_id=run_id or os.environ.get("WORKBENCH_RUN_ID"),
        )
    path, line = _caller()
    return CellContext(
        user=user,
        entry_point=entry_point,
        kernel_session=_kernel_id(ip) if ip is not None else None,
        script_path=path,
        script_line=line,
        run_id=run_id or os.environ.get("WORKBENCH_RUN_ID"),
    )


def _ipython() -> Any:
    mod = sys.modules.get("IPython")
    if mod is None:
        return None
    try:
        return mod.get_ipython()
    except Exception:
        return None


def _execution_count(store_history: bool) -> int | None:
    ip = _ipython()
    count = getattr(ip, "execution_count", None) if ip is not None else None
    # IPython has already counted a cell that stores history when pre_run_cell fires
    return count - 1 if count is not None and store_history else count


def _kernel_id(ip: Any) -> str | None:
    kernel = getattr(ip, "kernel", None)
    if kernel is None:
        return None
    try:
        from ipykernel.connect import get_connection_file

        name = Path(get_connection_file()).stem
        return name.removeprefix("kernel-")
    except Exception:
        session = getattr(kernel, "session", None)
        return getattr(session, "session", None)


def _notebook_path(ip: Any) -> str | None:
    ns = getattr(ip, "user_ns", {}) or {}
    for key in ("__session__", "__vsc_ipynb_file__"):
        value = ns.get(key)
        if value:
            return str(value)
    return os.environ.get("JPY_SESSION_NAME") or None


def _caller() -> tuple[str | None, int | None]:
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not filename.startswith(_PACKAGE_DIR) and not _is_library(filename):
            return filename, frame.f_lineno
        frame = frame.f_back
    return None, None


def _is_library(filename: str) -> bool:
    return "site-packages" in filename or filename.startswith("<frozen") or "/click/" in filename
