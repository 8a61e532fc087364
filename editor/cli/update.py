"""``tsuji update``: re-import a project's source and merge it (the source post changed)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editor.cli.common import UserError, dump_json
from editor.core import project, recovery
from editor.core.merge import UpdateRefused
from editor.flows.update import NoSource, fetch_new, merged, summary

NAME = "update"


def add_parser(sub: Any) -> None:
    up = sub.add_parser(
        NAME,
        help="re-import the source (the post changed) and merge it into the project",
        description="Re-import the article (from its URL, or a saved page or URL given) and merge "
        "it: unchanged blocks keep their work, changed ones keep the draft and lose 'done', new "
        "ones come in untranslated, removed ones are kept, marked and left out of the export.",
    )
    up.add_argument("project", help="a .tsuji project file")
    up.add_argument("page", nargs="?", help="a saved page or a URL (default: the project's source URL)")
    up.add_argument("--json", action="store_true", help="counts as JSON")


def run(args: argparse.Namespace) -> int:
    path = Path(args.project)
    proj = project.load(path)
    try:
        new = fetch_new(proj.article, args.page)  # the network, before taking the lock
    except NoSource as e:
        raise UserError(str(e)) from e
    with recovery.exclusive(path):
        proj = project.load(path)
        try:
            edit, report = merged(proj.article, new)
        except UpdateRefused as e:
            raise UserError(str(e)) from e
        if edit is not None:
            edit.apply(proj.article)
            project.save(proj)
    if args.json:
        dump_json({**report.to_json(), "saved": not report.nothing})
    else:
        print(summary(report) + ("" if not report.nothing else " (nothing to change)"))
    return 0
