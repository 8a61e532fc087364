"""Writing rules for Japanese prose (ids of Tsuji's own)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from editor.assist.proof import register, tokens
from editor.assist.proof.model import Hit, Kind, Options, Rule, Segment, Severity
from editor.assist.proof.prose import JA, MASK, compact, sentences
from editor.assist.proof.rules_jtf import pairs

E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT
PROSE = frozenset({Kind.BODY, Kind.QUOTE, Kind.LIST, Kind.NOTE, Kind.SUMMARY})


def _mixed(segments: list[Segment], options: Options) -> Iterator[tuple[Segment, Hit]]:
    """The body is judged as a whole; headings together; each list on its own."""
    groups: dict[object, list[Segment]] = {}
    for seg in segments:
        key: object = seg.kind if seg.kind != Kind.LIST else (Kind.LIST, seg.group)
        groups.setdefault(key, []).append(seg)
    for key, segs in groups.items():
        opts = options if key == Kind.BODY else Options({**options.values, "prefer": ""})
        yield from register.minority(segs, opts)


_QUOTED = re.compile(r"「[^「」\n]*」|『[^『』\n]*』|（[^（）\n]*）|\([^()\n]*\)")


def _own_words(text: str) -> str:
    """A sentence without what it quotes or puts in parentheses: a quoted statement is the
    quoted person's sentence, a parenthesis an aside; neither makes the writer's sentence long."""
    return _QUOTED.sub(lambda m: m.group()[0] + m.group()[-1], text)


def _long_sentence(seg: Segment, options: Options) -> Iterator[Hit]:
    limit = int(options.get("max", 100))
    for s in sentences(seg.masked):
        text = seg.masked[s.start : s.end].replace(MASK, "").strip()
        own = len(_own_words(text))
        if own > limit:
            yield Hit(s.start, s.end, args={"n": own, "max": limit})


_ITEM = re.compile(r"[^\sぁ-ゖ、，。「」『』（）()]{1,12}(?:[（(][^（）()]{1,20}[）)])?")
"""(An item may carry its parenthesis: 石炭（29万トン）、スズ（300トン）.)"""
"""An item of an enumeration: a short run with no hiragana (カウベル、鞭、チェレスタ)."""


_NUMBERED = re.compile(r"\s*(?:[（(][0-9０-９一二三四五六七八九十a-zア-ン]{1,3}[）)]|[①-⑳])")


def _enumerating(text: str, comma: int) -> bool:
    """Whether the 、 at ``comma`` separates items of a list rather than clauses."""
    if _NUMBERED.match(text, comma + 1):
        return True  # （4）方針と政策の徹底、（5）理論活動: numbered items
    left = re.search(r"(?:[^、，。「」『』（）()]|[（(][^（）()、]*[）)])*$", text[:comma])
    right = re.match(r"(?:[^、，。「」『』（）()]|[（(][^（）()、]*[）)])*", text[comma + 1 :])
    before = left.group() if left else ""
    after = right.group() if right else ""
    after = re.sub(r"(?:など|なども|や|と|及び|および|の).*$", "", after)  # the last item: 木琴など
    before = re.sub(r"^.*(?:は|が|を|に|で|も|、)", "", before)  # the first item: マーラーはカウベル
    return bool(before and after and _ITEM.fullmatch(before) and _ITEM.fullmatch(after))


def _inside_brackets(text: str) -> set[int]:
    """Positions inside 「」『』（） : the commas of a quotation or an aside are not the sentence's."""
    return {i for m in _QUOTED.finditer(text) for i in range(m.start() + 1, m.end() - 1)}


def _many_commas(seg: Segment, options: Options) -> Iterator[Hit]:
    limit = int(options.get("max", 3))
    text = seg.masked
    inside = _inside_brackets(text)
    for s in sentences(text):
        commas = [
            i
            for i in range(s.start, s.end)
            if text[i] in "、，" and i not in inside and not _enumerating(text, i)
        ]
        if len(commas) > limit:
            yield Hit(commas[limit], commas[limit] + 1, args={"n": len(commas), "max": limit})


