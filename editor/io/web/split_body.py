"""An article whose page splits its body into boxes (an advertisement or a teaser set between two
runs of its paragraphs, each run in an editor's module of its own): trafilatura keeps the run it
scores highest, often the last, and the post starts halfway (an interview's last third, a list
from its 16th tip, Wired's articles with their first "chunk"). Two checks of the first reading:
where two or more paragraphs of prose stand between the headline and the first block kept, the
element that holds them and that block is read again, alone and without its boxes' names
(``holder``); where the box holding that block has siblings of its kind holding paragraphs of
prose left out, those boxes are read together (``kin_boxes``). A reading again is kept only where
it holds the first one's blocks and more (``reaches_back``, ``holds_more``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from editor.core import inline, language
from editor.core.model import Block
from editor.io.web import standfirst

MIN_PARAGRAPHS = 2
"""Paragraphs of prose left out before the first block kept that make the body a split one."""
MIN_WORDS = 12
"""Words a paragraph needs to count as prose here (a dateline or a credit has fewer)."""
_ENDS = re.compile(r"[.!?…。！？»”\"')]\s*$")


def holder(tree: Any, found: Found | None) -> Any:
    """The element holding both the paragraphs of prose left out between the headline and the
    first block kept and that block, when there are ``MIN_PARAGRAPHS`` of them and it is not the
    whole page; None otherwise. A paragraph inside a box named as furniture below that element
    (a teaser, a sidebar, a caption) does not count; names above it (a layout "with-sidebar"
    around the whole article) say nothing about the paragraphs."""
    if found is None or found.h1 is None:
        return None
    h1, first, kept = found.h1, found.first, found.kept
    around = set(first.iterancestors())
    left: list[Any] = []
    for el in standfirst._between(tree, h1, first):
        if el.tag != "p" or el in around:
            continue
        text = standfirst._shown_text(el)
        if language.word_count(text) < MIN_WORDS or not _ENDS.search(text):
            continue
        if standfirst._linked_share(el, text) < 0.5 and standfirst._norm(text)[:60] not in kept:
            left.append(el)
    inner = _common(first, left)
    left = [el for el in left if inner is not None and not _away_below(el, inner)]
    inner = _common(first, left) if len(left) >= MIN_PARAGRAPHS else None
    return None if inner is None or inner.tag in ("body", "html") else inner


@dataclass
class Found:
    """Where a reading's first block is on the page (its headline aside), and the reading's words."""

    h1: Any
    first: Any
    kept: str


def locate(tree: Any, blocks: list[Block], title: str) -> Found | None:
    """The page's headline, the element of the first block kept and the reading's words: one pass
    over the page's text, for both checks."""
    body = tree.find("body")
    if not blocks or body is None:
        return None
    h1 = standfirst._headline(tree, title)
    first = standfirst._first_kept(body, blocks, h1 if h1 is not None else tree.makeelement("h1"))
    if first is None:
        return None
    kept = " ".join(standfirst._norm(inline.to_plain(b.source)) for b in blocks)
    return Found(h1, first, kept)


def _common(first: Any, others: list[Any]) -> Any:
    """The nearest element holding ``first`` and every one of ``others``."""
    if not others:
        return None
    shared = set(first.iterancestors())
    for el in others:
        shared &= set(el.iterancestors())
    return next((up for up in first.iterancestors() if up in shared), None)


def _away_below(el: Any, top: Any) -> bool:
    """``el``, or a box it is in below ``top``, is named or made as page furniture."""
    if standfirst._tokens(el) & (standfirst._AWAY | standfirst._OWN_NAMES):
        return True
    for up in el.iterancestors():
        if up is top:
            return False
        if up.tag in ("nav", "aside", "footer", "form", *standfirst._PICTURE) or (
            standfirst._tokens(up) & standfirst._AWAY
        ):
            return True
    return False


def page_of(tree: Any, element: Any) -> str:
    """A page of ``element`` alone, with the page's head (its language, its title), its boxes'
    class and id names taken off: trafilatura picks a box by its name ("text", "story") and would
    keep one run of paragraphs again."""
    from copy import deepcopy

    from lxml import etree

    element = deepcopy(element)
    for el in element.iter():
        if isinstance(el.tag, str):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)
    head = tree.find("head")
    lang = tree.get("lang") or ""
    return '<html lang="{}"><head>{}</head><body>{}</body></html>'.format(
        lang.replace('"', ""),
        etree.tostring(head, encoding="unicode", method="html") if head is not None else "",
        etree.tostring(element, encoding="unicode", method="html", with_tail=False),
    )


def reaches_back(again: list[Block], blocks: list[Block]) -> bool:
    """The second reading holds the first one's opening block and more before it."""
    if not again or not blocks:
        return False
    opening = standfirst._norm(inline.to_plain(blocks[0].source))
    texts = [standfirst._norm(inline.to_plain(b.source)) for b in again]
    at = next((i for i, t in enumerate(texts) if opening and opening in t), -1)
    return at > 0


MAX_LEVELS = 4
"""How far above the first block kept a box of the article's body may be (its paragraph, the
box's inner wrappers, the box)."""


def kin_boxes(found: Found | None) -> list[Any]:
    """The boxes of one kind (the same tag and class) that hold the article's body in runs, with
    something else set between them (an advertisement), when one of them holds the first block
    kept and another holds paragraphs of prose that were left out; [] otherwise. Wired and other
    magazines set an article in such "chunks", and trafilatura keeps the first."""
    if found is None:
        return []
    first, kept = found.first, found.kept
    up = first
    for _ in range(MAX_LEVELS):
        parent = up.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return []
        name = up.get("class")
        kin = [c for c in parent if name and c.tag == up.tag and c.get("class") == name]
        if len(kin) >= 2 and sum(_left_out(c, kept) for c in kin if c is not up) >= MIN_PARAGRAPHS:
            return kin
        up = parent
    return []


def _left_out(box: Any, kept: str) -> int:
    """Paragraphs of prose in ``box`` that the reading left out."""
    count = 0
    for p in box.iter("p"):
        text = standfirst._shown_text(p)
        if language.word_count(text) >= MIN_WORDS and _ENDS.search(text):
            count += standfirst._norm(text)[:60] not in kept
    return count


def page_of_boxes(tree: Any, boxes: list[Any]) -> str:
    """A page of ``boxes`` alone, one after the other in one box (see ``page_of``)."""
    from lxml import etree

    holder = etree.Element("div")
    for box in boxes:
        holder.append(_copy(box))
    return page_of(tree, holder)


def _copy(el: Any) -> Any:
    from copy import deepcopy

    copy = deepcopy(el)
    copy.tail = None
    return copy


def holds_more(again: list[Block], blocks: list[Block]) -> bool:
    """The second reading holds every block of the first, in order, and more."""
    texts = [standfirst._norm(inline.to_plain(b.source)) for b in again]
    at = 0
    for b in blocks:
        want = standfirst._norm(inline.to_plain(b.source))
        while at < len(texts) and want not in texts[at]:
            at += 1
        if at == len(texts):
            return False
        at += 1
    return sum(map(len, texts)) > sum(len(standfirst._norm(inline.to_plain(b.source))) for b in blocks)
