"""The client against a recording OpenAI-compatible server, for failures we must provoke."""

from __future__ import annotations

import logging
import socket

import pytest

from workbench.bench import Behaviour, RecordingServer
from workbench.errors import ContextTooLong, ModelAuthError, ModelError, ModelTimeout, ModelUnavailable, UnknownModel
from workbench.models import Endpoint, ModelClient

SECRET = "right-key"
MESSAGES = [{"role": "user", "content": "Name one primary colour."}]


def _client(server: RecordingServer, *, key: str = SECRET, model: str = "test-model", timeout: float = 5.0,
             starts_open: bool = False) -> ModelClient:
    endpoint = Endpoint(server.base_url, model, api_key=key, reasoning_starts_open=starts_open)
    return ModelClient(endpoint, timeout=timeout)


def test_plain_and_streamed_answers_match() -> None:
    with RecordingServer(Behaviour(answer="Blue, calm and cool.")) as server:
        client = _client(server)
        whole = client.complete(MESSAGES, max_tokens=8)
        pieces: list[tuple[str, str]] = []
        streamed = client.complete(MESSAGES, on_piece=lambda k, t: pieces.append((k, t)))
    assert whole.text == streamed.text == "Blue, calm and cool."
    assert "".join(t for _, t in pieces) == whole.text and len(pieces) > 1
    assert whole.usage == streamed.usage == {"input_tokens": 7, "output_tokens": 2}
    assert server.requests[0]["max_tokens"] == 8 and server.requests[0]["messages"] == MESSAGES
    assert server.requests[1]["stream"] is True


def test_a_stream_without_usage_counts_its_pieces_and_an_empty_one_counts_zero() -> None:
    # llama.cpp's server sends no usage chunk in a stream; a sampled end-of-text as the first token
    # gives an answered call with no piece at all, which the audit must record as 0 tokens out, not
    # as unknown (the sidebar showed "no tokens" and the chat panel no token line).
    with RecordingServer(Behaviour(answer="Blue, calm and cool.", stream_usage=False)) as server:
        counted = _client(server).complete(MESSAGES, on_piece=lambda k, t: None)
        pieces = server.pieces_sent
    with RecordingServer(Behaviour(answer="", stream_usage=False)) as server:
        empty = _client(server).complete(MESSAGES, on_piece=lambda k, t: None)
    assert pieces > 1 and counted.usage == {"output_tokens": pieces}
    assert empty.text == "" and empty.finish_reason == "stop"
    assert empty.usage == {"output_tokens": 0}


def test_vllm_reasoning_content_is_kept_apart() -> None:
    with RecordingServer(Behaviour(answer="Red.", reasoning="Three primaries; pick one.")) as server:
        client = _client(server, starts_open=False)
        whole = client.complete(MESSAGES)
        kinds: list[str] = []
        streamed = client.complete(MESSAGES, on_piece=lambda k, t: kinds.append(k))
    for result in (whole, streamed):
        assert (result.text, result.reasoning) == ("Red.", "Three primaries; pick one.")
    assert kinds[0] == "reasoning" and kinds[-1] == "text"


def test_inline_think_tags_are_split_streaming_too() -> None:
    with RecordingServer(Behaviour(answer="Hmm, red or blue.</think>\n\nRed.")) as server:
        client = _client(server, starts_open=True)
        whole = client.complete(MESSAGES)
        streamed = client.complete(MESSAGES, on_piece=lambda k, t: None)
    assert (whole.text, whole.reasoning) == (streamed.text, streamed.reasoning) == ("Red.", "Hmm, red or blue.")
    assert whole.raw == "Hmm, red or blue.</think>\n\nRed."


def test_wrong_key_is_a_clear_error_without_the_key() -> None:
    with RecordingServer() as server:
        with pytest.raises(ModelAuthError, match="refused the API key") as info:
            _client(server, key="wrong-key-xyz").complete(MESSAGES)
    assert "wrong-key-xyz" not in str(info.value) and SECRET not in str(info.value)


def test_server_down() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = ModelClient(Endpoint(f"http://127.0.0.1:{port}/v1", "m", api_key="k"), timeout=2)
    with pytest.raises(ModelUnavailable, match="workbench model serve"):
        client.complete(MESSAGES)


def test_timeout() -> None:
    with RecordingServer(Behaviour(delay=1.5)) as server:
        with pytest.raises(ModelTimeout, match="did not answer in time"):
            _client(server, timeout=0.5).complete(MESSAGES)


@pytest.mark.parametrize(
    "message",
    [
        "Requested tokens (5000) exceed context window of 1024",  # llama-cpp-python
        "This model's maximum context length is 4096 tokens. However, you requested 9000 tokens.",  # vLLM
    ],
)
def test_prompt_longer_than_the_context(message: str) -> None:
    with RecordingServer(Behaviour(status=400, error_message=message)) as server:
        with pytest.raises(ContextTooLong, match="does not fit the context window"):
            _client(server).complete(MESSAGES)


def test_unknown_model_names_what_is_served() -> None:
    with RecordingServer(Behaviour(models=["deepseek-r1"])) as server:
        with pytest.raises(UnknownModel, match="serves 'deepseek-r1'"):
            _client(server, model="gpt-9").complete(MESSAGES)
        assert server.requests == []  # nothing was sent


def test_other_server_errors_are_model_errors() -> None:
    with RecordingServer(Behaviour(status=500, error_message="engine crashed")) as server:
        with pytest.raises(ModelError, match="HTTP 500.*engine crashed"):
            _client(server).complete(MESSAGES)


def test_the_key_never_reaches_a_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with RecordingServer() as server:
        client = _client(server)
        client.complete(MESSAGES)
        client.complete(MESSAGES, on_piece=lambda k, t: None)
        with pytest.raises(ModelAuthError):
            _client(server, key="another-secret-key").complete(MESSAGES)
    assert caplog.records  # openai and httpx did log at DEBUG
    text = caplog.text
    assert SECRET not in text and "another-secret-key" not in text
    assert SECRET not in repr(client) and SECRET not in repr(client.endpoint)
