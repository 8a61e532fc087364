"""A LibreTranslate-compatible server on 127.0.0.1, for deep-translator to talk real HTTP to."""

from __future__ import annotations

import json
import time
from contextlib import AbstractContextManager
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.serving import serving

REQUESTS: list[dict[str, str]] = []


class Libre(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def reply(self, code: int, data: object) -> None:
        body = json.dumps(data).encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def do_POST(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            query.update({k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()})
        REQUESTS.append(query)
        q = query.get("q", "")
        if query.get("api_key") == "bad":
            self.reply(403, {"error": "Invalid API key"})
        elif "HANG" in q:
            time.sleep(5)
            self.reply(200, {"translatedText": "遅い"})
        elif "RATE" in q:
            self.reply(429, {"error": "Slow down"})
        elif "TRICKLE" in q:  # headers at once, then a byte every 0.3 s: every read is quick
            body = json.dumps({"translatedText": "少しずつ" * 20}).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for i in range(len(body)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(0.3)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif "GZIPBOMB" in q:  # 40 KB on the wire, 40 MB inflated
            import gzip

            body = gzip.compress(b'{"translatedText": "' + b"a" * 40_000_000 + b'"}', compresslevel=9)
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif "SURROGATE" in q:  # JSON may carry a lone surrogate; UTF-8 cannot
            self.reply(200, {"translatedText": "壊れた\ud800文字"})
        elif "HUGE" in q:  # a well-formed answer far longer than the text
            self.reply(200, {"translatedText": "長い" * 50_000})
        elif "BOOM" in q:
            self.reply(500, {"error": "Internal error"})
        else:
            self.reply(200, {"translatedText": f"〔{query.get('source')}→{query.get('target')}〕{q}"})


def libre() -> AbstractContextManager[str]:
    return serving(Libre, "/")
