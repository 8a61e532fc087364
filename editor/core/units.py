"""A translation unit: a source text and its translation, as the memory and TMX files hold them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    source: str
    target: str
    source_lang: str = "en"
    target_lang: str = "ja"
    article: str = ""
    """Where the pair came from (a project's source URL, a TMX file, a post)."""
    updated: float = 0.0
    confidence: float = 1.0
    """How sure the pair is: 1 for a translator's own; an aligner's score for pairs found in posts."""
