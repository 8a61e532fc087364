"""Fetching an article page by URL: bounded in time, size and redirects."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any

from editor import __version__
from editor.core.decode import ImportFailed
from editor.core.messages import Msg

TIMEOUT = 15.0
"""Seconds any single step (connect, a read) may take."""
DEADLINE = 60.0
"""Seconds the whole fetch may take, headers and body: a server that trickles is cut off."""
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
ACCEPTED = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")


@dataclass
class Page:
    url: str
    """The final URL, after redirects."""
    body: bytes
    content_type: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self, req: Any, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> Any:
        if not newurl.startswith(("http://", "https://")):
            raise ImportFailed(
                Msg(
                    "{full_url}: redirected to {newurl}, which is not a web address",
                    full_url=req.full_url,
                    newurl=newurl,
                )
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE
) -> Page:
    """GET ``url`` within ``deadline`` seconds in all; ImportFailed with a clear reason on any failure.

    The request runs on a helper thread so that the deadline holds even while a
    server trickles its headers; a fetch past it is abandoned (the helper stops at
    its next read) and reported.
    """
    if not url.startswith(("http://", "https://")):
        raise ImportFailed(Msg("{url}: only http:// and https:// addresses can be fetched", url=url))
    result: list[Page | BaseException] = []
    stop = threading.Event()
    end = time.monotonic() + deadline

    def run() -> None:
        try:
            result.append(_fetch(url, timeout, max_bytes, end, stop))
        except BaseException as e:  # handed to the caller's thread
            result.append(e)

    helper = threading.Thread(target=run, name="tsuji-fetch", daemon=True)
    helper.start()
    helper.join(deadline)
    if not result:
        stop.set()
        raise ImportFailed(
            Msg(
                "{url}: the server did not send the page within {deadline:.0f} s (too slow)",
                url=url,
                deadline=deadline,
            )
        )
    outcome = result[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _fetch(url: str, timeout: float, max_bytes: int, end: float, stop: threading.Event) -> Page:
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"Mozilla/5.0 (compatible; Tsuji/{__version__}; translation editor)",
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            if ctype not in ACCEPTED:
                raise ImportFailed(
                    Msg("{url}: the server sent {ctype}, not a web page", url=url, ctype=ctype)
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ImportFailed(
                    Msg(
                        "{url}: the page is {size_mb} MB, over the 20 MB limit",
                        url=url,
                        size_mb=int(length) // 1048576,
                    )
                )
            chunks: list[bytes] = []
            size = 0
            while True:
                if stop.is_set() or time.monotonic() > end:
                    raise ImportFailed(
                        Msg("{url}: the server did not send the page in time (too slow)", url=url)
                    )
                chunk = response.read(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise ImportFailed(Msg("{url}: the page is over the 20 MB limit", url=url))
            if length and length.isdigit() and size < int(length):  # http.client returns b"" quietly
                raise _cut_short(url, size, int(length))
            return Page(response.geturl(), b"".join(chunks), ctype)
    except ImportFailed:
        raise
    except urllib.error.HTTPError as e:
        if e.code in (301, 302, 303, 307, 308):
            target = (e.headers.get("Location") or "") if e.headers is not None else ""
            if target and not target.lower().startswith(("http://", "https://", "/")):
                raise ImportFailed(
                    Msg("{url}: redirected to {target}, which is not a web address", url=url, target=target)
                ) from e
            raise ImportFailed(
                Msg(
                    "{url}: too many redirects (more than {MAX_REDIRECTS})",
                    url=url,
                    MAX_REDIRECTS=MAX_REDIRECTS,
                )
            ) from e
        raise ImportFailed(
            Msg("{url}: the server answered {code} {reason}", url=url, code=e.code, reason=e.reason)
        ) from e
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise ImportFailed(
                Msg("{url}: no answer within {timeout:.0f} s", url=url, timeout=timeout)
            ) from e
        if isinstance(reason, socket.gaierror):
            raise ImportFailed(Msg("{url}: cannot find the server (offline?)", url=url)) from e
        if isinstance(reason, ConnectionRefusedError):
            raise ImportFailed(Msg("{url}: the server refused the connection", url=url)) from e
        raise ImportFailed(Msg("{url}: cannot connect ({reason})", url=url, reason=reason)) from e
    except TimeoutError as e:
        raise ImportFailed(Msg("{url}: no answer within {timeout:.0f} s", url=url, timeout=timeout)) from e
    except http.client.IncompleteRead as e:
        raise _cut_short(url, len(e.partial), None) from e
    except http.client.HTTPException as e:
        raise ImportFailed(Msg("{url}: the server's answer is malformed ({e})", url=url, e=e)) from e
    except (ConnectionError, OSError) as e:
        raise ImportFailed(Msg("{url}: the connection failed ({e})", url=url, e=e)) from e


def _cut_short(url: str, got: int, declared: int | None) -> ImportFailed:
    """A transfer that ended before the page did: never half an article (an update would take the
    missing paragraphs for removed ones)."""
    if declared is None:
        return ImportFailed(Msg("{url}: the transfer was cut short; try again", url=url))
    return ImportFailed(
        Msg(
            "{url}: the transfer was cut short: {got:,} of {declared:,} bytes arrived; try again",
            url=url,
            got=got,
            declared=declared,
        )
    )
