"""Suggest summary points (✒️要約) from the Japanese draft: extractive, offline.

Sentences are scored by how many of the post's frequent terms they hold
(runs of kanji or katakana, the content words of Japanese text), with a
bonus for sentences early in the post and a penalty for very long or very
short ones. The best sentences, in reading order, become the points; each
gets its most frequent term as its label, for the translator to rewrite.
"""

from __future__ import annotations

import re
from collections import Counter

from editor.core import inline
from editor.core.model import Article, SummaryPoint

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_TERM = re.compile(r"[\u4e00-\u9fff々]{2,}|[\u30a0-\u30ffー]{3,}")
_STOP = {"こと", "もの", "ため", "よう", "これ", "それ", "ところ", "場合", "今日", "一方"}


def _sentences(article: Article) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for block in article.blocks:
        if block.omit or not block.draft.strip():
            continue
        text = inline.to_plain(block.draft)
        for m in _SENTENCE.finditer(text):
            s = m.group().strip()
            if len(s) >= 12:
                out.append((len(out), s))
    return out


def suggest(article: Article, count: int = 3, max_chars: int = 80) -> list[SummaryPoint]:
    sentences = _sentences(article)
    if not sentences:
        return []
    terms = Counter(t for _, s in sentences for t in set(_TERM.findall(s)) if t not in _STOP)
    total = len(sentences)

    def score(item: tuple[int, str]) -> float:
        pos, s = item
        found = [t for t in set(_TERM.findall(s)) if t in terms]
        weight = sum(terms[t] for t in found) / (1 + len(s) / 40)
        early = 1.0 + 0.5 * (1 - pos / total)
        size = 0.6 if len(s) > max_chars * 2 else 1.0
        return weight * early * size

    best = sorted(sorted(sentences, key=score, reverse=True)[:count])
    points = []
    for _, s in best:
        found = sorted(set(_TERM.findall(s)) - _STOP, key=lambda t: (-terms[t], s.find(t)))
        label = found[0] if found else ""
        text = s.rstrip("。")
        if len(text) > max_chars:
            text = text[: max_chars - 1] + "…"
        points.append(SummaryPoint(label, text))
    return points
