"""Write the rule table of docs/proofreading.md from the rules themselves.

.venv/bin/python docs/tools/proof_rules_doc.py   (rewrites the part between the RULES markers)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from editor.assist.proof import ALL_RULES, load_style  # noqa: E402

BEGIN, END = "<!-- RULES BEGIN -->", "<!-- RULES END -->"


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "⏎")


def table() -> str:
    blog, jtf = load_style("blog"), load_style("jtf")
    rows = [
        "| id | checks | right | wrong | severity | options (defaults) | blog | jtf |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in ALL_RULES:
        opts = ", ".join(f"`{k}` = {v!r}" for k, v in r.options.items()) or "–"
        on = ["✔" if r.id in style.settings else "–" for style in (blog, jtf)]
        rows.append(
            f"| `{r.id}` | {cell(r.summary)} | {cell(r.right)} | {cell(r.wrong)} | {r.severity}"
            f" | {cell(opts)} | {on[0]} | {on[1]} |"
        )
    return "\n".join(rows)


def main() -> None:
    path = ROOT / "docs" / "proofreading.md"
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    path.write_text(f"{head}{BEGIN}\n{table()}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
