"""Several model URLs (or gateway replicas) make a pool: a call goes to one that answers."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.bench import Behaviour, RecordingServer
from workbench.errors import ModelUnavailable


def test_a_call_fails_over_to_a_live_server(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with RecordingServer(Behaviour(models=["m"], api_key="k", answer="Blue.")) as live:
        dead = "http://127.0.0.1:9/v1"  # nothing listens on the discard port
        monkeypatch.setenv("WORKBENCH_MODEL_URL", f"{dead} {live.base_url}")
        monkeypatch.setenv("WORKBENCH_API_KEY", "k")
        with workbench.connect() as wb:  # no model name: asked of whichever server answers
            answers = [wb.ask(f"Colour {i}?").text for i in range(4)]
            assert answers == ["Blue."] * 4 and len(live.requests) == 4
            records = [r for r in wb.audit_log.records() if r["outcome"] == "answered"]
            assert {r["server.port"] for r in records} == {int(live.base_url.split(":")[2].split("/")[0])}


def test_no_live_server_is_a_clear_error(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_MODEL_URL", "http://127.0.0.1:9/v1,http://127.0.0.1:7/v1")
    monkeypatch.setenv("WORKBENCH_MODEL", "m")
    with workbench.connect() as wb, pytest.raises(ModelUnavailable):
        wb.ask("Anyone?")
