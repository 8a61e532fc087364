"""Raw HTML inside a Markdown file (a ``<div>``, a ``<details>``, a ``<figure>``…) read as the text
a reader sees: one piece per block element, links kept as Markdown links, quotes as quotes,
headings and list items as themselves. Comments, scripts and styles show nothing and give
nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from editor.core import inline
from editor.core.model import BlockKind

_BLOCKS = {
    "p", "div", "section", "article", "aside", "details", "summary", "figure", "figcaption", "td", "th",
    "pre", "center", "dd", "dt", "header", "footer", "main", "table", "tr", "ul", "ol", "dl", "nav",
}  # fmt: skip
_EMPTY_LINK = re.compile(r"\[\s*\]\([^)]*\)")
_HIDDEN = {"script", "style", "template", "noscript"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass
class Piece:
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    quoted: bool = False
    image_url: str = ""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self.words: list[str] = []
        self.hidden = 0
        self.quote = 0
        self.heading = 0
        self.lists = 0
        self.links: list[str | None] = []

    def flush(self, kind: BlockKind = BlockKind.PARAGRAPH, level: int = 0) -> None:
        text = " ".join("".join(self.words).split())
        text = _EMPTY_LINK.sub("", text).strip()
        self.words = []
        if text:
            self.pieces.append(Piece(text, kind, level, self.quote > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _HEADINGS:
            self.flush()
            self.heading = _HEADINGS[tag]
        elif tag == "li":
            self.flush(BlockKind.LIST_ITEM if self.lists else BlockKind.PARAGRAPH, max(0, self.lists - 1))
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists += 1
        elif tag == "blockquote":
            self.flush()
            self.quote += 1
        elif tag in _BLOCKS:
            self.flush(BlockKind.LIST_ITEM if self.lists else BlockKind.PARAGRAPH, max(0, self.lists - 1))
        elif tag == "br":
            self.words.append(" ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            safe = href if href and inline.safe_url(href) else None
            self.links.append(safe)
            if safe and not self.hidden:
                self.words.append("[")
        elif tag == "img":
            found = dict(attrs)
            src, alt = found.get("src") or "", found.get("alt") or ""
            if src and inline.safe_url(src) and not self.hidden:
                self.flush()
                self.pieces.append(Piece(inline.escape(alt), BlockKind.IMAGE, image_url=src))
            elif alt:
                self.words.append(inline.escape(alt))

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _HEADINGS:
            self.flush(BlockKind.HEADING, self.heading)
            self.heading = 0
        elif tag in ("ul", "ol"):
            self.flush(BlockKind.LIST_ITEM, max(0, self.lists - 1))
            self.lists = max(0, self.lists - 1)
        elif tag == "li":
            self.flush(BlockKind.LIST_ITEM if self.lists else BlockKind.PARAGRAPH, max(0, self.lists - 1))
        elif tag == "blockquote":
            self.flush()
            self.quote = max(0, self.quote - 1)
        elif tag in _BLOCKS:
            self.flush(BlockKind.LIST_ITEM if self.lists else BlockKind.PARAGRAPH, max(0, self.lists - 1))
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and not self.hidden:
                self.words.append(f"]({href})")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.words.append(inline.escape(data))


def read(html: str) -> list[Piece]:
    """The pieces of text in an HTML fragment, in reading order."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader.flush()
    return [p for p in reader.pieces if p.kind is BlockKind.IMAGE or p.text.strip("[]() ")]
