from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests._postgres import pg_server, pg_url  # noqa: F401  (fixtures)

REPO = Path(__file__).resolve().parents[2]


def make_record(**overrides):
    """A record shaped like the pipeline's, with placeholders only in its content."""
    rec = {
        "time": "2026-01-02T03:04:05.000Z", "outcome": "answered", "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "llama.cpp", "gen_ai.request.model": "gemma3", "gen_ai.response.model": "gemma3",
        "gen_ai.usage.input_tokens": 10, "gen_ai.usage.output_tokens": 5,
        "gen_ai.response.finish_reasons": ["stop"], "server.address": "127.0.0.1", "server.port": 8080,
        "error.type": None, "user": "ana", "kernel_session": "k1", "notebook_path": "work/a.ipynb",
        "cell_id": "cell-a", "execution_count": 1, "code_sha256": "00" * 32, "script_path": None,
        "script_line": None, "run_id": None, "entry_point": "magic", "corpus": None, "chunk_ids": [],
        "redaction": {"PERSON": 1}, "unexpected_entities": {}, "sent_sha256": "11" * 32,
        "received_sha256": "22" * 32, "latency_ms": 12.5,
        "content": [{"role": "user", "content": "Who is <PERSON_1>?"}],
    }
    rec.update(overrides)
    return rec


@pytest.fixture(name="make_record")
def make_record_fixture():
    return make_record


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "wbhome"
    monkeypatch.setenv("WORKBENCH_HOME", str(path))
    for var in ("WORKBENCH_PASSPHRASE", "WORKBENCH_USER"):
        monkeypatch.delenv(var, raising=False)
    return path


@pytest.fixture
def settings(home):
    from workbench.config import load_settings

    return load_settings()


@pytest.fixture
def log(settings):
    from workbench.audit import AuditLog

    opened = AuditLog.open(settings)
    yield opened
    opened.close(checkpoint=False)


@pytest.fixture
def child_env(home):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["WORKBENCH_HOME"] = str(home)
    return env


PYTHON = sys.executable


@pytest.fixture
def pg_settings(settings, pg_url):  # noqa: F811  (the fixture imported above)
    """Settings whose audit store is a fresh PostgreSQL database (the session's server)."""
    settings.audit.url = pg_url
    return settings


@pytest.fixture(params=["sqlite", "postgresql"])
def any_settings(request, settings):
    """Settings for each backend in turn: the embedded SQLite store, then PostgreSQL."""
    if request.param == "postgresql":
        settings.audit.url = request.getfixturevalue("pg_url")
    return settings
