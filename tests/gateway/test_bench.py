"""`workbench bench --only gateway`: the gateway's ratio to the direct call, measured for real."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.bench import GOALS, SECTIONS
from workbench.cli import cli


def test_gateway_over_direct_is_measured_in_one_run() -> None:
    assert "gateway" in SECTIONS and GOALS["gateway_over_direct"] == 1.10
    result = CliRunner().invoke(cli, ["bench", "--quick", "--only", "gateway", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["gateway_p50_ms"] > 0 and data["direct_p50_ms"] > 0 and data["gateway_stream_p50_ms"] > 0
    assert 0.5 < data["gateway_over_direct"] < 3  # both run the same pipeline on the same text
    assert data["gateway_over_direct"] == round(data["gateway_p50_ms"] / data["direct_p50_ms"], 3) or \
        abs(data["gateway_over_direct"] - data["gateway_p50_ms"] / data["direct_p50_ms"]) < 0.01
    assert data["goals"]["gateway_over_direct"]["goal"] == 1.10
