"""Applying safe fixes to an article: each problem names the text it was found in."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from editor.assist.proof.engine import apply_fixes
from editor.assist.proof.model import Problem
from editor.core.model import Article


def _place(article: Article, p: Problem) -> tuple[Callable[[], str], Callable[[str], None]] | None:
    if p.field == "title":
        return (lambda: article.title), (lambda t: setattr(article, "title", t))
    if p.field in ("summary", "label") and p.block and p.block <= len(article.summary):
        point = article.summary[p.block - 1]
        attr = "text" if p.field == "summary" else "label"
        return (lambda: getattr(point, attr)), (lambda t: setattr(point, attr, t))
    if p.field in ("draft", "note") and p.block_id:
        try:
            block = article.block(p.block_id)
        except KeyError:
            return None
        return (lambda: getattr(block, p.field)), (lambda t: setattr(block, p.field, t))
    return None


def place_key(p: Problem) -> tuple[str, str]:
    return p.field, p.block_id or str(p.block or "")


def fixed_texts(article: Article, problems: Iterable[Problem]) -> dict[tuple[str, str], str]:
    """The new text of every field a safe fix changes, keyed by (field, block id or point)."""
    grouped: dict[tuple[str, str], list[Problem]] = {}
    for p in problems:
        if p.fix is not None:
            grouped.setdefault(place_key(p), []).append(p)
    out = {}
    for key, found in grouped.items():
        place = _place(article, found[0])
        if place is None:
            continue
        text, _count = apply_fixes(place[0](), found)
        out[key] = text
    return out


def fix_article(article: Article, problems: Iterable[Problem]) -> int:
    """Apply every safe fix in place; returns how many were applied."""
    count = 0
    grouped: dict[tuple[str, str], list[Problem]] = {}
    for p in problems:
        if p.fix is not None:
            grouped.setdefault(place_key(p), []).append(p)
    for found in grouped.values():
        place = _place(article, found[0])
        if place is None:
            continue
        text, n = apply_fixes(place[0](), found)
        place[1](text)
        count += n
    return count
