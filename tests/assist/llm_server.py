"""A stand-in language model server on 127.0.0.1 speaking the OpenAI-compatible chat API
(``/v1/chat/completions``, ``/v1/models``) and Ollama's (``/api/chat``, ``/api/tags``).

It records every request (path, headers, JSON body) and answers with ``answer(body)``: plainly,
streamed (server-sent events or JSON lines), slowly, never, or wrongly, as ``mode`` says.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Standin:
    url: str = ""
    answer: Callable[[dict[str, Any]], str] = lambda body: "これは訳文である。"
    mode: str = "normal"
    """normal, hang, trickle, badjson, error500, unauthorized, nomodel, notfound, stream_error."""
    models: list[str] = field(default_factory=lambda: ["llama3.1:8b", "qwen2.5:7b"])
    requests: list[dict[str, Any]] = field(default_factory=list)
    piece_delay: float = 0.0

    def bodies(self, path_part: str = "chat") -> list[dict[str, Any]]:
        return [r["body"] for r in self.requests if path_part in r["path"]]


def _pieces(text: str, n: int = 4) -> list[str]:
    size = max(1, len(text) // n)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _handler(state: Standin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            state.requests.append({"path": self.path, "headers": dict(self.headers), "body": None})
            if state.mode == "unauthorized":
                return self._send(401, b'{"error": {"message": "invalid api key"}}')
            if self.path.endswith("/api/tags"):
                data = {"models": [{"name": m} for m in state.models]}
            elif self.path.endswith("/v1/models"):
                data = {"object": "list", "data": [{"id": m, "object": "model"} for m in state.models]}
            else:
                return self._send(404, b"404 page not found", "text/plain")
            self._send(200, json.dumps(data).encode())

        def do_POST(self) -> None:
            size = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(size) or b"{}")
            state.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            ollama = self.path.endswith("/api/chat")
            if not (ollama or self.path.endswith("/v1/chat/completions")):
                return self._send(404, b"404 page not found", "text/plain")
            mode = state.mode
            if mode == "hang":
                time.sleep(30)
                return
            if mode == "unauthorized":
                return self._send(401, b'{"error": {"message": "invalid api key", "type": "auth"}}')
            if mode == "nomodel":
                message = f'model "{body.get("model")}" not found, try pulling it first'
                return self._send(404, json.dumps({"error": message}).encode())
            if mode == "error500":
                return self._send(500, b'{"error": "CUDA out of memory"}')
            if mode == "badjson":
                return self._send(200, b"{this is not json")
            text = state.answer(body)
            if mode == "trickle":  # a byte every half second: each read is quick, the whole never
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                try:
                    for _ in range(200):
                        self.wfile.write(b":")
                        self.wfile.flush()
                        time.sleep(0.5)
                except OSError:
                    pass
                return
            if not body.get("stream"):
                if ollama:
                    data = {
                        "model": body["model"],
                        "message": {"role": "assistant", "content": text},
                        "done": True,
                    }
                else:
                    data = {
                        "id": "x",
                        "object": "chat.completion",
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text},
                                "finish_reason": "stop",
                            }
                        ],
                    }
                return self._send(200, json.dumps(data, ensure_ascii=False).encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson" if ollama else "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()

            def chunk(data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            try:
                for piece in _pieces(text):
                    if ollama:
                        event = {
                            "model": body["model"],
                            "message": {"role": "assistant", "content": piece},
                            "done": False,
                        }
                        chunk(json.dumps(event, ensure_ascii=False).encode() + b"\n")
                    else:
                        event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
                        chunk(b"data: " + json.dumps(event, ensure_ascii=False).encode() + b"\n\n")
                    if state.piece_delay:
                        time.sleep(state.piece_delay)
                if mode == "stream_error":
                    chunk(b'data: {"error": {"message": "the model crashed"}}\n\n')
                elif ollama:
                    chunk(b'{"message": {"role": "assistant", "content": ""}, "done": true}\n')
                else:
                    chunk(b'data: {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}\n\n')
                    chunk(b"data: [DONE]\n\n")
                chunk(b"")
            except OSError:
                pass  # the client hung up (cancelled)

    return Handler


@contextmanager
def standin(**kw: Any) -> Iterator[Standin]:
    state = Standin(**kw)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