_SEPARATORS = "、，「」『』（）()"
_ALLOWED = {"助詞,連体化", "助詞,並立助詞", "助詞,副助詞／並立助詞／終助詞", "助詞,終助詞"}


_NEGATIVE = ("ない", "なく", "なかっ", "なけれ", "あり", "ござい")
"""What follows the は of a negation (ではない, ではありません, にはない): not a topic は."""
_IDIOM_AFTER_GA = (
    *("ある", "あり", "あっ", "ない", "なく", "なかっ"),
    *("でき", "できる", "多い", "多く", "少ない"),
)
"""What follows the が of ことがある, 必要がある, ことができる, 場合が多い: part of the phrase."""
_PREDICATES = ("動詞", "形容詞", "助動詞")
_CASE_ROLES = ("に", "と")
"""Edited Japanese doubles these as a matter of course: 1955年に国連に加盟, 〜と思ったと述べた (a time
and a place, a quotation and its verb). They count only in strict mode."""


def _negated(ahead: str) -> bool:
    """The predicate right after is negated (目には見えない): the は before it is contrastive."""
    return bool(re.match(r"[^、。]{1,4}?(?:ない|なく|なかっ|ませ|ず)", ahead))


def _exempt(run: list[tokens.Token], before: str, after: tokens.Token | None = None, ahead: str = "") -> bool:
    """textlint's exceptions (連体化の, を, 接続助詞て, 並立助詞) and Tsuji's, each a construction
    of well-edited Japanese: the parallel 「AもBも」 (a も straight after a noun), the は of a
    negation, the が of an idiom of existence or ability, and に/と in their usual pairs."""
    surface = "".join(r.surface for r in run)
    last = run[-1].pos
    following = after.surface if after is not None else ""
    return (
        last in _ALLOWED
        or surface == "を"
        or surface in _CASE_ROLES
        or (last == "助詞,接続助詞" and surface in ("て", "で"))
        or (surface == "も" and before.startswith("名詞"))
        or (surface.endswith("は") and (following.startswith(_NEGATIVE) or _negated(ahead)))
        or (surface == "が" and following.startswith(_IDIOM_AFTER_GA))
    )


def _doubled_joshi(seg: Segment, options: Options) -> Iterator[Hit]:
    """The same particle twice in a sentence with no other particle between (min_interval 1),
    as textlint's no-doubled-joshi judges it: particles in a row are one (には), and 、 or a
    bracket between two counts as a step."""
    tk = tokens.loaded()
    if tk is None:
        return
    interval = int(options.get("min_interval", 1))
    strict = bool(options.get("strict", False))
    allow = set(options.get("allow", []))
    plain, where = compact(seg.masked)
    for s in sentences(plain):
        seen: dict[str, int] = {}
        index = 0
        run: list[tokens.Token] = []
        before = prev = ""
        toks = [*tk.tokens(plain[s.start : s.end]), tokens.Token("", "", s.end - s.start)]
        for j, t in enumerate(toks):
            if t.pos.startswith("助詞"):
                if not run:
                    before = prev
                run.append(t)
                continue
            if run:
                surface = "".join(r.surface for r in run)
                key = f"{surface}:{run[-1].pos}"
                ahead = "".join(x.surface for x in toks[j : j + 3])
                if surface not in allow and (strict or not _exempt(run, before, t, ahead)):
                    last = seen.get(key)
                    if last is not None and index - last <= interval:
                        a = where[s.start + run[0].start]
                        b = where[s.start + run[-1].start + len(run[-1].surface) - 1] + 1
                        yield Hit(a, b, args={"particle": surface})
                    seen[key] = index
                index += 1
                run = []
            if t.surface and any(ch in _SEPARATORS for ch in t.surface):  # janome reads "℃、" as one
                index += 1
            elif not strict and t.pos.startswith(_PREDICATES):
                index += interval + 1  # a predicate between: two clauses (冬が終わり春が来る)
            prev = t.pos


