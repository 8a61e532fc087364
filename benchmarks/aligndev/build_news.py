"""Build the news part of the alignment development set (run by hand; its output is not committed).

.venv/bin/python benchmarks/aligndev/build_news.py WMT21_REPO [WMT23_REPO]

WMT21_REPO is a checkout of github.com/wmt-conference/wmt21-news-systems. Its
`xml/newstest2021.en-ja.all.xml` holds 65 English news documents (AP and other
papers, mostly politics) with their professional Japanese reference translation
(translator A), sentence by sentence under the same segment ids. News writes a
sentence a paragraph, so each segment is one unit; the first is the headline. The
gold pairs are the segment ids the dataset gives both sides, never Tsuji's output.

WMT23_REPO (github.com/wmt-conference/wmt23-news-systems) gives a second set, held out: the
name proposals were never tuned on it. Its stored copy has only the line-aligned text files
(no document boundaries), so news23.json cuts them into "posts" of 40 lines; posts there are
an approximation, pairs are exact.

The test sets are released for research use (WMT21 news task: "can be freely used for
research purposes"); the articles stay with their owners, so news.json is written
beside this file for measuring and is ignored by git. See SOURCES.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
XML = "xml/newstest2021.en-ja.all.xml"


def side(element: ET.Element | None) -> dict[str, str]:
    if element is None:
        return {}
    return {seg.get("id", ""): (seg.text or "").strip() for seg in element.iter("seg")}


def main() -> None:
    repo = Path(sys.argv[1])
    raw = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{XML}"], capture_output=True, check=True
    ).stdout
    commit = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    docs = []
    for doc in ET.fromstring(raw).iter("doc"):
        en = side(doc.find("src"))
        ja = side(next((r for r in doc.findall("ref") if r.get("translator") == "A"), None))
        ids = [i for i in en if en[i] and ja.get(i)]
        if len(ids) < 3:
            continue
        kinds = ["heading"] + ["paragraph"] * (len(ids) - 1)
        docs.append(
            {
                "path": doc.get("id", ""),
                "en": [{"kind": k, "text": en[i]} for k, i in zip(kinds, ids, strict=True)],
                "ja": [{"kind": k, "text": ja[i]} for k, i in zip(kinds, ids, strict=True)],
                "gold": [[n, n] for n in range(len(ids))],
            }
        )
    (HERE / "news.json").write_text(
        json.dumps({"commits": {"wmt21": commit}, "docs": docs}, ensure_ascii=False, indent=0), "utf-8"
    )
    print(f"{len(docs)} documents, {sum(len(d['gold']) for d in docs)} gold pairs")
    if len(sys.argv) > 2:
        held_out(Path(sys.argv[2]))


def held_out(repo: Path) -> None:
    def lines(path: str) -> list[str]:
        out = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True)
        return out.stdout.split("\n")

    en = lines("txt/sources/generaltest2023.en-ja.src.en")
    ja = lines("txt/references/generaltest2023.en-ja.ref.refA.ja")
    docs = []
    for start in range(0, min(len(en), len(ja)), 40):
        rows = [
            (e, j) for e, j in zip(en[start : start + 40], ja[start : start + 40], strict=True) if e and j
        ]
        docs.append(
            {
                "path": f"lines-{start + 1}",
                "en": [{"kind": "paragraph", "text": e} for e, _ in rows],
                "ja": [{"kind": "paragraph", "text": j} for _, j in rows],
                "gold": [[n, n] for n in range(len(rows))],
            }
        )
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    (HERE / "news23.json").write_text(
        json.dumps({"commits": {"wmt23": commit.stdout.strip()}, "docs": docs}, ensure_ascii=False, indent=0),
        "utf-8",
    )
    print(f"held out: {len(docs)} posts of 40 lines, {sum(len(d['gold']) for d in docs)} gold pairs")


if __name__ == "__main__":
    main()
