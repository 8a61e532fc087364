"""Find and replace over an article's blocks (no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.model import Article


@dataclass(frozen=True)
class Query:
    text: str
    regex: bool = False
    case: bool = False
    whole_word: bool = False
    in_source: bool = True
    in_draft: bool = True

    def compile(self) -> re.Pattern[str]:
        """Raises re.error for a bad regular expression."""
        pattern = self.text if self.regex else re.escape(self.text)
        if self.whole_word:
            pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
        return re.compile(pattern, 0 if self.case else re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    row: int
    field: str
    """"source" or "draft"."""
    start: int
    end: int


def _fields(q: Query) -> list[str]:
    return [f for f, on in (("source", q.in_source), ("draft", q.in_draft)) if on]


def find_all(article: Article, q: Query) -> list[Match]:
    if not q.text:
        return []
    rx = q.compile()
    out: list[Match] = []
    for row, block in enumerate(article.blocks):
        for field in _fields(q):
            text = getattr(block, field)
            out.extend(
                Match(row, field, m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start()
            )
    return out


def find_next(article: Article, q: Query, after: Match | None, backwards: bool = False) -> Match | None:
    """The next match after ``after`` (or from the top), wrapping around."""
    matches = find_all(article, q)
    if not matches:
        return None
    if after is None:
        return matches[-1] if backwards else matches[0]
    order = {"source": 0, "draft": 1}

    def key(m: Match) -> tuple[int, int, int]:
        return (m.row, order[m.field], m.start)

    if backwards:
        earlier = [m for m in matches if key(m) < key(after)]
        return earlier[-1] if earlier else matches[-1]
    later = [m for m in matches if key(m) > key(after)]
    return later[0] if later else matches[0]


def replace_in(text: str, q: Query, replacement: str, start: int | None = None) -> str:
    """Replace every match in ``text``, or only the one starting at ``start``."""
    rx = q.compile()
    if start is None:
        return rx.sub(replacement if q.regex else replacement.replace("\\", "\\\\"), text)
    m = rx.match(text, start)
    if m is None:
        return text
    new = m.expand(replacement) if q.regex else replacement
    return text[: m.start()] + new + text[m.end() :]
