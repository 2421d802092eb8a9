"""A recording OpenAI-compatible server on 127.0.0.1 that answers at once.

Tests use it for failures a real engine won't produce on demand (timeouts, 401s, vLLM's
``reasoning_content`` stream); benchmarks use it to measure everything but generation.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Behaviour:
    answer: str = "Blue."
    echo: bool = False  # answer with the last message as received (to measure restore end to end)
    reasoning: str | None = None  # sent as vLLM does: a separate reasoning_content field
    delay: float = 0.0
    piece_delay: float = 0.0  # seconds between streamed pieces (to stop a stream half-way)
    status: int = 200
    error_message: str = ""
    models: list[str] = field(default_factory=lambda: ["test-model"])
    api_key: str | None = "right-key"
    stream_usage: bool = True  # False: a stream carries no usage chunk (llama.cpp's server)


class RecordingServer:
    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.requests: list[dict[str, Any]] = []
        self.raw_bodies: list[bytes] = []
        self.headers: list[dict[str, str]] = []
        self.streams_cut = 0  # streams the client closed before the end (the server stopped there)
        self.pieces_sent = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _authorised(self) -> bool:
                key = server.behaviour.api_key
                if key is None or self.headers.get("Authorization") == f"Bearer {key}":
                    return True
                self._json(401, {"error": {"message": "Invalid API key", "type": "invalid_request_error"}})
                return False

            def do_GET(self) -> None:
                if not self._authorised():
                    return
                if self.path.rstrip("/").endswith("/models"):
                    data = [{"id": m, "object": "model", "owned_by": "test"} for m in server.behaviour.models]
                    self._json(200, {"object": "list", "data": data})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.raw_bodies.append(body)
                server.headers.append(dict(self.headers))
                if not self._authorised():
                    return
                request = json.loads(body)
                server.requests.append(request)
                b = server.behaviour
                if b.echo:
                    b = dataclasses.replace(b, answer=request["messages"][-1]["content"])
                if b.delay:
                    time.sleep(b.delay)
                if b.status != 200:
                    self._json(b.status, {"error": {"message": b.error_message, "type": "invalid_request_error"}})
                    return
                if request.get("stream"):
                    self._stream(request)
                else:
                    message: dict[str, Any] = {"role": "assistant", "content": b.answer}
                    if b.reasoning:
                        message["reasoning_content"] = b.reasoning
                    self._json(200, {
                        "id": "cmpl-1", "object": "chat.completion", "created": int(time.time()),
                        "model": request["model"],
                        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9},
                    })

            def _stream(self, request: dict[str, Any]) -> None:
                b = server.behaviour
                if b.echo:
                    b = dataclasses.replace(b, answer=request["messages"][-1]["content"])
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()

                def send(delta: dict[str, Any], finish: str | None = None, usage: Any = None) -> None:
                    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": request["model"],
                             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}] if usage is None else []}
                    if usage is not None:
                        chunk["usage"] = usage
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()

                try:
                    if b.reasoning:
                        for piece in _pieces(b.reasoning):
                            send({"reasoning_content": piece})
                    for piece in _pieces(b.answer):
                        if b.piece_delay:
                            time.sleep(b.piece_delay)
                        send({"content": piece})
                        server.pieces_sent += 1
                except (BrokenPipeError, ConnectionResetError):
                    server.streams_cut += 1  # the client went away: stop generating
                    return
                send({}, finish="stop")
                if b.stream_usage:
                    send({}, usage={"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9})
                self.wfile.write(b"data: [DONE]\n\n")

            def _json(self, status: int, payload: Any) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # load tests open dozens of connections at once (the default backlog is 5)
    daemon_threads = True


def _pieces(text: str, size: int = 3) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]
