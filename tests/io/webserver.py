"""A small web server on 127.0.0.1 for fetch tests; no test touches the internet."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from http.server import BaseHTTPRequestHandler

from tests.conftest import FIXTURES
from tests.serving import serving

POST = (FIXTURES / "web" / "typepad-post.html").read_bytes()
TEXT = (
    b"Harbor talks\n\nThe talks resume this week in Lisvan.\n\n> Nothing is decided yet, a minister said.\n"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def send(self, code: int, ctype: str, body: bytes, length: int | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/post":
            self.send(200, "text/html; charset=utf-8", POST)
        elif path == "/text":
            self.send(200, "text/plain; charset=utf-8", TEXT)
        elif path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", "/post")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/image":
            self.send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100))
        elif path == "/big":
            self.send(200, "text/html", b"<html>", length=30 * 1024 * 1024)
        elif path == "/bigstream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 1021 + b"</p>"
            try:
                for _ in range(21 * 1024):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow":
            time.sleep(3)
            self.send(200, "text/html", POST)
        elif path == "/cut":  # declares 100,000 bytes, sends 2,000, hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(POST[:2000])
            self.close_connection = True
        elif path == "/cutchunked":  # a chunked answer that stops in the middle of a chunk
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"%x\r\n" % 50000 + POST[:2000])
            self.close_connection = True
        elif path == "/error":
            self.send(500, "text/html", b"<h1>Internal Server Error</h1>")
        else:
            self.send(404, "text/html", b"<h1>Not Found</h1>")


def serve() -> AbstractContextManager[str]:
    return serving(Handler, "")


def closed_port() -> int:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port
