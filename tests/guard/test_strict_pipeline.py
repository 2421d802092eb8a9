"""The issue's check, on the real llama.cpp server: strict egress, the call still works, and an
unlisted 127.0.0.1 port is refused from the same process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

SCRIPT = """
import json, socket
import workbench
from workbench.errors import EgressBlocked
from workbench.guard import Guard

from workbench.config import load_settings
# Installed first, as a kernel extension would at load: the managed server's port is found in
# its state file; then the pipeline adds the endpoint it resolved (idempotent).
mode = Guard(load_settings()).install_egress()
wb = workbench.connect()
Guard(wb.settings).install_egress(allow=[wb.pipeline.endpoint.address])
answer = wb.ask("Name one primary colour.", max_tokens=8)

spare = socket.socket(); spare.bind(("127.0.0.1", 0)); spare.listen(1)
port = spare.getsockname()[1]
try:
    socket.create_connection(("127.0.0.1", port), timeout=5)
    refused = None
except EgressBlocked as exc:
    refused = str(exc)
wb.close()
print("RESULT" + json.dumps({"mode": mode, "text": answer.text, "port": port, "refused": refused}))
"""


def test_strict_egress_keeps_the_model_and_refuses_the_rest(served: Path) -> None:
    env = {**os.environ, "WORKBENCH_EGRESS": "strict"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT")][-1][6:])
    assert out["mode"] == "strict"
    assert out["text"].strip()
    assert out["refused"] and f"127.0.0.1:{out['port']}" in out["refused"]
