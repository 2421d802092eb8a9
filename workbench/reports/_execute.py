"""Headless execution that names each cell, as JupyterLab does.

nbclient (and so nbconvert ``--execute`` and papermill) sends an execute request without the
cell's id, so a kernel cannot tell which cell made a model call. :class:`CellIdClient` puts the
id in the request's metadata (``cellId``), where ipykernel passes it to IPython's
``pre_run_cell`` hook; cells without an id (notebooks older than nbformat 4.5) get one first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
import weakref
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient
from traitlets.config import Config


class CellIdClient(NotebookClient):
    """An nbclient ``NotebookClient`` whose execute requests carry each cell's id."""

    _cell_id: str | None = None
    #: ``(index, id)`` of the cell whose execution raised (error, timeout, dead kernel), if any.
    failed_cell: tuple[int, str | None] | None = None

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
        except BaseException:
            self.failed_cell = (cell_index, cell.get("id"))
            raise
        finally:
            self._cell_id = None


def execute_notebook(nb: nbformat.NotebookNode, *, cwd: str | Path | None = None, timeout: int = 600,
                     run_id: str | None = None, kernel_name: str = "python3",
                     env: Mapping[str, str] | None = None, **kwargs: Any) -> nbformat.NotebookNode:
    """Execute ``nb`` in place with cell ids sent to the kernel; returns it.

    ``run_id`` is handed to the kernel as WORKBENCH_RUN_ID, so its audit records name the run;
    ``env`` adds variables to the kernel's environment. Only the kernel's environment changes,
    never this process's, so runs in several threads do not see each other's run ids.
    """
    client = make_client(nb, cwd=cwd, timeout=timeout, kernel_name=kernel_name, **kwargs)
    with passphrase_handoff(kernel_env(run_id, env)) as kenv:
        client.execute(env=kenv)
    return nb


def make_client(nb: nbformat.NotebookNode, *, cwd: str | Path | None = None, timeout: int = 600,
                kernel_name: str = "python3", **kwargs: Any) -> CellIdClient:
    """A CellIdClient whose kernel listens on Unix sockets in a private (0700) temporary folder,
    not on loopback TCP ports that every local user can reach; the folder goes with the client."""
    resources = {"metadata": {"path": str(cwd or Path.cwd())}}
    sockets = None
    if "config" not in kwargs:
        sockets = tempfile.mkdtemp(prefix="wb-kernel-")
        config = Config()
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(sockets, "k")
        kwargs["config"] = config
    client = CellIdClient(nb, timeout=timeout, kernel_name=kernel_name, resources=resources, **kwargs)
    if sockets is not None:
        weakref.finalize(client, shutil.rmtree, sockets, True)
    return client


#: Never handed to a report kernel: the corpus passphrase, the audit store's URL (it may hold a
#: password), and any other WORKBENCH_* variable that looks like a secret. (The managed model
#: server's key is read from its 0600 file; an external server's WORKBENCH_API_KEY is kept
#: only when WORKBENCH_MODEL_URL or WORKBENCH_GATEWAY_URL is set, since the kernel cannot call that server without it.)
SECRET_ENV = ("WORKBENCH_PASSPHRASE", "WORKBENCH_AUDIT_URL")
_SECRET_WORDS = ("PASS", "SECRET", "TOKEN", "PRIVATE", "CREDENTIAL")


def is_secret_env(name: str, env: Mapping[str, str]) -> bool:
    if not name.startswith("WORKBENCH_"):
        return False
    if name in SECRET_ENV or any(word in name for word in _SECRET_WORDS):
        return True
    if name == "WORKBENCH_API_KEY" or name.endswith(("_KEY", "_API_KEY")):
        # the kernel cannot call an external server or the gateway without it
        return not (name == "WORKBENCH_API_KEY" and (env.get("WORKBENCH_MODEL_URL") or env.get("WORKBENCH_GATEWAY_URL")))
    return False


@contextlib.contextmanager
def passphrase_handoff(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """A report that reads an encrypted corpus needs the passphrase, but not in its kernel's
    environment (inherited by every child, shown by ``%env``): it is handed over in a 0600 file in
    a private folder, named by WORKBENCH_PASSPHRASE_FILE, and removed when the run ends."""
    secret = os.environ.get("WORKBENCH_PASSPHRASE")
    if not secret:
        yield env
        return
    folder = tempfile.mkdtemp(prefix="wb-run-")
    try:
        path = os.path.join(folder, "passphrase")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(secret)
        yield {**env, "WORKBENCH_PASSPHRASE_FILE": path}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def kernel_env(run_id: str | None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The report kernel's environment: this process's, less every WORKBENCH_* secret."""
    env = {k: v for k, v in os.environ.items() if not is_secret_env(k, os.environ)}
    env.pop("WORKBENCH_RUN_ID", None)
    env.update(extra or {})
    if run_id is not None:
        env["WORKBENCH_RUN_ID"] = run_id
    return env
