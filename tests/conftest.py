from __future__ import annotations

import os
from pathlib import Path

import pytest

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
