"""The importer against ../shared/corpus, scored as corpus-wide totals.

Each floor is what the importer reached when it was last raised; a change that
lowers a total fails here. Per-page results: benchmarks/corpus_table.py -v.
"""

from __future__ import annotations

import pytest

from editor.io.importers import import_web_bytes
from tests.io.corpus import MEASURES, Totals, pages, score

# The lowest acceptable rate of each measure ("false_quotes": the highest).
FLOORS = {
    # 33 of 35. The two the suite's truth counts wrong are its own quirks: rd-theverge's og:title
    # and <h1> agree on a headline its <title> words differently (readability took the <title>);
    # rd-v8-blog's <title> and <h1> say "Outside the web: standalone …", which readability cut at
    # the colon and kept " · V8" (Tsuji returned the <title> with " · V8" before titles were
    # weighed, which the suite's matching happened to accept).
    "titles": 0.94,
    "quotes": 0.96,
    "false_quotes": 0.03,
    "paragraphs": 0.93,
    "lang": 1.00,
    "required": 0.97,
    # 4 of 5: tf-gaijinpot's fifth is a pull quote that repeats a sentence of the body, which the
    # import issue says is not a new quote (the suite counts it as one).
    "quoted_required": 0.80,
    "boilerplate": 0.94,
}


@pytest.fixture(scope="module")
def totals() -> Totals:
    found = pages()
    if not found:
        pytest.skip("../shared/corpus is absent on this machine")
    t = Totals()
    for page in found:
        t.add(score(page, import_web_bytes((page / "source.html").read_bytes(), page.name)))
    return t


@pytest.mark.parametrize("measure", list(MEASURES))
def test_corpus_total_holds_its_floor(totals: Totals, measure: str) -> None:
    assert totals.totals[measure] > 0, f"the corpus records nothing for {measure}"
    if MEASURES[measure][1] == "lower":
        assert totals.rate(measure) <= FLOORS[measure], totals.line(measure)
    else:
        assert totals.rate(measure) >= FLOORS[measure], totals.line(measure)
