"""Import every page of ../shared/corpus and print how it scores, with timings and the totals,
beside what trafilatura's own output scores when read plainly.

.venv/bin/python benchmarks/corpus_table.py [-v] [--dev] [--only PREFIX]

-v: what went wrong on each page. --dev: the pages of benchmarks/importdev/pages instead (the
rest of the three suites and Mercury's test pages, made by benchmarks/importdev/build_pages.py;
nothing was tuned on them), each imported once. --only rd-: the pages whose folder starts so.

"Read plainly" is the baseline Tsuji must beat (#27): trafilatura's XML (with its metadata)
mapped straight to blocks, each <head>, <p> and list <item> a block, each <quote> a quoted
block, the title from its metadata, the language from langdetect on the text.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.core.decode import ImportFailed  # noqa: E402
from editor.core.model import Article, Block, BlockKind  # noqa: E402
from editor.io.importers import import_web_bytes  # noqa: E402
from tests.io.corpus import MEASURES, Totals, pages, score  # noqa: E402


def plain_trafilatura(raw: bytes) -> Article:
    """trafilatura's extraction read plainly: its XML straight to blocks."""
    import trafilatura
    from langdetect import DetectorFactory, LangDetectException, detect
    from lxml import etree

    DetectorFactory.seed = 0
    xml = trafilatura.extract(raw, output_format="xml", with_metadata=True, include_links=False)
    article = Article()
    if not xml:
        return article
    root = etree.fromstring(xml.encode("utf-8"))
    article.source_title = root.get("title") or ""
    group = 0
    for el in root.iter("head", "p", "item", "quote"):
        quote = next((a for a in el.iterancestors("quote")), None)
        if el.tag == "quote":
            if not any(True for _ in el.iter("p", "item", "head")) and (el.text or "").strip():
                group += 1
                article.blocks.append(
                    Block("".join(el.itertext()).strip(), BlockKind.QUOTE, quote_group=f"q{group}")
                )
            continue
        if any(True for _ in el.iterancestors("item", "p")):
            continue
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if quote is not None:
            key = f"q{id(quote)}"
            article.blocks.append(Block(text, BlockKind.QUOTE, quote_group=key))
        else:
            article.blocks.append(Block(text))
    try:
        article.source_lang = detect(" ".join(b.source for b in article.blocks)[:5000])
    except LangDetectException:
        article.source_lang = ""
    return article


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
    dev = "--dev" in sys.argv
    found = pages(ROOT / "benchmarks" / "importdev" / "pages") if dev else pages()
    if "--only" in sys.argv:
        prefix = sys.argv[sys.argv.index("--only") + 1]
        found = [p for p in found if p.name.startswith(prefix)]
    if not found:
        print("no pages (../shared/corpus, or run benchmarks/importdev/build_pages.py for --dev)")
        return
    with contextlib.suppress(ImportFailed):  # load the libraries once
        import_web_bytes((found[0] / "source.html").read_bytes(), "warm-up")
    print(f"{'page':<28}" + "".join(f"{SHORT[m]:>9}" for m in MEASURES) + f"{'median ms':>11}")
    totals, plain = Totals(), Totals()
    medians, refused = [], 0
    for page in found:
        raw = (page / "source.html").read_bytes()
        times = []
        for _ in range(1 if dev else 3):
            t = time.perf_counter()
            try:
                article = import_web_bytes(raw, page.name)
            except ImportFailed:  # "no article here": scored as an empty import
                article = Article()
            times.append((time.perf_counter() - t) * 1000)
        refused += not article.blocks
        medians.append(statistics.median(times))
        s = score(page, article)
        totals.add(s)
        plain.add(score(page, plain_trafilatura(raw)))
        cells = "".join(f"{(f'{s.hits[m]}/{s.totals[m]}' if m in s.totals else '-'):>9}" for m in MEASURES)
        print(f"{page.name:<28}{cells}{statistics.median(times):>11.1f}")
        if verbose:
            for note in s.notes:
                print(f"{'':<30}{note}")
    print(f"\n{len(found)} pages{'Tsuji':>33}{'trafilatura read plainly':>32}")
    for m in MEASURES:
        print(f"{totals.line(m)}   {plain.line(m)[30:]}")
    medians.sort()
    slow = sum(t > 200 for t in medians)
    print(
        f"import: median {statistics.median(medians):.0f} ms a page, 90th percentile"
        f" {medians[int(0.9 * (len(medians) - 1))]:.0f} ms, {slow} of {len(medians)} pages over 200 ms;"
        f" {refused} pages imported nothing"
    )


if __name__ == "__main__":
    main()
