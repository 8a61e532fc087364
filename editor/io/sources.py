"""Finding the source page of a published translation: a folder of saved pages (matched by the
address they declare, whatever their file names), the import cache, or, when asked, the web,
one request at a time with a pause between (the fetch limits of import apply)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from editor.core.decode import ImportFailed, read_bytes
from editor.core.messages import Msg
from editor.core.model import Article
from editor.io import page_cache
from editor.io.archive import same_article_url
from editor.io.importers import import_url, import_web_bytes

_CANONICAL = re.compile(
    rb"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*\bhref=[\"']([^\"'>\s]+)"
    rb"|<link\b[^>]*\bhref=[\"']([^\"'>\s]+)[\"'][^>]*\brel=[\"']?canonical"
    rb"|<meta\b[^>]*\bproperty=[\"']og:url[\"'][^>]*\bcontent=[\"']([^\"'>\s]+)"
    rb"|<meta\b[^>]*\bcontent=[\"']([^\"'>\s]+)[\"'][^>]*\bproperty=[\"']og:url",
    re.IGNORECASE,
)
HEAD_BYTES = 256 * 1024
MAX_PAGE = 20 * 1024 * 1024


def declared_urls(head: bytes) -> list[str]:
    """The addresses a page says it has (canonical link, og:url)."""
    out = []
    for m in _CANONICAL.finditer(head):
        url = next(g for g in m.groups() if g).decode("utf-8", "replace")
        if url.startswith(("http://", "https://")):
            out.append(url)
    return out


class SourceFinder:
    def __init__(
        self,
        sources: Path | None = None,
        *,
        fetch: bool = False,
        delay: float = 2.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.fetch, self.delay, self.sleep = fetch, delay, sleep
        self.index: dict[str, Path] = {}
        self._last_fetch = 0.0
        if sources is not None:
            self._index(sources)

    def _index(self, folder: Path) -> None:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".html", ".htm", ".xhtml") or not path.is_file():
                continue
            try:
                with path.open("rb") as f:
                    head = f.read(HEAD_BYTES)
            except OSError:
                continue
            for url in declared_urls(head):
                self.index.setdefault(same_article_url(url), path)

    def find(self, url: str) -> tuple[Article | None, str]:
        """The source article, and where it came from or why it was not found."""
        key = same_article_url(url)
        path = self.index.get(key)
        try:
            if path is not None:
                raw = read_bytes(path, MAX_PAGE)  # never read whole: a saved page may be 3 GB
                return import_web_bytes(raw, path.name, url), Msg("saved page {name}", name=path.name)
            cached = page_cache.find(url)
            if cached is not None:
                return import_web_bytes(cached, url, url), Msg("import cache")
            if not self.fetch:
                return None, Msg("no saved page or cached copy (use --sources or --fetch)")
            wait = self._last_fetch + self.delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            try:
                return import_url(url), Msg("fetched")
            finally:
                self._last_fetch = time.monotonic()
        except (ImportFailed, OSError, ValueError) as e:
            return None, e.args[0] if len(e.args) == 1 and isinstance(e.args[0], str) else str(e)
