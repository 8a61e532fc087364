from __future__ import annotations

from pathlib import Path

import pytest

from editor.assist.glossary import Glossary, Term
from editor.assist.memory import Memory, normalise
from editor.assist.proof import check_article, load_style
from editor.core.decode import ImportFailed
from editor.core.model import Article, Block, Status
from editor.core.units import Unit
from editor.io.tmx import read_tmx, write_tmx


@pytest.fixture
def memory(tmp_path: Path) -> Memory:
    m = Memory(tmp_path / "tm.sqlite")
    m.add_many(
        [
            Unit(
                "The government insisted that there was nothing left to discuss.",
                "政府は話し合うことは何もないと言い張った。",
            ),
            Unit(
                "The government insisted that there was nothing to discuss.",
                "政府は話すことはないと主張した。",
            ),
            Unit("The union was promised something else.", "組合は別のことを約束されていた。"),
            Unit("Prices rose sharply in the capital last week.", "先週、首都で物価が急騰した。"),
            Unit(
                "政府は協議の再開を確認した。", "The government confirmed the talks will resume.", "ja", "en"
            ),
        ]
    )
    return m


def test_exact_then_fuzzy_ranked(memory: Memory) -> None:
    hits = memory.lookup("The government insisted that there was nothing left to discuss.", "en")
    assert hits[0].score == 100 and hits[0].unit.target == "政府は話し合うことは何もないと言い張った。"
    assert hits[1].unit.target == "政府は話すことはないと主張した。" and 70 <= hits[1].score < 100
    assert all(h.unit.source_lang == "en" for h in hits)
    fuzzy = memory.lookup("The government insisted there was nothing left to discuss!", "en")
    assert fuzzy[0].score < 100 and fuzzy[0].unit.source.startswith(
        "The government insisted that there was nothing left"
    )
    assert [h.score for h in fuzzy] == sorted((h.score for h in fuzzy), reverse=True)
    assert memory.lookup("Completely unrelated words about football results.", "en") == []


def test_full_width_text_is_normalised(memory: Memory) -> None:
    hits = memory.lookup("ＴＨＥ ＵＮＩＯＮ ｗａｓ ｐｒｏｍｉｓｅｄ ｓｏｍｅｔｈｉｎｇ ｅｌｓｅ．", "en")
    assert hits and hits[0].score == 100
    assert normalise("Ｔｓｕｊｉ　２０２６") == "tsuji 2026"


def test_japanese_fuzzy(memory: Memory) -> None:
    hits = memory.lookup("政府は協議の再開を確認しました。", "ja", "en")
    assert hits and hits[0].unit.target.startswith("The government confirmed") and hits[0].score >= 70


def test_update_replaces_instead_of_duplicating(memory: Memory) -> None:
    before = len(memory)
    memory.add(Unit("The union was promised something else.", "組合には別の約束がされていた。"))
    assert len(memory) == before
    assert (
        memory.lookup("The union was promised something else.", "en")[0].unit.target
        == "組合には別の約束がされていた。"
    )


def test_diff_marks_what_differs(memory: Memory) -> None:
    query = "The government insisted that there was nothing left to debate."
    hit = memory.lookup(query, "en")[0]
    assert hit.unit.source == "The government insisted that there was nothing left to discuss."
    pieces = hit.diff(query)
    assert "".join(p for p, _ in pieces) == hit.unit.source
    assert [p for p, differs in pieces if differs] == ["discuss"]


def test_concordance_in_sources_and_translations(memory: Memory) -> None:
    assert {u.target for u in memory.concordance("nothing left")} == {
        "政府は話し合うことは何もないと言い張った。"
    }
    assert [u.source for u in memory.concordance("首都")] == ["Prices rose sharply in the capital last week."]
    assert memory.concordance("組合")  # two characters: a LIKE search


OMEGAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
          creationtoolversion="6.0.0" segtype="sentence" srclang="EN-US"/>
  <body>
    <tu>
      <tuv xml:lang="EN-US"><seg>The minister resigned on <bpt i="1">&lt;b&gt;</bpt>Monday<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="JA" changeid="me" changedate="20260301T101500Z"><seg>大臣は月曜日に辞任した。</seg></tuv>
    </tu>
    <tu srclang="de-DE">
      <tuv xml:lang="de-DE"><seg>Die Gespräche gehen weiter.</seg></tuv>
      <tuv xml:lang="ja-JP"><seg>協議は続く。</seg></tuv>
    </tu>
    <tu><tuv xml:lang="EN-US"><seg>No Japanese here.</seg></tuv><tuv xml:lang="FR"><seg>Pas de japonais.</seg></tuv></tu>
  </body>
