"""``tsuji import``: a web page, URL, text or Markdown file becomes a project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from editor.cli.common import UserError, dump_json, note, settings
from editor.core import inline, project
from editor.core.model import Article
from editor.io import archive
from editor.io.destination import article_slug
from editor.io.html_import import MAX_BYTES
from editor.io.importers import import_path, import_stdin, import_url

NAME = "import"


def add_parser(sub: Any) -> None:
    imp = sub.add_parser(NAME, help="turn a web page, URL, text or Markdown file into a project")
    imp.add_argument(
        "source", help="a URL, a saved page (.html), a .md or .txt file, or - for standard input"
    )
    imp.add_argument("-o", "--output", help="project file to write (default: beside the source)")
    imp.add_argument("--json", action="store_true", help="print the imported article as JSON")


def article_json(article: Article) -> dict[str, object]:
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


def run(args: argparse.Namespace) -> int:
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
    for line in article.import_notes:
        note(f"note: {line}")
    warn_if_translated(article)
    if args.json:
        dump_json(article_json(article))
        if not args.output:
            return 0
    out = Path(args.output) if args.output else default_out
    if out is None:
        raise UserError("reading standard input: give -o OUT.tsuji or --json")
    if not args.output and out.exists():
        raise UserError(f"{out} exists already; choose another name with -o")
    print(project.save(project.Project(article), out))
    return 0


def warn_if_translated(article: Article) -> None:
    blog = settings().blog_dir
    if not blog:
        return
    for post in archive.translated_before(Path(blog).expanduser(), article.source_url):
        where = post.url or post.path
        note(f"note: already translated in {post.path} ({post.date[:10]}): {post.title} {where}")
