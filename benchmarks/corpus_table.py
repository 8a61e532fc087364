"""Import every page of ../shared/corpus and print how it scores, with timings.

.venv/bin/python benchmarks/corpus_table.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.io.importers import import_web_bytes  # noqa: E402
from tests.io.corpus import pages, score  # noqa: E402

COLUMNS = ["title", "author", "quotes", "no false quotes", "paragraphs", "lang"]


def main() -> None:
    found = pages()
    if not found:
        print("no corpus at ../shared/corpus")
        return
    import_web_bytes((found[0] / "source.html").read_bytes(), "warm-up")  # load the libraries once
    print(f"{'page':<24}" + "".join(f"{c:>16}" for c in COLUMNS) + f"{'median ms':>11}")
    total_ok = 0
    for page in found:
        raw = (page / "source.html").read_bytes()
        times = []
        for _ in range(5):
            t = time.perf_counter()
            article = import_web_bytes(raw, page.name)
            times.append((time.perf_counter() - t) * 1000)
        s = score(page, article)
        total_ok += s.ok
        cells = "".join(f"{('ok' if s.checks[c] else 'FAIL') if c in s.checks else '-':>16}" for c in COLUMNS)
        print(f"{page.name:<24}{cells}{statistics.median(times):>11.1f}")
        for note in s.notes:
            print(f"{'':<26}{note}")
    print(f"\n{total_ok}/{len(found)} pages right on every line")


if __name__ == "__main__":
    main()
