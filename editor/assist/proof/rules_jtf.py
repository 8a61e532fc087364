"""Rules of the JTF style guide (JTF日本語標準スタイルガイド 2.x), numbered as the guide numbers them.

Each rule is written from the guide's text; the textlint JTF preset's test verdicts were replayed
against them (docs/proofreading.md has the figures)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from editor.assist.proof import kansuji, register
from editor.assist.proof.closing import stop_before_close as _stop_before_close
from editor.assist.proof.model import Hit, Kind, Options, Rule, Segment, Severity, spans
from editor.assist.proof.prose import JA, MASK

E, W, H = Severity.ERROR, Severity.WARNING, Severity.HINT
BODY = frozenset({Kind.BODY})


def _replace(pattern: str, fix: str | None) -> object:
    """A rule that finds group 1 of ``pattern`` and, if ``fix`` is given, replaces it with it."""
    rx = re.compile(pattern)

    def check(seg: Segment, _: Options) -> Iterator[Hit]:
        for start, end, _text in spans(rx, seg.masked):
            yield Hit(start, end, fix)

    return check


def _map(pattern: str, table: dict[str, str]) -> object:
    rx = re.compile(pattern)

    def check(seg: Segment, _: Options) -> Iterator[Hit]:
        for start, end, text in spans(rx, seg.masked):
            yield Hit(start, end, "".join(table.get(c, c) for c in text))

    return check


def _nfkc(pattern: str) -> object:
    rx = re.compile(pattern)

    def check(seg: Segment, _: Options) -> Iterator[Hit]:
        for m in rx.finditer(seg.masked):
            yield Hit(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()))

    return check


# 1.1.1 / 1.1.3: です・ます and である in one body, or in one list


def _mixed(segments: list[Segment], options: Options) -> Iterator[tuple[Segment, Hit]]:
    yield from register.minority(segments, options)


def _sentence_item(seg: Segment) -> bool:
    """An item that is a sentence, whose closing 。 the list's other items should share. An item
    that introduces what follows (`App.js` は：), ends on ！ or ？, or is a noun phrase (a name, a
    link) is no sentence to compare."""
    body = seg.masked.replace(MASK, "").rstrip(" \u3000")
    return bool(body) and (body[-1] == "。" or "ぁ" <= body[-1] <= "ゖ")


def _mixed_lists(segments: list[Segment], options: Options) -> Iterator[tuple[Segment, Hit]]:
    groups: dict[str | None, list[Segment]] = {}
    for seg in segments:
        if seg.kind == Kind.LIST:
            groups.setdefault(seg.group, []).append(seg)
    for group in groups.values():
        yield from register.minority(group, options)
        items = [s for s in group if _sentence_item(s)]
        stops = [s.masked.rstrip(" \u3000" + MASK).endswith("。") for s in items]
        if any(stops) and not all(stops):
            want = stops.count(True) >= stops.count(False)
            for seg, stop in zip(items, stops, strict=True):
                if stop != want:
                    end = len(seg.masked.rstrip(" \u3000" + MASK))
                    yield seg, Hit(max(end - 1, 0), end, args={"want": "。" if want else ""})


def _heading_stop(seg: Segment, _: Options) -> Iterator[Hit]:
    m = re.search(r"(。)[\s" + MASK + r"]*\Z", seg.masked)
    if m:
        yield Hit(m.start(1), m.end(1), "")


# 1.2.1: ASCII , . used as Japanese punctuation
_JP_PUNCT = re.compile(rf"(?<={JA})([,.])(?!\.)|(?<!\.)([,.])(?={JA})")
"""A lone , or . beside Japanese; "..." is an ellipsis, not a period."""


def _jp_punct(seg: Segment, _: Options) -> Iterator[Hit]:
    for m in _JP_PUNCT.finditer(seg.masked):
        i = m.start()
        if seg.masked[i] == "." and i > 0 and seg.masked[i - 1].isdigit():
            continue
        yield Hit(i, i + 1, "、" if seg.masked[i] == "," else "。")


# 2.1.10: a decimal comma (0,5)
_DECIMAL_COMMA = re.compile(r"(?<![\d,])0+(,)\d+(?![\d,])")

# 2.2.2: numbers that count are Arabic; idioms and approximate numbers are kanji
_K = f"[{kansuji.CHARS}]+"
_COUNTED = re.compile(
    rf"(?<![数何幾{kansuji.CHARS}])({_K})(?=[兆億万](?!一))"
    rf"|(?<![数何幾{kansuji.CHARS}])({_K})(?=(つ)|回|か月|ヶ月|番目|進法|次元)"
    rf"|(?<=第)({_K})(?=[章節])"
)
"""(数万回, 何千回 are approximate: kanji, as 2.2.2 wants them.)"""
_IDIOMS = [
    (re.compile(r"世界(1)(?![0-9])"), "一"),
    (re.compile(r"(?<![0-9])(1)時的"), "一"),
    (re.compile(r"(?<![0-9])(1)部分"), "一"),
    (re.compile(r"(?<![0-9])(1)部の"), "一"),
    (re.compile(r"(?<![0-9第])(1)番に"), "一"),
    (re.compile(r"(?<![0-9])(1)種(?!類)"), "一"),
    (re.compile(r"第(3)者"), "三"),
    (re.compile(r"(?<![0-9])(5)大陸"), "五"),
    (re.compile(r"数(10+)(?=[倍年兆億万])"), None),
    (re.compile(r"(?<![0-9])([0-9])次関数"), None),
]
_FIXED_EXPRESSIONS = re.compile(
    r"[一二三四五六七八九]つ(?:返事|子|星|編|葉|橋|と[無な]い|に一つ|ひとつ|一つ)|(?:ただ|唯|[女男]手|穴|瓜|馬鹿の)[一二]つ"
)


def _numerals(seg: Segment, options: Options) -> Iterator[Hit]:
    text = seg.masked
    fixed = [m.span() for m in _FIXED_EXPRESSIONS.finditer(text)]
    tsu = bool(options.get("tsu", True))
    for m in _COUNTED.finditer(text):
        g = next(i for i in (1, 2, 4) if m.group(i))
        start, end = m.span(g)
        if any(a <= start < b for a, b in fixed) or (m.group(3) and not tsu):
            continue
        value = kansuji.to_int(m.group(g))
        if value is not None:
            yield Hit(start, end, str(value), {"direction": "arabic"})
    for rx, kanji in _IDIOMS:
        for m in rx.finditer(text):
            digits = m.group(1)
            yield Hit(m.start(1), m.end(1), kanji or kansuji.from_int(int(digits)), {"direction": "kanji"})


# 4.2.1 / 4.2.2: ！ and ？ full-width, and a full-width space before the next sentence


def _mark(half: str, full: str) -> object:
    # a half-width mark that ends a title in 『』 or 「」 is part of the name (『かしこまりり!』)
    rx = re.compile(rf"(?<={JA})({re.escape(half)})(?![」』])|(?<=[{full}])( )(?=[^\s{full}])")

    def check(seg: Segment, _: Options) -> Iterator[Hit]:
        for start, end, text in spans(rx, seg.masked):
            yield Hit(start, end, full if text == half else "\u3000")

    return check


# 3.3: spaces inside or beside brackets
_BRACKETS = "()（）[]［］「」『』"
_BRACKET_SPACE = re.compile(
    rf"([ \u3000])(?=[{re.escape(_BRACKETS)}])|(?<=[{re.escape(_BRACKETS)}])([ \u3000])"
)


def _bracket_space(seg: Segment, options: Options) -> Iterator[Hit]:
    text = seg.masked
    allow_half = options.get("allowOutsideHalfParentheses", True)
    for m in _BRACKET_SPACE.finditer(text):
        i = m.start()
        if allow_half and (text[i : i + 2] == " (" or text[i - 1 : i + 1] == ") "):
            continue
        if i > 0 and text[i - 1] in ":：":
            continue  # the space of a colon that sets off a subtitle: 党論 : 「併党」論を批判する
        yield Hit(i, i + 1, "")
    if options.get("requireOutsideHalfParentheses", False):
        for m in re.finditer(rf"(?<={JA})\(", text):
            yield Hit(m.start(), m.end(), " (")
        for m in re.finditer(rf"\)(?={JA})", text):
            yield Hit(m.start(), m.end(), ") ")


# 4.3.1: half-width parentheses around or beside Japanese
_PARENS = [
    re.compile(rf"(?<={JA})([()])(?={JA})"),
    re.compile(rf"^(\()(?={JA})"),
    re.compile(rf"(?<={JA})(\))$"),
]


def _half_parens(seg: Segment, _: Options) -> Iterator[Hit]:
    text = seg.masked
    found: set[int] = set()
    for m in re.finditer(r"\(([^()\n]*)\)", text):
        if re.search(JA, m.group(1)):
            found.update((m.start(), m.end() - 1))
    for rx in _PARENS:
        found.update(m.start(1) for m in rx.finditer(text))
    for i in sorted(found):
        yield Hit(i, i + 1, "（" if text[i] == "(" else "）")


# 4.3.3-4.3.8: pairs that open and close within a paragraph


def pairs(seg: Segment, left: str, right: str) -> Iterator[Hit]:
    text = seg.masked
    if left == right:
        where = [i for i, c in enumerate(text) if c == left]
        if len(where) % 2:
            yield Hit(where[-1], where[-1] + 1, args={"left": left, "right": right})
        return
    stack: list[int] = []
    stray: list[int] = []
    for i, c in enumerate(text):
        if c == left:
            stack.append(i)
        elif c == right:
            if stack:
                stack.pop()
            else:
                stray.append(i)
    for i in sorted(stray + stack):
        yield Hit(i, i + 1, args={"left": left, "right": right})


def _pair(left: str, right: str) -> object:
    def check(seg: Segment, _: Options) -> Iterable[Hit]:
        return pairs(seg, left, right)

    return check


def _angle_pairs(seg: Segment, options: Options) -> Iterable[Hit]:
    return pairs(seg, "<", ">")


def _rule(number: str, severity: Severity, ja: str, en: str, check: object, **kw: object) -> Rule:
    return Rule(f"jtf-{number}", severity, ja, en, check=check, **kw)  # type: ignore[arg-type]


_BRACKET_FIX = {"[": "［", "]": "］"}
_HALF_KANA = "[\uff65-\uff9f]+"

RULES: list[Rule] = [
    Rule(
        "jtf-1.1.1",
        W,
        "本文の文体を{want}に統一してください(「{found}」)。",
        "Keep the body in one register: {want_en} (\u201c{found}\u201d is not).",
        check_document=_mixed,
        kinds=BODY,
        options={"prefer": "", "skip_brackets": True},
        summary="です・ます調とである調を本文で混在させない",
        right="今日は晴れです。明日は雨です。",
        wrong="今日は晴れです。明日は雨である。",
    ),
    Rule(
        "jtf-1.1.2",
        W,
        "見出しの文末に句点(。)を付けません。",
        "No 。 at the end of a heading.",
        check=_heading_stop,
        kinds=frozenset({Kind.HEADING, Kind.TITLE}),
        summary="見出しの末尾の句点",
        right="## 背景",
        wrong="## 背景。",
    ),
    Rule(
        "jtf-1.1.3",
        W,
        "ひとまとまりの箇条書きでは文体と文末の句点を統一します。",
        "Items of one list share their register and their closing 。.",
        check_document=_mixed_lists,
        kinds=frozenset({Kind.LIST}),
        options={"prefer": "", "skip_brackets": False},
        summary="箇条書きの文体と句点の統一",
        right="- 速い。\n- 安い。",
        wrong="- 速いです。\n- 安い",
    ),
    _rule(
        "1.2.1",
        E,
        "和文の句読点には全角の「、」「。」を使います。",
        "Japanese sentences take 、 and 。, not , and .",
        _jp_punct,
        summary="和文中の半角カンマ・ピリオド",
        right="東京、大阪。",
        wrong="東京,大阪.",
    ),
    _rule(
        "1.2.2",
        E,
        "全角のピリオド(．)とカンマ(，)は使いません。",
        "No full-width ． or ，.",
        _map("([．，])", {"．": ".", "，": ","}),
        summary="全角のピリオドとカンマ",
        right="Node.js",
        wrong="Node．js",
    ),
    _rule(
        "2.1.5",
        E,
        "カタカナは全角で表記します。",
        "Katakana is written full-width.",
        _nfkc(_HALF_KANA),
        summary="半角カタカナ",
        right="カタカナ",
        wrong="ｶﾀｶﾅ",
    ),
    _rule(
        "2.1.8",
        E,
        "算用数字は半角で表記します。",
        "Arabic digits are half-width.",
        _nfkc("[０-９]+"),
        summary="全角数字",
        right="2026年",
        wrong="２０２６年",
    ),
    _rule(
        "2.1.9",
        E,
        "アルファベットは半角で表記します。",
        "Latin letters are half-width.",
        _nfkc("[Ａ-Ｚａ-ｚ]+"),
        summary="全角アルファベット",
        right="NATO",
        wrong="ＮＡＴＯ",
    ),
    _rule(
        "2.1.10",
        E,
        "小数点にはピリオドを使います。",
        "A decimal point is a period.",
        _replace(_DECIMAL_COMMA.pattern, "."),
        summary="小数点のカンマ",
        right="0.5秒",
        wrong="0,5秒",
    ),
    _rule(
        "2.2.2",
        W,
        "数を数える語には算用数字、慣用的な語には漢数字を使います({found}→{fix})。",
        "Counted numbers in Arabic digits, idioms in kanji ({found} → {fix}).",
        _numerals,
        options={"tsu": True},
        summary="算用数字と漢数字の使い分け",
        right="第3章、一時的",
        wrong="第三章、1時的",
    ),
    _rule(
        "3.1.1",
        W,
        "全角文字と半角文字の間にスペースを入れません。",
        "No space between full-width and half-width characters.",
        _replace(rf"(?<=[A-Za-z0-9])( )(?={JA})|(?<![0-9][年月日])(?<={JA})( )(?=[A-Za-z0-9])", ""),
        summary="全角と半角の間のスペース",
        right="iPhoneを買った",
        wrong="iPhone を買った",
    ),
    _rule(
        "3.1.2",
        W,
        "全角文字どうしの間にスペースを入れません。",
        "No space between full-width characters.",
        # (a space after a date sets it off, as chronologies do: 1946年6月 憲法草案を発表)
        _replace(
            rf"(?<![0-9][年月日])(?<=(?![ァ-ヶ]){JA})([ \u3000])(?={JA})"
            rf"|(?<![0-9][年月日])(?<={JA})([ \u3000])(?=(?![ァ-ヶ]){JA})",
            "",
        ),
        summary="全角文字どうしの間のスペース",
        right="日本語の文",
        wrong="日本語 の文",
    ),
    _rule(
        "3.2",
        W,
        "カタカナ語の間は中黒か半角スペースで区切ります。",
        "Separate katakana words with ・ or a half-width space.",
        _replace("(?<=[ァ-ヶー])(\u3000)(?=[ァ-ヶー])", "・"),
        summary="カタカナ語間の全角スペース",
        right="ドナルド・トランプ",
        wrong="ドナルド　トランプ",
    ),
    _rule(
        "3.3",
        W,
        "かっこの外側と内側にスペースを入れません。",
        "No space inside or beside brackets.",
        _bracket_space,
        options={"allowOutsideHalfParentheses": True, "requireOutsideHalfParentheses": False},
        summary="かっこの前後のスペース",
        right="「例」を",
        wrong="「 例 」 を",
    ),
    _rule(
        "4.1.1",
        E,
        "閉じかっこの前に句点を打ちません。",
        "No 。 before a closing bracket.",
        _stop_before_close,
        summary="閉じかっこの前の句点",
        right="「行く」と",
        wrong="「行く。」と",
    ),
    _rule(
        "4.1.3",
        E,
        "和文の句点にピリオドは使いません。",
        "A Japanese sentence ends with 。, not a period.",
        _replace(rf"(?<={JA})(\.)(?!\.)", "。"),  # "..." is an ellipsis
        summary="和文の後のピリオド",
        right="終わり。",
        wrong="終わり.",
    ),
    _rule(
        "4.2.1",
        W,
        "感嘆符は全角で、文が続くときは直後に全角スペースを入れます。",
        "Use full-width ！, followed by a full-width space when a sentence follows.",
        _mark("!", "！"),
        summary="半角の感嘆符",
        right="すごい！",
        wrong="すごい!",
    ),
    _rule(
        "4.2.2",
        W,
        "疑問符は全角で、文が続くときは直後に全角スペースを入れます。",
        "Use full-width ？, followed by a full-width space when a sentence follows.",
        _mark("?", "？"),
        summary="半角の疑問符",
        right="本当？",
        wrong="本当?",
    ),
    _rule(
        "4.2.4",
        E,
        "中黒は全角(・)を使います。",
        "The middle dot is full-width ・.",
        _replace(rf"(?<={JA}|[A-Za-z])(･)(?={JA}|[A-Za-z])", "・"),
        summary="半角の中黒",
        right="日・米",
        wrong="日･米",
    ),
    _rule(
        "4.2.5",
        W,
        "数値の範囲には全角の波線(〜)を使います。",
        "A range of numbers takes 〜.",
        _replace(r"(?<=\d)(~)(?=\d)", "〜"),
        summary="範囲の半角チルダ",
        right="3〜5",
        wrong="3~5",
    ),
    _rule(
        "4.2.6",
        W,
        "和文ではハイフン(-)を使いません。",
        "No hyphen in Japanese text.",
        _replace(rf"(?<={JA})(-)(?![0-9])|(-)(?={JA})", None),
        summary="和文中のハイフン",
        right="東京-3",
        wrong="東京-大阪",
    ),
    _rule(
        "4.2.7",
        W,
        "和文ではコロンは全角(：)で表記します。",
        "In Japanese text a colon is full-width ：.",
        _replace(rf"(?<={JA})(:)", "："),
        summary="半角コロン",
        right="例：東京",
        wrong="例:東京",
    ),
    _rule(
        "4.2.8",
        W,
        "和文ではセミコロン(;)を使いません。",
        "No semicolon in Japanese text.",
        _replace(rf"(?<={JA})(;)", None),
        summary="和文中のセミコロン",
        right="東京。大阪",
        wrong="東京;大阪",
    ),
    _rule(
        "4.2.9",
        W,
        "和文ではダッシュを使いません。",
        "No dash in Japanese text.",
        _replace(f"(?<={JA})([\u2012-\u2015])", None),
        summary="和文中のダッシュ",
        right="東京（首都）",
        wrong="東京――首都",
    ),
    _rule(
        "4.3.1",
        W,
        "丸かっこは全角（）を使います。",
        "Parentheses in Japanese text are full-width （）.",
        _half_parens,
        summary="半角の丸かっこ",
        right="東京（首都）",
        wrong="東京(首都)",
    ),
    _rule(
        "4.3.2",
        W,
        "大かっこは全角［］を使います。",
        "Square brackets in Japanese text are full-width ［］.",
        _map(rf"(?<={JA})([\[\]])", _BRACKET_FIX),
        summary="半角の大かっこ",
        right="［設定］",
        wrong="設定[保存]",
    ),
    _rule(
        "4.3.3",
        E,
        "かぎかっこ「」が対になっていません。",
        "「 and 」 do not pair up.",
        _pair("「", "」"),
        summary="「」の対応",
        right="「行く」と",
        wrong="行く」と",
    ),
    _rule(
        "4.3.4",
        E,
        "二重かぎかっこ『』が対になっていません。",
        "『 and 』 do not pair up.",
        _pair("『", "』"),
        summary="『』の対応",
        right="『本』",
        wrong="『本",
    ),
    _rule(
        "4.3.5",
        E,
        '二重引用符""が対になっていません。',
        'Double quotes " do not pair up.',
        _pair('"', '"'),
        summary='""の対応',
        right='"word"',
        wrong='"word',
    ),
    _rule(
        "4.3.6",
        E,
        "中かっこ{{}}が対になっていません。",
        "{{ and }} do not pair up.",
        _pair("{", "}"),
        summary="{}の対応",
        right="{a}",
        wrong="{a",
    ),
    _rule(
        "4.3.7",
        E,
        "山かっこ<>が対になっていません。",
        "< and > do not pair up.",
        _angle_pairs,
        summary="<>の対応",
        right="<a>",
        wrong="<a",
    ),
    _rule(
        "4.3.8",
        E,
        "一重引用符‘’が対になっていません。",
        "‘ and ’ do not pair up.",
        _pair("‘", "’"),
        summary="‘’の対応",
        right="‘語’",
        wrong="‘語",
    ),
]
