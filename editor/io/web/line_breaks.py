"""Paragraphs a page sets apart with a single line break inside one ``<p>`` ("… from Bhatinda.<br>
“I boarded a flight …”): a reader sees two paragraphs, and the translator works on each alone.
A line break after a sentence, with a sentence of prose on each side, starts a new block; lines
that do not end a sentence (a poem, an address, a signature) or short lines ("Price: $5.<br>
Date: 3 May.") stay together. A short line ending in a colon between two paragraphs of prose
("Private solar panels:") is the label of the paragraph under it: the two start a new block.
A list written as lines (at least half the lines "1. …", "- …") stays one block; a numbered
question among paragraphs (an FAQ: "2. When does it start again?") does not make one."""

from __future__ import annotations

import re
from dataclasses import replace

from editor.core import inline
from editor.core.language import word_count
from editor.core.model import Block, BlockKind

_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"”’»)\]」』]*\s*$")
_LIST_LINE = re.compile(r"^\s*(?:[-+*•·–]|\d{1,3}[.)])\s")
_LABEL = re.compile(r"[:：]\s*$")
LABEL_WORDS = 8
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
        if 2 * sum(bool(_LIST_LINE.match(p)) for p in plain) >= len(lines):
            out.append(block)  # a list written as lines ("+ Added …", "1. …"): one block
            continue
        parts, part_words = [lines[0]], words[0]
        for i in range(1, len(lines)):
            after_prose = bool(_ENDS_SENTENCE.search(plain[i - 1])) and part_words >= PROSE_WORDS
            if after_prose and (words[i] >= PROSE_WORDS or _labels_prose(plain, words, i)):
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


def _labels_prose(plain: list[str], words: list[int], i: int) -> bool:
    """Line ``i`` is a short label ending in a colon over a line of prose."""
    return (
        0 < words[i] <= LABEL_WORDS
        and bool(_LABEL.search(plain[i]))
        and i + 1 < len(plain)
        and words[i + 1] >= PROSE_WORDS
    )
