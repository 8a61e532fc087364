"""Bulk loading the memory (the archive aligner, TMX imports) and upgrading an older memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from editor.assist.memory import BULK, Memory
from editor.core.units import Unit


def _units(n: int) -> list[Unit]:
    return [
        Unit(f"The harbour board met {i} times to discuss tariff number {i * 7} and the pier.", f"訳文{i}")
        for i in range(n)
    ]


def test_bulk_load_is_searchable_like_single_adds(tmp_path: Path) -> None:
    m = Memory(tmp_path / "m.sqlite")
    try:
        units = _units(BULK + 10)
        assert m.add_many(units) == len(units) and len(m) == len(units)
        assert [u.target for u in m.concordance("number 700 and")] == ["訳文100"]
        best = m.lookup("The harbour board met 100 times to discuss tariff number 700 and the piers.", "en")
        assert best and best[0].unit.target == "訳文100" and best[0].score >= 90
        m.add(Unit("A single new sentence about the lighthouse keeper.", "灯台守の一文。"))
        assert [u.target for u in m.concordance("lighthouse keeper")] == [
            "灯台守の一文。"
        ]  # triggers are back
        m.add_many(units)  # again: replaced, not duplicated
        assert len(m) == len(units) + 1
        assert [u.target for u in m.concordance("number 700 and")] == ["訳文100"]
        # the fuzzy index's lookups are indexed again after the bulk load dropped them
        indexes = {str(r[0]) for r in m.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"lsh_key", "lsh_unit"} <= indexes
        plan = " ".join(
            str(r[-1]) for r in m.db.execute("EXPLAIN QUERY PLAN SELECT unit FROM lsh WHERE band=1 AND key=2")
        )
        assert "lsh_key" in plan
    finally:
        m.close()


def test_an_older_memory_is_upgraded_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    m = Memory(path)
    m.add_many(_units(50))
    m.close()
    db = sqlite3.connect(path)  # as Tsuji 0.1 left it: no confidence column, another index, version 0
    db.executescript(
        "CREATE TABLE u2 AS SELECT id, source, target, source_lang, target_lang, norm, article, updated FROM units;"
        "UPDATE lsh SET key = key + 1; PRAGMA user_version = 0;"
    )
    db.commit()
    db.close()
    again = Memory(path)
    try:
        best = again.lookup("The harbour board met 7 times to discuss tariff number 49 and the piers.", "en")
        assert best and best[0].unit.target == "訳文7"
    finally:
        again.close()
