"""Analyst Workbench: ask a local model from notebooks, with personal data pseudonymised before
anything leaves the kernel and every call written to a tamper-evident audit log.

    import workbench
    wb = workbench.connect()
    answer = wb.ask("Summarise the churn drivers for Li Wei's portfolio.")
    answer.text, answer.sent, answer.entities, answer.audit_id

In a notebook: ``%load_ext workbench`` then ``%%ask``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["Answer", "Workbench", "WorkbenchError", "connect", "load_ipython_extension", "__version__"]

_LAZY = {
    "Answer": ("workbench.pipeline", "Answer"),
    "Workbench": ("workbench._api", "Workbench"),
    "connect": ("workbench._api", "connect"),
    "WorkbenchError": ("workbench.errors", "WorkbenchError"),
}


def __getattr__(name: str) -> Any:
    # Heavy imports (openai, the pipeline) wait until first use, so `%load_ext` is instant.
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")


def _jupyter_labextension_paths() -> list[dict[str, str]]:
    """The prebuilt JupyterLab extension (built from extensions/ into the wheel's shared data)."""
    return [{"src": "../extensions/labextension", "dest": "analyst-workbench"}]


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    """jupyter_server loads ``workbench.server`` (the kernel side never imports jupyter_server)."""
    return [{"module": "workbench.server"}]


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext workbench``: register the magics and the cell-context hook."""
    from .kernel import load_ipython_extension as load

    load(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    from .kernel import unload_ipython_extension as unload

    unload(ipython)
