"""Checks that catch what a translator misses before publishing."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from editor.core import inline
from editor.core.model import Article


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    block: int | None = None
    """1-based position of the block concerned, if any."""
    block_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def check(article: Article) -> list[Finding]:
    """What stops a post from being published: no title, no summary, untranslated blocks.
    Glossary terms and the Japanese itself are the proofreading engine's (assist/proof)."""
    findings: list[Finding] = []
    if not article.title.strip():
        findings.append(Finding("empty-title", "the post has no Japanese title"))
    if not any(p.text.strip() for p in article.summary):
        findings.append(Finding("empty-summary", "the summary (✒️要約) is empty"))
    todo = {b.id for b in article.untranslated()}
    for i, block in enumerate(article.blocks, 1):
        if block.id in todo:
            excerpt = inline.to_plain(block.source)
            excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
            findings.append(Finding("untranslated", f"block {i} is not translated: {excerpt}", i, block.id))
    return findings
