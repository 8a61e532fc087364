"""Paragraph alignment of a published translation with its source, in the manner of Gale–Church
with anchors (as hunalign does): dynamic programming over 1-1, 2-1 (the translator merged),
1-2 (split), 1-0 (a source paragraph left out) and 0-1 (a translator's note) steps.

A step's cost is how far its length ratio is from the ratio learnt from the data (Japanese runs
at a different characters-per-character rate than English), less what its anchors agree on:
numbers (with their Japanese units), link addresses and Latin-script names that both sides
share. Quotes align with quotes. No network, no model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from editor.assist.proof import numbers
from editor.core import inline

SKIP = 3.2
"""The cost of leaving a paragraph unaligned (a 1-0 or 0-1 step)."""
JOIN = 2.0
"""The extra cost of a 2-1 or 1-2 step over a 1-1 one."""
CROSS = 6.0
"""A quote aligned with a paragraph that is not one."""
KIND = 2.5
"""A list item aligned with a paragraph (except a whole list merged into one paragraph)."""


@dataclass(frozen=True)
class Para:
    text: str
    """Inline Markdown as written."""
    quote: bool = False
    note: bool = False
    """A translator's note (※訳注): aligns with nothing."""
    kind: str = "paragraph"
    """heading, list_item or paragraph: a heading aligns with a heading alone, a list item with
    list items (or, merged, with one paragraph)."""


