"""Merging a re-imported source into a project: the source post changed after import.

The old blocks and the new ones are aligned by their texts, not their positions: first the
blocks whose text is unchanged and found once on each side anchor the alignment; between two
anchors, dynamic programming chooses among one-to-one (kept or changed), two-to-one (merged),
one-to-two (split), one-to-none (removed) and none-to-one (added), scoring each by how alike the
texts are (rapidfuzz). Blocks left over on both sides that are nearly the same text moved.

What each outcome does to the translation:

- unchanged: the block keeps its draft and status;
- changed: it keeps its draft, loses "done", and remembers the old source (``previous_source``)
  so the window can show the words that differ;
- added: a new, untranslated block at its place;
- removed: kept with its draft, marked ``removed`` and omitted from the export;
- split / merged: the drafts follow (split at the sentence nearest the source's split point,
  merged joined), marked changed.

Structure (kinds, quote groups, levels, images) always follows the new source.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from editor.core import inline
from editor.core.messages import Msg
from editor.core.model import Article, Block, Status

MATCH = 0.55
"""Below this likeness two texts are not the same paragraph."""
MOVED = 0.9
SAME_ARTICLE = 0.3
"""At least this share of the old paragraphs must be found again, or the title must match."""


class UpdateRefused(ValueError):
    """The new page is not the same article: nothing was changed."""


@dataclass
class Report:
    kept: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    split: int = 0
    merged: int = 0
    moved: int = 0
    changed_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "changed_ids"}

    @property
    def nothing(self) -> bool:
        return not (self.changed or self.added or self.removed or self.split or self.merged or self.moved)


def norm(text: str) -> str:
    plain = unicodedata.normalize("NFKC", inline.to_plain(text))
    return re.sub(r"\s+", " ", plain).strip().casefold()


def likeness(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return float(fuzz.ratio(a, b)) / 100.0


# --- alignment ------------------------------------------------------------------------------

Pair = tuple[tuple[int, ...], tuple[int, ...]]
"""Old indexes and new indexes aligned together: (i,), (j,) is one-to-one; (), (j,) is added."""


def _anchors(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    counts_old: dict[str, int] = {}
    counts_new: dict[str, int] = {}
    for t in old:
        counts_old[t] = counts_old.get(t, 0) + 1
    for t in new:
        counts_new[t] = counts_new.get(t, 0) + 1
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out = []
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            t = old[a + k]
            if t and counts_old[t] == 1 and counts_new.get(t) == 1:
                out.append((a + k, b + k))
    return out


def _gap(old: list[str], new: list[str], i0: int, i1: int, j0: int, j1: int) -> list[Pair]:
    """The best alignment of old[i0:i1] with new[j0:j1] (dynamic programming)."""
    n, m = i1 - i0, j1 - j0
    if n * m > 250_000:  # a rewrite of thousands of paragraphs at once: position by position
        return (
            [((i0 + k,), (j0 + k,)) for k in range(min(n, m))]
            + [((i0 + k,), ()) for k in range(min(n, m), n)]
            + [((), (j0 + k,)) for k in range(min(n, m), m)]
        )
    neg = -1e9
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    move: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0

    def score(di: int, dj: int, i: int, j: int) -> float:
        if di == 0 or dj == 0:
            return 0.0
        a = " ".join(old[i0 + i - di + k] for k in range(di))
        b = " ".join(new[j0 + j - dj + k] for k in range(dj))
        s = likeness(a, b)
        if s < MATCH:
            return neg
        return (s - MATCH) * (di + dj) - (0.02 if di + dj > 2 else 0.0)

    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            for di, dj in ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2)):
                if di > i or dj > j or best[i - di][j - dj] == neg:
                    continue
                value = best[i - di][j - dj] + score(di, dj, i, j)
                if value > best[i][j]:
                    best[i][j] = value
                    move[i][j] = (di, dj)
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        di, dj = move[i][j]
        pairs.append((tuple(i0 + i - di + k for k in range(di)), tuple(j0 + j - dj + k for k in range(dj))))
        i, j = i - di, j - dj
    pairs.reverse()
    return pairs


def align(old: list[str], new: list[str]) -> list[Pair]:
    """Every old and every new index, in the order of the new text (removed ones in place)."""
    pairs: list[Pair] = []
    i = j = 0
    for a, b in [*_anchors(old, new), (len(old), len(new))]:
        pairs.extend(_gap(old, new, i, a, j, b))
        if a < len(old) and b < len(new):
            pairs.append(((a,), (b,)))
        i, j = a + 1, b + 1
    return _moves(old, new, pairs)


def _moves(old: list[str], new: list[str], pairs: list[Pair]) -> list[Pair]:
    """A removed paragraph and an added one that are nearly the same text: it moved."""
    removed = [k for k, (o, n) in enumerate(pairs) if o and not n]
    added = [k for k, (o, n) in enumerate(pairs) if n and not o]
    taken: set[int] = set()
    for ka in added:
        j = pairs[ka][1][0]
        scored = [(likeness(old[pairs[kr][0][0]], new[j]), kr) for kr in removed if kr not in taken]
        if not scored:
            break
        s, kr = max(scored)
        if s >= MOVED:
            taken.add(kr)
            pairs[ka] = (pairs[kr][0], pairs[ka][1])
    return [p for k, p in enumerate(pairs) if k not in taken]


# --- merging --------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[。！？!?])")


def _split_draft(draft: str, share: float) -> tuple[str, str]:
    """The draft cut at the sentence end nearest ``share`` of its length."""
    cuts = [m.start() for m in _SENTENCE_END.finditer(draft) if 0 < m.start() < len(draft)]
    if not cuts:
        return draft, ""
    target = share * len(draft)
    cut = min(cuts, key=lambda c: abs(c - target))
    return draft[:cut].strip(), draft[cut:].strip()


def _structure(new: Block) -> dict[str, Any]:
    return {
        "source": new.source,
        "kind": new.kind,
        "quote_group": new.quote_group,
        "attribution": new.attribution,
        "level": new.level,
        "ordered": new.ordered,
        "image_url": new.image_url,
        "lang": new.lang,
        "removed": False,
    }


def _changed(block: Block, old_source: str) -> Block:
    status = block.status
    if block.draft.strip():
        status = Status.DRAFT if status is Status.DONE else status
    return replace(block, status=status, previous_source=block.previous_source or old_source)


def merge(old: Article, new: Article) -> tuple[list[Block], Report]:
    """The project's blocks after the source was updated to ``new``; raises UpdateRefused when
    ``new`` is not the same article."""
    old_blocks = [b for b in old.blocks]
    old_text = [norm(b.source) for b in old_blocks]
    new_text = [norm(b.source) for b in new.blocks]
    pairs = align(old_text, new_text)
    _refuse_other_article(old, new, pairs, old_text, new_text)
    report = Report()
    out: list[Block] = []
    furthest = -1
    for olds, news in pairs:
        if olds and news and olds[0] < furthest:
            report.moved += 1
        furthest = max([furthest, *olds])
        if not olds:  # added
            out.append(replace(new.blocks[news[0]], status=Status.UNTRANSLATED, draft=""))
            report.added += 1
            continue
        if not news:  # removed: kept, marked, omitted
            b = old_blocks[olds[0]]
            if b.removed:
                out.append(b)
            else:
                out.append(replace(b, removed=True, omit=True))
                report.removed += 1
            continue
        if len(olds) == 1 and len(news) == 1:
            b, nb = old_blocks[olds[0]], new.blocks[news[0]]
            block = replace(b, **_structure(nb), omit=b.omit and not b.removed)
            if old_text[olds[0]] == new_text[news[0]]:
                report.kept += 1
            else:
                block = _changed(block, b.source)
                report.changed += 1
                report.changed_ids.append(block.id)
            out.append(block)
            continue
        if len(olds) == 2:  # merged
            a, b = old_blocks[olds[0]], old_blocks[olds[1]]
            draft = "\n".join(t for t in (a.draft.strip(), b.draft.strip()) if t)
            note = "\n".join(t for t in (a.note.strip(), b.note.strip()) if t)
            block = replace(a, **_structure(new.blocks[news[0]]), draft=draft, note=note)
            block = _changed(block, a.source + "\n\n" + b.source)
            out.append(block)
            report.merged += 1
            report.changed_ids.append(block.id)
            continue
        b = old_blocks[olds[0]]  # split in two
        first, second = new.blocks[news[0]], new.blocks[news[1]]
        share = len(first.source) / max(1, len(first.source) + len(second.source))
        d1, d2 = _split_draft(b.draft, share)
        one = _changed(replace(b, **_structure(first), draft=d1), b.source)
        two = _changed(
            replace(second, draft=d2, status=Status.DRAFT if d2 else Status.UNTRANSLATED), b.source
        )
        out += [one, two]
        report.split += 1
        report.changed_ids += [one.id, two.id]
    return out, report


def _refuse_other_article(old: Article, new: Article, pairs: list[Pair], a: list[str], b: list[str]) -> None:
    texts = [t for t in a if t]
    if not texts:
        return
    found = sum(1 for olds, news in pairs if olds and news for i in olds if a[i])
    title = likeness(norm(old.source_title), norm(new.source_title)) if old.source_title else 0.0
    if found / len(texts) >= SAME_ARTICLE or (title >= 0.8 and found):
        return
    raise UpdateRefused(
        Msg(
            "the new page is not the same article: its title is “{new_title}” (the project's is "
            "“{old_title}”) and {found} of {paragraphs} paragraphs were found in it. Nothing was changed.",
            new_title=new.source_title or "(none)",
            old_title=old.source_title or "(none)",
            found=found,
            paragraphs=len(texts),
        )
    )


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) runs from the old text to the new, op one of "=", "-", "+", by words."""
    a = re.findall(r"\s+|\w+|[^\w\s]", old)
    b = re.findall(r"\s+|\w+|[^\w\s]", new)
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return out
