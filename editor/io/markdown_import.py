"""Markdown files, read with a real CommonMark parser (markdown-it-py).

Headings, paragraphs, block quotes (nested ones flattened into their group),
lists, links, emphasis and images become blocks; YAML front matter gives
the title, author, date and URL when present.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import yaml
from markdown_it import MarkdownIt

from editor.core import inline
from editor.core.messages import Msg
from editor.core.model import Article, Block, BlockKind, new_id
from editor.io import html_blocks, safe_yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


MAX_CONTAINERS = 40
"""Quote and list markers kept at the start of a line; deeper nesting is flattened."""
MAX_INDENT = 120
_CONTAINER = re.compile(r"[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?")


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 4 * MAX_CONTAINERS + 40}).enable("table")
    return md


def flatten(body: str) -> tuple[str, int]:
    """Cut nesting the parser cannot hold (it would drop the text silently) down to
    ``MAX_CONTAINERS`` markers and ``MAX_INDENT`` columns per line; how many lines changed."""
    out, changed = [], 0
    for line in body.split("\n"):
        pos, markers = 0, 0
        while True:
            m = _CONTAINER.match(line, pos)
            if not m or m.end() == pos:
                break
            markers += 1
            if markers > MAX_CONTAINERS:
                line = line[:pos] + line[m.end() :]
                changed += 1
                continue
            pos = m.end()
        indent = len(line) - len(line.lstrip(" \t"))
        if indent > MAX_INDENT:
            line = " " * MAX_INDENT + line.lstrip(" \t")
            changed += 1
        out.append(line)
    return "\n".join(out), changed


def render_inline(children: list[Any]) -> str:
    """Inline tokens back to normalised inline Markdown (links resolved)."""
    out: list[str] = []
    for t in children:
        if t.type == "text":
            out.append(inline.escape(t.content))
        elif t.type == "softbreak":
            out.append(" ")
        elif t.type == "hardbreak":
            out.append("\n")
        elif t.type in ("em_open", "em_close"):
            out.append("*")
        elif t.type in ("strong_open", "strong_close"):
            out.append("**")
        elif t.type == "code_inline":
            fence = "``" if "`" in t.content else "`"
            pad = " " if t.content.startswith("`") or t.content.endswith("`") else ""
            out.append(f"{fence}{pad}{t.content}{pad}{fence}")
        elif t.type == "link_open":
            out.append("[" if inline.safe_url(str(t.attrs.get("href", ""))) else "")
        elif t.type == "link_close":
            href = t.meta.get("href", "")
            out.append("](" + _link_target(href) + ")" if inline.safe_url(href) else "")
        elif t.type == "image":
            alt = inline.escape(inline.plain_of(t.children or []))
            src = str(t.attrs.get("src", ""))
            out.append(f"![{alt}]({_link_target(src)})" if inline.safe_url(src) else alt)
        elif t.type == "html_inline":
            out.append(inline.escape(t.content))
    return "".join(out).strip()


def _link_target(url: str) -> str:
    url = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return url


def _fix_link_closes(children: list[Any]) -> list[Any]:
    """Remember each link's href on its closing token, for render_inline."""
    stack: list[str] = []
    for t in children:
        if t.type == "link_open":
            stack.append(str(t.attrs.get("href", "")))
        elif t.type == "link_close":
            t.meta = dict(t.meta or {}, href=stack.pop() if stack else "")
    return children


def _front_matter(text: str, article: Article) -> str:
    m = _FRONT_MATTER.match(text)
    if not m:
        return text
    try:  # BaseLoader reads every value as text: "date: 2026-13-45" is a string, not a crash
        data = safe_yaml.load(m.group(1), typed=False)
    except yaml.YAMLError:
        return text
    if not isinstance(data, dict):
        return text
    lower = {str(k).lower(): v for k, v in data.items()}

    def pick(*keys: str) -> str:
        for k in keys:
            v = lower.get(k)
            if isinstance(v, datetime | date):
                return v.isoformat()
            if v is not None and not isinstance(v, dict | list):
                return str(v).strip()
        return ""

    article.source_title = pick("title")
    article.author = pick("author", "by")
    article.published = pick("date", "published")
    article.source_url = pick("url", "source", "link", "canonical_url")
    article.site_name = pick("site", "site_name")
    return text[m.end() :]


