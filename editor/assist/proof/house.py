"""House style: a convention a text follows consistently is its style, not an error.

Some rules flag one of two ways of writing that edited Japanese both uses: a space between
Japanese and Latin script or none, a half-width colon or a full-width one, half-width
parentheses or full-width ones, です・ます or である. Where a text writes one way at least nine
times in ten, flagging every occurrence is noise: the findings of that rule are replaced by one
hint at the first of them that says the text's convention was taken as its house style. A text
that mixes the two ways keeps every finding (that is an inconsistency an editor would fix).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from editor.assist.proof import register
from editor.assist.proof.model import Kind, Problem, Segment, Severity
from editor.assist.proof.prose import JA

CONSISTENT = 0.9
"""The share of a text's occurrences one way that makes that way its house style."""
AT_LEAST = 3
"""Fewer occurrences than this, with some written the other way, say nothing about a convention
(two or more all written one way do: that is the writer's habit)."""

Counter = Callable[[list[Segment]], tuple[int, int]]
"""(occurrences the rule flags, occurrences written the other way) in the segments."""


def _pattern_counter(flagged: str, other: str) -> Counter:
    fx, ox = re.compile(flagged), re.compile(other)

    def count(segs: list[Segment]) -> tuple[int, int]:
        return (
            sum(len(fx.findall(s.masked)) for s in segs),
            sum(len(ox.findall(s.masked)) for s in segs),
        )

    return count


_LATIN = "[A-Za-z0-9]"


def _register_counter(prefer_keitai: bool | None) -> Counter:
    def count(segs: list[Segment]) -> tuple[int, int]:
        body = [s for s in segs if s.kind is Kind.BODY]
        regs = [r for s in body for r, _, _ in register.marks(s.masked)]
        keitai = regs.count(register.KEITAI)
        joutai = len(regs) - keitai
        return (keitai, joutai) if prefer_keitai is False else (joutai, keitai)

    return count


@dataclass(frozen=True)
class Convention:
    rule: str
    ja: str
    en: str
    count: Counter
    concerns: Callable[[Problem], bool] = lambda p: True
    """Which of the rule's findings are about this convention (a rule may check several things)."""


CONVENTIONS = (
    Convention(
        "jtf-3.1.1",
        "全角文字と半角英数字の間にスペースを入れる",
        "a space between Japanese and Latin script",
        _pattern_counter(
            rf"(?<={_LATIN}) (?={JA})|(?<={JA}) (?={_LATIN})", rf"(?<={_LATIN})(?={JA})|(?<={JA})(?={_LATIN})"
        ),
    ),
    Convention(
        "jtf-4.2.7",
        "和文中のコロンを半角(:)で書く",
        "half-width colons in Japanese text",
        _pattern_counter(rf"(?<={JA}):", rf"(?<={JA})："),
    ),
    Convention(
        "jtf-4.3.1",
        "丸かっこを半角()で書く",
        "half-width parentheses",
        _pattern_counter(r"\(", r"（"),
    ),
    Convention(
        "jtf-4.2.1",
        "！の後に半角スペースを置く",
        "a half-width space after ！",
        _pattern_counter(r"！ (?=\S)", r"！\u3000"),
        lambda p: p.excerpt == " ",
    ),
    Convention(
        "jtf-4.2.2",
        "？の後に半角スペースを置く",
        "a half-width space after ？",
        _pattern_counter(r"？ (?=\S)", r"？\u3000"),
        lambda p: p.excerpt == " ",
    ),
    Convention(
        "jtf-4.1.1",
        "引用した文の文末に句点を付ける",
        "a 。 at the end of a quoted sentence",
        _pattern_counter(r"。」", r"[^「」]{12,}(?:る|た|い|だ|す|う|ん)」"),
    ),
    Convention(
        "jtf-2.2.2",
        "「一つ」「二つ」のように漢数字で数える",
        "counting 一つ, 二つ in kanji",
        _pattern_counter(r"[一二三四五六七八九]つ", r"[0-9０-９]つ"),
        lambda p: len(p.excerpt) == 1 and p.excerpt in "一二三四五六七八九",
    ),
)


def _register_convention(rule: str, prefer: str) -> Convention | None:
    if prefer == register.JOUTAI:  # the text is flagged for です・ます
        return Convention(
            rule, "本文をです・ます調で書く", "the body in です・ます", _register_counter(False)
        )
    if prefer == register.KEITAI:
        return Convention(rule, "本文をである調で書く", "the body in である", _register_counter(True))
    return None  # without a preference the rule flags the minority: an inconsistency


def collapse(
    problems: list[Problem],
    segs: list[Segment],
    prefer: dict[str, str],
    learned: frozenset[str] = frozenset(),
) -> list[Problem]:
    """``problems`` with each consistently followed convention said once; ``prefer`` gives the
    register rules' preferred register (they flag the whole text when it is the other one);
    ``learned`` the conventions the blog's own posts follow, never flagged."""
    gone = {
        id(p)
        for conv in CONVENTIONS
        if conv.rule in learned
        for p in problems
        if p.rule == conv.rule and conv.concerns(p)
    }
    problems = [p for p in problems if id(p) not in gone]
    conventions = list(CONVENTIONS)
    for rule, want in prefer.items():
        found = _register_convention(rule, want)
        if found is not None:
            conventions.append(found)
    out = problems
    for conv in conventions:
        mine = [p for p in out if p.rule == conv.rule and conv.concerns(p)]
        if not mine:
            continue
        flagged, other = conv.count(segs)
        total = flagged + other
        always = other == 0 and flagged >= 2  # written one way every time it occurs
        if total == 0 or not (always or (flagged >= AT_LEAST and flagged / total >= CONSISTENT)):
            continue
        first = mine[0]
        n = max(flagged, len(mine))
        if conv.rule not in prefer:  # the text's own consistent convention: nothing to say
            gone = {id(p) for p in mine}
            out = [p for p in out if id(p) not in gone]
            continue
        severity = Severity.WARNING
        summary = replace(
            first,
            severity=severity,
            message=f"この文書は一貫して{conv.ja}書き方です({n}か所)。"
            "文書の表記方針として扱い、個別には指摘しません。",
            message_en=f"The text writes {conv.en} throughout ({n} places): "
            "taken as its house style, not flagged one by one.",
            fix=None,
        )
        if conv.rule in prefer:
            body = conv.ja.removeprefix("本文を").removesuffix("で書く")
            summary = replace(
                summary,
                message=f"本文は一貫して{body}です({n}か所)。"
                f"このスタイルは{register.LABEL[prefer[conv.rule]]}です。",
                message_en=f"The body is in {conv.en.removeprefix('the body in ')} throughout ({n} places); "
                f"this style wants {register.LABEL_EN[prefer[conv.rule]]}.",
            )
        gone = {id(p) for p in mine if p is not first}
        out = [summary if p is first else p for p in out if id(p) not in gone]
    return out
