"""The real engine: llama-cpp-python's server with the GGUF shipped on PyPI, on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import workbench
from workbench import models
from workbench.bench import Behaviour, RecordingServer
from workbench.config import load_settings
from workbench.errors import ContextTooLong, ModelAuthError, UnknownModel

pytestmark = pytest.mark.integration
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def test_ask_returns_an_answer_from_the_embedded_model(served: Path) -> None:
    answer = workbench.connect().ask("Name one primary colour.")
    assert answer.text.strip()
    assert answer.model == "gemma-3-270m-q4_k_m"
    assert answer.sent == [{"role": "user", "content": "Name one primary colour."}]
    assert answer.usage["input_tokens"] > 0 and 0 < answer.usage["output_tokens"] <= 24
    assert answer.latency > 0 and answer.finish_reason in ("stop", "length")


def test_streamed_pieces_add_up_to_the_answer(served: Path) -> None:
    wb = workbench.connect()
    pieces = list(wb.stream("Write the word blue three times."))
    assert len(pieces) > 1
    assert {p.kind for p in pieces} == {"text"}
    text = "".join(p.text for p in pieces)
    assert text.strip()


def test_the_server_is_shared_not_started_twice(served: Path) -> None:
    settings = load_settings()
    first = models.status(settings)
    assert first is not None and first.engine == "llamacpp"
    assert models.ensure_server(settings).pid == first.pid


def test_cli_ask_prints_the_streamed_answer(served: Path) -> None:
    out = subprocess.run([WORKBENCH, "ask", "Name one primary colour."], capture_output=True, text=True,
                         timeout=120, env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()
    status = subprocess.run([WORKBENCH, "model", "status"], capture_output=True, text=True, timeout=60)
    assert status.returncode == 0 and "llamacpp serving 'gemma-3-270m-q4_k_m'" in status.stdout


def test_model_url_variables_send_calls_to_that_server(served: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with RecordingServer(Behaviour(models=["remote-model"], api_key="remote-key", answer="Yellow.")) as remote:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", remote.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", "remote-model")
        monkeypatch.setenv("WORKBENCH_API_KEY", "remote-key")
        answer = workbench.connect().ask("Name one primary colour.")
    assert answer.text == "Yellow." and answer.model == "remote-model"
    assert remote.requests[0]["messages"] == answer.sent  # what left the kernel is what arrived


def test_model_url_can_point_at_the_real_engine(served: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = models.status(load_settings())
    monkeypatch.setenv("WORKBENCH_MODEL_URL", state.base_url)
    monkeypatch.setenv("WORKBENCH_API_KEY", models.api_key(load_settings()))
    answer = workbench.connect().ask("Say hello.", max_tokens=4)
    assert answer.model == state.model and answer.usage["output_tokens"] <= 4


def test_wrong_key_against_the_real_engine(served: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = models.status(load_settings())
    monkeypatch.setenv("WORKBENCH_MODEL_URL", state.base_url)
    monkeypatch.setenv("WORKBENCH_MODEL", state.model)
    monkeypatch.setenv("WORKBENCH_API_KEY", "not-the-key")
    with pytest.raises(ModelAuthError):
        workbench.connect().ask("Say hello.")


def test_unknown_model_against_the_real_engine(served: Path) -> None:
    with pytest.raises(UnknownModel, match="gemma-3-270m-q4_k_m"):
        workbench.connect().ask("Say hello.", model="deepseek-v9")


def test_prompt_longer_than_the_context_against_the_real_engine(served: Path) -> None:
    long_prompt = "colour " * 2000  # n_ctx is 1024 in the test server
    with pytest.raises(ContextTooLong, match="context window"):
        workbench.connect().ask(long_prompt)
