"""What a page's tags say of it: its meta tags, JSON-LD items, <title>, description and the
addresses it gives itself, read for the metadata, the standfirst and the page data alike."""

from __future__ import annotations

import html
import json
from typing import Any

from editor.core import inline


def meta_value(tree: Any, *names: str) -> str:
    """The first of ``names`` the page's <meta> tags give a value, by property, then name, then
    itemprop; names are read without regard to case ("DC.title") and an attribute may hold
    several, space-separated (RDFa: property="og:title twitter:title")."""
    by_attr: dict[str, dict[str, str]] = {"property": {}, "name": {}, "itemprop": {}}
    for el in tree.iter("meta"):
        content = " ".join(str(el.get("content") or el.get("value") or "").split())
        if content:
            for attr, found in by_attr.items():
                for token in str(el.get(attr) or "").casefold().split():
                    found.setdefault(token, content)
    for name in names:
        for found in by_attr.values():
            if name.casefold() in found:
                return found[name.casefold()]
    return ""


def descriptions(tree: Any) -> list[str]:
    """What the page's tags say the article is about (og:, twitter: and plain description); a news
    site writes its dek there."""
    found = (meta_value(tree, name) for name in ("og:description", "twitter:description", "description"))
    return [html.unescape(text) for text in dict.fromkeys(found) if text]


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


ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle")


def declares_article(tree: Any) -> bool:
    """The page says it is one article (og:type, or a JSON-LD article), not a list or a form."""
    if meta_value(tree, "og:type").casefold() == "article":
        return True
    return any(item.get("@type") in ARTICLE_TYPES for item in json_ld(tree))


def page_title(tree: Any) -> str:
    titles = tree.xpath("//title")
    return " ".join(titles[0].text_content().split()) if titles else ""


def web_address(value: str) -> str:
    """A page's address as a link base: http(s), a scheme-relative one ("//host/path") read as
    https; "" for anything else (a path alone, "about:blank")."""
    value = value.strip()
    if value.startswith("//"):
        return f"https:{value}"
    return value if value.startswith(("http://", "https://")) else ""


def brands(tree: Any, address: str = "") -> set[str]:
    """The names the page's domains (and the address it came from) are registered under
    ("miamiherald" for www.miamiherald.com, "cnet" for japan.cnet.com, "bbc" for bbc.co.uk): not a
    subdomain, which may be any word."""
    found = set()
    for url in [*tree.xpath("//link[@rel='canonical']/@href"), meta_value(tree, "og:url"), address]:
        labels = (inline.split_url(str(url)).hostname or "").split(".")
        if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
            labels = labels[:-1]  # co.uk, com.au, ne.jp
        if len(labels) >= 2:
            found.add(labels[-2].casefold())
    return found


_SECOND_LEVEL = frozenset(
    ("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gv", "ltd", "plc")
)
"""Labels a country's registry puts before its code, under which names are registered."""
