from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from editor.core.decode import ImportFailed
from editor.io.fetch import fetch
from editor.io.importers import import_url
from tests.io.webserver import closed_port, serve


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve() as base:
        yield base


def test_fetch_and_import_a_page(server: str) -> None:
    article = import_url(server + "/post")
    assert article.source_title == "Port Talks Resume Under Pressure"
    assert article.site_label == "MoA"
    assert any(b.quote_group for b in article.blocks)


def test_redirect_is_followed(server: str) -> None:
    page = fetch(server + "/redirect")
    assert page.url == server + "/post"


def test_plain_text_url_becomes_an_article(server: str) -> None:
    article = import_url(server + "/text")
    assert article.source_title == "Harbor talks"
    assert article.source_url == server + "/text"
    assert [b.kind.value for b in article.blocks] == ["paragraph", "quote"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "too many redirects"),
        ("/image", "sent image/png, not a web page"),
        ("/big", "30 MB, over the 20 MB limit"),
        ("/bigstream", "over the 20 MB limit"),
        ("/error", "answered 500"),
        ("/missing", "answered 404"),
        ("/cut", "cut short: 2,000 of 100,000 bytes arrived"),
        ("/cutchunked", "cut short"),
    ],
)
def test_failures_have_clear_messages(server: str, path: str, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        fetch(server + path)


def test_a_server_that_does_not_answer_times_out(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(ImportFailed, match="no answer within 1 s"):
        fetch(server + "/slow", timeout=1)
    assert time.monotonic() - start < 2.5


def test_refused_connection_says_so_at_once() -> None:
    start = time.monotonic()
    with pytest.raises(ImportFailed, match="refused the connection"):
        fetch(f"http://127.0.0.1:{closed_port()}/post")
    assert time.monotonic() - start < 2


def test_only_web_addresses() -> None:
    with pytest.raises(ImportFailed, match="only http"):
        fetch("file:///etc/passwd")
