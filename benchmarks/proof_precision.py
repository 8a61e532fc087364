"""Proofreading precision on edited, published Japanese (run by hand).

.venv/bin/python benchmarks/proof_precision.py [--style blog] [--unjudged]

Checks every text of the development set (benchmarks/proofdev: React and Vue documentation in
Japanese, Japanese Wikipedia; SOURCES.md says where each comes from) and prints findings per
1,000 characters by source and by rule, then the share of findings judged false alarms in
proofdev/judged.tsv (each finding read in its text: would an editor change it?). A finding not
judged yet is listed with --unjudged, to be read and added. Each source's pages are checked as a
blog's drafts are: against the house style learnt from all its pages (--no-learn: without). Goals
(#25): at most 3 findings per 1,000 characters, at most 1 in 10 a false alarm.
"""

from __future__ import annotations

import argparse
import collections
import csv
import dataclasses
import itertools
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from editor.assist.proof import check_text, load_style, tokens  # noqa: E402
from editor.assist.proof.learn import apply, learn  # noqa: E402
from editor.assist.proof.model import Problem  # noqa: E402

DEV = HERE / "proofdev"


def judged() -> dict[tuple[str, str, str, str], tuple[str, str]]:
    rows = [line for line in (DEV / "judged.tsv").read_text("utf-8").splitlines() if not line.startswith("#")]
    out = {}
    for row in list(csv.DictReader(rows, delimiter="\t")):
        out[(row["source"], row["line"], row["rule"], row["excerpt"])] = (row["verdict"], row["why"])
    return out


_PAGE = re.compile(r"^(?=<!-- \S+ -->$|# )", re.M)


def pages(text: str) -> list[tuple[int, str]]:
    """The set's files join many pages (a doc page, a Wikipedia article): each is checked on its
    own, as a post is, so that a rule about one post (表記ゆれ) sees one."""
    starts = [m.start() for m in _PAGE.finditer(text)] or [0]
    starts = sorted({0, *starts})
    bounds = [*starts, len(text)]
    return [(text[:a].count("\n"), text[a:b]) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def shifted(problems: list[Problem], lines: int) -> list[Problem]:
    return [dataclasses.replace(p, line=p.line + lines) for p in problems]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--style", default="blog")
    ap.add_argument("--unjudged", action="store_true")
    ap.add_argument(
        "--no-learn",
        action="store_true",
        help="check without the house style learnt from each source's pages",
    )
    args = ap.parse_args()
    tokens.load()
    style = load_style(args.style)
    verdicts = judged()
    by_rule: collections.Counter[str] = collections.Counter()
    false_by_rule: collections.Counter[str] = collections.Counter()
    unjudged = []
    total_chars = total = false = seen = 0
    print(f"{'source':<12} {'chars':>8} {'findings':>9} {'per 1000':>9}")
    for path in sorted((DEV / "texts").glob("*.md")):
        text = path.read_text("utf-8")
        parts = pages(text)
        house = style if args.no_learn else apply(style, learn([page for _, page in parts]))
        found = [p for offset, page in parts for p in shifted(check_text(page, house), offset)]
        print(f"{path.stem:<12} {len(text):>8,} {len(found):>9} {len(found) / len(text) * 1000:>9.2f}")
        total_chars += len(text)
        total += len(found)
        for p in found:
            by_rule[p.rule] += 1
            verdict = verdicts.get((path.stem, str(p.line), p.rule, p.excerpt[:20]))
            if verdict is None:
                unjudged.append((path.stem, p))
                continue
            seen += 1
            if verdict[0] == "false":
                false += 1
                false_by_rule[p.rule] += 1
    print(f"{'all':<12} {total_chars:>8,} {total:>9} {total / total_chars * 1000:>9.2f}\n")
    print(f"{'rule':<18} {'findings':>9} {'false':>6}")
    for rule, n in by_rule.most_common():
        print(f"{rule:<18} {n:>9} {false_by_rule[rule]:>6}")
    rate = false / seen if seen else 0.0
    print(f"\njudged {seen} of {total}: {false} false alarms ({rate:.0%}); {len(unjudged)} not judged yet")
    if args.unjudged:
        for source, p in unjudged:
            print(f"{source}\t{p.line}\t{p.rule}\t{p.excerpt[:20]}\t\t{p.message_en}")


if __name__ == "__main__":
    main()
