"""Translation memory: SQLite (WAL) with an FTS5 trigram index, fuzzy-ranked with rapidfuzz.

Every block confirmed done goes in; an update replaces the unit of the same
(normalised) source and languages. A fuzzy lookup narrows the candidates with
MinHash bands (20 bands of 3 rows over word pairs, or character trigrams for
CJK and very short texts), ranks them by shared bands, and scores at most 300
with rapidfuzz, so it stays fast with 100,000 units. The FTS5 trigram index
serves the concordance search.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from editor.core import inline, store
from editor.core.messages import Msg
from editor.core.paths import user_dirs
from editor.core.units import Unit

MIN_SCORE = 70.0
CANDIDATES = 300
BANDS, ROWS = 20, 3
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def shingles(norm: str) -> set[str]:
    """Word pairs for spaced languages; character trigrams for CJK or short texts."""
    words = re.findall(r"\w+", norm)
    if len(_CJK.findall(norm)) * 3 > len(norm) or len(words) < 4:
        compact = norm.replace(" ", "")
        return {compact[i : i + 3] for i in range(max(1, len(compact) - 2))}
    return {f"{a} {b}" for a, b in itertools.pairwise(words)}


SIGNATURE_VERSION = 2
"""Stored as the database's user_version: an older index is rebuilt once on open."""
_K = BANDS * ROWS
_EMPTY = 1 << 64


def signature(norm: str) -> list[int]:
    """MinHash bands by one-permutation hashing: each shingle is hashed once and falls in one
    of 60 bins, whose minimum is kept; an empty bin borrows from the next filled one (rotation
    densification). Two texts share a bin's value with probability close to their Jaccard
    similarity, as with 60 separate hash functions, at a tenth of the cost. With 20 bands of 3
    rows, two texts whose shingle sets overlap by half share a band about 93 % of the time, by
    0.7 over 99.9 %; unrelated texts (Jaccard 0.02) almost never do.
    """
    found = shingles(norm)
    if not found:
        return []
    mins = [_EMPTY] * _K
    for s in found:
        h = int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
        b, v = h % _K, h // _K
        if v < mins[b]:
            mins[b] = v
    if _EMPTY in mins:
        out = list(mins)
        borrowed: tuple[int, int] | None = None
        for step in range(2 * _K):
            i = (_K - 1 - step) % _K
            if mins[i] != _EMPTY:
                borrowed = (i, mins[i])
            elif borrowed is not None and out[i] == _EMPTY:
                out[i] = borrowed[1] * 131 + (borrowed[0] - i) % _K
        mins = out
    return [hash_band(mins[i * ROWS : (i + 1) * ROWS]) for i in range(BANDS)]


def hash_band(values: list[int]) -> int:
    h = 1469598103934665603
    for v in values:
        h = ((h ^ v) * 1099511628211) & ((1 << 63) - 1)
    return h


def normalise(text: str) -> str:
    """The words only: inline Markdown (links, emphasis) removed, NFKC (folds full-width
    letters), lower case, single spaces. A block stored with its links matches itself."""
    return " ".join(unicodedata.normalize("NFKC", inline.to_plain(text)).casefold().split())


@dataclass(frozen=True)
class Match:
    score: float
    unit: Unit

    def diff(self, query: str) -> list[tuple[str, bool]]:
        """The memory's source as (piece, differs from the query) runs."""
        a, b = _tokens(query), _tokens(self.unit.source)
        out: list[tuple[str, bool]] = []
        for op, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if j2 > j1:
                out.append(("".join(b[j1:j2]), op != "equal"))
        return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|\s+|[^\w\s]", text)


_FTS_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS units_ai AFTER INSERT ON units BEGIN"
    " INSERT INTO units_fts(rowid, norm, target) VALUES (new.id, new.norm, new.target); END",
    "CREATE TRIGGER IF NOT EXISTS units_au AFTER UPDATE ON units BEGIN"
    " INSERT INTO units_fts(units_fts, rowid, norm, target) VALUES ('delete', old.id, old.norm, old.target);"
    " INSERT INTO units_fts(rowid, norm, target) VALUES (new.id, new.norm, new.target); END",
)
_LSH_INDEXES = (
    "CREATE INDEX IF NOT EXISTS lsh_key ON lsh (band, key)",
    "CREATE INDEX IF NOT EXISTS lsh_unit ON lsh (unit)",
)
BULK = 2000
"""From this many units at once, add_many rebuilds the trigram index instead of feeding it."""

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS units (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL, target TEXT NOT NULL,
  source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
  norm TEXT NOT NULL, article TEXT NOT NULL DEFAULT '', updated REAL NOT NULL,
  confidence REAL NOT NULL DEFAULT 1.0,
  UNIQUE (norm, source_lang, target_lang)
);
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5(
  norm, target, content='units', content_rowid='id', tokenize='trigram'
);
CREATE TABLE IF NOT EXISTS lsh (band INTEGER NOT NULL, key INTEGER NOT NULL, unit INTEGER NOT NULL);
"""
    + "".join(f"{t};\n" for t in _LSH_INDEXES)
    + """