</tmx>
"""


def test_tmx_from_another_tool_round_trips(memory: Memory, tmp_path: Path) -> None:
    other = tmp_path / "omegat.tmx"
    other.write_text(OMEGAT_TMX, "utf-8")
    units = read_tmx(other)
    assert [(u.source, u.target, u.source_lang) for u in units] == [
        ("The minister resigned on Monday.", "大臣は月曜日に辞任した。", "en"),
        ("Die Gespräche gehen weiter.", "協議は続く。", "de"),
    ]
    memory.add_many(units)
    out = tmp_path / "out.tmx"
    assert write_tmx(out, memory.all_units()) == len(memory)
    again = read_tmx(out)
    assert {(u.source, u.target) for u in again if u.target_lang == "ja"} >= {
        (u.source, u.target) for u in units
    }
    assert '<tuv xml:lang="ja">' in out.read_text("utf-8")


def test_broken_tmx_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", "utf-8")
    with pytest.raises(ImportFailed, match="not a valid TMX"):
        read_tmx(bad)


def test_glossary_find_import_export_and_check(tmp_path: Path) -> None:
    g = Glossary(tmp_path / "g.sqlite")
    csv_file = tmp_path / "terms.csv"
    csv_file.write_text(
        'source,target,note\nYves Smith,イヴ・スミス,NC editor\n"Castell, city",カステル市,\nUN,国連,\n',
        "utf-8",
    )
    assert g.import_file(csv_file) == 3
    hits = g.find("Yves Smith said the UN in Castell, city was late; the unions disagreed.")
    assert [h.term.target for h in hits] == ["イヴ・スミス", "国連", "カステル市"]  # "unions" is not "UN"
    out = tmp_path / "out.tsv"
    assert g.export_file(out) == 3
    assert "Yves Smith\tイヴ・スミス\tNC editor" in out.read_text("utf-8")
    article = Article(title="t")
    article.blocks = [
        Block(
            "Yves Smith concluded that the UN was wrong.",
            draft="イヴ・スミスは結論付けた。",
            status=Status.DONE,
        )
    ]
    findings = [p for p in check_article(article, load_style("blog"), g) if p.rule == "glossary"]
    assert [(p.block, p.message_en) for p in findings] == [(1, "Glossary: “UN” should be “国連”.")]


def _by_pattern(terms: list[Term], text: str) -> list[tuple[str, int, int]]:
    """What one big alternation of the terms finds (longest first, whole Latin words)."""
    import re

    alts = []
    for t in sorted(terms, key=lambda t: -len(t.source)):
        body = re.escape(t.source)
        if re.match(r"\w", t.source[0]) and t.source[0].isascii():
            body = r"(?<!\w)" + body
        if re.match(r"\w", t.source[-1]) and t.source[-1].isascii():
            body += r"(?!\w)"
        alts.append(body)
    by_key = {t.source.casefold(): t for t in terms}
    pattern = re.compile("|".join(alts), re.IGNORECASE)
    return [(by_key[m.group().casefold()].source, m.start(), m.end()) for m in pattern.finditer(text)]


def test_the_indexed_lookup_finds_what_a_pattern_of_every_term_finds(tmp_path: Path) -> None:
    import random

    rng = random.Random(5)
    pieces = [
        "Smith",
        "Yves Smith",
        "New York",
        "York",
        "U.S.",
        "AT&T",
        "e-mail",
        "東京",
        "東京都",
        "Zürich",
        "Москва",
        "#MeToo",
        "NATO",
        "nato summit",
        "IMF",
        "42nd",
        "O'Brien",
        "Ankara",
    ]
    glossary = Glossary(tmp_path / "g.sqlite")
    glossary.add_many([Term(p, f"訳{i}") for i, p in enumerate(pieces)])
    filler = [" ", ", ", "s ", "'s ", "-", "x", "。", "都庁", "ville ", " the ", "\n", "_", "9"]
    for _ in range(400):
        text = "".join(rng.choice(pieces + filler) for _ in range(rng.randint(1, 14)))
        text = text.upper() if rng.random() < 0.2 else text
        found = [(h.term.source, h.start, h.end) for h in glossary.find(text)]
        assert found == _by_pattern(glossary.terms(), text), text
    glossary.close()
