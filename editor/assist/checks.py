"""Checks that catch what a translator misses before publishing."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from editor.core import inline
from editor.core.messages import Msg
from editor.core.model import Article


@dataclass(frozen=True)
class Finding:
    code: str
    message: Msg
    """English text; the window shows it translated (a message key with its values)."""
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
        findings.append(Finding("empty-title", Msg("the post has no Japanese title")))
    if not any(p.text.strip() for p in article.summary):
        findings.append(Finding("empty-summary", Msg("the summary (✒️要約) is empty")))
    todo = {b.id for b in article.untranslated()}
    for i, block in enumerate(article.blocks, 1):
        if block.id in todo:
            excerpt = inline.to_plain(block.source)
            excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
            message = Msg("block {block} is not translated: {excerpt}", block=i, excerpt=excerpt)
            findings.append(Finding("untranslated", message, i, block.id))
    return findings
