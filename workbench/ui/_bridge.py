"""Kernel → JupyterLab: ask the workbench labextension to insert a cell below the active one.

The labextension registers the comm target ``workbench.insert_cell`` on every notebook kernel.
Without it (another frontend) the comm is simply closed by the frontend and nothing happens, so
the panel also keeps the answer's text available to copy.
"""

from __future__ import annotations

TARGET = "workbench.insert_cell"


def insert_cell(source: str, cell_type: str = "markdown") -> bool:
    """Send ``source`` to the frontend as a new cell; False when no kernel/frontend is there."""
    try:
        from comm import create_comm
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - ipykernel >= 6.18 ships `comm`
        return False
    if getattr(get_ipython(), "kernel", None) is None:
        return False  # a terminal IPython or a script: no frontend to insert into
    try:
        comm = create_comm(target_name=TARGET, data={"source": source, "cell_type": cell_type})
    except Exception:  # outside a kernel there is no comm manager to open on
        return False
    comm.close()
    return True
