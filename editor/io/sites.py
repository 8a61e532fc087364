"""Known sites: domain → label (MoA, NC, …) and default author."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from editor.core import inline
from editor.core.model import Article
from editor.core.paths import user_dirs
from editor.resources import resources_dir


@dataclass(frozen=True)
class Site:
    label: str
    name: str = ""
    author: str = ""


def _read(path: Path) -> dict[str, Site]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    out: dict[str, Site] = {}
    for domain, entry in (data.get("sites") or {}).items():
        if isinstance(entry, dict) and isinstance(entry.get("label"), str):
            out[domain.lower().removeprefix("www.")] = Site(
                entry["label"], str(entry.get("name", "")), str(entry.get("author", ""))
            )
    return out


@lru_cache(maxsize=4)
def _table(user_file: Path, _stamp: float) -> dict[str, Site]:
    table = _read(resources_dir() / "sites.toml")
    table.update(_read(user_file))
    return table


def table() -> dict[str, Site]:
    user_file = user_dirs().config / "sites.toml"
    try:
        stamp = user_file.stat().st_mtime
    except OSError:
        stamp = 0.0
    return _table(user_file, stamp)


def lookup(url: str) -> Site | None:
    host = (inline.split_url(url).hostname or "").lower().removeprefix("www.")
    known = table()
    while host:
        if host in known:
            return known[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def label_from_name(name: str) -> str:
    """A label for an unknown site: its name's initials, or the name if short."""
    name = re.sub(r"^(?:the|www)\s*\.?\s*", "", name.strip(), flags=re.I)
    name = re.sub(r"\.(?:com|org|net|co\.uk|de|fr|io|info|substack\.com)$", "", name, flags=re.I)
    if len(name) <= 12:
        return name
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", name) if w[0].isupper() or w[0].isdigit())
    return initials if len(initials) >= 2 else name[:12]


def apply_site(article: Article) -> None:
    site = lookup(article.source_url) if article.source_url else None
    if site is not None:
        article.site_label = site.label
        article.site_name = article.site_name or site.name
        if site.author and not article.author:
            article.author = site.author
    elif not article.site_label and (article.site_name or article.source_url):
        article.site_label = label_from_name(
            article.site_name or inline.split_url(article.source_url).hostname or ""
        )
