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


RENDER_TARGET = "workbench.chat_render"


class Slots:
    """The chat panel's turns, shown through the labextension's ``workbench.chat_render`` comm.

    A turn holds restored personal data. Widget state (``W.HTML.value``) is saved into the
    .ipynb when the notebook is saved with widget state, so a turn's widget holds only an empty
    slot; its HTML travels as a comm message and lives in the page's memory only. Outside a
    kernel (scripts, tests) there is no comm and the panel puts the HTML in the widget itself.
    """

    def __init__(self) -> None:
        self._comm = None
        self.html: dict[str, str] = {}  # slot -> what it shows (kernel memory only)
        try:
            from comm import create_comm
            from IPython import get_ipython

            if getattr(get_ipython(), "kernel", None) is not None:
                self._comm = create_comm(target_name=RENDER_TARGET, data={})
        except Exception:  # no kernel, no comm manager: widgets carry the HTML themselves
            self._comm = None

    @property
    def active(self) -> bool:
        return self._comm is not None

    def show(self, slot: str, html: str) -> None:
        self.html[slot] = html
        if self._comm is not None:
            self._comm.send({"slot": slot, "html": html})

    def close(self) -> None:
        if self._comm is not None:
            self._comm.close()
            self._comm = None
