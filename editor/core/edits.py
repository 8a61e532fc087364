"""Reversible edits of an article.

Every change the window makes goes through one of these so that undo works
the same way for all of them. A block edit is a *splice*: the run of blocks
``blocks[start:start+len(before)]`` is replaced by ``after``. Typing, tagging
quotes, merging, splitting, moving and omitting are all splices, which keeps
revert trivially correct and ids stable (a block keeps its id; a split's new
block gets an id once, when the edit is built, and keeps it on every redo).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from editor.core.messages import Msg
from editor.core.model import (
    ARTICLE_META_FIELDS,
    Article,
    Block,
    BlockKind,
    ExportRecord,
    Status,
    SummaryPoint,
    new_id,
)

_STATUS_ORDER = [Status.UNTRANSLATED, Status.MACHINE, Status.DRAFT, Status.DONE]


class EditError(ValueError):
    """An edit that cannot be made (no next block to merge with, ...)."""


def _clone(block: Block) -> Block:
    return copy.deepcopy(block)


@dataclass
class Splice:
    """Blocks ``before`` from ``start`` replaced by blocks ``after`` (split, join, insert, delete…)."""

    name: str
    start: int
    before: list[Block]
    after: list[Block]

    def apply(self, article: Article) -> None:
        end = self.start + len(self.before)
        article.blocks[self.start : end] = [_clone(b) for b in self.after]

    def revert(self, article: Article) -> None:
        end = self.start + len(self.after)
        article.blocks[self.start : end] = [_clone(b) for b in self.before]


@dataclass
class MetaEdit:
    """A change of article metadata or of the summary."""

    name: str
    before: dict[str, Any]
    after: dict[str, Any] = field(default_factory=dict)

    def apply(self, article: Article) -> None:
        for key, value in self.after.items():
            setattr(article, key, copy.deepcopy(value))

    def revert(self, article: Article) -> None:
        for key, value in self.before.items():
            setattr(article, key, copy.deepcopy(value))


Edit = Splice | MetaEdit

META_FIELDS = ARTICLE_META_FIELDS


def _splice(article: Article, name: str, start: int, count: int, after: list[Block]) -> Splice:
    before = [_clone(b) for b in article.blocks[start : start + count]]
    return Splice(name, start, before, after)


def edit_draft(article: Article, block_id: str, text: str, *, keep_done: bool = False) -> Splice:
    """New draft text; an untranslated or machine block becomes a draft.

    A changed done block needs confirming again, unless ``keep_done`` (a replace-all
    of a name, say, where the translator chose to keep confirmed blocks confirmed).
    """
    i = article.index_of(block_id)
    old = article.blocks[i]
    status = old.status
    keep = keep_done and status is Status.DONE
    if text.strip() and not keep and (status is not Status.DONE or text != old.draft):
        status = Status.DRAFT
    if not text.strip():
        status = Status.UNTRANSLATED
    return _splice(article, "Edit translation", i, 1, [replace(old, draft=text, status=status)])


def machine_draft(article: Article, block_id: str, text: str) -> Splice:
    """A machine translation as the draft, marked as machine until the translator edits or confirms it."""
    i = article.index_of(block_id)
    return _splice(
        article, "Machine translation", i, 1, [replace(article.blocks[i], draft=text, status=Status.MACHINE)]
    )


def set_status(article: Article, block_id: str, status: Status) -> Splice:
    i = article.index_of(block_id)
    name = "Mark done" if status is Status.DONE else f"Mark {status.value}"
    block = replace(article.blocks[i], status=status)
    if status is Status.DONE:  # the translator has seen the changed source
        block.previous_source = ""
    return _splice(article, name, i, 1, [block])


def update_source(article: Article, blocks: list[Block]) -> Splice:
    """The blocks after a source update (core/merge.py), as one undoable step."""
    return _splice(article, "Update source", 0, len(article.blocks), [_clone(b) for b in blocks])


def set_note(article: Article, block_id: str, note: str) -> Splice:
    i = article.index_of(block_id)
    return _splice(article, "Edit note", i, 1, [replace(article.blocks[i], note=note)])


def _contiguous(article: Article, block_ids: Iterable[str]) -> tuple[int, int]:
    indices = sorted(article.index_of(b) for b in block_ids)
    if not indices:
        raise EditError(Msg("no blocks selected"))
    return indices[0], indices[-1] + 1


def _regroup(blocks: Sequence[Block]) -> list[Block]:
    """Give each run of consecutive quote blocks a group of its own.

    Untagging the middle of a quote leaves two runs; the second one gets a
    fresh group so that the two export as separate blockquotes.
    """
    out = [_clone(b) for b in blocks]
    used: set[str] = set()
    i = 0
    while i < len(out):
        group = out[i].quote_group
        if group is None:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].quote_group == group:
            j += 1
        if group in used:
            group = new_id()
            for b in out[i:j]:
                b.quote_group = group
        used.add(group)
        i = j
    return out


def _group_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole quote groups at its edges."""
    blocks = article.blocks
    while start > 0 and blocks[start].quote_group is not None:
        if blocks[start - 1].quote_group != blocks[start].quote_group:
            break
        start -= 1
    while end < len(blocks) and blocks[end - 1].quote_group is not None:
        if blocks[end].quote_group != blocks[end - 1].quote_group:
            break
        end += 1
    return start, end


