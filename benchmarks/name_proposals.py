"""Glossary name proposals on real parallel documents (run by hand).

.venv/bin/python benchmarks/name_proposals.py [docs|news|news23 ...]

Each set (benchmarks/aligndev, SOURCES.md) is aligned as `tsuji archive align` aligns a blog's
archive (pairs stored at archive_align's THRESHOLD, each page a post), names are proposed from
the stored pairs, and every proposal is matched to aligndev/names_judged.tsv, where each was
judged by reading it beside its sentences: right when the katakana is how the text writes that
name or term. Unjudged proposals are listed. Goal (#26): at least 8 in 10 right.
"""

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from editor.assist.align import Model, Para, align, ratios  # noqa: E402
from editor.assist.names import propose_names  # noqa: E402
from editor.flows.archive_align import THRESHOLD  # noqa: E402


def paras(units: list[dict[str, str]]) -> list[Para]:
    return [Para(u["text"], quote=u["kind"] == "quote", kind=u["kind"]) for u in units]


def stored_pairs(docs: list[dict]) -> list[tuple[str, str, str]]:
    model = Model.learn([r for d in docs for r in ratios(paras(d["en"]), paras(d["ja"]))])
    out = []
    for d in docs:
        for p in align(paras(d["en"]), paras(d["ja"]), model):
            if p.source and p.target and p.confidence >= THRESHOLD:
                src = "\n".join(d["en"][i]["text"] for i in p.source)
                out.append((src, "".join(d["ja"][j]["text"] for j in p.target), d["path"]))
    return out


def main() -> None:
    with (HERE / "aligndev" / "names_judged.tsv").open(encoding="utf-8") as f:
        judged = {
            (r["set"], r["source"], r["target"]): r["verdict"] for r in csv.DictReader(f, delimiter="\t")
        }
    rows, unjudged = [], []
    for name in sys.argv[1:] or ["docs", "news", "news23"]:
        path = HERE / "aligndev" / f"{name}.json"
        if not path.exists():
            print(f"{name}: no {path.name} (build it, see aligndev/SOURCES.md)")
            continue
        proposals = propose_names(stored_pairs(json.loads(path.read_text("utf-8"))["docs"]))
        verdicts = [judged.get((name, p.source, p.target)) for p in proposals]
        unjudged += [
            f"{name}\t{p.source}\t{p.target}" for p, v in zip(proposals, verdicts, strict=True) if not v
        ]
        rows.append((name, len(proposals), verdicts.count("right"), verdicts.count("wrong")))
    print(f"{'set':<7} {'proposed':>8} {'right':>6} {'wrong':>6} {'share right':>12}")
    for name, n, right, wrong in rows:
        share = f"{right / (right + wrong):.2f}" if right + wrong else "-"
        print(f"{name:<7} {n:>8} {right:>6} {wrong:>6} {share:>12}")
    for line in unjudged:
        print("unjudged:", line)


if __name__ == "__main__":
    main()
