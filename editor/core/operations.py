"""Operations over a whole article that return edits: the window and the CLI share them.

Each returns edits (or plain values) and changes nothing itself; the caller applies
the edits, through the undo stack in the window or directly on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from editor.core import edits, inline
from editor.core.model import Article, Status

if TYPE_CHECKING:
    from editor.core.search import Query


def replace_all(
    article: Article, q: Query, replacement: str, *, keep_done: bool = True
) -> list[edits.Splice]:
    """One edit per draft that changes; done blocks stay done unless ``keep_done`` is False."""
    from editor.core.search import replace_in  # not at start-up: the status bar imports this module

    out = []
    for block in article.blocks:
        new = replace_in(block.draft, q, replacement)
        if new != block.draft:
            out.append(edits.edit_draft(article, block.id, new, keep_done=keep_done))
    return out


def split_point(source: str, draft_pos: int, draft_len: int) -> int:
    """Where to cut the source: the sentence end nearest the draft's proportion."""
    if len(source) < 2:
        return 1
    target = round(len(source) * (draft_pos / draft_len)) if draft_len else len(source) // 2
    ends = [i + 1 for i, ch in enumerate(source[:-1]) if ch in ".!?;:" and source[i + 1] == " "]
    best = min(ends, key=lambda i: abs(i - target)) if ends else target
    return max(1, min(len(source) - 1, best))


def split(article: Article, block_id: str, draft_pos: int) -> edits.Splice:
    """Split a block at a draft position, cutting the source at the matching sentence end."""
    block = article.block(block_id)
    source_pos = split_point(block.source, draft_pos, len(block.draft))
    return edits.split_block(article, block_id, source_pos, draft_pos)


@dataclass(frozen=True)
class Progress:
    """How far the translation is: blocks done of those to translate, and the text's size."""

    done: int
    total: int
    draft_chars: int
    """Characters of the Japanese drafts, without spaces or markup."""
    source_words: int

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total if self.total else 0


def progress(article: Article) -> Progress:
    """Counted again after every change the window commits: each text's count is remembered,
    so a long post costs a lookup a block, not a reading of all its text (57 ms for 5,000)."""
    blocks = [b for b in article.blocks if b.needs_translation]
    return Progress(
        done=sum(1 for b in blocks if b.status is Status.DONE),
        total=len(blocks),
        draft_chars=sum(_chars(b.draft) for b in blocks),
        source_words=sum(_words(b.source) for b in blocks),
    )


@lru_cache(maxsize=1 << 15)
def _chars(text: str) -> int:
    return len("".join(inline.rough_plain(text).split()))


@lru_cache(maxsize=1 << 15)
def _words(text: str) -> int:
    return len(inline.rough_plain(text).split())
