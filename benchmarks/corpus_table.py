"""Import every page of ../shared/corpus and print how it scores, with timings and the totals.

.venv/bin/python benchmarks/corpus_table.py [-v]     (-v: what went wrong on each page)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.io.importers import import_web_bytes  # noqa: E402
from tests.io.corpus import MEASURES, Totals, pages, score  # noqa: E402

SHORT = {
    "titles": "title",
    "quotes": "quotes",
    "false_quotes": "false q",
    "paragraphs": "paras",
    "lang": "lang",
    "required": "must",
    "quoted_required": "must-q",
    "boilerplate": "kept out",
}


def main() -> None:
    verbose = "-v" in sys.argv
    found = pages()
    if not found:
        print("no corpus at ../shared/corpus")
        return
    import_web_bytes((found[0] / "source.html").read_bytes(), "warm-up")  # load the libraries once
    print(f"{'page':<28}" + "".join(f"{SHORT[m]:>9}" for m in MEASURES) + f"{'median ms':>11}")
    totals = Totals()
    for page in found:
        raw = (page / "source.html").read_bytes()
        times = []
        for _ in range(3):
            t = time.perf_counter()
            article = import_web_bytes(raw, page.name)
            times.append((time.perf_counter() - t) * 1000)
        s = score(page, article)
        totals.add(s)
        cells = "".join(f"{(f'{s.hits[m]}/{s.totals[m]}' if m in s.totals else '-'):>9}" for m in MEASURES)
        print(f"{page.name:<28}{cells}{statistics.median(times):>11.1f}")
        if verbose:
            for note in s.notes:
                print(f"{'':<30}{note}")
    print(f"\n{len(found)} pages")
    for m in MEASURES:
        print(totals.line(m))


if __name__ == "__main__":
    main()
