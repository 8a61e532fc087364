"""Inline Markdown: the form in which block texts keep links and emphasis."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_MARKUP_FREE = re.compile(r"[^\\`*_\[\]<>&!\n]*\Z")
_ROUGH_MARKUP = re.compile(r"\]\([^)\s]*\)|[\\`*_\[\]]")
_ENTITY = re.compile(r"&(#?[A-Za-z0-9]+;)")


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark, with raw HTML off: text like ``<b>`` is shown, not obeyed."""
    return MarkdownIt("commonmark", {"html": False})


def escape(text: str) -> str:
    """Literal text as inline Markdown that means exactly that text."""
    return _ENTITY.sub(r"\\&\1", _SPECIAL.sub(r"\\\1", text))


def plain_of(tokens: list[Any]) -> str:
    out: list[str] = []
    for t in tokens:
        if t.type in ("text", "code_inline", "html_inline"):
            out.append(t.content)
        elif t.type in ("softbreak", "hardbreak"):
            out.append(" " if t.type == "softbreak" else "\n")
        elif t.type == "image":
            out.append(plain_of(t.children or []))
    return "".join(out)


def rough_plain(text: str) -> str:
    """A fast approximation of to_plain, for counting words and characters."""
    return _ROUGH_MARKUP.sub("", text)


@lru_cache(maxsize=20000)
def to_plain(text: str) -> str:
    """What a reader sees of inline Markdown: the words without the markup."""
    if not text or _MARKUP_FREE.match(text):
        return text
    tokens = parser().parseInline(text)
    return plain_of(tokens[0].children or []) if tokens else ""


def links(text: str) -> list[str]:
    """The link targets in inline Markdown, in order."""
    if not text:
        return []
    tokens = parser().parseInline(text)
    children = tokens[0].children or [] if tokens else []
    return [str(t.attrs.get("href", "")) for t in children if t.type == "link_open"]


@lru_cache(maxsize=20000)
def spans(text: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Plain text plus styled ranges ``(start, length, style, href)``.

    Styles: ``link``, ``em``, ``strong``, ``code``. The window draws a text
    with these; the source of truth stays the inline Markdown.
    """
    if not text or _MARKUP_FREE.match(text):
        return text, []
    tokens = parser().parseInline(text)
    children = tokens[0].children or [] if tokens else []
    out: list[str] = []
    ranges: list[tuple[int, int, str, str]] = []
    open_: list[tuple[str, int, str]] = []
    pos = 0

    def put(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += len(s)

    for t in children:
        if t.type in ("text", "html_inline"):
            put(t.content)
        elif t.type == "softbreak":
            put(" ")
        elif t.type == "hardbreak":
            put("\n")
        elif t.type == "code_inline":
            ranges.append((pos, len(t.content), "code", ""))
            put(t.content)
        elif t.type == "image":
            put(plain_of(t.children or []))
        elif t.type.endswith("_open"):
            style = {"link_open": "link", "em_open": "em", "strong_open": "strong"}.get(t.type)
            if style:
                open_.append((style, pos, str(t.attrs.get("href", "")) if style == "link" else ""))
        elif t.type.endswith("_close") and open_:
            style, start, href = open_.pop()
            if pos > start:
                ranges.append((start, pos - start, style, href))
    return "".join(out), ranges
