"""The IPython extension: ``%load_ext workbench`` gives ``%%ask`` and records each cell's id."""

from __future__ import annotations

import atexit
from typing import Any

from ._magics import WorkbenchMagics, stream_markdown
from ._session import close_session, session

__all__ = ["WorkbenchMagics", "load_ipython_extension", "session", "stream_markdown", "unload_ipython_extension"]


def load_ipython_extension(ipython: Any) -> None:
    from ..pipeline import install_cell_hook

    ipython.register_magics(WorkbenchMagics)
    install_cell_hook(ipython)
    atexit.register(close_session)  # clears the vault and checkpoints the audit log


def unload_ipython_extension(ipython: Any) -> None:
    from ..pipeline import cell_started

    if cell_started in ipython.events.callbacks["pre_run_cell"]:
        ipython.events.unregister("pre_run_cell", cell_started)
    close_session()