_PARTICLE_TWICE = re.compile(r"(?<!も)([のをがにでへ])\1(?![ぁ-ん]*[々])")
"""の twice after も is ものの (a conjunction: 〜したものの), not a slip."""
_UNIT_TWICE = re.compile(rf"((?:{JA}|ー){{3,8}}?)\1")
"""Two-character reduplication is Japanese (日に日に, いろいろ, まだまだ); three or more is a slip."""


def _doubled_word(seg: Segment, _: Options) -> Iterator[Hit]:
    text = seg.masked
    for m in _PARTICLE_TWICE.finditer(text):
        yield Hit(m.start(), m.end(), m.group(1), {"word": m.group()})
    tk = tokens.loaded()
    for m in _UNIT_TWICE.finditer(text):
        unit = m.group(1)
        if len(set(unit)) == 1:
            continue
        if tk is not None and re.fullmatch("[ぁ-ゖ]+", unit) and len(tk.tokens(unit)) == 1:
            continue  # a word said twice on purpose: ひとつひとつ, ひとりひとり, そろそろ
        yield Hit(m.start(), m.end(), unit, {"word": unit})


_PIVOTS = ("以降", "以来", "以後", "以前", "当時", "現在", "同時", "直後", "直前", "結果", "場合", "一方")
"""Nouns that end an adverbial phrase: more kanji straight after one want a 、 (1975年以降社会主義)."""


def _missing_comma(toks: tuple[tokens.Token, ...]) -> bool:
    """A run of kanji that is not one compound: a verb or adverb in it, or an adverbial noun with
    more words after it. An all-noun run is a name or a term of art, written as it is."""
    for i, t in enumerate(toks):
        if not t.pos.startswith(("名詞", "接頭詞")):  # 全日本…, 総選挙: a prefix is part of the compound
            return True
        if t.surface in _PIVOTS and i < len(toks) - 1:
            return True
    return False


def _kanji_run(seg: Segment, options: Options) -> Iterator[Hit]:
    limit = int(options.get("max", 6))
    allow = set(options.get("allow", []))
    tk = tokens.loaded()
    for m in re.finditer(r"[\u4e00-\u9fff々〇]+", seg.masked):
        run = m.group()
        if len(run) <= limit or run in allow:
            continue
        if tk is not None and not _missing_comma(tk.tokens(run)):
            continue  # a compound name or term (全日本学生自治会総連合, 化学合成独立栄養細菌群)
        yield Hit(m.start(), m.end(), args={"n": len(run), "max": limit})


def _half_kana(seg: Segment, _: Options) -> Iterator[Hit]:
    for m in re.finditer("[\uff65-\uff9f]+", seg.masked):
        yield Hit(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()))


def _nfd(seg: Segment, _: Options) -> Iterator[Hit]:
    for m in re.finditer(r".[\u0300-\u036f\u3099\u309a]+", seg.text):
        yield Hit(m.start(), m.end(), unicodedata.normalize("NFC", m.group()))


_SLIP = re.compile(
    r"(?<=[ぁ-んー])([a-z]{1,2})(?=[ぁ-んァ-ヶー−－]|n?[ぁ-んァ-ヶ])|(?<=[ァ-ヶー])([a-z]{1,2})(?=[ァ-ヶー−－])"
)
"""Latin letters inside kana. After a katakana word and before hiragana they are part of a name
(シトクロムcなど, ビタミンeを): only letters between hiragana, or inside katakana, are slips."""


def _ime_slip(seg: Segment, _: Options) -> Iterator[Hit]:
    for m in _SLIP.finditer(seg.masked):
        g = 1 if m.group(1) else 2
        yield Hit(m.start(g), m.end(g), args={"found": m.group(g)})


_BRACKET_PAIRS = [("「", "」"), ("『", "』"), ("（", "）"), ("(", ")"), ("［", "］"), ("“", "”"), ('"', '"')]
_ENUMERATION = re.compile(r"^[\s\ue000]*[0-9a-zA-Z]{1,2}\)")


