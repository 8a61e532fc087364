"""Whole-body recall on the scrapinghub pages: the share of each annotated ``articleBody``'s words
that Tsuji's import holds (``corpus_table.py`` scores the first three paragraphs only, which
misses an article cut short after them).

    .venv/bin/python benchmarks/body_recall.py SCRAPINGHUB_CHECKOUT

SCRAPINGHUB_CHECKOUT: a git checkout or bare mirror of scrapinghub/article-extraction-benchmark
(its ``ground-truth.json`` is read with ``git show``). Pages: every ``sh-*`` of
``benchmarks/importdev/pages`` and ``../shared/corpus``. A body the suite cut with "..." is read up
to the cut. Prints the total and the 15 pages with the lowest recall.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOLDERS = (ROOT / "benchmarks" / "importdev" / "pages", ROOT.parent / "shared" / "corpus")


def _truth(checkout: str) -> dict[str, str]:
    shown = subprocess.run(
        ["git", "-C", checkout, "show", "HEAD:ground-truth.json"], capture_output=True, text=True, check=True
    )
    return {key: item["articleBody"] for key, item in json.loads(shown.stdout).items()}


def _one(job: tuple[Path, str]) -> tuple[str, int, int]:
    from editor.core import inline
    from editor.core.decode import ImportFailed
    from editor.io.importers import import_web_bytes
    from tests.io.corpus import words

    page, body = job
    want = Counter(words(body.removesuffix("...")))
    try:
        article = import_web_bytes((page / "source.html").read_bytes(), page.name)
    except ImportFailed:
        return page.name, 0, sum(want.values())
    have = Counter(w for b in article.blocks for w in words(inline.to_plain(b.source)))
    return page.name, sum((want & have).values()), sum(want.values())


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    truth = _truth(sys.argv[1])
    jobs = []
    for folder in FOLDERS:
        for page in sorted(folder.glob("sh-*")) if folder.is_dir() else []:
            origin = json.loads((page / "expected.json").read_text("utf-8"))["origin"]
            body = truth.get(origin.rsplit("/", 1)[-1].split(".")[0])
            if body:
                jobs.append((page, body))
    with Pool(2) as pool:
        rows = pool.map(_one, jobs, chunksize=4)
    hit, total = sum(r[1] for r in rows), sum(r[2] for r in rows)
    low = sum(r[1] < 0.9 * r[2] for r in rows)
    print(f"{len(rows)} pages: {hit} of {total} words ({hit / max(1, total):.1%}); {low} pages under 90 %")
    for name, h, t in sorted(rows, key=lambda r: r[1] / max(1, r[2]))[:15]:
        print(f"{name:<40}{h / max(1, t):>7.2f}{t:>8} words")


if __name__ == "__main__":
    main()
