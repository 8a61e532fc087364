"""``tsuji update``: re-import a project's source and merge it (the source post changed)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor.core import edits, project, recovery
from editor.core.merge import Report, UpdateRefused, merge
from editor.core.model import Article
from editor.io.importers import import_path, import_url


class UpdateError(Exception):
    """Exit status 2, one line."""


def add_parser(sub: Any) -> None:
    up = sub.add_parser(
        "update",
        help="re-import the source (the post changed) and merge it into the project",
        description="Re-import the article (from its URL, or a saved page or URL given) and merge "
        "it: unchanged blocks keep their work, changed ones keep the draft and lose 'done', new "
        "ones come in untranslated, removed ones are kept, marked and left out of the export.",
    )
    up.add_argument("project", help="a .tsuji project file")
    up.add_argument("page", nargs="?", help="a saved page or a URL (default: the project's source URL)")
    up.add_argument("--json", action="store_true", help="counts as JSON")


def fetch_new(article: Article, page: str | None) -> Article:
    where = page or article.source_url
    if not where:
        raise UpdateError("the project has no source URL: give the page (a saved file or a URL)")
    if where.startswith(("http://", "https://")):
        return import_url(where)
    return import_path(Path(where))


def summary(report: Report) -> str:
    parts = [
        f"{report.kept} kept",
        f"{report.changed} changed",
        f"{report.added} added",
        f"{report.removed} removed",
    ]
    if report.split:
        parts.append(f"{report.split} split")
    if report.merged:
        parts.append(f"{report.merged} merged")
    if report.moved:
        parts.append(f"{report.moved} moved")
    return ", ".join(parts)


def cmd_update(args: argparse.Namespace) -> int:
    path = Path(args.project)
    proj = project.load(path)
    new = fetch_new(proj.article, args.page)  # the network, before taking the lock
    with recovery.exclusive(path):
        proj = project.load(path)
        try:
            blocks, report = merge(proj.article, new)
        except UpdateRefused as e:
            raise UpdateError(str(e)) from e
        if not report.nothing:
            edits.update_source(proj.article, blocks).apply(proj.article)
            project.save(proj)
    if args.json:
        json.dump({**report.to_json(), "saved": not report.nothing}, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print(summary(report) + ("" if not report.nothing else " (nothing to change)"))
    return 0
