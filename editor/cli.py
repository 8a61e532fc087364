"""The ``tsuji`` command line: the same core as the window, for batch work."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from editor import __version__
from editor.assist.checks import check
from editor.core import inline, project
from editor.core.model import Article
from editor.io.decode import ImportFailed
from editor.io.destination import ExportRefused, article_slug
from editor.io.export import UntranslatedError, render
from editor.io.importers import import_path, import_stdin, import_url
from editor.io.profiles import DEFAULT_PROFILE, ProfileError, load_profile, profile_names
from editor.io.publish import export_to_blog, post_date_for
from editor.settings import Settings

COMMANDS = ("import", "export", "check")


class UserError(Exception):
    """One clear line for the user; exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tsuji", description="Tsuji: translate blog posts into Japanese.")
    p.add_argument("--version", action="version", version=f"tsuji {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    imp = sub.add_parser(
        "import", help="turn a web page, URL, text or Markdown file into a project"
    )
    imp.add_argument(
        "source", help="a URL, a saved page (.html), a .md or .txt file, or - for standard input"
    )
    imp.add_argument("-o", "--output", help="project file to write (default: beside the source)")
    imp.add_argument("--json", action="store_true", help="print the imported article as JSON")

    exp = sub.add_parser("export", help="write the post in a blog's Markdown format")
    exp.add_argument("project", help="a .tsuji project file")
    exp.add_argument("--profile", help=f"layout profile (default: {DEFAULT_PROFILE})")
    where = exp.add_mutually_exclusive_group()
    where.add_argument("--to", metavar="DIR", help="blog folder (default: the one in settings)")
    where.add_argument("--stdout", action="store_true", help="print the post instead of writing it")
    exp.add_argument("--force", action="store_true", help="overwrite a file Tsuji did not write")
    exp.add_argument(
        "--allow-untranslated",
        action="store_true",
        help="export even with untranslated blocks (their source stands in, marked)",
    )
    exp.add_argument("--date", help="post date, ISO 8601 (default: first export's, else now)")

    chk = sub.add_parser("check", help="list what is missing before publishing")
    chk.add_argument("project", help="a .tsuji project file")
    chk.add_argument("--json", action="store_true", help="findings as JSON")
    return p


def _article_json(article: Article) -> dict[str, object]:
    return {
        "title": article.source_title,
        "author": article.author,
        "date": article.published,
        "site": article.site_name,
        "url": article.source_url,
        "lang": article.source_lang,
        "blocks": [
            {"kind": b.kind.value, "text": inline.to_plain(b.source), "group": b.quote_group}
            for b in article.blocks
        ],
    }


def cmd_import(args: argparse.Namespace) -> int:
    if args.source == "-":
        article = import_stdin(sys.stdin.buffer.read())
        default_out = None
    elif args.source.startswith(("http://", "https://")):
        article = import_url(args.source)
        default_out = Path(article_slug(article) + project.SUFFIX)
    else:
        src = Path(args.source)
        article = import_path(src)
        default_out = src.with_suffix(project.SUFFIX)
    if args.json:
        json.dump(_article_json(article), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        if not args.output:
            return 0
    out = Path(args.output) if args.output else default_out
    if out is None:
        raise UserError("reading standard input: give -o OUT.tsuji or --json")
    if not args.output and out.exists():
        raise UserError(f"{out} exists already; choose another name with -o")
    written = project.save(project.Project(article), out)
    print(written)
    return 0


def _post_date(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError as e:
        raise UserError(f"--date {raw!r} is not an ISO 8601 date") from e


def cmd_export(args: argparse.Namespace) -> int:
    proj = project.load(args.project)
    settings = Settings.load()
    profile = load_profile(args.profile or settings.profile)
    when = _post_date(args.date)
    if args.stdout:
        date = when or post_date_for(proj.article, profile)
        sys.stdout.write(
            render(
                proj.article, profile, post_date=date, allow_untranslated=args.allow_untranslated
            )
        )
        return 0
    blog = args.to or settings.blog_dir
    if not blog:
        raise UserError("no blog folder: give --to DIR, or set one in the window's export settings")
    blog_dir = Path(blog).expanduser()
    if not blog_dir.is_dir():
        raise UserError(f"blog folder {blog_dir} does not exist")
    if when is not None and profile.name in proj.article.exports:
        proj.article.exports[profile.name].post_date = ""
    written = export_to_blog(
        proj.article,
        profile,
        blog_dir,
        now=when,
        force=args.force,
        allow_untranslated=args.allow_untranslated,
    )
    project.save(proj)
    if written.replaced_foreign:
        print(
            f"overwrote a file Tsuji had not written; the old one is {written.path}.bak",
            file=sys.stderr,
        )
    print(written.path)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    proj = project.load(args.project)
    findings = check(proj.article)
    if args.json:
        json.dump([f.to_json() for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif findings:
        for f in findings:
            print(f"{f.code}: {f.message}")
    else:
        print("no findings: ready to export")
    return 1 if findings else 0


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(argv: Sequence[str]) -> int:
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        raise UserError(f"unknown command {argv[0]!r} (commands: {', '.join(COMMANDS)})")
    file = Path(argv[0]) if argv else None
    if file is not None and not file.exists():
        raise UserError(f"{file}: no such file")
    if has_display():
        from editor.app import run as run_app

        return run_app([str(file)] if file else [])
    if file is None:
        print("tsuji: no display to open the window on; try tsuji --help", file=sys.stderr)
        return 2
    print("tsuji: no display, so here is the exported post instead of the window.", file=sys.stderr)
    proj = project.load(file)
    profile = load_profile(Settings.load().profile)
    when = post_date_for(proj.article, profile)
    sys.stdout.write(render(proj.article, profile, post_date=when, allow_untranslated=True))
    return 0


def run(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help", "--version"):
        return open_window(argv)
    args = _parser().parse_args(list(argv))
    handlers = {"import": cmd_import, "export": cmd_export, "check": cmd_check}
    return handlers[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        return run(argv)
    except UntranslatedError as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 1
    except (UserError, project.ProjectError, ImportFailed, ProfileError, ExportRefused) as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        print(f"tsuji: {e.strerror or e}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["main", "profile_names", "run"]
