"""Inline Markdown: the form in which block texts keep links and emphasis."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

_SPECIAL = re.compile(r"([\\`*_\[\]<])")
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


def to_plain(text: str) -> str:
    """What a reader sees of inline Markdown: the words without the markup."""
    if not text:
        return ""
    tokens = parser().parseInline(text)
    return plain_of(tokens[0].children or []) if tokens else ""


def links(text: str) -> list[str]:
    """The link targets in inline Markdown, in order."""
    if not text:
        return []
    tokens = parser().parseInline(text)
    children = tokens[0].children or [] if tokens else []
    return [str(t.attrs.get("href", "")) for t in children if t.type == "link_open"]
