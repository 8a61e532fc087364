"""One HTTP exchange with a translation server, bounded and cancellable.

The request runs on a thread of its own; the caller waits on what it reads, chunk by chunk, so
that one overall deadline holds however the server trickles its answer, Escape (the cancel
event) ends the wait at once, and an answer past the size cap is refused as it grows. A stopped
exchange closes its connection, which ends the reading thread too.
"""

from __future__ import annotations

import contextlib
import http.client
import queue
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from editor.assist.mt import MTError
from editor.core.messages import Msg

MAX_BYTES = 4 * 1024 * 1024
"""An answer larger than this is refused (a streamed one counts its events too)."""

_END = object()


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MTError("unsupported", Msg("{url} is not an http:// or https:// address", url=url))
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    return cls(parts.hostname, parts.port, timeout=timeout), path


def exchange(
    name: str,
    method: str,
    url: str,
    body: bytes | None,
    headers: dict[str, str],
    *,
    timeout: float,
    cancel: threading.Event | None = None,
    on_chunk: Callable[[bytes], None] | None = None,
) -> Reply:
    """Send one request and read its whole answer within ``timeout`` seconds; ``on_chunk`` sees
    the body as it arrives (on the calling thread). Raises MTError (offline, timeout, cancelled,
    server)."""
    conn, path = _connection(url, timeout)
    chunks: queue.Queue[object] = queue.Queue()
    head: dict[str, object] = {}

    def run() -> None:
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            head["status"], head["type"] = response.status, response.getheader("Content-Type", "")
            chunks.put(("head",))
            while True:
                data = response.read1(65536)
                if not data:
                    break
                chunks.put(data)
            chunks.put(_END)
        except BaseException as e:  # handed to the caller
            chunks.put(e)

    reader = threading.Thread(target=run, name=f"{name}-request", daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    got = bytearray()
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise MTError("cancelled", Msg("cancelled"))
            left = deadline - time.monotonic()
            if left <= 0:
                raise MTError(
                    "timeout", Msg("{name} did not answer within {timeout:.0f} s", name=name, timeout=timeout)
                )
            try:
                item = chunks.get(timeout=min(left, 0.05))
            except queue.Empty:
                continue
            if item is _END:
                break
            if isinstance(item, BaseException):
                raise _failure(name, url, timeout, item) from item
            if isinstance(item, tuple):
                continue  # the status line and headers came
            assert isinstance(item, bytes)
            got += item
            if len(got) > MAX_BYTES:
                raise MTError(
                    "server",
                    Msg("{name}: the answer was over {mb} MB; refused", name=name, mb=MAX_BYTES >> 20),
                )
            if on_chunk is not None and int(head.get("status", 0)) < 300:  # type: ignore[call-overload]
                on_chunk(item)
    finally:
        _close(conn)
    return Reply(int(head.get("status", 0)), bytes(got), str(head.get("type", "")))  # type: ignore[call-overload]


def _close(conn: http.client.HTTPConnection) -> None:
    """Close the connection: a reading thread still waiting on it wakes with an error and ends."""
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    conn.close()


def _failure(name: str, url: str, timeout: float, e: BaseException) -> MTError:
    if isinstance(e, MTError):
        return e
    if isinstance(e, TimeoutError | socket.timeout):
        return MTError(
            "timeout", Msg("{name} did not answer within {timeout:.0f} s", name=name, timeout=timeout)
        )
    if isinstance(e, ConnectionRefusedError | socket.gaierror):
        host = urlsplit(url).netloc
        return MTError(
            "offline", Msg("cannot reach {name} at {host}: is the server running?", name=name, host=host)
        )
    if isinstance(e, ConnectionError | OSError):
        return MTError("offline", Msg("cannot reach {name}: {error}", name=name, error=e.__class__.__name__))
    if isinstance(e, http.client.HTTPException):
        return MTError(
            "server",
            Msg("{name}: the server broke the exchange ({error})", name=name, error=e.__class__.__name__),
        )
    return MTError("server", Msg("{name}: {error}", name=name, error=f"{e.__class__.__name__}: {e}"))
