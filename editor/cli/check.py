"""``tsuji check``: what is missing before publishing, and the proofreading of the Japanese."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from editor.assist.checks import Finding, check
from editor.assist.glossary import Glossary
from editor.assist.proof import Style, StyleError, style_names, tokens
from editor.cli.common import UserError, dump_json, lang, settings
from editor.cli.findings import finding_json, finding_line, problem_json, problem_line
from editor.core import project
from editor.core.atomic import atomic_write
from editor.core.decode import decode, read_bytes
from editor.flows.proofread import proofread_article, proofread_text, style_for
from editor.io.profiles import Profile, ProfileError, load_profile

NAME = "check"
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
MAX_TEXT_BYTES = 20 * 1024 * 1024


def add_parser(sub: Any) -> None:
    chk = sub.add_parser(
        NAME,
        help="list what is missing before publishing, and proofread the Japanese",
        description="Check a project (untranslated blocks, title, summary, and the proofreading "
        "rules) or any Japanese Markdown or text file. Exit status: 0 clean, 1 findings, 2 error.",
    )
    chk.add_argument("target", help="a .tsuji project, or a .md or .txt file")
    chk.add_argument(
        "--style", help=f"proofreading style ({', '.join(style_names())}; default: the profile's)"
    )
    chk.add_argument("--json", action="store_true", help="findings as JSON")
    chk.add_argument(
        "--learn-style",
        metavar="BLOGDIR",
        help="learn the blog's house style from the posts in BLOGDIR (kept for later checks) first",
    )
    chk.add_argument("--fix", action="store_true", help="apply the safe fixes (the old file is kept as .bak)")


def current_profile() -> Profile | None:
    try:
        return load_profile(settings().profile)
    except (ProfileError, OSError, ValueError):
        return None


def style(override: str | None, blog_dir: str | None = None) -> Style:
    try:
        return style_for(current_profile(), override, blog_dir or settings().blog_dir)
    except StyleError as e:
        raise UserError(str(e)) from e


def run(args: argparse.Namespace) -> int:
    path = Path(args.target)
    in_project = path.suffix.lower() not in TEXT_SUFFIXES
    tokens.load()
    if args.learn_style:
        learn_style(Path(args.learn_style))
    findings: list[Finding] = []
    if in_project:
        proj = project.load(path)
        chosen = style(args.style, args.learn_style)
        glossary = Glossary()
        try:
            findings = check(proj.article)
            checked = proofread_article(proj.article, chosen, glossary, fix=args.fix)
        finally:
            glossary.close()
        if checked.fixed:
            project.save(proj)
    else:
        text = decode(read_bytes(path, MAX_TEXT_BYTES), path.name)  # a pipe or a device is refused
        checked = proofread_text(text, style(args.style, args.learn_style), fix=args.fix)
        if checked.fixed and checked.text is not None:
            atomic_write(path, checked.text.encode("utf-8"), backup=True)
    problems = checked.problems
    if args.json:
        data = [finding_json(f) for f in findings] + [problem_json(p, in_project) for p in problems]
        dump_json(data if not args.fix else {"fixed": checked.fixed, "findings": data})
    else:
        for f in findings:
            print(finding_line(f))
        for p in problems:
            print(problem_line(p, in_project))
        if args.fix:
            print(f"{checked.fixed} fix(es) applied", file=sys.stderr)
        if not findings and not problems:
            print("no findings: ready to export" if in_project else "no findings")
    return 1 if findings or problems else 0


def learn_style(blog_dir: Path) -> None:
    """Learn the house style of the blog in ``blog_dir``, keep it and say what it is (stderr)."""
    from editor.assist.proof.learn import describe
    from editor.flows.blog import blog_folder
    from editor.flows.house_style import learn_blog, save

    folder = blog_folder(str(blog_dir), "", option="--learn-style")
    learned = learn_blog(folder)
    if learned.posts == 0:
        raise UserError(f"{folder}: no posts to learn a house style from")
    save(folder, learned)
    for ja, en in describe(learned):
        print(ja if lang() == "ja" else en, file=sys.stderr)
