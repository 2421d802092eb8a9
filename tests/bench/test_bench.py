from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.bench import markdown, run
from workbench.cli import cli


def test_bench_json_has_the_ratio_keys_and_real_figures() -> None:
    result = CliRunner().invoke(cli, ["bench", "--quick", "--only", "client", "--only", "gpu", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert 0.2 < data["client_over_bare_openai"] < 5  # same server, same process: near 1
    assert data["client_ms"] > 0 and data["bare_openai_ms"] > 0
    assert data["gpu"].startswith("skipped")  # no CUDA here


def test_bench_rejects_an_unknown_section() -> None:
    result = CliRunner().invoke(cli, ["bench", "--only", "nope"])
    assert result.exit_code != 0 and "unknown section" in result.output


def test_markdown_marks_goals_met_or_missed() -> None:
    text = markdown({"machine": "m", "date": "d", "quick": True, "ingest_over_embed": 1.2,
                     "goals": {"ingest_over_embed": {"goal": 1.15, "measured": 1.2, "met": False}}}, "workbench bench")
    assert "| `ingest_over_embed` | ≤ 1.15 | 1.2 | no |" in text
    assert run.__doc__
