"""Every attempt to loosen the egress guard from inside the process is an audit record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, workbench
from workbench.errors import EgressBlocked
from workbench.guard import _egress
wb = workbench.connect()
try:
    setattr(_egress._STATE, "mode", "off")
except EgressBlocked:
    pass
print(json.dumps([r["outcome"] for r in wb.audit_log.records()]))
print(json.dumps([r.get("attempt", "") for r in wb.audit_log.records()]))
"""


def test_a_loosening_attempt_is_audited(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.update(WORKBENCH_HOME=str(tmp_path / "home"), WORKBENCH_EGRESS="strict", WORKBENCH_MODEL_URL="http://127.0.0.1:9/v1")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    outcomes, attempts = (json.loads(line) for line in done.stdout.strip().splitlines()[-2:])
    assert "egress_tamper" in outcomes
    assert any(a for a in attempts)
