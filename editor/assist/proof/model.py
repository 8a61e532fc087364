"""The proofreading engine's vocabulary: segments of text, rules, hits and problems."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


class Kind(StrEnum):
    """What a piece of the post is; rules judge headings, lists and quotes apart from the body."""

    BODY = "body"
    HEADING = "heading"
    LIST = "list"
    QUOTE = "quote"
    TITLE = "title"
    SUMMARY = "summary"
    LABEL = "label"
    NOTE = "note"


@dataclass(frozen=True)
class Segment:
    """One checked text: a draft, the title, a summary point or a note, as inline Markdown."""

    text: str
    masked: str
    kind: Kind = Kind.BODY
    field: str = "draft"
    """draft, title, summary, label or note: which of the block's texts this is."""
    block: int | None = None
    """1-based position of the block, or of the summary point."""
    block_id: str | None = None
    group: str | None = None
    """Blocks of one list or one quote share a group."""
    source: str = ""
    source_lang: str = ""
    line: int = 1
    """For a plain file: the line this segment starts on."""
    ignored: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    fix: str | None = None
    """What replaces text[start:end] when the fix is applied; None when no fix is safe."""
    args: dict[str, Any] = field(default_factory=dict)


@dataclass
class Options:
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


SegmentCheck = Callable[[Segment, Options], Iterable[Hit]]
DocumentCheck = Callable[[list[Segment], Options], Iterable[tuple[Segment, Hit]]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    ja: str
    en: str
    """Messages; ``{name}`` takes the hit's args."""
    check: SegmentCheck | None = None
    check_document: DocumentCheck | None = None
    kinds: frozenset[Kind] | None = None
    """The kinds of segment the rule reads; None for all."""
    options: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    right: str = ""
    wrong: str = ""
    in_default: bool = True
    """Whether the rule is on when a style does not mention it."""
    cached: bool = True
    """Whether what ``check`` finds in a text may be kept for that text: not for a rule that reads
    a store the translator changes (the glossary)."""


@dataclass(frozen=True)
class Problem:
    rule: str
    severity: Severity
    message: str
    message_en: str
    field: str
    block: int | None
    block_id: str | None
    start: int
    end: int
    fix: str | None
    line: int
    column: int
    excerpt: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = str(self.severity)
        return data

    @property
    def key(self) -> str:
        """What an ignore remembers: the rule and the words it found."""
        return f"{self.rule}:{self.excerpt}"


def spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of the first group that took part in each match (the whole match if the
    pattern has no group); a match may start inside the one before it."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        g = next((i for i in range(1, (pattern.groups or 0) + 1) if m.group(i) is not None), 0)
        yield m.start(g), m.end(g), m.group(g)
        pos = max(m.start(g), m.start()) + 1
