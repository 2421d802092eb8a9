"""The managed model server starts without the kernel's secrets (issue 12, item 7)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from workbench.config import ensure_private_dir, load_settings
from workbench.errors import ServerStartError
from workbench.models import LaunchSpec
from workbench.models._engines import is_secret_name, server_environment
from workbench.models._server import _start

DUMP_ENV = "import json, os, sys; json.dump(dict(os.environ), open(sys.argv[1], 'w')); sys.exit(3)"


def test_the_server_process_inherits_no_passphrase_and_no_tokens(isolated_home: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "corpus passphrase canary")
    monkeypatch.setenv("WORKBENCH_API_KEY", "remote key canary")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "hub token canary")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws canary")
    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "false")  # not a secret: "TOKEN" is not one of its words
    settings = load_settings()
    ensure_private_dir(settings.run_dir)
    dump = tmp_path / "env.json"
    # the real launch path (_start: Popen, log, health wait), with a "server" that dumps its
    # environment and exits, so the start fails the way a crashing engine would
    spec = LaunchSpec(engine="llamacpp", argv=[sys.executable, "-c", DUMP_ENV, str(dump)], port=1,
                      served_model_name="m", health_path="/v1/models", env={"API_KEY": "the server's key"})
    with pytest.raises(ServerStartError, match="exited with code 3"):
        _start(settings, spec, None)
    env = json.loads(dump.read_text())
    assert env["API_KEY"] == "the server's key"
    assert env["TOKENIZERS_PARALLELISM"] == "false" and env["PATH"]
    leaked = [k for k, v in env.items() if "canary" in v]
    assert leaked == [] and not any(k.startswith("WORKBENCH_") for k in env)


@pytest.mark.parametrize("name, secret", [
    ("WORKBENCH_PASSPHRASE", True), ("WORKBENCH_HOME", True), ("HF_TOKEN", True), ("GITHUB_TOKEN", True),
    ("OPENAI_API_KEY", True), ("AWS_SECRET_ACCESS_KEY", True), ("DB_PASSWORD", True), ("MY_APIKEY", True),
    ("PATH", False), ("HOME", False), ("CUDA_VISIBLE_DEVICES", False), ("TOKENIZERS_PARALLELISM", False),
    ("OMP_NUM_THREADS", False),
])
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret
    assert (name in server_environment({name: "v"}, {})) is not secret
