"""Plain text: paragraphs split on blank lines, ``>`` lines as quotes."""

from __future__ import annotations

import re

from editor.core import inline
from editor.core.model import Article, Block, BlockKind, new_id

_QUOTE = re.compile(r"^\s{0,3}>\s?")
_SENTENCE_END = re.compile(r"[.!?:;。！？」』\"”]\s*$")


def _paragraphs(lines: list[str]) -> list[str]:
    return [" ".join(p.split()) for p in "\n".join(lines).split("\n\n") if p.strip()]


def import_text(text: str) -> Article:
    article = Article()
    chunks: list[tuple[bool, list[str]]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        quoted = bool(_QUOTE.match(line))
        body = _QUOTE.sub("", line, count=1) if quoted else line
        if not line.strip():
            if chunks and not chunks[-1][0]:
                chunks[-1][1].append("")
            elif chunks:
                chunks.append((False, [""]))
            continue
        if chunks and chunks[-1][0] == quoted:
            chunks[-1][1].append(body)
        else:
            chunks.append((quoted, [body]))

    for quoted, lines in chunks:
        paras = _paragraphs(lines)
        group = new_id() if quoted else None
        for para in paras:
            kind = BlockKind.QUOTE if quoted else BlockKind.PARAGRAPH
            article.blocks.append(Block(inline.escape(para), kind=kind, quote_group=group))

    _take_title(article)
    return article


def _take_title(article: Article) -> None:
    """A short first line with no closing punctuation is the article's title."""
    if len(article.blocks) < 2:
        return
    first = article.blocks[0]
    plain = inline.to_plain(first.source)
    if first.kind is BlockKind.PARAGRAPH and len(plain) <= 150 and not _SENTENCE_END.search(plain):
        article.source_title = plain
        del article.blocks[0]
