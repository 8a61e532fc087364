"""The name glossary: term pairs with notes ("Yves Smith" → "イヴ・スミス")."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from editor.core import store
from editor.core.atomic import atomic_write
from editor.core.decode import ImportFailed, read_text
from editor.core.messages import Msg
from editor.core.paths import user_dirs


@dataclass(frozen=True)
class Term:
    source: str
    target: str
    note: str = ""


@dataclass(frozen=True)
class Hit:
    term: Term
    start: int
    end: int


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _guard(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice
    against CSV injection); reading the file back removes it."""
    return "'" + cell if cell.startswith(_FORMULA) else cell


def _unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA) else cell


_WORD = re.compile(r"\w+")


def _latin_word_edge(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


class TermIndex:
    """The terms by their first word (a term that starts with a Latin letter or digit, matched
    as whole words) or by their first character (any other term, matched anywhere): a text is
    read once, looking up each word start and each character, however many terms there are."""

    def __init__(self, terms: list[Term]) -> None:
        self.by_word: dict[str, list[tuple[str, Term]]] = {}
        self.by_char: dict[str, list[tuple[str, Term]]] = {}
        for t in sorted(terms, key=lambda t: -len(t.source)):
            folded = t.source.casefold()
            if not folded:
                continue
            if _latin_word_edge(t.source[0]):
                first = _WORD.match(folded)
                key = first.group() if first else folded[0]
                self.by_word.setdefault(key, []).append((folded, t))
            else:
                self.by_char.setdefault(folded[0], []).append((folded, t))

    def find(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        folded = text.casefold()
        if len(folded) != len(text):  # a letter that folds to two (ß → ss): positions by lower()
            folded = text.lower() if len(text.lower()) == len(text) else text
        at, size = 0, len(text)
        while at < size:
            found = self._longest(text, folded, at)
            if found is None:
                at += 1
                continue
            hits.append(Hit(found[1], at, at + len(found[0])))
            at += max(1, len(found[0]))
        return hits

    def _longest(self, text: str, folded: str, at: int) -> tuple[str, Term] | None:
        candidates: list[tuple[str, Term]] = []
        if _latin_word_edge(text[at]) and (at == 0 or not _is_word(text[at - 1])):
            word = _WORD.match(folded, at)
            if word is not None:
                candidates = self.by_word.get(word.group(), [])
        extra = self.by_char.get(folded[at])
        if extra:
            candidates = sorted([*candidates, *extra], key=lambda c: -len(c[0]))
        for source, term in candidates:
            end = at + len(source)
            if folded.startswith(source, at) and not (
                _latin_word_edge(term.source[-1]) and end < len(text) and _is_word(text[end])
            ):
                return source, term
        return None


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Glossary(store.Store):
    WHAT = Msg("the glossary")
    SCHEMA = (
        "CREATE TABLE IF NOT EXISTS terms (source TEXT NOT NULL, target TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT '', key TEXT PRIMARY KEY);"
    )

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or user_dirs().data / "glossary.sqlite")
        self._cache: list[Term] | None = None
        self._pattern: TermIndex | None = None
        self._version = -1

    def terms(self) -> list[Term]:
        with self._lock:
            version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:  # another connection (the CLI, another window) changed it
            self._cache, self._pattern, self._version = None, None, version
        if self._cache is None:
            with self._lock:
                rows = self.db.execute("SELECT source, target, note FROM terms ORDER BY source").fetchall()
            self._cache = [Term(*map(str, r)) for r in rows]
        return self._cache

    def add(self, term: Term) -> None:
        self.add_many([term])

    def add_many(self, terms: list[Term]) -> int:
        rows = [
            (t.source.strip(), t.target.strip(), t.note.strip(), t.source.strip().casefold()) for t in terms
        ]
        rows = [r for r in rows if r[0] and r[1]]
        with self._lock:
            before = int(self.db.execute("SELECT COUNT(*) FROM terms").fetchone()[0])
            self.db.executemany("INSERT OR REPLACE INTO terms VALUES (?, ?, ?, ?)", rows)
            self.db.commit()
            added = int(self.db.execute("SELECT COUNT(*) FROM terms").fetchone()[0]) - before
        self._cache, self._pattern = None, None
        return added

    def remove(self, source: str) -> None:
        with self._lock:
            self.db.execute("DELETE FROM terms WHERE key=?", (source.strip().casefold(),))
            self.db.commit()
        self._cache, self._pattern = None, None

    def find(self, text: str) -> list[Hit]:
        """Terms in ``text``, longest first where they overlap; whole words for Latin script."""
        terms = self.terms()
        if not terms or not text:
            return []
        if self._pattern is None:
            self._pattern = TermIndex(terms)
        return self._pattern.find(text)

    def import_file(self, path: Path) -> int:
        text = read_text(path)
        dialect = (
            "excel-tab"
            if path.suffix.lower() in (".tsv", ".tab") or "\t" in text.split("\n", 1)[0]
            else "excel"
        )
        try:
            rows = [
                [_unguard(cell) for cell in row] for row in csv.reader(io.StringIO(text), dialect=dialect)
            ]
        except csv.Error as e:
            raise ImportFailed(Msg("{path}: not a readable term list ({e})", path=path, e=e)) from e
        if rows and [c.strip().casefold() for c in rows[0][:2]] in (
            ["source", "target"],
            ["term", "translation"],
        ):
            rows = rows[1:]
        bad = [i + 1 for i, r in enumerate(rows) if r and len([c for c in r if c.strip()]) < 2]
        if bad and len(bad) == len([r for r in rows if r]):
            raise ImportFailed(
                Msg("{path}: no term pairs found (each line needs a term and its translation)", path=path)
            )
        return self.add_many([Term(r[0], r[1], r[2] if len(r) > 2 else "") for r in rows if len(r) >= 2])

    def export_file(self, path: Path) -> int:
        buf = io.StringIO()
        writer = csv.writer(buf, dialect="excel-tab" if path.suffix.lower() in (".tsv", ".tab") else "excel")
        writer.writerow(["source", "target", "note"])
        terms = self.terms()
        for t in terms:
            writer.writerow([_guard(t.source), _guard(t.target), _guard(t.note)])
        atomic_write(path, buf.getvalue().encode("utf-8"), backup=False)
        return len(terms)
