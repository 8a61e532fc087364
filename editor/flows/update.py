"""Updating a project's source (the post changed after import), once for ``tsuji update`` and
File → Update Source: where the new version comes from, and the merge as one edit."""

from __future__ import annotations

from pathlib import Path

from editor.core import edits
from editor.core.merge import Report, merge
from editor.core.messages import Msg
from editor.core.model import Article
from editor.io.importers import import_path, import_url


class NoSource(ValueError):
    """The project has no address to re-import from, and no page was given."""


def is_web(where: str) -> bool:
    return where.startswith(("http://", "https://"))


def fetch_new(article: Article, page: str | Path | None = None) -> Article:
    """The new version of the article: from ``page`` (a saved file or a URL), else from the
    project's source URL. Network or disk: call it off the GUI thread."""
    where = str(page) if page else article.source_url
    if not where:
        raise NoSource(Msg("the project has no source URL: give the page (a saved file or a URL)"))
    return import_url(where) if is_web(where) else import_path(Path(where))


def merged(article: Article, new: Article) -> tuple[edits.Edit | None, Report]:
    """The edit that brings ``new`` into ``article`` (None when nothing changed) and what it does.
    Raises UpdateRefused when ``new`` is another article."""
    blocks, report = merge(article, new)
    return (None if report.nothing else edits.update_source(article, blocks)), report


def summary(report: Report) -> str:
    """What an update did, in a line (the command line's wording; the window translates its own)."""
    parts = [
        f"{report.kept} kept",
        f"{report.changed} changed",
        f"{report.added} added",
        f"{report.removed} removed",
    ]
    parts += [f"{n} {what}" for n, what in ((report.split, "split"), (report.merged, "merged")) if n]
    if report.moved:
        parts.append(f"{report.moved} moved")
    return ", ".join(parts)
