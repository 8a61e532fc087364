"""An article that a page carries only as data: JSON-LD `articleBody`, or the state object a
script hands to the page's JavaScript (`__NEXT_DATA__`, `application/json`), which a reader's
browser turns into the text. Read when the page's HTML holds too little text of its own."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from editor.core.language import word_count
from editor.io.web import page_tags

_BODY_KEYS = ("articleBody", "articlebody", "body", "bodyHtml", "body_html", "content", "html", "text")
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|Blog", re.I)
_TAG = re.compile(r"<(p|h[1-6]|blockquote|li|ul|ol|div|br)\b", re.I)
MIN_WORDS = 80
"""A text of fewer words is a teaser or a description, not the article."""


def _walk(value: Any, depth: int = 0) -> Iterator[tuple[str, str]]:
    """Every (key, string) in a JSON value, however deep (to a limit)."""
    if depth > 40:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, str):
                yield str(k), v
            else:
                yield from _walk(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, depth + 1)


def _state_objects(tree: Any) -> Iterator[Any]:
    for script in tree.xpath("//script[@type='application/json' or @id='__NEXT_DATA__']"):
        raw = script.text or ""
        if len(raw) > 20_000_000:
            continue
        try:
            yield json.loads(raw)
        except ValueError:
            continue


def _ld_bodies(tree: Any) -> Iterator[str]:
    for item in page_tags.json_ld(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        body = item.get("articleBody")
        if isinstance(body, str) and any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
            yield body


def article_html(tree: Any) -> str:
    """The article's text from the page's data as HTML for the importer to read, or "" when the
    data holds none: JSON-LD `articleBody` first, else the longest body-like string of a state
    object (one that reads as prose: many words, few braces)."""
    best = ""
    for body in _ld_bodies(tree):
        if word_count(body) >= MIN_WORDS and len(body) > len(best):
            best = body
    if not best:
        for data in _state_objects(tree):
            for key, value in _walk(data):
                if key not in _BODY_KEYS or word_count(value) < MIN_WORDS or len(value) <= len(best):
                    continue
                if value.count("{") + value.count("}") > len(value) / 200:
                    continue  # code or a template, not prose
                best = value
    if not best:
        return ""
    if _TAG.search(best):
        return f"<article>{best}</article>"
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", best) if p.strip()]
    return "<article>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</article>"


def visible_words(tree: Any) -> int:
    """Words a reader sees in the page's body (scripts, styles and noscript notes left out)."""
    texts = tree.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)"
        " and not(ancestor::template)]"
    )
    return sum(word_count(str(t)) for t in texts)
