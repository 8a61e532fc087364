"""What of a text is prose: inline Markdown masked to the words a reader sees.

``mask`` returns a string of the same length as its input, in which code spans, URLs, link
addresses, escapes and emphasis marks are replaced by ``MASK``: a character that no rule
matches, so every position found in the masked text is a position in the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

MASK = "\ue000"

_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>")
_REF_TAIL = re.compile(r"\]\[[^\]\n]*\]")
"""The label of a reference link: [text][] or [text][label]."""
_LINK_TAIL = re.compile(r"\]\(\s*(?:<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>「」『』（）()\[\]、。]+", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")
_ESCAPE = re.compile(r"\\(?=[\\`*_\[\]<>&!#.()+-])")
_MARKUP = re.compile(
    r"[ \t]*\{#[^}\n]*\}"  # a heading's id: ## 見出し {#heading-id}
    r"|\{/\*.*?\*/\}"  # an MDX comment
    r"|<!--.*?-->"  # an HTML comment
    r"|</?[A-Za-z][\w.:-]*(?:\s[^<>\n]*)?/?>"  # an HTML or JSX tag written inline
    r"|\[\[|\]\]"  # wiki and ticket markup: [[Feature #12]]
    r"|(?<![<>=-])(?:[<>]=?|=>|->|<-)(?=\s*v?\d)"  # a comparison: >= 1.58.0, < 3
)
"""Markup that is not prose and is no bracket: masked so that no rule reads it."""

JAPANESE = "々〇〻\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffぁ-んァ-ヶ"
"""The Japanese characters JTF's rules mean by 和文: kanji, hiragana and katakana."""
JA = f"[{JAPANESE}]"
SENTENCE_END = "。！？!?"
CLOSERS = '」』）)］]"”’'


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = MASK


def mask(text: str) -> str:
    """``text`` with everything that is not prose replaced by ``MASK``, same length."""
    chars = list(text)
    for pattern in (_CODE, _AUTOLINK, _URL, _MARKUP):
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in (*_LINK_TAIL.finditer(masked), *_REF_TAIL.finditer(masked)):
        opening = _link_opening(masked, m.start())
        if opening is None:
            continue
        _blank(chars, m.start(), m.end())
        start = opening - 1 if opening > 0 and masked[opening - 1] == "!" else opening
        _blank(chars, start, opening + 1)
    masked = "".join(chars)
    for pattern in (_EMPHASIS, _ESCAPE):
        for m in pattern.finditer(masked):
            _blank(chars, m.start(), m.end())
    return "".join(chars)


def _link_opening(text: str, close: int) -> int | None:
    """Where the ``[`` that the ``]`` at ``close`` closes is, if any."""
    depth = 0
    for i in range(close - 1, -1, -1):
        c = text[i]
        if c == "]":
            depth += 1
        elif c == "[":
            if depth == 0:
                return i
            depth -= 1
    return None


def compact(masked: str) -> tuple[str, list[int]]:
    """The masked text without its masks, and where each kept character was."""
    keep = [i for i, c in enumerate(masked) if c != MASK]
    return "".join(masked[i] for i in keep), keep


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentences(masked: str) -> Iterator[Span]:
    """Sentences: up to 。！？ (with the closing brackets after it) or a line end."""
    start = 0
    i = 0
    n = len(masked)
    while i < n:
        c = masked[i]
        if c == "\n":
            if masked[start:i].strip():
                yield Span(start, i)
            start = i + 1
        elif c in SENTENCE_END:
            j = i + 1
            while j < n and (masked[j] in SENTENCE_END or masked[j] in CLOSERS):
                j += 1
            yield Span(start, j)
            start = i = j
            continue
        i += 1
    if masked[start:].strip(" \u3000" + MASK):
        yield Span(start, n)


def is_nfd(text: str) -> bool:
    return not unicodedata.is_normalized("NFC", text)
