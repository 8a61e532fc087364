"""Hostile servers: a trickled body or headers, too many headers, a redirect off the web."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

import pytest

from editor.core.decode import ImportFailed
from editor.io.fetch import fetch
from tests.serving import serving


class Hostile(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/trickle":  # a valid page, one byte every 0.2 s: every read is quick
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/trickle-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                for i in range(200):
                    self.wfile.write(f"X-Slow-{i}: y\r\n".encode())
                    self.wfile.flush()
                    time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/headers":
            self.send_response(200)
            for i in range(150):
                self.send_header(f"X-Many-{i}", "y")
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>hi</p>")
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_server_is_cut_off_by_the_overall_deadline(path: str) -> None:
    with serving(Hostile) as base:
        start = time.monotonic()
        with pytest.raises(ImportFailed, match="too slow"):
            fetch(base + path, timeout=5, deadline=1.5)
        assert time.monotonic() - start < 3


def test_more_than_100_headers_is_a_message_not_a_traceback() -> None:
    with serving(Hostile) as base, pytest.raises(ImportFailed, match="malformed"):
        fetch(base + "/headers")


def test_a_redirect_to_a_file_says_so() -> None:
    with serving(Hostile) as base, pytest.raises(ImportFailed, match="not a web address"):
        fetch(base + "/to-file")