CREATE TRIGGER IF NOT EXISTS units_ad AFTER DELETE ON units BEGIN
  DELETE FROM lsh WHERE unit = old.id;
  INSERT INTO units_fts(units_fts, rowid, norm, target) VALUES ('delete', old.id, old.norm, old.target);
END;
"""
    + "".join(f"{t};\n" for t in _FTS_TRIGGERS)
)


class Memory(store.Store):
    WHAT = Msg("the translation memory")
    SCHEMA = SCHEMA

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or user_dirs().data / "memory.sqlite", reentrant=True)
        self._upgrade()

    def _upgrade(self) -> None:
        """A memory written by an older Tsuji: add the confidence column, rebuild the index."""
        with self._lock:
            version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
            if version >= SIGNATURE_VERSION:
                return
            columns = {str(r[1]) for r in self.db.execute("PRAGMA table_info(units)")}
            if "confidence" not in columns:
                self.db.execute("ALTER TABLE units ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0")
            self.db.execute("DELETE FROM lsh")
            rows = self.db.execute("SELECT id, norm FROM units").fetchall()
            self.db.executemany(
                "INSERT INTO lsh (band, key, unit) VALUES (?, ?, ?)",
                [(band, key, uid) for uid, norm in rows for band, key in enumerate(signature(str(norm)))],
            )
            self.db.execute(f"PRAGMA user_version = {SIGNATURE_VERSION}")
            self.db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self.db.execute("SELECT count(*) FROM units").fetchone()[0])

    # --- writing ---------------------------------------------------------------

    def add(self, unit: Unit) -> None:
        self.add_many([unit])

    def add_many(self, units: Iterable[Unit]) -> int:
        """Add or replace units, in one transaction; a bulk load of 100,000 takes seconds.
        Returns how many were new (a unit already there is updated, not counted)."""
        rows = [
            (
                u.source,
                u.target,
                u.source_lang,
                u.target_lang,
                normalise(u.source),
                u.article,
                u.updated or time.time(),
                u.confidence,
            )
            for u in units
            if u.source.strip() and u.target.strip()
        ]
        signatures = {row[4]: signature(row[4]) for row in rows}
        bulk = len(rows) >= BULK
        with self._lock:
            before = int(self.db.execute("SELECT COUNT(*) FROM units").fetchone()[0])
            try:
                if bulk:  # the trigram index is rebuilt once at the end: 5x faster than row by row
                    self.db.execute("BEGIN")
                    for name in ("units_ai", "units_au"):
                        self.db.execute(f"DROP TRIGGER IF EXISTS {name}")
                self.db.executemany(
                    "INSERT INTO units (source, target, source_lang, target_lang, norm, article, updated,"
                    " confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (norm, source_lang, target_lang) DO UPDATE SET"
                    " source=excluded.source, target=excluded.target, article=excluded.article,"
                    " updated=excluded.updated, confidence=excluded.confidence",
                    rows,
                )
                self.db.execute("CREATE TEMP TABLE IF NOT EXISTS batch (norm TEXT, sl TEXT, tl TEXT)")
                self.db.execute("DELETE FROM batch")
                self.db.executemany("INSERT INTO batch VALUES (?, ?, ?)", [(r[4], r[2], r[3]) for r in rows])
                ids = self.db.execute(
                    "SELECT DISTINCT u.id, u.norm FROM batch b JOIN units u"
                    " ON u.norm = b.norm AND u.source_lang = b.sl AND u.target_lang = b.tl"
                ).fetchall()
                self.db.executemany("DELETE FROM lsh WHERE unit=?", [(uid,) for uid, _norm in ids])
                if bulk:  # the band indexes too are built once, after the rows: a sort, not 2M inserts
                    self.db.execute("DROP INDEX IF EXISTS lsh_key")
                    self.db.execute("DROP INDEX IF EXISTS lsh_unit")
                self.db.executemany(
                    "INSERT INTO lsh (band, key, unit) VALUES (?, ?, ?)",
                    [(band, key, uid) for uid, norm in ids for band, key in enumerate(signatures[str(norm)])],
                )
                if bulk:
                    for statement in _LSH_INDEXES:
                        self.db.execute(statement)
                self.db.execute("DELETE FROM batch")
                if bulk:
                    self.db.execute("INSERT INTO units_fts(units_fts) VALUES ('rebuild')")
                    for statement in _FTS_TRIGGERS:
                        self.db.execute(statement)
                self.db.commit()
            except BaseException:
                self.db.rollback()
                raise
            return int(self.db.execute("SELECT COUNT(*) FROM units").fetchone()[0]) - before

    # --- reading ---------------------------------------------------------------

    def _unit(self, row: tuple[object, ...]) -> Unit:
        return Unit(str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), float(str(row[5])))

    def exact(self, source: str, source_lang: str, target_lang: str = "ja") -> Unit | None:
        with self._lock:
            row = self.db.execute(
                "SELECT source, target, source_lang, target_lang, article, updated FROM units"
                " WHERE norm=? AND source_lang=? AND target_lang=?",
                (normalise(source), source_lang, target_lang),
            ).fetchone()
        return self._unit(row) if row else None

    def _candidates(self, norm: str, source_lang: str, target_lang: str) -> list[tuple[str, Unit]]:
        """Units that share at least one LSH band with the query, most shared first."""
        keys = list(enumerate(signature(norm)))
        if not keys:
            return []
        values = ",".join("(?, ?)" for _ in keys)
        params: list[object] = [v for pair in keys for v in pair]
        with self._lock:
            rows = self.db.execute(
                f"WITH q(band, key) AS (VALUES {values})"
                " SELECT u.source, u.target, u.source_lang, u.target_lang, u.article, u.updated, u.norm"
                " FROM (SELECT l.unit AS id, count(*) AS shared FROM q JOIN lsh l"
                "       ON l.band = q.band AND l.key = q.key GROUP BY l.unit"
                "       ORDER BY shared DESC LIMIT ?) c JOIN units u ON u.id = c.id"
                " WHERE u.source_lang = ? AND u.target_lang = ?",
                [*params, CANDIDATES, source_lang, target_lang],
            ).fetchall()
        return [(str(r[6]), self._unit(r)) for r in rows]

    def lookup(self, source: str, source_lang: str, target_lang: str = "ja", limit: int = 3) -> list[Match]:
        """The exact match first (100), then the best fuzzy matches of at least 70."""
        from rapidfuzz import fuzz

        norm = normalise(source)
        if not norm:
            return []
        out: list[Match] = []
        exact = self.exact(source, source_lang, target_lang)
        if exact is not None:
            out.append(Match(100.0, exact))
        scored = []
        for cand_norm, unit in self._candidates(norm, source_lang, target_lang):
            if cand_norm == norm:
                continue
            score = fuzz.ratio(norm, cand_norm, score_cutoff=MIN_SCORE)
            if score:
                scored.append(Match(round(min(score, 99.0), 1), unit))
        scored.sort(key=lambda m: -m.score)
        return (out + scored)[:limit]

    def concordance(self, text: str, limit: int = 50) -> list[Unit]:
        """Units whose source or translation holds ``text``."""
        norm = normalise(text)
        if not norm:
            return []
        with self._lock:
            if len(norm) >= 3:
                phrase = '"' + norm.replace('"', '""') + '"'
                rows = self.db.execute(
                    "SELECT u.source, u.target, u.source_lang, u.target_lang, u.article, u.updated"
                    " FROM units_fts JOIN units u ON u.id = units_fts.rowid WHERE units_fts MATCH ?"
                    " ORDER BY u.updated DESC LIMIT ?",
                    (phrase, limit),
                ).fetchall()
            else:
                literal = norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                like = f"%{literal}%"  # "%" and "_" are searched for, not wildcards
                rows = self.db.execute(
                    "SELECT source, target, source_lang, target_lang, article, updated FROM units"
                    " WHERE norm LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\'"
                    " ORDER BY updated DESC LIMIT ?",
                    (like, like, limit),
                ).fetchall()
        return [self._unit(r) for r in rows]

    def all_units(self) -> list[Unit]:
        with self._lock:
            rows = self.db.execute(
                "SELECT source, target, source_lang, target_lang, article, updated FROM units ORDER BY id"
            ).fetchall()
        return [self._unit(r) for r in rows]
