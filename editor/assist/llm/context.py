"""What one translation request carries: the block and the article around it.

Built from plain values (a ``View`` of the article taken on the GUI thread), so it can be
made on a worker thread while the translator keeps typing. The stores are read here: the
glossary entries whose term occurs in the block, the memory's best matches (75 % or better).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from editor.assist.glossary import Term
from editor.core import inline
from editor.core.language import block_language
from editor.core.model import Article, BlockKind

MIN_MEMORY = 75.0
BEFORE, AFTER = 2, 1


@dataclass(frozen=True)
class Piece:
    """One block as the request sees it."""

    id: str
    source: str
    draft: str = ""
    kind: str = "paragraph"
    quote_of: str | None = None
    """None for a block not quoted; else who is quoted ("" when the post does not say)."""
    lang: str = ""
    level: int = 0
    aside: bool = False
    """Omitted from the post, or gone from the updated source: never context for another block."""


@dataclass(frozen=True)
class View:
    """The article as plain values: what a worker thread may read while the window edits."""

    pieces: tuple[Piece, ...]
    title: str = ""
    title_ja: str = ""
    blog: str = ""
    author: str = ""
    summary: tuple[str, ...] = ()

    def index(self, block_id: str) -> int:
        for i, p in enumerate(self.pieces):
            if p.id == block_id:
                return i
        raise KeyError(block_id)


def view(article: Article) -> View:
    pieces = []
    for b in article.blocks:
        if not b.source.strip():
            continue
        who = None
        if b.is_quote:
            who = b.attribution.name if b.attribution is not None else ""
        lang = block_language(article, b)
        pieces.append(Piece(b.id, b.source, b.draft, str(b.kind), who, lang, b.level, b.omit or b.removed))
    summary = tuple(f"{p.label}: {p.text}" if p.label else p.text for p in article.summary if p.text.strip())
    return View(
        tuple(pieces),
        article.source_title,
        article.title,
        article.site_name or article.site_label,
        article.author,
        summary,
    )


@dataclass(frozen=True)
class Example:
    score: float
    source: str
    target: str


@dataclass(frozen=True)
class Request:
    """Everything one block's translation is asked with."""

    block: Piece
    before: tuple[Piece, ...] = ()
    after: tuple[Piece, ...] = ()
    title: str = ""
    title_ja: str = ""
    blog: str = ""
    author: str = ""
    summary: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    examples: tuple[Example, ...] = ()
    guide: tuple[str, ...] = field(default=())
    """The blog's style, as instructions (``prompt.guide``)."""


class TermSource(Protocol):
    def find(self, text: str) -> list: ...  # type: ignore[type-arg]


class MemorySource(Protocol):
    def lookup(self, source: str, source_lang: str, target_lang: str = "ja", limit: int = 3) -> list: ...  # type: ignore[type-arg]


def build(
    article: View,
    block_id: str,
    *,
    drafts: dict[str, str] | None = None,
    glossary: TermSource | None = None,
    memory: MemorySource | None = None,
    guide: tuple[str, ...] = (),
) -> Request:
    """The request for one block; ``drafts`` are translations made since the view was taken
    (earlier blocks of a pre-translation run)."""
    made = drafts or {}
    i = article.index(block_id)

    def with_draft(p: Piece) -> Piece:
        draft = made.get(p.id) or p.draft
        return p if draft == p.draft else Piece(p.id, p.source, draft, p.kind, p.quote_of, p.lang, p.level)

    block = article.pieces[i]
    earlier = [p for p in article.pieces[max(0, i - 3 * BEFORE) : i] if not p.aside]
    later = [p for p in article.pieces[i + 1 : i + 1 + 3 * AFTER] if not p.aside]
    before = tuple(with_draft(p) for p in earlier[-BEFORE:])
    after = tuple(Piece(p.id, p.source, "", p.kind, p.quote_of, p.lang, p.level) for p in later[:AFTER])
    plain = inline.to_plain(block.source)
    terms: dict[str, Term] = {}
    if glossary is not None:
        for hit in glossary.find(plain):
            terms.setdefault(hit.term.source.casefold(), hit.term)
    examples: list[Example] = []
    if memory is not None:
        for m in memory.lookup(block.source, block.lang or "en"):
            if m.score >= MIN_MEMORY:
                examples.append(Example(float(m.score), m.unit.source, m.unit.target))
    return Request(
        block,
        before,
        after,
        article.title,
        article.title_ja,
        article.blog,
        article.author,
        article.summary,
        tuple(terms.values()),
        tuple(examples),
        guide,
    )


def is_heading(kind: str) -> bool:
    return kind == BlockKind.HEADING
