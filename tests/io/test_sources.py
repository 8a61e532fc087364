"""Finding source pages for the archive aligner: saved pages by the address they declare, the
import cache, and polite fetching (a local server; nothing touches the internet)."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

from editor.io.importers import import_url
from editor.io.sources import SourceFinder, declared_urls
from tests.align_posts import A_SRC, A_URL, B_SRC, page
from tests.serving import serving


class _Pages(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        _Pages.hits.append(self.path)
        body = page(A_URL, "Reserves", A_SRC) if self.path == "/a" else page("", "Talks", B_SRC)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_declared_urls_in_either_attribute_order() -> None:
    head = (
        b"<meta content='https://a.example/x' property='og:url'>"
        b'<link href="https://a.example/y" rel="canonical">'
    )
    assert sorted(declared_urls(head)) == ["https://a.example/x", "https://a.example/y"]


def test_saved_page_is_found_by_its_address_not_its_name(tmp_path: Path, tsuji_home: Path) -> None:
    (tmp_path / "unrelated name (2).HTML").write_bytes(page(A_URL, "Reserves", A_SRC))
    (tmp_path / "notes.txt").write_text("not a page")
    finder = SourceFinder(tmp_path)
    article, where = finder.find("http://www." + A_URL.removeprefix("https://") + "?utm_source=x")
    assert article is not None and where == "saved page unrelated name (2).HTML"
    assert [b.source for b in article.blocks if b.source in A_SRC] == A_SRC
    missing, why = finder.find("https://grid.example/other")
    assert missing is None and "--sources or --fetch" in why


def test_import_cache_then_polite_fetching(tsuji_home: Path) -> None:
    _Pages.hits = []
    waits: list[float] = []
    with serving(_Pages) as base:
        import_url(base + "/a")  # an import keeps the page under its addresses (canonical too)
        article, where = SourceFinder().find(A_URL)
        assert article is not None and where == "import cache"
        finder = SourceFinder(fetch=True, delay=5.0, sleep=waits.append)
        first, how = finder.find(base + "/b")
        second, _ = finder.find(base + "/c")
    assert how == "fetched" and first is not None and second is not None
    assert _Pages.hits == ["/a", "/b", "/c"]  # one request each, the cached page not fetched again
    assert len(waits) == 1 and 4.0 < waits[0] <= 5.0  # a pause before the second request


def test_a_huge_saved_page_is_refused_without_reading_it(tmp_path: Path, tsuji_home: Path) -> None:
    """A saved page of hundreds of megabytes (sparse here: no disk used) is one reason, not a
    read of the whole file."""
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:
        f.write(page(A_URL, "Reserves", A_SRC))
        f.truncate(300 * 1024 * 1024)
    article, why = SourceFinder(tmp_path).find(A_URL)
    assert article is None
    assert why == f"{huge}: 300 MB is too large for an article page (limit 20 MB)"
