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


def json_ld(tree: Any) -> list[dict[str, Any]]:
    """The page's JSON-LD items, a @graph's members each one item."""
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


def _headline(tree: Any) -> str:
    """The page's own headline: the <h1> of its article, or the page's one <h1>."""
    for path in ("//article//h1", "//main//h1", "//h1"):
        found = {" ".join(h.text_content().split()) for h in tree.xpath(path)} - {""}
        if len(found) == 1:
            return found.pop()
        if found:
            return ""  # several different ones: a list page or a site's chrome
    return ""


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _same(a: str, b: str) -> bool:
    """Equal but for punctuation and a word or two (Dropbox ATF / Dropbox’s ATF)."""
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    return bool(wa and wb) and len(wa & wb) >= 0.8 * len(wa | wb)


def _parts(title: str) -> list[str]:
    return [p for p in _SEPARATORS.split(title) if p.strip()]


def _agrees(a: str, b: str) -> bool:
    """The same headline, or one of them with a site or section name set off by a separator."""
    if _same(a, b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    parts = _parts(long_)
    return any(
        _same(" ".join(parts[i:j]), short) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    )


def choose_title(tree: Any, site: str, author: str, fallback: str) -> str:
    """The headline the most of the page's own statements agree on: its <h1>, JSON-LD headline,
    og:title, twitter:title and <title> each vote. A social-media title that no other statement
    supports loses to an <h1> the <title> repeats; where they agree, the structured data and the
    social tags (the publisher's full headline) go before the <h1>, and the <title> (with its
    site name) comes last."""
    ld = next((str(d["headline"]) for d in json_ld(tree) if isinstance(d.get("headline"), str)), "")
    ld, og, tw, tag = (
        " ".join(ld.split()),
        _meta(tree, "og:title"),
        _meta(tree, "twitter:title"),
        page_title(tree),
    )
    h1 = _headline(tree)
    if h1 and (_norm(h1) in {_norm(site), _norm(author)} or (len(h1.split()) < 2 and len(h1) < 12)):
        h1 = ""  # a logo or a one-word label, not a headline
    if h1 and tag and not _same(h1, tag):
        others = [p for p in _parts(tag) if not _same(p, h1)]
        if any(_same(p, h1) for p in _parts(tag)) and any(_same(p, c) for p in others for c in (ld, og) if c):
            h1 = ""  # "Blog Name: Post title" in <title>: the <h1> is the blog's name
    others = [c for c in (ld, og, tw, tag) if c]
    if h1 and others and not any(_agrees(h1, c) for c in others):
        h1 = ""  # an <h1> nothing else on the page supports: a greeting, a section's name
    candidates = [c for c in (ld, og, tw, h1, tag) if c]
    if not candidates:
        return clean_title(fallback, site, author) if fallback else ""
    best = max(candidates, key=lambda c: (sum(_agrees(c, o) for o in candidates), -candidates.index(c)))
    return clean_title(best, site, author)


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
    for item in json_ld(tree):
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

    # The page's own statements first (meta tags, JSON-LD, <time>). Only without a date there,
    # htmldate's extensive search, which reads the text for dates and hands the plausible ones
    # to dateparser: seconds on its first use (cnet: 2.6 s for the date the tags already gave in
    # 0.03 s), and seconds more on a page of megabytes. Dates right on 156 hand-annotated pages of
    # trafilatura's evaluation set: 130 fast only, 139 extensive always, 139 so.
    meta = trafilatura.extract_metadata(prepared, default_url=url or None, extensive=False)
    if meta and not meta.date and len(prepared) < BIG_PAGE:
        meta.date = trafilatura.extract_metadata(prepared, default_url=url or None, extensive=True).date
    site = _meta(tree, "og:site_name", "application-name") or (
        meta.sitename if meta and meta.sitename else ""
    )
    author = _author(tree, site) or clean_author(meta.author or "", site) if meta else _author(tree, site)
    article.source_title = choose_title(tree, site, author, meta.title if meta and meta.title else "")
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
