"""The standfirst: the sentence or two under a headline that says what the article is about
(a "dek", a "teaser", a "chapô", an "Anreißer", a "perex", an "ingress"). Extractors read it as
page furniture and drop it; the translator translates it with the rest. It is found between the
article's headline and the first block the extractor kept: an element named for what it is
(``class="standfirst"``, ``article__intro``, ``teaser-text``, ``chapo``…) or a paragraph in the
same ``<header>`` as the headline. The byline under the headline ("By <the author>") goes: the
author is the article's metadata."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Any

from editor.core import inline, language
from editor.core.model import Block, BlockKind
from editor.io import furniture, meta_lines
from editor.io.web import page_tags

_NAMES = frozenset(
    re.findall(
        r"\w+",
        "dek deck standfirst strapline subtitle subheadline subhead subheading subline teaser intro"
        " introduction lead lede leadtext excerpt summary chapo chapeau abstract preface description sapo"
        " bajada entradilla copete perex ingress ingressi sommario catenaccio",
    )
)
_AWAY = frozenset(
    re.findall(
        r"\w+",
        "related sidebar aside widget comment comments nav navigation footer menu recommended more"
        " list teaserlist promo newsletter slider carousel author bio byline caption credit copyright"
        " annotation",
    )
)
_OWN_NAMES = frozenset(("img", "photo", "foto", "picture", "gallery", "subscribe", "subscription", "paywall"))
"""Names that make the element itself a picture's text or a subscription pitch
("img_description", "c-subscribe__description"); on a container ("gallery-page", a paywalled
article's wrapper) they say nothing about what is inside, and "image" names a dek's layout
("withImage", "noImage") as often as a picture."""
_TAGS = ("p", "div", "h2", "h3", "span", "section", "strong")
_UNSEEN = ("script", "style", "noscript", "template", "textarea", "button", "select", "svg", "iframe")
_PICTURE = ("figure", "figcaption", "picture")
_CREDITS = frozenset(("caption", "credit", "copyright", "annotation"))
_MIN_WORDS = 6
_MAX_CHARS = 900
_MAX_PARTS = 2
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|av)\s+(.+)$", re.I | re.S)
"""A byline: "By", "Von", "Par"… and what follows (the name, a date, a role)."""
_URL = re.compile(r"https?://|<\w+[^>]*>")


def _tokens(el: Any) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    raw = re.sub(r"([a-z])([A-Z])", r"\1 \2", raw)
    return {t for t in re.split(r"[^a-zA-Z]+", raw.casefold()) if t}


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _read(el: Any) -> str:
    """``el``'s text without its scripts and styles (a JSON-LD script may hold the whole article)."""
    return "".join(el.xpath(_READ))


_SCRIPTS = ("script", "style", "noscript", "template")
_READ = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


def _unseen(el: Any) -> bool:
    return el.tag in _UNSEEN or el.tag in _PICTURE or bool(_tokens(el) & _CREDITS)


def _shown_text(el: Any) -> str:
    """What a reader sees of ``el``: not its scripts, embed codes, pictures or their captions."""
    if not any(isinstance(d.tag, str) and _unseen(d) for d in el.iterdescendants()):
        return _text(el)
    from copy import deepcopy

    copy = deepcopy(el)
    copy.tail = None
    for d in [d for d in copy.iterdescendants() if isinstance(d.tag, str)]:
        if d.getparent() is not None and _unseen(d):
            d.drop_tree()
    return _text(copy)


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _headline(tree: Any, title: str) -> Any:
    """The ``<h1>`` that shows the article's title (or the only one)."""
    h1s = [h for h in tree.iter("h1") if _text(h)]
    want = _norm(title)
    for h in h1s:
        seen = _norm(_text(h))
        if want and seen and (seen in want or want in seen):
            return h
    return h1s[0] if len(h1s) == 1 else None


def _first_kept(body: Any, blocks: list[Block], h1: Any) -> Any:
    """The page's element that holds the first block the extractor kept (its first copy), the
    headline aside. One pass over the page's text: each piece's place in the whole."""
    owners: list[Any] = []
    starts: list[int] = []
    joined: list[str] = []
    at = 0
    for el in body.iter():
        here = [(el.text, el)] if isinstance(el.tag, str) and el.tag not in _SCRIPTS else []
        if el is not body:
            here.append((el.tail, el.getparent()))
        for text, owner in here:
            piece = _norm(text) if text else ""
            if piece:  # a piece of punctuation or spaces only has no place of its own
                owners.append(owner)
                starts.append(at)
                joined.append(piece)
                at += len(piece)
    whole = "".join(joined)
    shown = _norm(_text(h1))
    for block in blocks[:4]:
        want = _norm(inline.to_plain(block.source))[:80]
        found = whole.find(want) if len(want) >= 12 and want not in shown else -1
        if found < 0:
            continue
        owner = owners[bisect_right(starts, found) - 1]
        while owner is not None and want not in _norm(_read(owner)):
            owner = owner.getparent()
        return owner
    return None


def _away(el: Any, around_headline: set[Any]) -> bool:
    """``el`` is named or set in a box for what is no standfirst: a sidebar, a menu, a caption.
    A box that holds the headline too is the article's or the page's own and says nothing so:
    ``<body class="layout--with-sidebar">``, a page laid in an off-canvas menu's panel
    ("nav_drawer__panel"), an endless column of articles ("reading-list-item")."""
    for up in el.iterancestors():
        if up in around_headline:
            break
        if up.tag in ("nav", "aside", "footer", "form", *_PICTURE) or _tokens(up) & _AWAY:
            return True
    return bool(_tokens(el) & (_AWAY | _OWN_NAMES))


def _linked_share(el: Any, text: str) -> float:
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return linked / max(1, len(text))


def _fits(el: Any, text: str) -> bool:
    words = language.word_count(text)
    block = Block(inline.escape(text))
    return (
        words >= _MIN_WORDS
        and len(text) <= _MAX_CHARS
        and _linked_share(el, text) < 0.5
        and not _BYLINE.match(text)
        and not _URL.search(text)
        and not (words <= 15 and meta_lines.has_date(text))  # "Posted: Nov 8, 2023", a forum's thread line
        and not meta_lines.is_meta_line(text)
        and not furniture.is_credit_line(block)
        and not furniture.is_call_to_action(block)
    )


def _between(tree: Any, h1: Any, first: Any) -> list[Any]:
    """The elements after the headline (not inside it) and before ``first``, in page order."""
    out: list[Any] = []
    inside = set(h1.iter())
    started = False
    for el in tree.iter():
        if el is first:
            return out
        if el is h1:
            started = True
        elif started and el not in inside and el.tag in _TAGS:
            out.append(el)
    return []


_BOXES = ("p", "div", "section", "h2", "h3", "ul", "ol")
_LINES = 3
"""A dek comes under a label ("This article is more than 5 years old") or a note ("You're reading a
free article…") or two at most; bylines, dates and tickers do not count."""


def _first_lines(between: list[Any], count: int = _LINES) -> list[Any]:
    """The elements of the first lines after the headline that could be a dek (a sentence, not a
    byline, a date or a ticker's "NASDAQ: AMZN"): boxes that hold text and no box of words inside
    (a box of a link and a date before paragraphs of its own is none)."""
    lines: list[Any] = []
    for el in between:
        if len(lines) == count:
            break
        if el.tag not in _BOXES or any(_text(d) for d in el.iterdescendants(*_BOXES)):
            continue
        if _fits(el, _shown_text(el)):
            lines.append(el)
    return lines


def _told(text: str, statements: list[str]) -> bool:
    """One of ``statements`` tells ``text`` too: most of its words, in a statement about as long
    or longer. The page's description tells its dek (never a site's slogan or a byline); the
    headline tells a line that is only the headline again (a breadcrumb ending in it, a second
    wording of it)."""
    words = set(_WORDS.findall(text.casefold()))
    for told in statements:
        theirs = set(_WORDS.findall(told.casefold()))
        if words and len(words & theirs) >= _TOLD * len(words) and len(theirs) >= _TOLD * len(words):
            return True
    return False


def _described(text: str, descriptions: list[str], headlines: list[str]) -> bool:
    """An unnamed line the page's description tells, which is neither the headline again nor a
    line of parts."""
    return (
        _told(text, descriptions)
        and not _told(text, headlines)
        and not _PARTED.search(text)
        and not _CLOCK.search(text)
    )


_TOLD = 0.6
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
"""A time of day: a line that holds one is a date line ("miércoles, 4 de mayo de 2022 Actualizado a
las 09:36"), in whatever language its months are named."""
_PARTED = re.compile(r"\s[|»›•]\s")
"""Parts set off as a byline's, a breadcrumb's or a meta line's ("Name | 29. Dezember 2022 | HR")."""


_WORDS = re.compile(r"[^\W\d_]{4,}|[\u3040-\u9fff]")
"""Words worth comparing: four letters or more ("de", "las", "the" tell nothing), or one Chinese or
Japanese character."""


def _candidates(tree: Any, h1: Any, first: Any, title: str) -> list[str]:
    """Named for a standfirst, in the headline's <header> as a paragraph, or one of the first lines
    after the headline where the page's description tells it too."""
    header = next((up for up in h1.iterancestors() if up.tag in ("header", "hgroup")), None)
    found: list[tuple[str, Any]] = []
    taken: list[Any] = []
    around_first = set(first.iterancestors())
    around_headline = set(h1.iterancestors())
    between = _between(tree, h1, first)
    lines = _first_lines(between)
    descriptions = page_tags.descriptions(tree) if lines else []
    for el in between:
        if el in around_first or any(t in el.iterancestors() for t in taken):
            continue
        named = bool(_tokens(el) & _NAMES)
        beside = header is not None and el.tag in ("p", "h2") and header in el.iterancestors()
        if not (named or beside or el in lines):
            continue
        text = _shown_text(el)
        if not _fits(el, text) or _away(el, around_headline):
            continue
        if not (named or beside) and not _described(text, descriptions, [title, _text(h1)]):
            continue
        taken.append(el)
        if all(_norm(text) != _norm(seen) for seen, _ in found):
            found.append((text, el))
    boxes = Counter(f"{el.tag}.{el.get('class')}" for _, el in found if el.get("class"))
    # A box that comes twice or more is a list of teasers to other pages.
    alone = [text for text, el in found if boxes[f"{el.tag}.{el.get('class')}"] < 2]
    return alone[:_MAX_PARTS]


def add_standfirst(blocks: list[Block], tree: Any, title: str) -> list[Block]:
    """``blocks`` with the page's standfirst first, when the extractor left it out."""
    if not blocks:
        return blocks
    h1 = _headline(tree, title)
    body = tree.find("body")
    first = _first_kept(tree if body is None else body, blocks, h1) if h1 is not None else None
    if h1 is None or first is None:
        return blocks
    candidates = _candidates(tree, h1, first, title)
    kept = " ".join(_norm(inline.to_plain(b.source)) for b in blocks) if candidates else ""
    lead = []
    for text in candidates:
        if _norm(text) and _norm(text) not in kept and _norm(text) != _norm(title):
            lead.append(Block(inline.escape(text), kind=BlockKind.PARAGRAPH))
    # under the headline where the extractor kept it (the import takes that heading out)
    at = int(blocks[0].kind is BlockKind.HEADING and _norm(inline.to_plain(blocks[0].source)) == _norm(title))
    return blocks[:at] + lead + blocks[at:]


_BYLINE_AT = 4
_BYLINE_WORDS = 12
"""A byline stands among the first blocks of a post, under its headline and dek."""


def drop_byline(blocks: list[Block], author: str) -> list[Block]:
    """``blocks`` without the post's byline, "By <the author>" (a date or a role after the name
    aside), where it stands among the first blocks: the name right after "By", and no sentence
    ("By the Associated Press's count, twelve ships sank." is the post's)."""
    words = re.findall(r"\w+", author)
    if not words:
        return blocks
    # the name, then no more of a word or a possessive ("By Jane Roe's count, …")
    name = re.compile(r"\W*" + r"\W+".join(map(re.escape, words)) + r"(?![\w'’])", re.I)
    for i, block in enumerate(blocks[:_BYLINE_AT]):
        if block.kind is not BlockKind.PARAGRAPH or block.quote_group is not None:
            continue
        m = _BYLINE.match(inline.to_plain(block.source).strip())
        said = m.group(1).rstrip() if m else ""
        short = language.word_count(said) <= _BYLINE_WORDS and not said.endswith((".", "!", "?"))
        if said and short and name.match(said):
            return blocks[:i] + blocks[i + 1 :]
    return blocks
