"""Rules that read a draft beside its source: what only a translation tool can check."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from editor.assist.proof import numbers
from editor.assist.proof.model import Hit, Kind, Options, Rule, Segment, Severity
from editor.assist.proof.prose import MASK, mask

E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT
DRAFTS = frozenset({Kind.BODY, Kind.QUOTE, Kind.LIST, Kind.HEADING})

_LINK_TARGET = re.compile(r"\]\(\s*<?([^\s)>]+)>?|<((?:https?|mailto):[^\s<>]+)>")


def _numbers(seg: Segment, _: Options) -> Iterator[Hit]:
    if not seg.source or not seg.text.strip():
        return
    source = mask(seg.source).replace(MASK, " ")
    for value in numbers.missing(source, seg.masked.replace(MASK, "")):
        yield Hit(0, 0, args={"number": numbers.show(value)})


def _links(seg: Segment, _: Options) -> Iterator[Hit]:
    if not seg.source or not seg.text.strip():
        return
    wanted = [a or b for a, b in _LINK_TARGET.findall(seg.source)]
    have = {a or b for a, b in _LINK_TARGET.findall(seg.text)}
    for url in dict.fromkeys(wanted):
        if url not in have and url not in seg.text:
            yield Hit(0, 0, args={"url": url})


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z][A-Za-z'’\-]*|,[ \t]*[A-Za-z][A-Za-z'’\-]*)+")
_QUOTED = re.compile(r"『[^』]*』|“[^”]*”|\"[^\"]*\"|「[A-Za-z][^」]*」")


def _english_left(seg: Segment, options: Options) -> Iterator[Hit]:
    if not seg.source or not seg.source_lang.startswith("en"):
        return
    least = int(options.get("min_words", 4))
    text = _QUOTED.sub(lambda m: MASK * len(m.group()), seg.masked)
    for m in _WORDS.finditer(text):
        words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", m.group())
        if len(words) < least:
            continue
        lower = [w for w in words if w[0].islower()]
        if len(lower) * 2 < len(words):
            continue  # a name or a title: mostly Capitalised words
        yield Hit(m.start(), m.end(), args={"n": len(words)})


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", mask(text).replace(MASK, "")).strip().casefold()


def _inconsistent(segments: list[Segment], options: Options) -> Iterator[tuple[Segment, Hit]]:
    least = int(options.get("min_chars", 12))
    first: dict[str, Segment] = {}
    for seg in segments:
        if seg.kind not in DRAFTS or not seg.text.strip() or not seg.source:
            continue
        key = _normal(seg.source)
        if len(key) < least:
            continue
        before = first.setdefault(key, seg)
        if before is not seg and _normal(before.text) != _normal(seg.text):
            yield seg, Hit(0, len(seg.text), args={"other": before.block})


def _glossary(seg: Segment, options: Options) -> Iterator[Hit]:
    glossary: Any = options.get("_glossary")
    if glossary is None or not seg.source or not seg.text.strip():
        return
    source = mask(seg.source).replace(MASK, "")
    draft = seg.masked.replace(MASK, "")
    seen: set[str] = set()
    for hit in glossary.find(source):
        term = hit.term
        if term.source in seen or term.target in draft:
            continue
        seen.add(term.source)
        yield Hit(0, 0, args={"term": term.source, "target": term.target})


RULES: list[Rule] = [
    Rule(
        "numbers",
        W,
        "原文の数値 {number} が訳文に見当たりません。",
        "The source's number {number} is not in the draft.",
        check=_numbers,
        kinds=DRAFTS,
        summary=(
            "原文の数値が訳文にあるか。単位を読み替える"
            "($2.5 billion = 25億ドル、3 million = 300万、40% = 40パーセント = 4割、February 21 = 2月21日)"
        ),
        right="25億ドル ($2.5 billion)",
        wrong="2.5億ドル ($2.5 billion)",
    ),
    Rule(
        "links",
        W,
        "原文のリンク {url} が訳文にありません。",
        "The source links to {url}; the draft does not.",
        check=_links,
        kinds=DRAFTS,
        summary="原文のリンク先が訳文にもあるか",
        right="[記事](https://example.org/a)",
        wrong="記事 (リンクなし)",
    ),
    Rule(
        "english-left",
        W,
        "英語が訳されずに残っています({n}語)。",
        "English left untranslated ({n} words).",
        check=_english_left,
        kinds=DRAFTS,
        options={"min_words": 4},
        summary="訳し残した英文(大文字で始まる語が大半の名前・題名、URL、引用符の中は除く)",
        right="『The Art of the Deal』を読んだ",
        wrong="彼は it is what it is と言った",
    ),
    Rule(
        "inconsistent",
        H,
        "同じ原文がブロック {other} では別の訳になっています。",
        "The same source is translated differently in block {other}.",
        check_document=_inconsistent,
        options={"min_chars": 12},
        summary="同じ原文の訳の揺れ",
        right="(同じ訳)",
        wrong="(別の訳)",
    ),
    Rule(
        "glossary",
        W,
        "用語集: 「{term}」は「{target}」と訳します。",
        "Glossary: \u201c{term}\u201d should be \u201c{target}\u201d.",
        check=_glossary,
        cached=False,
        kinds=DRAFTS,
        summary="用語集の訳語が使われているか",
        right="イヴ・スミス (Yves Smith)",
        wrong="イブ・スミス (Yves Smith)",
    ),
]
