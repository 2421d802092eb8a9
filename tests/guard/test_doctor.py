"""`workbench doctor` against a recording server (fast) and the real llama.cpp server."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.bench import Behaviour, RecordingServer
from workbench.cli._guard import CANARY, doctor, run_checks
from workbench.config import load_settings


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch, isolated_home: Path):
    # A private home as `workbench` makes one (models.api_key). NOTE: a home first created by
    # AuditLog.open is 0755 (ensure_private_dir's parents=True); doctor reports that as a failure.
    from workbench.config import ensure_private_dir

    ensure_private_dir(isolated_home)
    with RecordingServer(Behaviour(models=["test-model"], api_key="right-key", answer="OK")) as server:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", "test-model")
        monkeypatch.setenv("WORKBENCH_API_KEY", "right-key")
        yield server


def by_name(checks) -> dict:
    return {c.name: c for c in checks}


def test_all_checks_pass_and_the_canary_never_reaches_the_server(remote: RecordingServer) -> None:
    checks = by_name(run_checks(load_settings()))
    assert {n: c.status for n, c in checks.items()} == {
        "egress": "pass", "model server": "pass", "model manifest": "skip",
        "redaction canary": "pass", "audit chain": "pass", "permissions": "pass",
    }, checks
    wire = b"".join(remote.raw_bodies).decode()
    assert remote.requests and all(value not in wire for value in CANARY.values())
    assert "PERSON" in checks["redaction canary"].detail
    assert "401" in checks["model server"].detail


def test_cli_prints_one_line_per_check_without_the_canary_values(remote: RecordingServer) -> None:
    result = CliRunner().invoke(doctor, [])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 6 and all(line.split()[0] in ("PASS", "SKIP") for line in lines)
    assert all(value not in result.output for value in CANARY.values())


def test_a_server_that_needs_no_key_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    with RecordingServer(Behaviour(models=["m"], api_key=None)) as server:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", "m")
        result = CliRunner().invoke(doctor, ["--no-canary", "--json"])
    assert result.exit_code == 1
    checks = {c["name"]: c for c in json.loads(result.output)}
    assert checks["model server"]["status"] == "fail" and "without the API key" in checks["model server"]["detail"]


def test_loose_permissions_fail(remote: RecordingServer, isolated_home: Path) -> None:
    run_checks(load_settings(), canary=True)  # creates the home, its keys and the audit log
    os.chmod(isolated_home, 0o755)
    key = next(p for p in (isolated_home / "keys").rglob("*") if p.is_file() and p.suffix != ".pub")
    os.chmod(key, 0o644)
    checks = by_name(run_checks(load_settings(), canary=False))
    assert checks["permissions"].status == "fail"
    assert "0755, not 0700" in checks["permissions"].detail and f"{key.name} is 0644" in checks["permissions"].detail


def test_a_tampered_audit_log_fails(remote: RecordingServer, isolated_home: Path) -> None:
    import sqlite3

    run_checks(load_settings(), canary=True)
    db_path = isolated_home / "audit" / "audit.db"
    db = sqlite3.connect(db_path)
    db.execute("UPDATE records SET user = 'mallory'")
    db.commit()
    db.close()
    checks = by_name(run_checks(load_settings(), canary=False))
    assert checks["audit chain"].status == "fail"


@pytest.mark.integration
def test_doctor_passes_on_the_real_server(served: Path) -> None:
    from workbench import models
    from workbench.guard import model_path_from_argv, sign_model

    settings = load_settings()
    state = models.status(settings)
    gguf = Path(model_path_from_argv(state.argv))
    # sign a copy's manifest location? The packaged GGUF lives in site-packages: sign it in place
    # only if writable, else the manifest check is skipped.
    signed = os.access(gguf.parent, os.W_OK)
    if signed:
        sign_model(gguf, settings.keys_dir)
    try:
        result = CliRunner().invoke(doctor, ["--json"])
        checks = {c["name"]: c for c in json.loads(result.output)}
        assert result.exit_code == 0, checks
        assert checks["model server"]["status"] == "pass"
        assert checks["redaction canary"]["status"] == "pass"
        assert checks["model manifest"]["status"] == ("pass" if signed else "skip")
    finally:
        if signed:
            (gguf.parent / (gguf.name + ".workbench-manifest.json")).unlink(missing_ok=True)
