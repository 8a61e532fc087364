"""Rules of usage that translators ask for: ら抜き言葉, 二重否定, 冗長な表現 and 表記ゆれ within a post.

ら抜き and the double negative follow textlint's rules of the same names (no-dropping-the-ra,
no-double-negative-ja); 冗長な表現 takes the two patterns of ja-no-redundant-expression that edited
text never needs; 表記ゆれ reports a word written two ways in one post, at the way used less.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from editor.assist.proof import prh, tokens
from editor.assist.proof.model import Hit, Kind, Options, Rule, Segment, Severity
from editor.assist.proof.prose import compact

W, H = Severity.WARNING, Severity.HINT
PROSE = frozenset({Kind.BODY, Kind.QUOTE, Kind.LIST, Kind.HEADING, Kind.TITLE, Kind.SUMMARY, Kind.NOTE})

_RA_WORDS = ("見れ", "来れ", "着れ", "寝れ", "似れ", "煮れ", "居れ", "出れ")
"""Dropped-ら forms the dictionary holds as one word (見れる), beside those it splits (食べ|れる)."""


def _ra_nuki(seg: Segment, _: Options) -> Iterator[Hit]:
    tk = tokens.loaded()
    if tk is None:
        return
    plain, where = compact(seg.masked)
    toks = tk.tokens(plain)
    for a, b in itertools.pairwise(toks):
        dropped = (
            a.pos == "動詞,自立"
            and (a.infl.startswith("一段") or a.infl.startswith("カ変"))
            and b.pos == "動詞,接尾"
            and b.surface.startswith("れ")
        )
        if dropped:
            start, end = where[a.start], where[b.start] + 1
            yield Hit(start, end, a.surface + "ら" + "れ", {"found": plain[a.start : b.start + 1]})
    for t in toks:
        if t.pos == "動詞,自立" and t.surface.startswith(_RA_WORDS):
            stem = t.surface[:2]
            yield Hit(where[t.start], where[t.start + 1] + 1, stem[0] + "られ", {"found": stem})


_DOUBLE_NEGATIVE = re.compile(
    r"な(?:く|い)(?:も|は)(?:ない|なかっ|ありませ)"  # 言えなくもない, なくはない
    # ないこともない, ないわけではない
    r"|ない(?:こと|事|もの|わけ|訳)(?:も|は|で)(?:も|は)?(?:ない|なかっ|ありませ)"
    r"|ないでも(?:ない|ありませ)"
)


def _double_negative(seg: Segment, _: Options) -> Iterator[Hit]:
    for m in _DOUBLE_NEGATIVE.finditer(seg.masked):
        yield Hit(m.start(), m.end(), args={"found": m.group()})


_REDUNDANT = (
    (re.compile(r"(?<=[\u4e00-\u9fffァ-ヶー])(することができ)(?=る|ます|ない|ません|た)"), "でき"),
    (re.compile(r"(であると言え)(?=る|ます)"), "であ"),
)
"""利用することができる → 利用できる; であると言える → である (the verb after a Sino-Japanese noun
takes できる directly)."""


def _redundant(seg: Segment, _: Options) -> Iterator[Hit]:
    for rx, fix in _REDUNDANT:
        for m in rx.finditer(seg.masked):
            yield Hit(m.start(1), m.end(1), fix, {"found": m.group(1)})


VARIANTS = (
    ("行う", "行なう"),
    ("子供", "子ども"),
    ("出来る", "できる"),
    ("全て", "すべて"),
    ("様々", "さまざま"),
    ("沢山", "たくさん"),
    ("頂く", "いただく"),
    ("下さい", "ください"),
    ("既に", "すでに"),
    ("殆ど", "ほとんど"),
    ("更に", "さらに"),
    ("尚", "なお"),
)
"""Pairs of spellings of one word that a post should not mix (表記ゆれ); the root is matched, so
行わ/行なわ and 出来た/できた count too."""
_STEMS = {
    "行う": "行[わいうえおっ]",
    "行なう": "行な[わいうえおっ]",
    "出来る": "出来(?=[るたてなまずれ])",  # not 出来事, 出来高
    "できる": "(?<![おで])でき(?=[るたてなまずれ])",
}
_KATAKANA = re.compile(r"[ァ-ヶ][ァ-ヶー・]{2,}")


def variant_hits(
    segments: list[Segment], *, katakana: bool = True
) -> list[tuple[str, str, Segment, int, int]]:
    """(group, spelling, segment, start, end) of every spelling of a variant pair."""
    found = []
    for a, b in VARIANTS:
        for word in (a, b):
            rx = re.compile(_STEMS.get(word, re.escape(word)))
            for seg in segments:
                for m in rx.finditer(seg.masked):
                    if word == "行う" and seg.masked[m.end() - 1 : m.end() + 1].startswith("な"):
                        continue
                    found.append((a, word, seg, m.start(), m.end()))
    if not katakana:
        return found
    words: Counter[str] = Counter(m.group() for s in segments for m in _KATAKANA.finditer(s.masked))
    for word in words:
        if word.endswith("ー") and word[:-1] in words:  # サーバー beside サーバ
            for seg in segments:
                for m in re.finditer(rf"{re.escape(word[:-1])}ー?(?![ァ-ヶー])", seg.masked):
                    found.append((word, m.group(), seg, m.start(), m.end()))
    return found


def _notation(segments: list[Segment], options: Options) -> Iterator[tuple[Segment, Hit]]:
    hits = variant_hits(segments)
    groups: dict[str, Counter[str]] = {}
    for group, spelling, *_rest in hits:
        groups.setdefault(group, Counter())[spelling] += 1
    blog = options.get("prefer") or {}
    for group, spelling, seg, start, end in hits:
        wanted = blog.get(group) if isinstance(blog, dict) else None
        if wanted and spelling != wanted:  # the blog's posts spell it the other way
            yield (
                seg,
                Hit(
                    start,
                    end,
                    args={
                        "found": spelling,
                        "other": wanted,
                        "where": "ブログの記事",
                        "where_en": "the blog's posts",
                    },
                ),
            )
            continue
        counts = groups[group]
        if len(counts) < 2:
            continue
        major, n = counts.most_common(1)[0]
        if spelling != major and counts[spelling] <= n:
            other = major
            yield (
                seg,
                Hit(
                    start,
                    end,
                    args={"found": spelling, "other": other, "where": f"{n}か所", "where_en": f"{n} places"},
                ),
            )


RULES: list[Rule] = [
    Rule(
        "prh",
        W,
        "「{found}」は「{expected}」と書きます(ユーザー辞書)。",
        "Write \u201c{expected}\u201d, not \u201c{found}\u201d (user dictionary).",
        check=prh.check,
        options={"entries": []},
        summary="ユーザー辞書(prh 形式の YAML、設定フォルダーの prh/)",
        right="JavaScript",
        wrong="Javascript",
    ),
    Rule(
        "ra-nuki",
        W,
        "ら抜き言葉です(「{found}」)。",
        "A dropped ら (\u201c{found}\u201d): the potential of this verb takes られる.",
        check=_ra_nuki,
        kinds=PROSE,
        summary="ら抜き言葉(形態素解析)",
        right="朝早く起きられる",
        wrong="朝早く起きれる",
    ),
    Rule(
        "double-negative",
        H,
        "二重否定です(「{found}」)。肯定で言えないか考えてください。",
        "A double negative (\u201c{found}\u201d): can it be said positively?",
        check=_double_negative,
        kinds=PROSE,
        summary="二重否定",
        right="合意は近い",
        wrong="合意は近くないこともない",
    ),
    Rule(
        "redundant",
        H,
        "冗長な表現です(「{found}」)。",
        "A redundant phrase (\u201c{found}\u201d).",
        check=_redundant,
        kinds=PROSE,
        summary="冗長な表現(することができる、であると言える)",
        in_default=False,  # edited prose writes することができる freely: a style turns it on
        right="港を利用できる",
        wrong="港を利用することができる",
    ),
    Rule(
        "notation",
        W,
        "表記ゆれ: 「{found}」と「{other}」が混在しています(「{other}」は{where})。",
        "Written two ways: \u201c{found}\u201d beside \u201c{other}\u201d ({where_en}).",
        check_document=_notation,
        kinds=PROSE,
        options={"prefer": {}},
        summary="一つの記事の中の表記ゆれ(行う/行なう、サーバ/サーバー…)",
        right="調査を行う。審議を行った。",
        wrong="調査を行う。審議を行なった。",
    ),
]
