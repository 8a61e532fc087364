"""Build the translation memory from the blog's published posts (``tsuji archive align`` and
Tools → Build Memory from Blog): every post's body is aligned with its source page, and the
pairs go into the memory, marked with the post's address and a confidence."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from editor.assist.align import Model, Para, align, ratios
from editor.assist.names import NameProposal, propose_names
from editor.core.messages import Msg
from editor.core.model import BlockKind
from editor.core.units import Unit
from editor.io import archive
from editor.io.post_body import read_body
from editor.io.profiles import Profile
from editor.io.sources import SourceFinder

THRESHOLD = 0.75
"""Pairs below this confidence are listed for review, not stored (align.calibrate: a stored pair
is right at least 97 times in 100 on real parallel documents)."""


@dataclass
class Held:
    post: str
    source: str
    target: str
    confidence: float


@dataclass
class AlignReport:
    done: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    stored: int = 0
    held: list[Held] = field(default_factory=list)
    names: list[NameProposal] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "posts_done": self.done,
            "posts_skipped": self.skipped,
            "pairs_stored": self.stored,
            "pairs_held": len(self.held),
            "held": [asdict(h) for h in self.held],
            "names": [asdict(n) for n in self.names],
            "seconds": round(self.seconds, 2),
            "cancelled": self.cancelled,
        }


@dataclass
class _Job:
    path: str
    url: str
    source: list[Para]
    target: list[Para]
    lang: str


def _source_paras(article: Any) -> list[Para]:
    return [
        Para(b.source, quote=b.is_quote, kind=_KINDS.get(b.kind, "paragraph"))
        for b in article.blocks
        if b.kind is not BlockKind.IMAGE and b.source.strip()
    ]


_KINDS = {BlockKind.HEADING: "heading", BlockKind.LIST_ITEM: "list_item"}


def build_memory(
    blog_dir: Path,
    profile: Profile,
    finder: SourceFinder,
    *,
    add: Callable[[list[Unit]], object] | None = None,
    known_terms: set[str] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    threshold: float = THRESHOLD,
) -> AlignReport:
    """Align every post of ``blog_dir``; ``add`` stores the units (None: a dry run)."""
    start = time.perf_counter()
    report = AlignReport()
    listing = archive.list_posts(blog_dir)
    report.skipped += [{"post": p, "reason": why} for p, why in listing.problems]
    jobs: list[_Job] = []
    total = len(listing.posts)
    for n, post in enumerate(listing.posts, 1):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(n, total, post.path)
        if not post.source_url:
            report.skipped.append({"post": post.path, "reason": Msg("no source card ([URL:embed:cite])")})
            continue
        try:
            text = (blog_dir / post.path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            report.skipped.append({"post": post.path, "reason": Msg("cannot be read ({e})", e=e)})
            continue
        body = read_body(text, profile)
        article, where = finder.find(post.source_url)
        if article is None:
            report.skipped.append(
                {"post": post.path, "reason": Msg("source not found: {where}", where=where)}
            )
            continue
        source = _source_paras(article)
        target = [Para(p.text, p.quote, p.note, p.kind) for p in body.paragraphs]
        if not source or not target:
            report.skipped.append(
                {"post": post.path, "reason": Msg("nothing to align (an empty body or source)")}
            )
            continue
        jobs.append(_Job(post.path, post.url or post.source_url, source, target, article.source_lang or "en"))
    model = Model.learn([r for job in jobs for r in ratios(job.source, job.target)])
    units: list[Unit] = []
    good_pairs: list[tuple[str, str, str]] = []
    for job in jobs:
        stored = held = 0
        for pair in align(job.source, job.target, model):
            if not pair.source or not pair.target:
                continue
            src = "\n".join(job.source[i].text for i in pair.source)
            tgt = "".join(job.target[j].text for j in pair.target)
            if pair.confidence >= threshold:
                units.append(Unit(src, tgt, job.lang, "ja", job.url, confidence=pair.confidence))
                good_pairs.append((src, tgt, job.path))
                stored += 1
            else:
                report.held.append(Held(job.path, src, tgt, pair.confidence))
                held += 1
        report.done.append({"post": job.path, "source_url": job.url, "stored": stored, "held": held})
    report.stored = len(units)
    report.names = propose_names(good_pairs, known_terms)
    if add is not None and units:
        added = add(units)
        if isinstance(added, int):  # what was new: re-running adds nothing twice, and says so
            report.stored = added
    report.seconds = time.perf_counter() - start
    return report
