"""Paragraphs a page sets apart with a single line break inside one ``<p>`` ("… from Bhatinda.<br>
“I boarded a flight …”): a reader sees two paragraphs, and the translator works on each alone.
A line break after a sentence, with a sentence of prose on each side, starts a new block; lines
that do not end a sentence (a poem, an address, a signature) or short lines ("Price: $5.<br>
Date: 3 May.") stay together."""

from __future__ import annotations

import re
from dataclasses import replace

from editor.core import inline
from editor.core.language import word_count
from editor.core.model import Block, BlockKind

_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"”’»)\]」』]*\s*$")
_LIST_LINE = re.compile(r"^\s*(?:[-+*•·–]|\d{1,3}[.)])\s")
PROSE_WORDS = 8
"""Fewer words on either side of the break: a line of an address or a list, not a paragraph."""


def split_paragraphs(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each paragraph that holds two or more paragraphs split (new blocks; the
    first keeps the paragraph's id)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is not BlockKind.PARAGRAPH or block.quote_group is not None or "\n" not in block.source:
            out.append(block)
            continue
        lines = block.source.split("\n")
        if any(_LIST_LINE.match(inline.to_plain(line)) for line in lines):
            out.append(block)  # a list written as lines ("+ Added …", "1. …"): one block
            continue
        parts = [lines[0]]
        for line in lines[1:]:
            before = parts[-1]
            if (
                _ENDS_SENTENCE.search(inline.to_plain(before))
                and word_count(inline.to_plain(before)) >= PROSE_WORDS
                and word_count(inline.to_plain(line)) >= PROSE_WORDS
            ):
                parts.append(line)
            else:
                parts[-1] = f"{before}\n{line}"
        if len(parts) == 1:
            out.append(block)
            continue
        out.append(replace(block, source=parts[0].strip()))
        out.extend(Block(p.strip(), lang=block.lang) for p in parts[1:])
    return out
