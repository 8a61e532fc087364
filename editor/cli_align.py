"""``tsuji archive align``: the blog's published posts, aligned with their sources, into the memory."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor.assist.glossary import Glossary
from editor.assist.memory import Memory
from editor.flows.archive_align import THRESHOLD, build_memory
from editor.io.profiles import load_profile
from editor.io.sources import SourceFinder
from editor.settings import Settings


class AlignError(Exception):
    """Exit status 2, one line."""


def add_parser(arc_sub: Any) -> None:
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


def cmd_align(args: argparse.Namespace) -> int:
    settings = Settings.load()
    blog = args.blog or settings.blog_dir
    if not blog:
        raise AlignError("no blog folder: give --blog DIR, or set one in the window's export settings")
    blog_dir = Path(blog).expanduser()
    if not blog_dir.is_dir():
        raise AlignError(f"blog folder {blog_dir} does not exist")
    sources = Path(args.sources).expanduser() if args.sources else None
    if sources is not None and not sources.is_dir():
        raise AlignError(f"sources folder {sources} does not exist")
    finder = SourceFinder(sources, fetch=args.fetch)
    memory = None if args.dry_run else Memory()
    glossary = Glossary()
    try:
        known = {t.source for t in glossary.terms()}
        report = build_memory(
            blog_dir,
            load_profile(settings.profile),
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
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
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
        print(f"glossary? {n.source} → {n.target} ({n.pairs} pairs; not added: tsuji glossary import a list)")
    return 0