def set_quote(article: Article, block_ids: Iterable[str], quote: bool) -> Splice:
    """Tag the selected blocks as one quoted passage, or untag them."""
    sel_start, sel_end = _contiguous(article, block_ids)
    start, end = _group_span(article, sel_start, sel_end)
    after = [_clone(b) for b in article.blocks[start:end]]
    group = new_id()
    for b in after[sel_start - start : sel_end - start]:
        if quote:
            b.kind, b.quote_group = BlockKind.QUOTE, group
        else:
            b.kind, b.quote_group, b.attribution = BlockKind.PARAGRAPH, None, None
    name = "Tag as quote" if quote else "Untag quote"
    return _splice(article, name, start, end - start, _regroup(after))


def set_omit(article: Article, block_ids: Iterable[str], omit: bool) -> Splice:
    start, end = _contiguous(article, block_ids)
    chosen = set(block_ids)
    after = [replace(b, omit=omit) if b.id in chosen else _clone(b) for b in article.blocks[start:end]]
    return _splice(article, "Omit from export" if omit else "Include in export", start, end - start, after)


_CJK_RANGES = ((0x3000, 0x30FF), (0x3400, 0x9FFF), (0xFF00, 0xFFEF))
"""Japanese punctuation and kana, CJK ideographs, full-width forms: text ending in one of them
joins the next without a space. (A character class of these ranges takes 5 ms to compile, on
the window's start-up path.)"""


def _ends_cjk(text: str) -> bool:
    return bool(text) and any(lo <= ord(text[-1]) <= hi for lo, hi in _CJK_RANGES)


def _join(first: str, second: str) -> str:
    if not first.strip():
        return second
    if not second.strip():
        return first
    sep = "" if _ends_cjk(first.rstrip()) else " "
    return first.rstrip() + sep + second.lstrip()


def merge_with_next(article: Article, block_id: str) -> Splice:
    i = article.index_of(block_id)
    if i + 1 >= len(article.blocks):
        raise EditError(Msg("the last block has no next block to merge with"))
    first, second = article.blocks[i], article.blocks[i + 1]
    status = min(first.status, second.status, key=_STATUS_ORDER.index)
    note = "\n".join(n for n in (first.note, second.note) if n)
    merged = replace(
        first,
        source=_join(first.source, second.source),
        draft=_join(first.draft, second.draft),
        status=status,
        note=note,
        omit=first.omit and second.omit,
    )
    return _splice(article, "Merge blocks", i, 2, [merged])


