"""Headless execution that names each cell, as JupyterLab does.

nbclient (and so nbconvert ``--execute`` and papermill) sends an execute request without the
cell's id, so a kernel cannot tell which cell made a model call. :class:`CellIdClient` puts the
id in the request's metadata (``cellId``), where ipykernel passes it to IPython's
``pre_run_cell`` hook; cells without an id (notebooks older than nbformat 4.5) get one first.
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import nbformat
from nbclient import NotebookClient


class CellIdClient(NotebookClient):
    """An nbclient ``NotebookClient`` whose execute requests carry each cell's id."""

    _cell_id: str | None = None

    async def async_start_new_kernel_client(self) -> Any:
        kc = await super().async_start_new_kernel_client()
        plain_execute = kc.execute

        def execute(code: str, silent: bool = False, store_history: bool = True,
                    user_expressions: dict[str, Any] | None = None, allow_stdin: bool | None = None,
                    stop_on_error: bool = True) -> str:
            if self._cell_id is None:
                return plain_execute(code, silent, store_history, user_expressions, allow_stdin, stop_on_error)
            content = {
                "code": code,
                "silent": silent,
                "store_history": store_history,
                "user_expressions": user_expressions or {},
                "allow_stdin": kc.allow_stdin if allow_stdin is None else allow_stdin,
                "stop_on_error": stop_on_error,
            }
            msg = kc.session.msg("execute_request", content, metadata={"cellId": self._cell_id})
            kc.shell_channel.send(msg)
            return msg["header"]["msg_id"]

        kc.execute = execute
        return kc

    async def async_execute_cell(self, cell: Any, cell_index: int, execution_count: int | None = None,
                                 store_history: bool = True) -> Any:
        if cell.get("cell_type") == "code" and not cell.get("id"):
            cell["id"] = uuid.uuid4().hex[:8]
        self._cell_id = cell.get("id")
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        finally:
            self._cell_id = None


def execute_notebook(nb: nbformat.NotebookNode, *, cwd: str | Path | None = None, timeout: int = 600,
                     run_id: str | None = None, kernel_name: str = "python3", **kwargs: Any) -> nbformat.NotebookNode:
    """Execute ``nb`` in place with cell ids sent to the kernel; returns it.

    ``run_id`` is handed to the kernel as WORKBENCH_RUN_ID, so its audit records name the run.
    """
    resources = {"metadata": {"path": str(cwd or Path.cwd())}}
    with _environ(WORKBENCH_RUN_ID=run_id):
        CellIdClient(nb, timeout=timeout, kernel_name=kernel_name, resources=resources, **kwargs).execute()
    return nb


@contextmanager
def _environ(**values: str | None) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    try:
        for key, value in values.items():
            if value is not None:
                os.environ[key] = value
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