class _Walker:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.quote_depth = 0
        self.group: str | None = None
        self.lists: list[bool] = []  # ordered?
        self.heading_level = 0
        self.in_table_row = False
        self.row: list[str] = []

    def add(self, source: str, kind: BlockKind, **extra: Any) -> None:
        if not source.strip() and kind is not BlockKind.IMAGE:
            return
        if self.quote_depth:
            if kind is BlockKind.LIST_ITEM:
                source = ("1. " if self.lists and self.lists[-1] else "- ") + source
            kind = BlockKind.QUOTE
            extra = {k: v for k, v in extra.items() if k == "image_url"}
        block = Block(source, kind=kind, quote_group=self.group if self.quote_depth else None)
        for key, value in extra.items():
            setattr(block, key, value)
        if block.kind is BlockKind.IMAGE and block.quote_group is not None:
            block.quote_group = None
        self.article.blocks.append(block)

    def inline(self, token: Any) -> None:
        children = _fix_link_closes(token.children or [])
        if self.in_table_row:
            self.row.append(render_inline(children))
            return
        if self.heading_level:
            self.add(render_inline(children), BlockKind.HEADING, level=self.heading_level)
            return
        images = [c for c in children if c.type == "image"]
        rest = [c for c in children if c.type not in ("image", "softbreak") and c.content.strip()]
        if images and not rest and not self.quote_depth:
            for img in images:
                alt = inline.escape(inline.plain_of(img.children or []))
                self.add(alt, BlockKind.IMAGE, image_url=str(img.attrs.get("src", "")))
            return
        text = render_inline(children)
        if self.lists:
            self.add(text, BlockKind.LIST_ITEM, level=len(self.lists) - 1, ordered=self.lists[-1])
        else:
            self.add(text, BlockKind.PARAGRAPH)

    def html(self, content: str) -> None:
        """A raw HTML block: its text, not dropped (a quote inside it a quote of its own)."""
        group: str | None = None
        for piece in html_blocks.read(content):
            if piece.quoted and not self.quote_depth:
                group = group or new_id()
                self.article.blocks.append(Block(piece.text, kind=BlockKind.QUOTE, quote_group=group))
                continue
            group = None
            if piece.kind is BlockKind.IMAGE:
                self.add(piece.text, BlockKind.IMAGE, image_url=piece.image_url)
            elif piece.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM):
                self.add(piece.text, piece.kind, level=piece.level)
            else:
                self.add(piece.text, BlockKind.PARAGRAPH)

    def walk(self, tokens: list[Any]) -> None:
        for t in tokens:
            kind = t.type
            if kind == "blockquote_open":
                if self.quote_depth == 0:
                    self.group = new_id()
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append(kind == "ordered_list_open")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "heading_open":
                self.heading_level = int(t.tag[1:])
            elif kind == "heading_close":
                self.heading_level = 0
            elif kind == "tr_open":
                self.in_table_row, self.row = True, []
            elif kind == "tr_close":
                self.in_table_row = False
                self.add(" | ".join(self.row), BlockKind.OTHER)
            elif kind == "inline":
                self.inline(t)
            elif kind == "html_block":
                self.html(t.content)
            elif kind in ("fence", "code_block"):
                code = t.content.rstrip("\n")
                fence = "``" if "`" in code else "`"
                for line in code.split("\n"):
                    if line.strip():
                        self.add(f"{fence} {line} {fence}", BlockKind.OTHER)


def import_markdown(text: str) -> Article:
    article = Article()
    body = _front_matter(text.replace("\r\n", "\n"), article)
    body, flattened = flatten(body)
    if flattened:
        article.import_notes.append(
            Msg(
                "{lines} line(s) nested deeper than Tsuji reads ({levels} quote or list levels, {columns} "
                "columns of indentation) were flattened so that no text is lost",
                lines=flattened,
                levels=MAX_CONTAINERS,
                columns=MAX_INDENT,
            )
        )
    _Walker(article).walk(_parser().parse(body))
    first = article.blocks[0] if article.blocks else None
    if first is not None and first.kind is BlockKind.HEADING and first.level == 1:
        heading = inline.to_plain(first.source)
        if article.source_title in ("", heading):
            article.source_title = heading
            del article.blocks[0]
    return article
