"""``tsuji check``: what is missing before publishing, and the proofreading of the Japanese."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from editor.assist.checks import Finding, check
from editor.assist.glossary import Glossary
from editor.assist.proof import StyleError, check_article, check_text, load_style, style_names, tokens
from editor.assist.proof.engine import fix_text
from editor.assist.proof.fixes import fix_article
from editor.assist.proof.model import Problem
from editor.core import project
from editor.core.atomic import atomic_write
from editor.core.decode import decode

TEXT_SUFFIXES = (".md", ".markdown", ".txt")


class CheckError(Exception):
    """A usage or file problem: exit status 2."""


def add_parser(sub: Any) -> None:
    chk = sub.add_parser(
        "check",
        help="list what is missing before publishing, and proofread the Japanese",
        description="Check a project (untranslated blocks, title, summary, and the proofreading "
        "rules) or any Japanese Markdown or text file. Exit status: 0 clean, 1 findings, 2 error.",
    )
    chk.add_argument("target", help="a .tsuji project, or a .md or .txt file")
    chk.add_argument(
        "--style", help=f"proofreading style ({', '.join(style_names())}; default: the profile's)"
    )
    chk.add_argument("--json", action="store_true", help="findings as JSON")
    chk.add_argument("--fix", action="store_true", help="apply the safe fixes (the old file is kept as .bak)")


def _lang() -> str:
    for var in ("TSUJI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.startswith("ja") else "en"
    return "en"


def _problem_json(p: Problem, in_project: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": p.rule,
        "severity": str(p.severity),
        "line": p.line,
        "column": p.column,
        "message": p.message if _lang() == "ja" else p.message_en,
        "message_ja": p.message,
        "message_en": p.message_en,
        "fix": p.fix,
        "excerpt": p.excerpt,
    }
    if in_project:
        out.update(block=p.block, block_id=p.block_id, field=p.field)
    return out


def _finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.code,
        "severity": "error",
        "line": None,
        "column": None,
        "message": f.message,
        "fix": None,
        "block": f.block,
        "block_id": f.block_id,
        "field": "article",
    }


def _where(p: Problem, in_project: bool) -> str:
    if not in_project:
        return f"{p.line}:{p.column}"
    if p.field == "title":
        return f"title:{p.column}"
    if p.field in ("summary", "label"):
        return f"summary {p.block}:{p.column}"
    return f"block {p.block}{' note' if p.field == 'note' else ''}:{p.line}:{p.column}"


def cmd_check(args: argparse.Namespace) -> int:
    path = Path(args.target)
    in_project = path.suffix.lower() not in TEXT_SUFFIXES
    tokens.load()
    findings: list[Finding] = []
    fixed = 0
    if in_project:
        proj = project.load(path)
        style = _style(args.style, proj.article)
        glossary = Glossary()
        try:
            findings = check(proj.article)
            problems = check_article(proj.article, style, glossary)
            if args.fix:
                fixed = fix_article(proj.article, problems)
                if fixed:
                    project.save(proj)
                problems = check_article(proj.article, style, glossary)
        finally:
            glossary.close()
    else:
        raw = path.read_bytes()
        text = decode(raw, path.name)
        style = _style(args.style, None)
        problems = check_text(text, style)
        if args.fix:
            text, fixed = fix_text(text, style)
            if fixed:
                atomic_write(path, text.encode("utf-8"), backup=True)
                problems = check_text(text, style)
    if args.json:
        data = [_finding_json(f) for f in findings] + [_problem_json(p, in_project) for p in problems]
        json.dump(
            data if not args.fix else {"fixed": fixed, "findings": data},
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        sys.stdout.write("\n")
    else:
        for f in findings:
            print(f"{f.code}: {f.message}")
        ja = _lang() == "ja"
        for p in problems:
            print(f"{_where(p, in_project)}: {p.severity} [{p.rule}] {p.message if ja else p.message_en}")
        if args.fix:
            print(f"{fixed} fix(es) applied", file=sys.stderr)
        if not findings and not problems:
            print("no findings: ready to export" if in_project else "no findings")
    return 1 if findings or problems else 0


def _style(name: str | None, article: Any) -> Any:
    if name is None:
        from editor.io.profiles import ProfileError, load_profile
        from editor.settings import Settings

        try:
            name = load_profile(Settings.load().profile).style
        except (ProfileError, OSError, ValueError):
            name = None
    try:
        return load_style(name or "blog")
    except StyleError as e:
        raise CheckError(str(e)) from e
