"""Publishing, once for the command line and the window: what stops a post from going out (the
pre-export check), writing it into the blog folder as an undoable record, and what a push
leaves in that record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from editor.assist.checks import Finding, check
from editor.assist.glossary import Glossary
from editor.assist.proof import Severity, Style, check_article
from editor.assist.proof.model import Problem
from editor.core import edits
from editor.core.model import Article, ExportRecord
from editor.io.destination import Written
from editor.io.profiles import Profile
from editor.io.publish import export_to_blog
from editor.io.push import Pushed

Place = tuple[str, int]
"""Where a blocker is: ("block", row), ("title", 0), ("summary", point) or ("label", point)."""

_PLACES: dict[str, Place] = {"empty-title": ("title", 0), "empty-summary": ("summary", 0)}


@dataclass(frozen=True)
class Blocker:
    """One thing to look at before a post goes out: a missing part (``finding``) or a proofreading
    error (``problem``), with where it is, if it is somewhere the user can be taken to."""

    place: Place | None
    finding: Finding | None = None
    problem: Problem | None = None

    @property
    def code(self) -> str:
        if self.finding is not None:
            return self.finding.code
        assert self.problem is not None
        return self.problem.rule

    @property
    def untranslated(self) -> bool:
        return self.code == "untranslated"


def blockers(article: Article, style: Style | None, glossary: Glossary | None) -> list[Blocker]:
    """What the window lists before Export and ``tsuji export`` refuses on: no title, no summary,
    untranslated blocks, proofreading errors (a bracket left open…) and source links no draft
    carries. ``style`` None: proofreading is skipped (the style could not be read)."""
    out = [
        Blocker(("block", f.block - 1) if f.block else _PLACES.get(f.code), finding=f) for f in check(article)
    ]
    if style is None:
        return out
    rows = {b.id: r for r, b in enumerate(article.blocks)}
    for p in check_article(article, style, glossary):
        if p.severity is not Severity.ERROR and p.rule != "links":
            continue
        row = rows.get(p.block_id) if p.block_id else None
        place: Place | None = None
        if row is not None:
            place = ("block", row)
        elif p.field in ("title", "summary", "label"):
            place = (p.field, p.block or 0)
        out.append(Blocker(place, problem=p))
    return out


def standing(found: list[Blocker], *, force: bool, allow_untranslated: bool) -> list[Blocker]:
    """The blockers that still stop an export from the command line: ``--allow-untranslated``
    lets untranslated blocks through (marked in the post); ``--force`` everything else."""
    return [b for b in found if (not allow_untranslated if b.untranslated else not force)]


def export(
    article: Article,
    profile: Profile,
    blog_dir: Path,
    *,
    now: datetime | None = None,
    force: bool = False,
    allow_untranslated: bool = False,
) -> tuple[Written, edits.Edit]:
    """Write the post and return the edit that records where it went (applied by the caller, so
    that the window can undo it)."""
    written = export_to_blog(
        article, profile, blog_dir, now=now, force=force, allow_untranslated=allow_untranslated
    )
    return written, edits.record_export(article, profile.name, written.record)


def pushed_record(record: ExportRecord, post: Path, pushed: Pushed) -> ExportRecord:
    """The export record after a push. blogsync rewrites the file: its hash is taken again. An
    address blogsync did not print (a draft has no URL yet) keeps the one known before."""
    try:
        digest = hashlib.sha256(post.read_bytes()).hexdigest()
    except OSError:
        digest = record.sha256
    return replace(
        record,
        url=pushed.url or record.url,
        edit_url=pushed.edit_url or record.edit_url,
        preview_url=pushed.preview_url or record.preview_url,
        sha256=digest,
    )


def record_push(article: Article, profile_name: str, post: Path, pushed: Pushed) -> edits.Edit | None:
    """The edit that stores a push in the article's export record (None: never exported)."""
    record = article.exports.get(profile_name)
    if record is None:
        return None
    return edits.record_export(article, profile_name, pushed_record(record, post, pushed))