@dataclass
class Model:
    """What the data taught: log(Japanese chars / source chars) has this mean and spread."""

    mean: float = math.log(0.55)
    sigma: float = 0.45

    @classmethod
    def learn(cls, ratios: Sequence[float]) -> Model:
        logs = sorted(math.log(r) for r in ratios if r > 0)
        if len(logs) < 5:
            return cls()
        mid = logs[len(logs) // 2]
        spread = sorted(abs(x - mid) for x in logs)[len(logs) // 2] * 1.4826  # MAD, robust
        return cls(mid, max(0.15, min(0.8, spread)))


@dataclass(frozen=True)
class Pair:
    source: tuple[int, ...]
    target: tuple[int, ...]
    confidence: float = 0.0


@dataclass
class _Side:
    lengths: list[int] = field(default_factory=list)
    anchors: list[frozenset[str]] = field(default_factory=list)
    quote: list[bool] = field(default_factory=list)
    note: list[bool] = field(default_factory=list)
    furniture: list[bool] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)


_LINK = re.compile(r"\]\(\s*<?([^\s)>]+)|<(https?://[^\s<>]+)>|(https?://[^\s<>()\]]+)")
_KEPT = re.compile(r"[A-Z]{2,}[A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]+[0-9][A-Za-z0-9]*")
_FURNITURE = re.compile(
    r"(?:previously|related|read more|see also|via|h/t|hat tip|photo|image|source|subscribe|share)"
    r"\b\s*[:\-–—]?",
    re.IGNORECASE,
)
"""A source blog's own lines a translator usually leaves out: cheap to leave unaligned."""
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]+(?:[-'][A-Za-z]+)?")


def _anchors(text: str, japanese: bool) -> frozenset[str]:
    out = {"u:" + (a or b or c).rstrip(".,") for a, b, c in _LINK.findall(text)}
    plain = inline.to_plain(text)
    values = numbers.japanese(plain) if japanese else numbers.english(plain)
    out |= {f"n:{v:g}" for v in values if v not in (1.0, 2.0)}  # 1 and 2 are everywhere
    # Latin-script words a Japanese text keeps as they are: acronyms, names with capitals inside
    # or digits (NATO, JCPOA, iPhone, G7); a name such as Voss becomes katakana and anchors nothing
    words = [w for w in _LATIN.findall(plain) if japanese or _KEPT.fullmatch(w)]
    out |= {"w:" + w.casefold() for w in words if len(w) > 1}
    return frozenset(out)


def _length(text: str) -> int:
    return max(1, len(re.sub(r"\s+", "", inline.to_plain(text))))


def _side(paras: Sequence[Para], japanese: bool) -> _Side:
    s = _Side()
    for p in paras:
        s.lengths.append(_length(p.text))
        s.anchors.append(_anchors(p.text, japanese))
        s.quote.append(p.quote)
        s.note.append(p.note)
        s.kind.append(p.kind)
        s.furniture.append(bool(_FURNITURE.match(inline.to_plain(p.text))))
    return s


def _cost(model: Model, src: _Side, tgt: _Side, i: range, j: range) -> float:
    ls = sum(src.lengths[k] for k in i)
    lt = sum(tgt.lengths[k] for k in j)
    z = (math.log(lt / ls) - model.mean) / model.sigma
    cost = z * z / 2
    a_s = frozenset().union(*(src.anchors[k] for k in i))
    a_t = frozenset().union(*(tgt.anchors[k] for k in j))
    if a_s or a_t:
        shared = len(a_s & a_t)
        cost -= 2.5 * 2 * shared / (len(a_s) + len(a_t))  # Dice: an anchor on one side only counts against
        if a_s and a_t and not shared:
            cost += 0.8
    if any(src.quote[k] for k in i) != any(tgt.quote[k] for k in j):
        cost += CROSS
    heads = [src.kind[k] == "heading" for k in i] + [tgt.kind[k] == "heading" for k in j]
    if any(heads) and not (all(heads) and len(i) == len(j) == 1):
        cost += 100.0  # a heading is a unit of its own on both sides: never glued to a paragraph
    elif heads and all(heads):
        cost = min(cost, 1.0)  # headings are rephrased freely: their place pairs them, not their length
    items_s = {src.kind[k] == "list_item" for k in i}
    items_t = {tgt.kind[k] == "list_item" for k in j}
    merged_list = items_s == {True} and items_t == {False} and len(j) == 1  # a list read as one paragraph
    if (len(items_s) > 1 or len(items_t) > 1 or items_s != items_t) and not merged_list:
        cost += KIND
    if any(tgt.note[k] for k in j):
        cost += 100.0
    return cost + (JOIN if len(i) + len(j) > 2 else 0.0)


_STEPS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
LONGEST_LIST = 12
"""The most list items the translator may have written as one paragraph."""


def _steps(src: _Side, i: int) -> tuple[tuple[int, int], ...]:
    """The usual steps; where the source units before `i` are list items, a whole list of three
    or more items read as one paragraph too (3-1, 4-1, …): only lists merge beyond two."""
    k = 0
    while k < min(i, LONGEST_LIST) and src.kind[i - 1 - k] == "list_item":
        k += 1
    return _STEPS + tuple((n, 1) for n in range(3, k + 1)) if k >= 3 else _STEPS


def align(source: Sequence[Para], target: Sequence[Para], model: Model | None = None) -> list[Pair]:
    """Every source and target paragraph, in order, in steps; 1-0 and 0-1 steps included."""
    model = model or Model()
    src, tgt = _side(source, False), _side(target, True)
    n, m = len(source), len(target)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float]]] = [[(0, 0, 0.0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    band = max(12, abs(n - m) + 12)
    for i in range(n + 1):
        centre = i * m / max(1, n)
        lo, hi = max(0, int(centre - band)), min(m, int(centre + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            for di, dj in _steps(src, i):
                if di > i or dj > j:
                    continue
                prev = best[i - di][j - dj]
                if prev == inf:
                    continue
                if di == 0:
                    step = 0.0 if tgt.note[j - 1] else SKIP
                elif dj == 0:
                    step = SKIP / 3 if src.furniture[i - 1] else SKIP
                else:
                    step = _cost(model, src, tgt, range(i - di, i), range(j - dj, j))
                if prev + step < best[i][j]:
                    best[i][j] = prev + step
                    back[i][j] = (di, dj, step)
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        di, dj, step = back[i][j]
        if di == 0 and dj == 0:  # outside the band: should not happen; give up cleanly
            break
        conf = _confidence(step - (JOIN if di + dj > 2 else 0.0)) if di and dj else 0.0
        pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j)), conf))
        i, j = i - di, j - dj
    pairs.reverse()
    return calibrate(pairs)


def calibrate(pairs: list[Pair]) -> list[Pair]:
    """Confidence as the share of such pairs that are right, measured on real parallel documents
    (benchmarks/align_precision.py): what tells a right pair from a wrong one is less its own
    length match than whether the path around it runs one-to-one. A 1-1 pair between 1-1 pairs
    (or the document's ends) is right 99 times in 100; beside a merge or a skip, about 85. A merge
    (2-1, 1-2) inside a clean one-to-one path with a fair length fit is taken as the translator's;
    one beside other irregularities is where a path slips, and is held back for review."""
    out = []
    for k, p in enumerate(pairs):
        if not p.source or not p.target:
            out.append(p)
            continue
        around = (pairs[k - 1] if k else None, pairs[k + 1] if k + 1 < len(pairs) else None)
        smooth = sum(1 for q in around if q is None or (len(q.source) == 1 and len(q.target) == 1))
        c = p.confidence
        if len(p.source) == 1 and len(p.target) == 1:
            value = (0.5, 0.7, 0.97)[smooth] + (0.2, 0.2, 0.03)[smooth] * c
        elif smooth == 2 and c >= 0.6:  # a merge inside a clean one-to-one path: the translator's
            value = 0.78 + 0.2 * c
        else:  # beside other irregularities: where a path slips
            value = 0.2 + 0.5 * c
        out.append(Pair(p.source, p.target, round(min(1.0, value), 3)))
    return out


def _confidence(step: float) -> float:
    """0..1 from a step's cost: an exact length match with shared anchors is near 1."""
    return round(max(0.0, min(1.0, math.exp(-max(0.0, step + 1.0) / 2.5))), 3)


def ratios(source: Sequence[Para], target: Sequence[Para]) -> list[float]:
    """Length ratios of the paragraphs a first pass aligns one-to-one with good confidence."""
    out = []
    for p in align(source, target):
        if len(p.source) == 1 and len(p.target) == 1 and p.confidence >= 0.5:
            out.append(_length(target[p.target[0]].text) / _length(source[p.source[0]].text))
    return out
