"""Names for the glossary, proposed from aligned pairs of the blog's archive.

A name is proposed only where the evidence holds: the same capitalised English name
beside the same katakana in pairs of at least two posts, that katakana in most of the
pairs that have the name, and the katakana a plausible transliteration of the name
(their consonants agree). Words capitalised only because they start a sentence or a
heading (``Effect``, ``Recovery``) are not names: they occur in lower case too.
Proposals are shown to the translator, never added by themselves.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from editor.core import inline

_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")
_KATAKANA = re.compile(r"[ァ-ヺー][ァ-ヺー・=＝]*[ァ-ヺー]人?")
_TITLES = frozenset(
    re.findall(
        r"\w+",
        "mr mrs ms dr sir dame lord lady the president vice prime minister chief secretary senator sen"
        " rep representative governor gov mayor king queen prince princess pope general gen colonel"
        " captain judge justice chancellor speaker chairman chairwoman professor prof saint"
        " former foreign defense defence finance health home state attorney deputy leader opposition"
        " ambassador envoy commissioner director coach manager striker midfielder defender",
    )
)
"""Words that stand before a name (President Donald Trump, Chief Minister Arvind Kejriwal)."""
_CALENDAR = frozenset(
    re.findall(
        r"\w+",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June"
        " July August September October November December",
    )
)
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s+|^\W*)([A-Z][a-z]+)")

_KANA_CLASS = {
    **dict.fromkeys("カキクケコガギグゲゴ", "K"),
    **dict.fromkeys("サシスセソザジズゼゾチヂツヅ", "S"),
    **dict.fromkeys("タテトダデド", "T"),
    **dict.fromkeys("ナニヌネノンマミムメモ", "N"),
    **dict.fromkeys("フバビブベボパピプペポヴ", "P"),
    **dict.fromkeys("ラリルレロ", "R"),
}
"""Katakana by the consonant it writes: voiced and unvoiced together, m with n (ン is both
before p/b), h, w and y left out (English writes them silently as often as not)."""

_DIGRAPHS = (
    ("ph", "f"),
    ("gh", ""),
    ("ck", "k"),
    ("sch", "s"),
    ("ch", "s"),
    ("sh", "s"),
    ("th", "t"),
    ("kn", "n"),
    ("wr", "r"),
    ("ng", "n"),
    ("x", "ks"),
)
_LETTER_CLASS = {
    **dict.fromkeys("kgq", "K"),
    **dict.fromkeys("szj", "S"),
    **dict.fromkeys("td", "T"),
    **dict.fromkeys("mn", "N"),
    **dict.fromkeys("pbfv", "P"),
    **dict.fromkeys("rl", "R"),
}


@dataclass(frozen=True)
class NameProposal:
    source: str
    target: str
    pairs: int
    """How many aligned pairs have both."""
    posts: int = 1
    """In how many posts."""


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def kana_consonants(run: str) -> str:
    return _collapse("".join(_KANA_CLASS.get(ch, "") for ch in run))


def latin_consonants(name: str) -> str:
    s = re.sub(r"\bx", "z", name.lower())  # Xavier: an x that starts a word sounds z
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k")
    return _collapse("".join(_LETTER_CLASS.get(ch, "") for ch in s))


def transliterates(name: str, run: str) -> bool:
    """Whether the katakana could be the name written as it sounds (Trump/トランプ, Voss/フォス,
    Greece/ギリシャ), not a translation or a neighbour (Covid/コロナウイルス, Senate/ドル)."""
    a, b = latin_consonants(name), kana_consonants(run)
    if len(a) < 2 or not b:
        return a == b and bool(a)
    if re.search(r"(?:ian|ians|ean|eans|ans|ese|ish)$", name) and " " not in name and run[-1] != "人":
        return False  # an adjective (Iranian, Chinese): the katakana is the country's name
    if min(len(a), len(b)) < 0.6 * max(len(a), len(b)):
        return False  # one writes more words than the other (Resetting State / リセット)
    return a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.65


def _strip_titles(name: str, at_start: bool, lower: Counter[str]) -> str:
    """``Delhi Chief Minister Arvind Kejriwal`` → ``Arvind Kejriwal``: what follows the last title;
    ``On Monday Halvorsen`` → ``Halvorsen``: a sentence's first word the text also writes in lower
    case, and days and months, are no part of a name."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if w.lower() in _TITLES), default=-1)
    words = words[last + 1 :]
    if at_start and last < 0 and len(words) > 1 and lower[words[0].lower()]:
        words.pop(0)
    while len(words) > 1 and words[0] in _CALENDAR:
        words.pop(0)
    return " ".join(words)


def _runs(target: str) -> set[str]:
    """Katakana runs, with the parts of a run written with ・ (マーク・メドウズ gives メドウズ and
    マーク too: the English may name one part only)."""
    out = set()
    for run in _KATAKANA.findall(target):
        out.add(run)
        parts = [p for p in re.split(r"[・=＝]", run) if p]
        for k in range(1, len(parts)):
            out.update(("・".join(parts[:k]), "・".join(parts[k:])))
    return out


def propose_names(
    pairs: Sequence[tuple[str, str] | tuple[str, str, str]],
    known: set[str] | None = None,
    least: int = 2,
    posts: int = 2,
) -> list[NameProposal]:
    """Names for the glossary from aligned ``(source, target[, post])`` pairs (Yves Smith ↔
    イヴ・スミス): beside the same katakana in at least `least` pairs of at least `posts` posts."""
    known = {k.casefold() for k in (known or set())}
    plain = [
        (inline.to_plain(p[0]), inline.to_plain(p[1]), p[2] if len(p) > 2 else str(n))
        for n, p in enumerate(pairs)
    ]
    lower: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # capitalised words seen where no sentence starts
    for source, _, _ in plain:
        words = _WORD.findall(source)
        lower.update(w for w in words if w.islower())
        starts = {m.group(1) for m in _SENTENCE_START.finditer(source)}
        inside.update(w for w in words if w[0].isupper() and w not in starts)
    with_name: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    where: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for source, target, post in plain:
        names = set()
        for m in _NAME_RUN.finditer(source):
            before = source[: m.start()].rstrip()
            name = _strip_titles(m.group(), not before or before[-1] in '.!?:;"“(', lower)
            if " " not in name and (lower[name.lower()] * 3 >= inside[name] or not inside[name]):
                continue  # a common word, capitalised where a sentence starts
            names.add(name)
        runs = _runs(target)
        for name in names:
            with_name[name] += 1
            for run in runs:
                if transliterates(name, run):
                    together[(name, run)] += 1
                    where[(name, run)].add(post)
    best: dict[str, tuple[int, str]] = {}
    for (name, run), count in together.items():
        if count < least or len(where[(name, run)]) < posts or count * 10 < with_name[name] * 6:
            continue
        if (count, len(run)) > (best.get(name, (0, ""))[0], len(best.get(name, (0, ""))[1])):
            best[name] = (count, run)
    used: dict[str, str] = {}
    out = []
    for name, (count, run) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):
        if name.casefold() in known or run in used:
            continue  # a katakana run already given to a longer, more frequent name
        used[run] = name
        out.append(NameProposal(name, run, count, len(where[(name, run)])))
    return out