def split_block(article: Article, block_id: str, source_pos: int, draft_pos: int) -> Splice:
    """Split a block in two: the source at ``source_pos``, the draft at ``draft_pos``."""
    i = article.index_of(block_id)
    block = article.blocks[i]
    if not 0 < source_pos < len(block.source):
        raise EditError(Msg("split inside the source text, not at its start or end"))
    if not 0 <= draft_pos <= len(block.draft):
        raise EditError(Msg("split position is outside the translation"))
    head_src, tail_src = block.source[:source_pos].rstrip(), block.source[source_pos:].lstrip()
    head_dr, tail_dr = block.draft[:draft_pos].rstrip(), block.draft[draft_pos:].lstrip()
    first = replace(block, source=head_src, draft=head_dr)
    second = replace(
        block,
        id=new_id(),
        source=tail_src,
        draft=tail_dr,
        note="",
        status=block.status if tail_dr else Status.UNTRANSLATED,
    )
    if not head_dr and first.status is not Status.UNTRANSLATED:
        first.status = Status.UNTRANSLATED
    return _splice(article, "Split block", i, 1, [first, second])


def move_block(article: Article, block_id: str, to_index: int) -> Splice:
    i = article.index_of(block_id)
    if not 0 <= to_index < len(article.blocks):
        raise EditError(Msg("cannot move a block past the ends of the article"))
    lo, hi = _group_span(article, min(i, to_index), max(i, to_index) + 1)
    run = [_clone(b) for b in article.blocks[lo:hi]]
    moved = run.pop(i - lo)
    run.insert(to_index - lo, moved)
    return _splice(article, "Move block", lo, hi - lo, _regroup(run))


def set_meta(article: Article, **values: Any) -> MetaEdit:
    unknown = set(values) - set(META_FIELDS)
    if unknown:
        raise EditError(Msg("not article metadata: {names}", names=", ".join(sorted(unknown))))
    before = {k: copy.deepcopy(getattr(article, k)) for k in values}
    return MetaEdit("Edit article details", before, dict(values))


def set_summary(article: Article, points: Sequence[SummaryPoint]) -> MetaEdit:
    before = {"summary": copy.deepcopy(article.summary)}
    return MetaEdit("Edit summary", before, {"summary": [copy.deepcopy(p) for p in points]})


def record_export(article: Article, profile_name: str, record: ExportRecord) -> MetaEdit:
    """Remember where a profile exported the article: undoable, and saved with the project."""
    before = {"exports": copy.deepcopy(article.exports)}
    after = copy.deepcopy(article.exports)
    after[profile_name] = copy.deepcopy(record)
    return MetaEdit("Export", before, {"exports": after})


def proof_fix(article: Article, field_name: str, block_id: str | None, point: int | None, text: str) -> Edit:
    """A proofreading fix of one text: the title, a summary point (1-based), a draft or a note.
    A done draft stays done: the translator chose the fix."""
    if field_name == "title":
        edit: Edit = set_meta(article, title=text)
    elif field_name in ("summary", "label") and point is not None and 0 < point <= len(article.summary):
        points = copy.deepcopy(article.summary)
        setattr(points[point - 1], "text" if field_name == "summary" else "label", text)
        edit = set_summary(article, points)
    elif field_name == "note" and block_id is not None:
        edit = set_note(article, block_id, text)
    elif field_name == "draft" and block_id is not None:
        edit = edit_draft(article, block_id, text, keep_done=True)
    else:
        raise EditError(Msg("nothing to fix in {field_name}", field_name=field_name))
    edit.name = "Proofreading fix"
    return edit


def ignore_finding(article: Article, block_id: str | None, key: str) -> Edit:
    """Ignore a proofreading finding in one block (or, with no block, in the title and summary)."""
    if block_id is None:
        before = list(article.proof_ignored)
        return MetaEdit("Ignore finding", {"proof_ignored": before}, {"proof_ignored": [*before, key]})
    i = article.index_of(block_id)
    old = article.blocks[i]
    return _splice(article, "Ignore finding", i, 1, [replace(old, proof_ignored=[*old.proof_ignored, key])])
