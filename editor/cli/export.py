"""``tsuji export``: the post in the blog's Markdown format, into the blog folder (after the same
check the window makes before Export), and optionally pushed with blogsync."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from editor.assist.glossary import Glossary
from editor.assist.proof import StyleError, tokens
from editor.cli.common import UserError, clean, note, settings
from editor.cli.findings import blocker_line
from editor.core import project, recovery
from editor.flows import publish
from editor.flows.blog import blog_folder
from editor.flows.proofread import style_for
from editor.io.destination import ExportRefused
from editor.io.export import render
from editor.io.profiles import Profile, load_profile
from editor.io.publish import post_date_for
from editor.io.push import PushFailed, push
from editor.settings import DEFAULT_PROFILE

NAME = "export"


def add_parser(sub: Any) -> None:
    exp = sub.add_parser(
        NAME,
        help="write the post in a blog's Markdown format",
        description="Check the post as the window does before Export (title, summary, untranslated "
        "blocks, proofreading errors, source links no draft carries) and write it into the blog "
        "folder. Exit status: 0 written, 1 refused for findings (listed), 2 error.",
    )
    exp.add_argument("project", help="a .tsuji project file")
    exp.add_argument("--profile", help=f"layout profile (default: {DEFAULT_PROFILE})")
    where = exp.add_mutually_exclusive_group()
    where.add_argument("--to", metavar="DIR", help="blog folder (default: the one in settings)")
    where.add_argument("--stdout", action="store_true", help="print the post instead of writing it")
    exp.add_argument(
        "--force",
        action="store_true",
        help="export despite the check's findings, and overwrite a file Tsuji did not write",
    )
    exp.add_argument(
        "--allow-untranslated",
        action="store_true",
        help="export even with untranslated blocks (their source stands in, marked)",
    )
    exp.add_argument("--date", help="post date, ISO 8601 (default: first export's, else now)")
    exp.add_argument("--push", action="store_true", help="then push the post with blogsync")


def post_date(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError as e:
        raise UserError(f"--date {raw!r} is not an ISO 8601 date") from e


def run(args: argparse.Namespace) -> int:
    config = settings()
    profile = load_profile(args.profile or config.profile)
    when = post_date(args.date)
    if args.stdout:
        proj = project.load(args.project)
        date = when or post_date_for(proj.article, profile)
        sys.stdout.write(
            render(proj.article, profile, post_date=date, allow_untranslated=args.allow_untranslated)
        )
        return 0
    blog_dir = blog_folder(args.to, config.blog_dir, option="--to")
    path = Path(args.project)
    with recovery.exclusive(path):  # one writer of a project at a time
        proj = project.load(path)
        refused = publish.standing(
            blockers(proj.article, profile), force=args.force, allow_untranslated=args.allow_untranslated
        )
        if refused:
            for b in refused:
                note(blocker_line(b))
            hint = "--force"
            if any(b.untranslated for b in refused):
                only = all(b.untranslated for b in refused)
                hint = "--allow-untranslated" if only else "--force --allow-untranslated"
            note(f"tsuji: not exported: {len(refused)} finding(s) above; fix them, or give {hint}")
            return 1
        if when is not None and profile.name in proj.article.exports:
            proj.article.exports[profile.name].post_date = ""
        try:
            written, edit = publish.export(
                proj.article,
                profile,
                blog_dir,
                now=when,
                force=args.force,
                allow_untranslated=args.allow_untranslated,
            )
        except ExportRefused as e:
            if e.reason not in ("folder", "special"):
                for line in e.diff():
                    note(line)
                raise UserError(
                    f"{e}; use --force to overwrite it (the old file is kept in the backups)"
                ) from e
            raise
        edit.apply(proj.article)
        project.save(proj)
    if written.backup is not None:
        note(f"overwrote {written.path}; the old file is kept as {written.backup}")
    if written.kept_keys:
        note(f"kept from the file on disk: {', '.join(written.kept_keys)}")
    print(written.path)
    if args.push:
        return push_post(path, profile.name, written.path)
    return 0


def blockers(article: Any, profile: Profile) -> list[publish.Blocker]:
    """The window's pre-export check (proofreading skipped, with a note, if the style is broken)."""
    try:
        style = style_for(profile)
    except StyleError as e:
        note(f"note: not proofread: {e}")
        style = None
    if style is not None:
        tokens.load()
    glossary = Glossary()
    try:
        return publish.blockers(article, style, glossary)
    finally:
        glossary.close()


def push_post(project_path: Path, profile_name: str, post: Path) -> int:
    try:
        pushed = push(post)
    except PushFailed as e:
        if e.output:
            note(e.output)
        note(f"tsuji: {e}")
        return 1
    if pushed.output:
        note(pushed.output)
    with recovery.exclusive(project_path):
        proj = project.load(project_path)
        edit = publish.record_push(proj.article, profile_name, post, pushed)
        if edit is not None:
            edit.apply(proj.article)
            project.save(proj)
    print(clean(f"pushed: {pushed.url or pushed.edit_url}"))
    return 0
