"""The ``tsuji`` command line: the same core as the window, for batch work."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from editor import __version__, cli_align, cli_check, cli_update
from editor.assist import pretranslate
from editor.assist.glossary import Glossary
from editor.assist.memory import Memory
from editor.assist.mt import ENGINES, EngineConfig
from editor.assist.mt_cache import MTCache
from editor.assist.secrets import get_key
from editor.core import edits, inline, project, recovery, store
from editor.core.decode import ImportFailed
from editor.core.model import Article
from editor.io import archive
from editor.io.destination import ExportRefused, UnsafeDestination, article_slug
from editor.io.export import UntranslatedError, render
from editor.io.html_import import MAX_BYTES
from editor.io.importers import import_path, import_stdin, import_url
from editor.io.profiles import DEFAULT_PROFILE, ProfileError, load_profile, profile_names
from editor.io.publish import export_to_blog, post_date_for
from editor.io.push import PushFailed, push
from editor.io.tmx import read_tmx, write_tmx
from editor.settings import Settings

COMMANDS = ("import", "export", "check", "update", "pretranslate", "tm", "glossary", "archive")


class UserError(Exception):
    """One clear line for the user; exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tsuji", description="Tsuji: translate blog posts into Japanese.")
    p.add_argument("--version", action="version", version=f"tsuji {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    imp = sub.add_parser("import", help="turn a web page, URL, text or Markdown file into a project")
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
    exp.add_argument("--push", action="store_true", help="then push the post with blogsync")

    pre = sub.add_parser("pretranslate", help="fill untranslated blocks with machine translation")
    pre.add_argument("project", help="a .tsuji project file")
    pre.add_argument("--engine", required=True, choices=sorted(ENGINES), help="translation engine")
    pre.add_argument("--url", default="", help="server URL (LibreTranslate)")
    pre.add_argument("--key", default="", help="API key (default: the one stored in settings)")
    pre.add_argument("--region", default="", help="region (Microsoft)")
    pre.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")

    tm = sub.add_parser("tm", help="translation memory: import, export, search")
    tm_sub = tm.add_subparsers(dest="tm_command", required=True, parser_class=_Parser)
    tm_sub.add_parser("import", help="add the units of a TMX file").add_argument("file")
    tm_sub.add_parser("export", help="write the memory as TMX 1.4").add_argument("file")
    tm_search = tm_sub.add_parser("search", help="find a word or phrase in sources and translations")
    tm_search.add_argument("text")
    tm_search.add_argument("--json", action="store_true")

    gl = sub.add_parser("glossary", help="the name glossary: import, export")
    gl_sub = gl.add_subparsers(dest="gl_command", required=True, parser_class=_Parser)
    gl_sub.add_parser("import", help="add terms from a CSV or TSV file").add_argument("file")
    gl_sub.add_parser("export", help="write the glossary as CSV (or TSV by the name)").add_argument("file")

    arc = sub.add_parser("archive", help="the blog folder as an archive of published posts")
    arc_sub = arc.add_subparsers(dest="archive_command", required=True, parser_class=_Parser)
    arc_list = arc_sub.add_parser("list", help="list the posts of a blogsync folder")
    arc_list.add_argument("--blog", help="blog folder (default: the one in settings)")
    arc_list.add_argument("--json", action="store_true")
    cli_align.add_parser(arc_sub)

    cli_check.add_parser(sub)
    cli_update.add_parser(sub)
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
        article = import_stdin(sys.stdin.buffer.read(MAX_BYTES + 1))
        default_out = None
    elif args.source.startswith(("http://", "https://")):
        article = import_url(args.source)
        default_out = Path(article_slug(article) + project.SUFFIX)
    else:
        src = Path(args.source)
        article = import_path(src)
        default_out = src.with_suffix(project.SUFFIX)
    for note in article.import_notes:
        print(f"note: {note}", file=sys.stderr)
    _warn_if_translated(article)
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


def _warn_if_translated(article: Article) -> None:
    blog = Settings.load().blog_dir
    if not blog:
        return
    for post in archive.translated_before(Path(blog).expanduser(), article.source_url):
        where = post.url or post.path
        print(
            f"note: already translated in {post.path} ({post.date[:10]}): {post.title} {where}",
            file=sys.stderr,
        )


def _post_date(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError as e:
        raise UserError(f"--date {raw!r} is not an ISO 8601 date") from e


def cmd_export(args: argparse.Namespace) -> int:
    settings = Settings.load()
    profile = load_profile(args.profile or settings.profile)
    when = _post_date(args.date)
    if args.stdout:
        proj = project.load(args.project)
        date = when or post_date_for(proj.article, profile)
        sys.stdout.write(
            render(proj.article, profile, post_date=date, allow_untranslated=args.allow_untranslated)
        )
        return 0
    blog = args.to or settings.blog_dir
    if not blog:
        raise UserError("no blog folder: give --to DIR, or set one in the window's export settings")
    blog_dir = Path(blog).expanduser()
    if blog_dir.is_file():
        raise UserError(f"--to takes the blog folder, and {blog_dir} is a file")
    if not blog_dir.is_dir():
        raise UserError(f"blog folder {blog_dir} does not exist")
    path = Path(args.project)
    with recovery.exclusive(path):  # one writer of a project at a time
        proj = project.load(path)
        if when is not None and profile.name in proj.article.exports:
            proj.article.exports[profile.name].post_date = ""
        try:
            written = export_to_blog(
                proj.article,
                profile,
                blog_dir,
                now=when,
                force=args.force,
                allow_untranslated=args.allow_untranslated,
            )
        except ExportRefused as e:
            if e.reason != "folder":
                for line in e.diff():
                    print(line, file=sys.stderr)
                raise UserError(
                    f"{e}; use --force to overwrite it (the old file is kept in the backups)"
                ) from e
            raise
        edits.record_export(proj.article, profile.name, written.record).apply(proj.article)
        project.save(proj)
    if written.backup is not None:
        print(f"overwrote {written.path}; the old file is kept as {written.backup}", file=sys.stderr)
    if written.kept_keys:
        print(f"kept from the file on disk: {', '.join(written.kept_keys)}", file=sys.stderr)
    print(written.path)
    if args.push:
        return _push(path, profile.name, written.path)
    return 0


def _push(project_path: Path, profile_name: str, post: Path) -> int:
    try:
        pushed = push(post)
    except PushFailed as e:
        if e.output:
            print(e.output, file=sys.stderr)
        print(f"tsuji: {e}", file=sys.stderr)
        return 1
    if pushed.output:
        print(pushed.output, file=sys.stderr)
    with recovery.exclusive(project_path):
        proj = project.load(project_path)
        record = replace(
            proj.article.exports[profile_name],
            url=pushed.url,
            edit_url=pushed.edit_url,
            preview_url=pushed.preview_url,
            sha256=hashlib.sha256(post.read_bytes()).hexdigest(),
        )
        edits.record_export(proj.article, profile_name, record).apply(proj.article)
        project.save(proj)
    print(f"pushed: {pushed.url or pushed.edit_url}")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    if args.archive_command == "align":
        return cli_align.cmd_align(args)
    blog = args.blog or Settings.load().blog_dir
    if not blog:
        raise UserError("no blog folder: give --blog DIR, or set one in the window's export settings")
    blog_dir = Path(blog).expanduser()
    if not blog_dir.is_dir():
        raise UserError(f"blog folder {blog_dir} does not exist")
    listing = archive.list_posts(blog_dir)
    if args.json:
        data = {
            "posts": [asdict(p) for p in listing.posts],
            "skipped": [{"path": path, "reason": why} for path, why in listing.problems],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for p in listing.posts:
            state = "draft" if p.draft else "published" if p.url else "local"
            print(f"{p.date[:10]:<10}  {state:<9}  {p.title}")
            print(f"{'':<10}  {p.path}  {p.url}")
            if p.source_url:
                print(f"{'':<10}  source: {p.source_url}")
        print(f"{len(listing.posts)} post(s)")
    for path, why in listing.problems:
        print(f"skipped {path}: {why}", file=sys.stderr)
    return 0


def cmd_pretranslate(args: argparse.Namespace) -> int:
    proj = project.load(args.project)
    key = args.key or get_key(args.engine)
    cfg = EngineConfig(args.engine, key, args.url, args.region, timeout=args.timeout)
    items = pretranslate.todo(proj.article)
    if not items:
        print("nothing to translate: every block has a translation")
        return 0
    cache = MTCache()

    def translate(text: str, lang: str, cancel: threading.Event | None) -> str:
        return cache.translate(text, lang, cfg, cancel=cancel)[0]

    def report(n: int, item: pretranslate.Todo, error: str | None) -> None:
        if error is None:
            print(f"[{n}/{len(items)}] block {item.index}: translated")
        else:
            print(f"[{n}/{len(items)}] block {item.index}: failed: {error}", file=sys.stderr)

    outcome = pretranslate.run(items, translate, on_progress=report)
    for edit in pretranslate.as_edits(proj.article, outcome):
        edit.apply(proj.article)
    project.save(proj)
    line = (
        f"{len(outcome.translated)} of {len(items)} block(s) translated by {ENGINES[args.engine]};"
        f" {len(outcome.failures)} failed"
    )
    if outcome.left:
        line += f"; {outcome.left} not tried ({outcome.stopped_by or 'stopped'})"
    print(line)
    return 1 if outcome.failures or outcome.left else 0


def cmd_tm(args: argparse.Namespace) -> int:
    memory = Memory()
    if args.tm_command == "import":
        units = read_tmx(Path(args.file))
        print(f"{memory.add_many(units)} unit(s) added from {args.file}")
    elif args.tm_command == "export":
        print(f"{write_tmx(Path(args.file), memory.all_units())} unit(s) written to {args.file}")
    else:
        found = memory.concordance(args.text)
        if args.json:
            rows = [{"source": u.source, "target": u.target, "source_lang": u.source_lang} for u in found]
            json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for u in found:
                print(f"{u.source}\n  → {u.target}")
            if not found:
                print("no match")
    return 0


def cmd_glossary(args: argparse.Namespace) -> int:
    glossary = Glossary()
    if args.gl_command == "import":
        print(f"{glossary.import_file(Path(args.file))} term(s) added from {args.file}")
    else:
        print(f"{glossary.export_file(Path(args.file))} term(s) written to {args.file}")
    return 0


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
    handlers = {
        "import": cmd_import,
        "export": cmd_export,
        "check": cli_check.cmd_check,
        "update": cli_update.cmd_update,
        "pretranslate": cmd_pretranslate,
        "tm": cmd_tm,
        "glossary": cmd_glossary,
        "archive": cmd_archive,
    }
    return handlers[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        return run(argv)
    except UntranslatedError as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 1
    except (
        UserError,
        cli_check.CheckError,
        cli_update.UpdateError,
        cli_align.AlignError,
        project.ProjectError,
        ImportFailed,
        ProfileError,
        ExportRefused,
        UnsafeDestination,
    ) as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 2
    except store.StoreBusy as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 2
    except sqlite3.OperationalError as e:
        if not store.is_busy(e):
            raise
        print(
            "tsuji: the translation memory or glossary is busy: another Tsuji is writing to it;"
            " try again when it has finished",
            file=sys.stderr,
        )
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
