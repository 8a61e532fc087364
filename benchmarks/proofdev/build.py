"""Build the proofreading development set from public, edited Japanese (run by hand).

.venv/bin/python benchmarks/proofdev/build.py REACT_REPO VUE_REPO JGLUE_REPO

Each argument is a git checkout (or bare mirror) of: reactjs/ja.react.dev (CC BY 4.0),
vuejs-translations/docs-ja (CC BY 4.0) and yahoojapan/JGLUE (CC BY-SA 4.0, whose JSQuAD
contexts are Japanese Wikipedia paragraphs). Writes texts/*.md and SOURCES.md beside this
file. Fenced code and JSX sandboxes are left out (they are not prose); everything else of a
page is kept as it is, Markdown included, because a translator's posts are Markdown too.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUDGET = 70_000
"""Characters of prose taken from each source."""

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_SANDBOX = re.compile(
    r"^<(Sandpack|Recipes|Diagram\w*|Illustration\w*|ConsoleBlock\w*)\b.*?^</\1>$", re.S | re.M
)
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").strip()


def prose(markdown: str) -> str:
    text = _FRONT.sub("", markdown)
    text = _FENCE.sub("", text)
    text = _SANDBOX.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def docs(repo: Path, folder: str, name: str) -> tuple[list[str], int]:
    paths = sorted(
        p for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD", folder).split() if p.endswith(".md")
    )
    out, total = [], 0
    texts: list[str] = []
    for path in paths:
        text = prose(git(repo, "show", f"HEAD:{path}"))
        if total >= BUDGET:
            break
        out.append(path)
        texts.append(f"<!-- {path} -->\n\n{text}")
        total += len(text)
    (HERE / "texts" / f"{name}.md").write_text("\n".join(texts), "utf-8")
    return out, total


def wikipedia(repo: Path) -> tuple[list[str], int]:
    data = json.loads(git(repo, "show", "HEAD:datasets/jsquad-v1.3/valid-v1.3.json"))
    parts, titles, total = [], [], 0
    for article in data["data"]:
        if total >= BUDGET:
            break
        title = article["title"]
        paragraphs = [p["context"].split("[SEP]", 1)[-1].strip() for p in article["paragraphs"]]
        body = "\n\n".join(dict.fromkeys(paragraphs))
        parts.append(f"# {title}\n\n{body}\n")
        titles.append(title)
        total += len(body)
    (HERE / "texts" / "wikipedia.md").write_text("\n".join(parts), "utf-8")
    return titles, total


def main() -> None:
    react, vue, jglue = (Path(a) for a in sys.argv[1:4])
    (HERE / "texts").mkdir(exist_ok=True)
    r_files, r_chars = docs(react, "src/content/learn", "react")
    v_files, v_chars = docs(vue, "src/guide", "vue")
    w_titles, w_chars = wikipedia(jglue)
    (HERE / "SOURCES.md").write_text(
        "# The proofreading development set: where each text comes from\n\n"
        "Made by `build.py` from public repositories; the texts are kept as published (fenced code\n"
        "and JSX sandboxes left out). Used only to measure `benchmarks/proof_precision.py`.\n\n"
        "| file | source | register | licence | commit | characters |\n|---|---|---|---|---|---|\n"
        f"| texts/react.md | React docs in Japanese (github.com/reactjs/ja.react.dev, src/content/learn: "
        f"{len(r_files)} pages), translated and reviewed by the Japanese React community | です・ます | "
        f"CC BY 4.0 | {head(react)[:12]} | {r_chars:,} |\n"
        f"| texts/vue.md | Vue docs in Japanese (github.com/vuejs-translations/docs-ja, src/guide: "
        f"{len(v_files)} pages), translated and reviewed | です・ます | CC BY 4.0 | {head(vue)[:12]} | {v_chars:,} |\n"
        f"| texts/wikipedia.md | Japanese Wikipedia paragraphs as quoted by JGLUE's JSQuAD v1.3 validation set "
        f"(github.com/yahoojapan/JGLUE; {len(w_titles)} articles), original Japanese writing | である | "
        f"CC BY-SA 4.0 (Wikipedia's) | {head(jglue)[:12]} | {w_chars:,} |\n",
        "utf-8",
    )
    print(f"react {r_chars:,}  vue {v_chars:,}  wikipedia {w_chars:,}")


if __name__ == "__main__":
    main()
