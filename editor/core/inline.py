"""Inline Markdown: the form in which block texts keep links and emphasis."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, urlsplit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_MARKUP_FREE = re.compile(r"[^\\`*_\[\]<>&!\n]*\Z")
_ROUGH_MARKUP = re.compile(r"\]\([^)\s]*\)|[\\`*_\[\]]")
_ENTITY = re.compile(r"&(#?[A-Za-z0-9]+;)")


SAFE_SCHEMES = ("http", "https", "mailto")
"""Link schemes Tsuji keeps live, exports and opens; any other is shown as text."""
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_LINKISH = re.compile(
    r"(!?)\[((?:[^\[\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")


def split_url(url: str) -> SplitResult:
    """``url``'s parts, or an empty address's where it cannot be read (a page's canonical link
    "http://[draft" makes ``urlsplit`` raise)."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


def safe_url(url: str) -> bool:
    """A relative address, or one whose scheme is http, https or mailto, however it is disguised
    (entities, tabs, case: ``&#106;ava\tscript:`` is javascript:)."""
    cleaned = url.strip().strip("<>")
    if "&" in cleaned:  # html's entity table loads only for an address that may hold one
        from html import unescape

        cleaned = unescape(cleaned)
    cleaned = _CONTROL.sub("", cleaned)
    m = _SCHEME.match(cleaned)
    return m is None or m.group(1).lower() in SAFE_SCHEMES


_NOTATION = re.compile(r"(?<!\\)\[((?:[^\[\]\\\n]|\\.)*:(?:[^\[\]\\\n]|\\.)*)\](?!\()")
"""Hatena notation: brackets holding a colon and not a Markdown link ([URL:embed:cite], [tex:…],
[f:id:…], [asin:…]), which the blog would turn into live content."""


def defuse_notation(text: str) -> str:
    """Brackets that the blog would read as Hatena notation shown as the brackets they are."""
    if "[" not in text or ":" not in text:
        return text
    return _NOTATION.sub(lambda m: f"\\[{m.group(1)}\\]", text)


def defuse(text: str) -> str:
    """``text`` with every link or image whose address is not safe turned into its words, and
    no Hatena notation live: what the translator, a page or a translation engine wrote reaches
    the post as text."""
    text = defuse_notation(text)
    if "](" not in text and "<" not in text:
        return text

    def link(m: re.Match[str]) -> str:
        if safe_url(m.group(3)):
            return m.group(0)
        return m.group(2)  # the link's words stay, as the Markdown they were

    def auto(m: re.Match[str]) -> str:
        return m.group(0) if safe_url(m.group(1)) else escape(m.group(0))

    return _AUTOLINK.sub(auto, _LINKISH.sub(link, text))


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """CommonMark, with raw HTML off: text like ``<b>`` is shown, not obeyed. Imported on first
    use: most texts are read by ``_plain_and_simple`` without it, and the window's first paint
    should not wait for a parser it may not need."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


_WORD = r"[^\\`*_\[\]<>&!\n]"
_URL = r"https?://[a-z0-9.\-]+(?::[0-9]+)?(?:/(?:[A-Za-z0-9\-._~/?#=&+,:@]|%[0-9A-Fa-f]{2})*)?"
_LINK = rf"\[({_WORD}+)\]\(({_URL})\)"
_EMPHASIS = rf"(?<!\*)(\*\*?)([^\W_]|[^\W_]{_WORD}*[^\W_])\3(?!\*)"
"""``*words*`` or ``**words**`` between letters or digits: the stars open and close whatever
stands beside them, so CommonMark's flanking rules all agree."""
_MARKUP = re.compile(f"{_LINK}|{_EMPHASIS}")
_PLAIN_AND_SIMPLE = re.compile(rf"(?:{_WORD}|{_LINK}|{_EMPHASIS})*\Z")


def _plain_and_simple(text: str) -> tuple[str, list[tuple[int, int, str, str]]] | None:
    """``spans`` of a text whose only markup is links of plain words to plain web addresses and
    emphasis of plain words (the common case of a post's paragraph), read without the parser;
    None for any other text. What CommonMark makes of such a text is fixed, and
    tests/core/test_inline.py checks that the two agree."""
    if not _PLAIN_AND_SIMPLE.match(text):
        return None
    out: list[str] = []
    ranges: list[tuple[int, int, str, str]] = []
    pos = last = 0
    for m in _MARKUP.finditer(text):
        before = text[last : m.start()]
        words = m.group(1) or m.group(4)
        style, href = ("link", m.group(2)) if m.group(1) else ("em" if len(m.group(3)) == 1 else "strong", "")
        out += (before, words)
        pos += len(before)
        ranges.append((pos, len(words), style, href))
        pos += len(words)
        last = m.end()
    out.append(text[last:])
    return "".join(out), ranges


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
    simple = _plain_and_simple(text)
    if simple is not None:
        return simple[0]
    tokens = parser().parseInline(text)
    return plain_of(tokens[0].children or []) if tokens else ""


def links(text: str) -> list[str]:
    """The link targets in inline Markdown, in order."""
    if not text:
        return []
    simple = _plain_and_simple(text)
    if simple is not None:
        return [href for *_, style, href in simple[1] if style == "link"]
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
    simple = _plain_and_simple(text)
    return simple if simple is not None else parsed_spans(text)


def parsed_spans(text: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """``spans`` as the CommonMark parser reads ``text``."""
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
        elif t.type in ("softbreak", "hardbreak"):
            put("\n")  # a line break in a draft is one in the post (io.mdsafe.draft_text)
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
