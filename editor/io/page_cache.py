"""Pages fetched for import, kept in the cache folder by their article address, so that the
archive aligner (and a later update) finds a source without the network. The last ``KEEP``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from editor.core.atomic import atomic_write
from editor.core.paths import user_dirs
from editor.io.archive import same_article_url

KEEP = 2000


def folder() -> Path:
    return user_dirs().cache / "pages"


def _file(url: str) -> Path:
    key = hashlib.sha256(same_article_url(url).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return folder() / f"{key}.html"


def keep(urls: list[str], body: bytes) -> None:
    """Remember ``body`` under every address it is known by; a full disk loses only the cache."""
    try:
        for url in dict.fromkeys(u for u in urls if u):
            path = _file(url)
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, body, backup=False)
        pages = sorted(folder().glob("*.html"), key=lambda p: p.stat().st_mtime)
        for old in pages[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def find(url: str) -> bytes | None:
    try:
        return _file(url).read_bytes()
    except OSError:
        return None
