"""Alignment on real parallel documents (run by hand).

.venv/bin/python benchmarks/align_precision.py [docs|news ...]

The development sets (benchmarks/aligndev, SOURCES.md): `docs`, made by build.py, the React
documentation's learn pages in English and in their published Japanese translation, with gold
pairs derived from the pages' own structure; `news`, made by build_news.py (not committed), the
WMT21 English-Japanese news test set, 65 articles and their professional translation, gold
pairs from the dataset's segment ids; nothing was tuned on it. Prints the pairs stored (confidence at or above archive_align's
THRESHOLD), how many are right, precision and recall over the gold pairs. Goals (#26): precision
at least 0.95 (0.97 for the calibration), recall at least 0.90.
"""

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from editor.assist.align import Model, Para, align, ratios  # noqa: E402
from editor.flows.archive_align import THRESHOLD  # noqa: E402


def paras(units: list[dict[str, str]]) -> list[Para]:
    return [Para(u["text"], quote=u["kind"] == "quote", kind=u["kind"]) for u in units]


def main() -> None:
    print(
        f"{'set':<6} {'pages':>6} {'gold':>6} {'stored':>7} {'right':>6} {'precision':>10} {'recall':>7} {'s':>5}"
    )
    for name in sys.argv[1:] or ["docs", "news"]:
        path = HERE / "aligndev" / f"{name}.json"
        if path.exists():
            measure(name, json.loads(path.read_text("utf-8"))["docs"])
        else:
            print(f"{name:<6} (no {path.name}: build it, see aligndev/SOURCES.md)")


def measure(name: str, docs: list[dict]) -> None:
    model = Model.learn([r for doc in docs for r in ratios(paras(doc["en"]), paras(doc["ja"]))])
    right = stored = gold_total = 0
    start = time.perf_counter()
    for doc in docs:
        gold = {(i, j) for i, j in doc["gold"]}
        scored_en, scored_ja = {i for i, _ in gold}, {j for _, j in gold}
        gold_total += len(gold)
        for p in align(paras(doc["en"]), paras(doc["ja"]), model):
            if not p.source or not p.target or p.confidence < THRESHOLD:
                continue
            if not (set(p.source) & scored_en or set(p.target) & scored_ja):
                continue  # a section the gold leaves out
            stored += 1
            right += len(p.source) == len(p.target) == 1 and (p.source[0], p.target[0]) in gold
    took = time.perf_counter() - start
    print(
        f"{name:<6} {len(docs):>6} {gold_total:>6} {stored:>7} {right:>6} {right / stored:>10.3f}"
        f" {right / gold_total:>7.3f} {took:>5.1f}"
    )


if __name__ == "__main__":
    main()
