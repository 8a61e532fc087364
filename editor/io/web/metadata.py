"""What a page says about itself: title, author, date, site and language, from its meta tags,
JSON-LD and byline."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from editor.core.model import Article

_SEPARATORS = re.compile(r"\s+[|\-–—»·:]\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door)\s+", re.I)
_DATE_TAIL = re.compile(
    r"\s*(?:[,|·•–—-]\s*)?(?:(?:on|am|le)\s+)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}).*$",
    re.I,
)


def _meta(tree: Any, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            for value in found:
                if str(value).strip():
                    return " ".join(str(value).split())
    return ""


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        )
        out.extend(i for i in items if isinstance(i, dict))
    return out


def page_title(tree: Any) -> str:
    titles = tree.xpath("//title")
    return " ".join(titles[0].text_content().split()) if titles else ""


def clean_title(title: str, site: str, author: str) -> str:
    """Drop a trailing "| Site" or "- Author" from a page title."""
    parts = _SEPARATORS.split(title)
    drop = {s.lower() for s in (site, author) if s}
    while len(parts) > 1 and (parts[-1].strip().lower() in drop or _is_domain(parts[-1])):
        parts.pop()
    if len(parts) > 1 and parts[0].strip().lower() in drop:
        parts.pop(0)
    kept = title
    if parts != _SEPARATORS.split(title):
        # rebuild from the original text so the separators stay as written
        first, last = parts[0], parts[-1]
        kept = title[title.index(first) : title.rindex(last) + len(last)]
    return kept.strip()


def _is_domain(text: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", text.strip().lower()))


def clean_author(raw: str, site: str = "") -> str:
    author = " ".join(raw.split())
    author = _BY.sub("", author)
    author = _DATE_TAIL.sub("", author).strip(" ,;|-–—")
    site_words = set(re.findall(r"\w+", site.casefold()))
    parts = [p.strip().casefold() for p in re.split(r";|&", author) if p.strip()]
    if site_words and parts and all(p in site_words for p in parts):
        return site  # the "author" was the site's name taken apart
    return author


def _author(tree: Any, site: str) -> str:
    for item in _json_ld(tree):
        a = item.get("author")
        names = [
            x.get("name", "") if isinstance(x, dict) else str(x) for x in (a if isinstance(a, list) else [a])
        ]
        names = [n for n in names if n and isinstance(n, str)]
        if names and item.get("@type") in (
            "NewsArticle",
            "Article",
            "BlogPosting",
            "ReportageNewsArticle",
        ):
            return clean_author(", ".join(names), site)
    found = _meta(tree, "author", "article:author", "dc.creator", "twitter:creator")
    if found and not found.startswith(("http", "@")):
        return clean_author(found, site)
    for el in tree.xpath("//*[@itemprop='author'] | //*[@rel='author'] | //*[contains(@class,'byline')]"):
        text = _byline_text(el)
        if 2 <= len(text) <= 120:
            return clean_author(text, site)
    return ""


def _byline_text(el: Any) -> str:
    """The name in a byline: its author links, or the whole text.

    "By <a>Name</a>, Senior Editor" gives "Name"; a note after the name that
    is not set off by a comma ("Name (with Other Name)") stays.
    """
    links = [el] if el.tag == "a" else el.xpath(".//a[normalize-space()]")
    if not links:
        return " ".join(el.text_content().split())
    names = [" ".join(links[0].text_content().split())]
    for a, following in pairwise(links):
        joiner = " ".join((a.tail or "").split())
        if joiner.lower() not in ("and", "&", "und", "et", "y", "e"):
            break
        names.append(f"{joiner} " + " ".join(following.text_content().split()))
    last = links[len(names) - 1]
    tail = "" if last is el or len(names) > 1 else (last.tail or "")
    return " ".join((" ".join(names) + re.split(r",|\||\n|•", tail)[0]).split())


BIG_PAGE = 1_000_000
"""Characters of HTML past which metadata extraction skips the extensive date search."""


def fill_metadata(article: Article, tree: Any, prepared: str, url: str) -> None:
    import trafilatura

    # htmldate's extensive search reads the whole text for dates: seconds on a page of
    # megabytes, where the page's own metadata is what counts anyway
    extensive = len(prepared) < BIG_PAGE
    meta = trafilatura.extract_metadata(prepared, default_url=url or None, extensive=extensive)
    site = _meta(tree, "og:site_name", "application-name") or (
        meta.sitename if meta and meta.sitename else ""
    )
    author = _author(tree, site) or clean_author(meta.author or "", site) if meta else _author(tree, site)
    raw_title = _meta(tree, "og:title", "twitter:title") or page_title(tree) or (meta.title if meta else "")
    article.source_title = clean_title(raw_title, site, author) if raw_title else ""
    article.author = author
    article.site_name = site
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    article.source_url = str(canonical[0]) if canonical and str(canonical[0]).startswith("http") else ""
    if not article.source_url:
        article.source_url = _meta(tree, "og:url") or url or (meta.url if meta and meta.url else "")
    if meta and meta.date:
        article.published = meta.date
    if not article.site_name and article.source_url:
        article.site_name = urlsplit(article.source_url).hostname or ""
    lang = tree.xpath("/html/@lang")
    article.source_lang = str(lang[0]).split("-")[0].lower() if lang else ""