def _brackets(seg: Segment, _: Options) -> Iterator[Hit]:
    masked = seg.masked
    enum = _ENUMERATION.match(masked)
    if enum:
        masked = masked[: enum.end() - 1] + MASK + masked[enum.end() :]
        seg = Segment(seg.text, masked)
    for left, right in _BRACKET_PAIRS:
        for hit in pairs(seg, left, right):
            yield Hit(hit.start, hit.end, args={"mark": masked[hit.start], "left": left, "right": right})


RULES: list[Rule] = [
    Rule(
        "mixed-register",
        W,
        "{want}に統一してください(「{found}」)。",
        "Keep one register: {want_en} (\u201c{found}\u201d is not).",
        check_document=_mixed,
        kinds=frozenset({Kind.BODY, Kind.HEADING, Kind.LIST}),
        options={"prefer": "", "skip_brackets": True},
        summary="本文・見出し・箇条書きのそれぞれで です・ます と である を混ぜない(prefer で本文を指定)",
        right="首相は辞任した。後任は未定だ。",
        wrong="首相は辞任した。後任は未定です。",
    ),
    Rule(
        "sentence-length",
        H,
        "一文が長すぎます({n}字、上限{max}字)。",
        "A long sentence ({n} characters; the limit is {max}).",
        check=_long_sentence,
        kinds=PROSE,
        options={"max": 100},
        summary="長すぎる文",
        right="短い文。",
        wrong="(上限を超える長さの一文)",
    ),
    Rule(
        "max-ten",
        H,
        "一文の読点が多すぎます({n}個、上限{max}個)。",
        "Too many 、 in one sentence ({n}; the limit is {max}).",
        check=_many_commas,
        kinds=PROSE,
        options={"max": 3},
        summary="一文の読点の数",
        right="まず、次に、最後に。",
        wrong="a、b、c、d、e。",
    ),
    Rule(
        "doubled-joshi",
        W,
        "一文に助詞「{particle}」が続けて使われています。",
        "The particle 「{particle}」 twice in one sentence.",
        check=_doubled_joshi,
        kinds=PROSE,
        options={"min_interval": 1, "strict": False, "allow": []},
        summary="同じ助詞の重複(形態素解析)",
        right="私は彼が好きだ。",
        wrong="私は彼は好きだ。",
    ),
    Rule(
        "doubled-word",
        W,
        "「{word}」が重なっています。",
        "\u201c{word}\u201d is doubled.",
        check=_doubled_word,
        summary="語の重複",
        right="日本の首相",
        wrong="日本のの首相",
    ),
    Rule(
        "kanji-run",
        H,
        "漢字が{n}字続いています(上限{max}字)。",
        "{n} kanji in a row (the limit is {max}).",
        check=_kanji_run,
        kinds=PROSE,
        options={"max": 6, "allow": []},
        summary="漢字の連続",
        right="国家安全保障の会議",
        wrong="国家安全保障会議議長",
    ),
    Rule(
        "hankaku-kana",
        E,
        "半角カタカナは使いません。",
        "No half-width katakana.",
        check=_half_kana,
        summary="半角カタカナ",
        right="ニュース",
        wrong="ﾆｭｰｽ",
    ),
    Rule(
        "nfd",
        E,
        "濁点・半濁点が分解された文字(NFD)があります。",
        "A character is decomposed (NFD).",
        check=_nfd,
        summary="分解された濁点(NFD)",
        right="が (U+304C)",
        wrong="が (U+304B U+3099)",
    ),
    Rule(
        "ime-slip",
        W,
        "かなの中にローマ字「{found}」が残っています(入力ミス?)。",
        "Stray Latin letters \u201c{found}\u201d inside kana (an input slip?).",
        check=_ime_slip,
        summary="入力ミスのローマ字",
        right="リリース",
        wrong="リイrース",
    ),
    Rule(
        "brackets",
        E,
        "「{mark}」に対応する{left}{right}がありません。",
        "\u201c{mark}\u201d has no partner ({left}{right}).",
        check=_brackets,
        summary="かっこ・引用符の対応(ブロック内)",
        right="「行く」と",
        wrong="行く」と",
    ),
]
