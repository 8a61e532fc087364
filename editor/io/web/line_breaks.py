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
        plain = [inline.to_plain(line) for line in lines]  # each line read once: a poem of
        words = [word_count(p) for p in plain]  # thousands of lines stays linear
        if any(_LIST_LINE.match(p) for p in plain):
            out.append(block)  # a list written as lines ("+ Added …", "1. …"): one block
            continue
        parts, part_words = [lines[0]], words[0]
        for i in range(1, len(lines)):
            if _ENDS_SENTENCE.search(plain[i - 1]) and part_words >= PROSE_WORDS and words[i] >= PROSE_WORDS:
                parts.append(lines[i])
                part_words = words[i]
            else:
                parts[-1] = f"{parts[-1]}\n{lines[i]}"
                part_words += words[i]
        if len(parts) == 1:
            out.append(block)
            continue
        out.append(replace(block, source=parts[0].strip()))
        out.extend(Block(p.strip(), lang=block.lang) for p in parts[1:])
    return out
