"""Replay the textlint JTF preset's test verdicts against Tsuji's jtf-* rules.

    python docs/tools/jtf_conformance.py PATH/TO/textlint-rule-preset-JTF-style [-v]

PATH is a checkout (or a bare git directory) of textlint-ja/textlint-rule-preset-JTF-style; its
``test/<number>-test.js`` files list ``valid`` texts (no error) and ``invalid`` ones (at least one
error). The sentences stay in that repository: this script reads them at run time and prints,
per rule, how many verdicts Tsuji's rule matches. Nothing here is part of the test suite.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from editor.assist.proof.engine import check_segments, file_segments
from editor.assist.proof.rules import RULES_BY_ID
from editor.assist.proof.styles import build


def _files(repo: Path) -> dict[str, str]:
    if (repo / "test").is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in (repo / "test").glob("*-test.js")}
    names = subprocess.run(
        ["git", "--git-dir", str(repo), "ls-tree", "--name-only", "HEAD", "test/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        Path(n).name: subprocess.run(
            ["git", "--git-dir", str(repo), "show", f"HEAD:{n}"], capture_output=True, text=True, check=True
        ).stdout
        for n in names
        if n.endswith("-test.js")
    }


_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "`": "`"}


class _Js:
    """Just enough of a JavaScript literal reader for textlint-tester's arrays."""

    def __init__(self, src: str, pos: int) -> None:
        self.src, self.pos = src, pos

    def skip(self) -> None:
        while True:
            m = re.compile(r"\s+|//[^\n]*|/\*.*?\*/", re.S).match(self.src, self.pos)
            if not m or m.end() == self.pos:
                return
            self.pos = m.end()

    def string(self) -> str:
        quote = self.src[self.pos]
        self.pos += 1
        out = []
        while self.src[self.pos] != quote:
            c = self.src[self.pos]
            if c == "\\":
                nxt = self.src[self.pos + 1]
                if nxt == "u":
                    out.append(chr(int(self.src[self.pos + 2 : self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append(_ESC.get(nxt, nxt))
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1
        self.pos += 1
        return "".join(out)

    def value(self) -> object:
        self.skip()
        c = self.src[self.pos]
        if c in "\"'`":
            text = self.string()
            m = re.compile(r"\s*\.(\w+)\(\)").match(self.src, self.pos)
            if m:
                self.pos = m.end()
                text = text.strip() if m.group(1) == "trim" else text
            return text
        if c == "[":
            self.pos += 1
            items = []
            while True:
                self.skip()
                if self.src[self.pos] == "]":
                    self.pos += 1
                    return items
                items.append(self.value())
                self.skip()
                if self.src[self.pos] == ",":
                    self.pos += 1
        if c == "{":
            self.pos += 1
            obj: dict[str, object] = {}
            while True:
                self.skip()
                if self.src[self.pos] == "}":
                    self.pos += 1
                    return obj
                m = re.compile(r"[\"']?([\w$]+)[\"']?\s*:").match(self.src, self.pos)
                assert m, self.src[self.pos : self.pos + 40]
                self.pos = m.end()
                obj[m.group(1)] = self.value()
                self.skip()
                if self.src[self.pos] == ",":
                    self.pos += 1
        m = re.compile(r"[^,\]\}\s]+").match(self.src, self.pos)
        assert m
        self.pos = m.end()
        word = m.group()
        return {"true": True, "false": False}.get(word, word)


def cases(src: str) -> list[tuple[str, str, dict[str, object], bool]]:
    out: list[tuple[str, str, dict[str, object], bool]] = []
    for m in re.finditer(r"\b(valid|invalid)\s*:\s*\[", src):
        js = _Js(src, m.end() - 1)
        for item in js.value():  # type: ignore[attr-defined]
            if isinstance(item, str):
                out.append((m.group(1), item, {}, False))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                options = item.get("options") if isinstance(item.get("options"), dict) else {}
                out.append((m.group(1), item["text"], options, m.group(1) == "invalid"))  # type: ignore[arg-type]
    return out


def main(argv: list[str]) -> int:
    repo = Path(argv[0])
    verbose = "-v" in argv
    total = agree = 0
    print(f"{'rule':<12} {'cases':>5} {'agree':>5}")
    for name, src in sorted(_files(repo).items(), key=lambda kv: [int(x) for x in re.findall(r"\d+", kv[0])]):
        rule_id = "jtf-" + name.removesuffix("-test.js")
        rule = RULES_BY_ID.get(rule_id)
        if rule is None:
            continue
        n = ok = 0
        for verdict, text, options, _ in cases(src):
            style = build("one", {"unlisted": "off", "rules": {rule_id: dict(options) or True}}, [rule])
            found = check_segments(file_segments(text), style)
            right = bool(found) == (verdict == "invalid")
            n += 1
            ok += right
            if verbose and not right:
                print(f"  {rule_id} {verdict}: {json.dumps(text, ensure_ascii=False)[:100]} -> {len(found)}")
        total += n
        agree += ok
        print(f"{rule_id:<12} {n:>5} {ok:>5}")
    print(f"{'total':<12} {total:>5} {agree:>5}  ({100 * agree / max(total, 1):.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
