"""Scoring an import against ../shared/corpus (used by tests and benchmarks/corpus_table.py)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from editor.core import inline
from editor.core.model import Article

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def pages() -> list[Path]:
    return sorted(CORPUS.glob("rd-*")) if CORPUS.is_dir() else []


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def norm(text: str) -> str:
    return " ".join(words(text))


def loose_author(text: str) -> str:
    return re.sub(r"^by\s+", "", " ".join(text.split()).casefold())


@dataclass
class Score:
    page: str
    checks: dict[str, bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(self.checks.values())


def score(page: Path, article: Article) -> Score:
    exp = json.loads((page / "expected.json").read_text("utf-8"))
    s = Score(page.name)
    s.checks["title"] = " ".join(article.source_title.split()) == " ".join(exp["title"].split())
    if not s.checks["title"]:
        s.notes.append(f"title {article.source_title!r}")
    if exp["author"]:
        s.checks["author"] = loose_author(article.author) == loose_author(exp["author"])
        if not s.checks["author"]:
            s.notes.append(f"author {article.author!r}")
    quotes = [b for b in article.blocks if b.quote_group is not None]
    body = [b for b in article.blocks if b.quote_group is None]
    quote_words = Counter(w for b in quotes for w in words(inline.to_plain(b.source)))
    covered = []
    for bq in exp["blockquotes"]:
        want = Counter(words(bq))
        got = sum((want & quote_words).values())
        covered.append(got / max(1, sum(want.values())))
    s.checks["quotes"] = all(c >= 0.9 for c in covered)
    if covered:
        s.notes.append("quote coverage " + ", ".join(f"{c:.0%}" for c in covered))
    expected_quote_words = Counter(w for bq in exp["blockquotes"] for w in words(bq))
    wrong = []
    for b in quotes:
        mine = Counter(words(inline.to_plain(b.source)))
        inside = sum((mine & expected_quote_words).values()) / max(1, sum(mine.values()))
        if inside < 0.9:
            wrong.append(inline.to_plain(b.source)[:50])
    s.checks["no false quotes"] = not wrong
    if wrong:
        s.notes.append(f"wrongly quoted: {wrong}")
    texts = [norm(inline.to_plain(b.source)) for b in body]
    at = 0
    found = 0
    for para in exp["paragraphs"]:
        want = norm(para)
        hit = next((i for i in range(at, len(texts)) if want and want in texts[i]), None)
        if hit is None:
            s.notes.append(f"missing paragraph {para[:50]!r}")
            break
        found += 1
        at = hit + 1
    s.checks["paragraphs"] = found == len(exp["paragraphs"])
    want_lang = (exp["lang"] or "").split("-")[0].lower()
    if want_lang:
        s.checks["lang"] = article.source_lang == want_lang
        if not s.checks["lang"]:
            s.notes.append(f"lang {article.source_lang!r}")
    return s
