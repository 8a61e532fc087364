"""The translation document: an article, its summary and its blocks.

Plain dataclasses with no Qt and no disk knowledge. Source and draft texts
hold *inline* Markdown (links, emphasis, code), never block structure: the
block list is the structure.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from enum import StrEnum


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    IMAGE = "image"
    OTHER = "other"


class Status(StrEnum):
    UNTRANSLATED = "untranslated"
    MACHINE = "machine"
    DRAFT = "draft"
    DONE = "done"


def new_id() -> str:
    """A short random id; stable for the life of a block, unique in practice."""
    return os.urandom(6).hex()  # 48 random bits (importing uuid costs 4 ms at start-up)


@dataclass
class Attribution:
    """Who a quoted passage is from (shown under the blockquote)."""

    name: str = ""
    url: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.url)


@dataclass
class Block:
    """One paragraph, heading, list item, quote paragraph or image of the article, with its translation."""

    source: str
    kind: BlockKind = BlockKind.PARAGRAPH
    draft: str = ""
    status: Status = Status.UNTRANSLATED
    id: str = field(default_factory=new_id)
    quote_group: str | None = None
    attribution: Attribution | None = None
    omit: bool = False
    note: str = ""
    level: int = 0
    """Heading level (1-6) for headings; nesting depth for list items."""
    ordered: bool = False
    """For list items: numbered rather than bulleted."""
    image_url: str = ""
    lang: str | None = None
    """The block's own language, only where it differs from the article's."""
    proof_ignored: list[str] = field(default_factory=list)
    """Proofreading findings the translator ignored in this block: ``rule:words`` keys, or rule ids."""
    previous_source: str = ""
    """The source before an update changed it, until the translator confirms the block again."""
    removed: bool = False
    """The updated source no longer has this paragraph: kept with its draft, omitted from export."""

    @property
    def is_quote(self) -> bool:
        return self.quote_group is not None

    @property
    def needs_translation(self) -> bool:
        """An image needs translating when it has words (its caption or alt text: the reader sees
        them); omitted blocks are not exported."""
        if self.omit:
            return False
        return self.kind is not BlockKind.IMAGE or bool(self.source.strip())


@dataclass
class SummaryPoint:
    """One point of the post's summary (要約): a short label and its sentence."""

    label: str = ""
    text: str = ""


@dataclass
class ExportRecord:
    """Where this article was last exported, so a re-export updates that file."""

    path: str = ""
    profile: str = ""
    post_date: str = ""
    sha256: str = ""
    """Of the whole file as Tsuji wrote it."""
    body_sha256: str = ""
    """Of the body alone, normalised (io.frontmatter.body_hash): survives blogsync's rewrites."""
    edit_url: str = ""
    """blogsync's EditURL, once the post has been pushed: finds the entry wherever it moved."""
    url: str = ""
    """The published post's address (blogsync's URL)."""
    preview_url: str = ""
    """blogsync's PreviewURL (a draft's preview on the blog)."""


@dataclass
class Article:
    """The source article as imported, its blocks with their translations, and the post's metadata."""

    source_url: str = ""
    site_name: str = ""
    site_label: str = ""
    author: str = ""
    published: str = ""
    """Publication date of the source post, ISO 8601 (YYYY-MM-DD or a full timestamp)."""
    source_lang: str = ""
    source_title: str = ""
    title: str = ""
    """The Japanese title."""
    categories: list[str] = field(default_factory=list)
    custom_path: str = ""
    """The post's URL path on the blog (blogsync's CustomPath), e.g. ``2026/03/port-talks``."""
    summary: list[SummaryPoint] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    exports: dict[str, ExportRecord] = field(default_factory=dict)
    """Keyed by profile name."""
    proof_ignored: list[str] = field(default_factory=list)
    """Proofreading findings ignored in the title and summary."""
    import_notes: list[str] = field(default_factory=list, compare=False, repr=False)
    """What an importer changed to keep all the text (not saved): shown to the user once."""

    def index_of(self, block_id: str) -> int:
        for i, block in enumerate(self.blocks):
            if block.id == block_id:
                return i
        raise KeyError(block_id)

    def block(self, block_id: str) -> Block:
        return self.blocks[self.index_of(block_id)]

    def untranslated(self) -> list[Block]:
        return [
            b
            for b in self.blocks
            if b.needs_translation and (b.status is Status.UNTRANSLATED or not b.draft.strip())
        ]


ARTICLE_TEXT_FIELDS = tuple(f.name for f in fields(Article) if f.type == "str")
"""The article's details that are one text each (source URL, site, author, dates, titles, path)."""
ARTICLE_META_FIELDS = (*ARTICLE_TEXT_FIELDS, "categories")
"""The details an edit may set (``edits.set_meta``) and the project file keeps under "article"."""
