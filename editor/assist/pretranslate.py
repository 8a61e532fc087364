"""Pre-translation: one loop for the window and the command line.

The loop reads a snapshot of the blocks (so it may run on a worker thread), calls
a translate function per block, reports progress and stops on cancel or on an error
that would fail every block alike (offline, a bad key). It returns what it got;
``as_edits`` turns that into machine drafts for the blocks still empty.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from editor.assist.mt import MTError
from editor.core import edits
from editor.core.language import block_language
from editor.core.model import Article

STOPPING = ("offline", "bad_key", "cancelled")

Translate = Callable[["Todo", dict[str, str], threading.Event | None], str]
"""(the block, the drafts made so far in this run by block id, cancel event) -> Japanese text;
raises MTError."""


@dataclass(frozen=True)
class Todo:
    block_id: str
    index: int
    """1-based position of the block in the article, for messages."""
    source: str
    lang: str


@dataclass
class Outcome:
    todo: int
    translated: dict[str, str] = field(default_factory=dict)
    failures: list[tuple[Todo, MTError]] = field(default_factory=list)
    left: int = 0
    """Blocks not tried because the run was cancelled or stopped early."""

    @property
    def stopped_by(self) -> str | None:
        """The error kind that stopped the run early, if one did."""
        if self.failures and self.failures[-1][1].kind in STOPPING:
            return self.failures[-1][1].kind
        return None


def todo(article: Article) -> list[Todo]:
    """Blocks with no translation yet, as plain values a thread can own."""
    return [
        Todo(b.id, article.index_of(b.id) + 1, b.source, block_language(article, b))
        for b in article.untranslated()  # an image's caption or alt text too
    ]


def run(
    items: list[Todo],
    translate: Translate,
    *,
    on_progress: Callable[[int, Todo, str | None], None] | None = None,
    cancel: threading.Event | None = None,
) -> Outcome:
    """Translate ``items`` in order; ``on_progress(n, item, error)`` after each one."""
    out = Outcome(len(items))
    for n, item in enumerate(items, 1):
        if cancel is not None and cancel.is_set():
            out.left = len(items) - n + 1
            break
        try:
            out.translated[item.block_id] = translate(item, out.translated, cancel)
            error = None
        except MTError as e:
            out.failures.append((item, e))
            error = str(e)
        if on_progress is not None:
            on_progress(n, item, error)
        if out.stopped_by:
            out.left = len(items) - n
            break
    return out


def as_edits(article: Article, outcome: Outcome) -> list[edits.Splice]:
    """Machine drafts for translated blocks that still exist and are still empty."""
    present = {b.id: b for b in article.blocks}
    return [
        edits.machine_draft(article, block_id, text)
        for block_id, text in outcome.translated.items()
        if block_id in present and not present[block_id].draft.strip()
    ]
