"""Proofreading precision on edited, published Japanese (run by hand).

.venv/bin/python benchmarks/proof_precision.py [--style blog] [--unjudged]

Checks every text of the development set (benchmarks/proofdev: React and Vue documentation in
Japanese, Japanese Wikipedia; SOURCES.md says where each comes from) and prints findings per
1,000 characters by source and by rule, then the share of findings judged false alarms in
proofdev/judged.tsv (each finding read in its text: would an editor change it?). A finding not
judged yet is listed with --unjudged, to be read and added. Goals (#25): at most 3 findings per
1,000 characters, at most 1 in 10 a false alarm.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from editor.assist.proof import check_text, load_style, tokens  # noqa: E402

DEV = HERE / "proofdev"


def judged() -> dict[tuple[str, str, str, str], tuple[str, str]]:
    rows = [line for line in (DEV / "judged.tsv").read_text("utf-8").splitlines() if not line.startswith("#")]
    out = {}
    for row in list(csv.DictReader(rows, delimiter="\t")):
        out[(row["source"], row["line"], row["rule"], row["excerpt"])] = (row["verdict"], row["why"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--style", default="blog")
    ap.add_argument("--unjudged", action="store_true")
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
        found = check_text(text, style)
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
