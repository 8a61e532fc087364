"""``tsuji archive``: the blog folder as an archive of published posts (``list``), and those posts
aligned with their sources into the translation memory (``align``)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from editor.assist.glossary import Glossary
from editor.assist.memory import Memory
from editor.cli.common import Parser, UserError, clean, dump_json, note, settings
from editor.flows.archive_align import THRESHOLD, build_memory
from editor.flows.blog import blog_folder
from editor.io import archive
from editor.io.profiles import load_profile
from editor.io.sources import SourceFinder

NAME = "archive"


def add_parser(sub: Any) -> None:
    arc = sub.add_parser(NAME, help="the blog folder as an archive of published posts")
    arc_sub = arc.add_subparsers(dest="archive_command", required=True, parser_class=Parser)
    arc_list = arc_sub.add_parser("list", help="list the posts of a blogsync folder")
    arc_list.add_argument("--blog", help="blog folder (default: the one in settings)")
    arc_list.add_argument("--json", action="store_true")
    add_align_parser(arc_sub)


def add_align_parser(arc_sub: Any) -> None:
    p = arc_sub.add_parser(
        "align",
        help="align published posts with their sources and add the pairs to the memory",
        description="For every post of the blog folder, find its source page (--sources, the import "
        "cache, or with --fetch the web), align the post's body with it paragraph by paragraph, and "
        "add the pairs to the translation memory. Re-running adds nothing twice.",
    )
    p.add_argument("--blog", help="blog folder (default: the one in settings)")
    p.add_argument("--sources", help="a folder of saved source pages (matched by their canonical URL)")
    p.add_argument("--fetch", action="store_true", help="fetch sources not found locally (one at a time)")
    p.add_argument("--dry-run", action="store_true", help="align and report, store nothing")
    p.add_argument("--threshold", type=float, default=THRESHOLD, help="least confidence stored (0-1)")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    if args.archive_command == "align":
        return run_align(args)
    blog_dir = blog_folder(args.blog, settings().blog_dir, option="--blog")
    listing = archive.list_posts(blog_dir)
    if args.json:
        data = {
            "posts": [asdict(p) for p in listing.posts],
            "skipped": [{"path": path, "reason": why} for path, why in listing.problems],
        }
        dump_json(data)
    else:
        for p in listing.posts:
            state = "draft" if p.draft else "published" if p.url else "local"
            print(clean(f"{p.date[:10]:<10}  {state:<9}  {p.title}"))
            print(clean(f"{'':<10}  {p.path}  {p.url}"))
            if p.source_url:
                print(clean(f"{'':<10}  source: {p.source_url}"))
        print(f"{len(listing.posts)} post(s)")
    for path, why in listing.problems:
        note(f"skipped {path}: {why}")
    return 0


def run_align(args: argparse.Namespace) -> int:
    config = settings()
    blog_dir = blog_folder(args.blog, config.blog_dir, option="--blog")
    sources = Path(args.sources).expanduser() if args.sources else None
    if sources is not None and not sources.is_dir():
        raise UserError(f"sources folder {sources} does not exist")
    finder = SourceFinder(sources, fetch=args.fetch)
    memory = None if args.dry_run else Memory()
    glossary = Glossary()
    try:
        known = {t.source for t in glossary.terms()}
        report = build_memory(
            blog_dir,
            load_profile(config.profile),
            finder,
            add=memory.add_many if memory is not None else None,
            known_terms=known,
            threshold=args.threshold,
        )
    finally:
        glossary.close()
        if memory is not None:
            memory.close()
    if args.json:
        dump_json(report.to_json())
        return 0
    print(
        f"{len(report.done)} post(s) aligned, {len(report.skipped)} skipped; {report.stored} pair(s)"
        f" {'found' if args.dry_run else 'stored'}, {len(report.held)} held back; {report.seconds:.1f} s"
    )
    for s in report.skipped:
        print(f"skipped {s['post']}: {s['reason']}", file=sys.stderr)
    for h in report.held:
        print(f"held ({h.confidence:.2f}) {h.post}: {h.source[:60]!r} ↔ {h.target[:40]!r}")
    for n in report.names:
        print(
            f"glossary? {n.source} → {n.target} ({n.pairs} pairs in {n.posts} posts;"
            " not added: tsuji glossary import a list)"
        )
    return 0
