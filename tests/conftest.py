from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from workbench.bench import Behaviour, RecordingServer
from workbench.config import ENV_VARS, load_settings

# Integration tests share one real llama.cpp server (the packaged GGUF) for the whole session.
SERVER_CONFIG = """
[model]
max_tokens = 24
temperature = 0.0
[llamacpp]
n_ctx = 1024
"""


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own WORKBENCH_HOME and no WORKBENCH_* from the outside."""
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    home = tmp_path / "wbhome"
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def server_home(tmp_path_factory: pytest.TempPathFactory):
    """A WORKBENCH_HOME whose managed llama.cpp server runs for the whole test session."""
    from workbench import models

    home = tmp_path_factory.mktemp("server-home")
    (home / "workbench.toml").write_text(SERVER_CONFIG)
    env = {"WORKBENCH_HOME": str(home)}
    settings = load_settings(env=env)
    state = models.ensure_server(settings)
    yield home
    models.stop(settings)
    assert not _pid_alive(state.pid)


@pytest.fixture
def served(server_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point this test's WORKBENCH_HOME at the shared server's home."""
    monkeypatch.setenv("WORKBENCH_HOME", str(server_home))
    return server_home


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@contextmanager
def model_server(monkeypatch: pytest.MonkeyPatch, *, model: str = "m", passphrase: str | None = None,
                 **behaviour: Any) -> Iterator[RecordingServer]:
    """A recording OpenAI-compatible server on loopback (``Behaviour(**behaviour)``, key "k"), with
    WORKBENCH_MODEL_URL, _MODEL and _API_KEY (and _PASSPHRASE when given) pointing at it."""
    with RecordingServer(Behaviour(models=[model], api_key="k", **behaviour)) as server:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", model)
        monkeypatch.setenv("WORKBENCH_API_KEY", "k")
        if passphrase is not None:
            monkeypatch.setenv("WORKBENCH_PASSPHRASE", passphrase)
        yield server
