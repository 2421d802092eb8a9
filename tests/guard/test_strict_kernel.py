"""Strict egress inside a real ipykernel: its ZMQ channels keep working, the model answers, and
an unlisted loopback port is refused."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from workbench.reports import execute_notebook

pytestmark = pytest.mark.integration

CELLS = [
    # what the kernel extension does at load time (the lead wires it): install, then ask
    "import workbench, socket\n"
    "from workbench.guard import Guard\n"
    "from workbench.errors import EgressBlocked\n"
    "wb = workbench.connect()\n"
    "print('MODE', Guard(wb.settings).install_egress(allow=[wb.pipeline.endpoint.address]))",
    "print('ANSWER', bool(wb.ask('Name one primary colour.', max_tokens=6).text.strip()))",
    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)\n"
    "try:\n    socket.create_connection(s.getsockname(), timeout=5); print('CONNECTED')\n"
    "except EgressBlocked as exc:\n    print('REFUSED', 'not allowed' in str(exc))",
    "print('STILL ALIVE', 6 * 7)",
]


def test_a_kernel_keeps_working_under_strict_egress(served: Path, tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in CELLS]
    execute_notebook(nb, cwd=tmp_path, timeout=180, env={"WORKBENCH_EGRESS": "strict",
                                                          "WORKBENCH_HOME": os.environ["WORKBENCH_HOME"]})
    text = ["".join(o.get("text", "") for o in cell.outputs) for cell in nb.cells]
    assert "MODE strict" in text[0], nb.cells[0].outputs
    assert "ANSWER True" in text[1], nb.cells[1].outputs
    assert "REFUSED True" in text[2], nb.cells[2].outputs
    assert "STILL ALIVE 42" in text[3]
