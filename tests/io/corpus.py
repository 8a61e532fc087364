"""Scoring imports against ../shared/corpus as corpus-wide totals.

Used by tests/io/test_corpus.py (which asserts the totals against floors) and by
benchmarks/corpus_table.py (which prints every page and the totals). Nothing here
knows how many pages there are: the corpus grows, and every page that has an
`expected.json` counts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from editor.core import inline
from editor.core.model import Article

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# measure -> (label, "higher" is better or "lower")
MEASURES: dict[str, tuple[str, str]] = {
    "titles": ("titles", "higher"),
    "quotes": ("quotes found", "higher"),
    "false_quotes": ("false quote blocks", "lower"),
    "paragraphs": ("paragraphs in order", "higher"),
    "lang": ("language", "higher"),
    "required": ("required sentences", "higher"),
    "quoted_required": ("required sentences in quotes", "higher"),
    "boilerplate": ("boilerplate kept out", "higher"),
}


def pages(root: Path = CORPUS) -> list[Path]:
    """Every page of the corpus (or of another folder of the same form) with an expected.json,
    whatever its suite."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "expected.json").is_file())


def words(text: str) -> list[str]:
    """The words of a text, compared under Unicode's canonical equivalence (a Bengali "ড়" written
    as one code point or as two is the same letter), soft hyphens left out (Deutsch-U+00AD-land is
    one word)."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text.replace("\xad", "")).casefold())


def norm(text: str) -> str:
    return " ".join(words(text))


@dataclass
class PageScore:
    """Hits and totals of one page, per measure (a measure the page records nothing for is absent)."""

    page: str
    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, measure: str, hit: int, total: int) -> None:
        self.hits[measure] = self.hits.get(measure, 0) + hit
        self.totals[measure] = self.totals.get(measure, 0) + total


@dataclass
class Totals:
    hits: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)

    def add(self, s: PageScore) -> None:
        self.hits.update(s.hits)
        self.totals.update(s.totals)

    def rate(self, measure: str) -> float:
        total = self.totals[measure]
        return self.hits[measure] / total if total else 0.0

    def line(self, measure: str) -> str:
        label, _ = MEASURES[measure]
        return f"{label:<30}{self.hits[measure]:>6} of {self.totals[measure]:<6}{self.rate(measure):>8.1%}"


TITLE_SEPARATOR = re.compile(
    r"\s+[|–—·\-/»:]\s+|:\s+|(?<=[\u3000-\u9fff\uff00-\uffef])\s*_\s*|\s*(?=（[^）]+）)|\s+(?=\[[^\]]+\]$)"
)
"""What sets a site's or a section's name off a headline: a dash, a bar, a colon; an underscore
after Chinese or Japanese ("新闻标题 _科技 _网站"); a name in full-width parentheses
("見出し（CNET Japan） - Yahoo!ニュース") or in square brackets at the end ("… [LWN.net]")."""


def same_title(mine: str, expected: str) -> bool:
    """Equal after normalising, or equal but for a site or section name set off by a separator,
    or a headline of six words or more that differs from the truth by a letter or two.

    Suites disagree on whether "Post title – Site Name" is the title; an importer that drops
    the site name (as Tsuji does on purpose) has still found the title. A suite's truth has
    typos ("complex thinkin") and headlines copied from a tag that words them a little
    differently from the page ("Dropbox’s ATF - …" over an <h1> "Dropbox ATF: …").
    """
    a, b = norm(mine), norm(expected)
    if not a or not b:
        return a == b
    if a == b or (
        min(len(a.split()), len(b.split())) >= 6 and SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= 0.97
    ):
        return True
    shorter, longer = (mine, expected) if len(a) < len(b) else (expected, mine)
    parts = TITLE_SEPARATOR.split(longer)
    want = norm(shorter)
    return any(
        norm(" ".join(parts[i:j])) == want for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    )


def _coverage(want_text: str, have: Counter[str]) -> float:
    want = Counter(words(want_text))
    return sum((want & have).values()) / max(1, sum(want.values()))


def score(page: Path, article: Article) -> PageScore:
    exp = json.loads((page / "expected.json").read_text("utf-8"))
    s = PageScore(page.name)
    if exp.get("title"):
        ok = same_title(article.source_title, exp["title"])
        s.add("titles", int(ok), 1)
        if not ok:
            s.notes.append(f"title {article.source_title!r}")
    quotes = [b for b in article.blocks if b.quote_group is not None]
    body = [b for b in article.blocks if b.quote_group is None]
    if exp.get("blockquotes") is not None:
        quote_words = Counter(w for b in quotes for w in words(inline.to_plain(b.source)))
        for bq in exp["blockquotes"]:
            c = _coverage(bq, quote_words)
            s.add("quotes", int(c >= 0.9), 1)
            if c < 0.9:
                s.notes.append(f"quote {c:.0%} covered: {bq[:50]!r}")
        expected_words = Counter(w for bq in exp["blockquotes"] for w in words(bq))
        false = 0
        for b in quotes:
            if _coverage(inline.to_plain(b.source), expected_words) < 0.9:
                false += 1
                s.notes.append(f"false quote: {inline.to_plain(b.source)[:50]!r}")
        s.add("false_quotes", false, len(quotes))
    if exp.get("paragraphs"):
        texts = [norm(inline.to_plain(b.source)) for b in body]
        at = 0
        for para in exp["paragraphs"]:
            want = norm(para)
            hit = next((i for i in range(at, len(texts)) if want and want in texts[i]), None)
            s.add("paragraphs", int(hit is not None), 1)
            if hit is None:
                s.notes.append(f"paragraph missing or out of order: {para[:50]!r}")
            else:
                at = hit + 1
    want_lang = (exp.get("lang") or "").replace("_", "-").split("-")[0].lower()
    if want_lang:
        ok = article.source_lang == want_lang
        s.add("lang", int(ok), 1)
        if not ok:
            s.notes.append(f"lang {article.source_lang!r}, expected {want_lang!r}")
    text = norm(" ".join(inline.to_plain(b.source) for b in article.blocks))
    quoted = norm(" ".join(inline.to_plain(b.source) for b in quotes))
    for sentence in exp.get("must_contain") or []:
        ok = norm(sentence) in text
        s.add("required", int(ok), 1)
        if not ok:
            s.notes.append(f"missing sentence: {sentence[:50]!r}")
    for sentence in exp.get("must_contain_in_blockquote") or []:
        ok = norm(sentence) in quoted
        s.add("quoted_required", int(ok), 1)
        if not ok:
            s.notes.append(f"not in a quote: {sentence[:50]!r}")
    for sentence in exp.get("must_not_contain") or []:
        ok = norm(sentence) not in text
        s.add("boilerplate", int(ok), 1)
        if not ok:
            s.notes.append(f"boilerplate kept: {sentence[:50]!r}")
    return s
