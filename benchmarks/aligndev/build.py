"""Build the alignment development set from real parallel documents (run by hand).

.venv/bin/python benchmarks/aligndev/build.py EN_REPO JA_REPO

EN_REPO is a checkout of reactjs/react.dev, JA_REPO of reactjs/ja.react.dev (both CC BY 4.0):
the React documentation and its published Japanese translation, page by page. Writes
docs.json beside this file: for each page both sides as units (headings, paragraphs, list
items, quotes, in order) and the gold pairs, derived from the pages' own structure: headings
carry the same anchor ({/*id*/}) in both languages, so sections pair by anchor; inside a pair of
sections whose units agree in number and kind, units pair one to one. Sections that do not
agree are left out of the gold (their units are not scored).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_JSX = re.compile(r"^<(\w+)[^\n]*>\n.*?^</\1>\n", re.S | re.M)
_ANCHOR = re.compile(r"\{/\*([\w-]+)\*/\}")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def units(markdown: str) -> list[dict[str, str]]:
    text = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    text = _FENCE.sub("", text)
    text = re.sub(r"^<(Sandpack|Diagram\w*|Recipes|Illustration\w*)\b.*?^</\1>$", "", text, flags=re.S | re.M)
    out: list[dict[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            body = " ".join(p.strip() for p in para).strip()
            if body and not body.startswith("<"):
                out.append({"kind": "paragraph", "text": body})
            para.clear()

    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith(("<", "{/*", "|")):
            flush()
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)", line)
        item = re.match(r"^\s*(?:[-*+]|\d+\.)\s+(.*)", line)
        quote = re.match(r"^>\s?(.*)", line)
        if heading:
            flush()
            anchor = _ANCHOR.search(heading.group(2))
            out.append(
                {
                    "kind": "heading",
                    "text": _ANCHOR.sub("", heading.group(2)).strip(),
                    "anchor": anchor.group(1) if anchor else "",
                }
            )
        elif item:
            flush()
            out.append({"kind": "list_item", "text": item.group(1).strip()})
        elif quote:
            flush()
            if quote.group(1).strip():
                out.append({"kind": "quote", "text": quote.group(1).strip()})
        else:
            para.append(line)
    flush()
    return out


def sections(us: list[dict[str, str]]) -> list[tuple[str, list[int]]]:
    out: list[tuple[str, list[int]]] = [("", [])]
    for i, u in enumerate(us):
        if u["kind"] == "heading":
            out.append((u.get("anchor", ""), [i]))
        else:
            out[-1][1].append(i)
    return out


def gold(en: list[dict[str, str]], ja: list[dict[str, str]]) -> list[list[int]]:
    pairs = []
    ja_sections = {a: idx for a, idx in sections(ja)}
    for anchor, idx in sections(en):
        other = ja_sections.get(anchor)
        if other is None or len(other) != len(idx):
            continue
        if [en[i]["kind"] for i in idx] != [ja[j]["kind"] for j in other]:
            continue
        pairs += [[i, j] for i, j in zip(idx, other, strict=True)]
    return pairs


def main() -> None:
    en_repo, ja_repo = Path(sys.argv[1]), Path(sys.argv[2])
    paths = sorted(
        p
        for p in git(en_repo, "ls-tree", "-r", "--name-only", "HEAD", "src/content/learn").split()
        if p.endswith(".md")
    )
    docs = []
    for path in paths:
        try:
            ja_text = git(ja_repo, "show", f"HEAD:{path}")
        except subprocess.CalledProcessError:
            continue
        en, ja = units(git(en_repo, "show", f"HEAD:{path}")), units(ja_text)
        docs.append({"path": path, "en": en, "ja": ja, "gold": gold(en, ja)})
    meta = {"en": git(en_repo, "rev-parse", "HEAD").strip(), "ja": git(ja_repo, "rev-parse", "HEAD").strip()}
    (HERE / "docs.json").write_text(
        json.dumps({"commits": meta, "docs": docs}, ensure_ascii=False, indent=0), "utf-8"
    )
    n_gold = sum(len(d["gold"]) for d in docs)
    n_units = sum(len(d["en"]) for d in docs)
    print(f"{len(docs)} pages, {n_units} English units, {n_gold} gold pairs")


if __name__ == "__main__":
    main()
