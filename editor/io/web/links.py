"""The links of a page, set right before it is read: links that only mark a place dropped,
footnotes' marks made text, teaser cards of other pages made plain links, a picture inside a
sentence's link set before it."""

from __future__ import annotations

import re
from typing import Any

from editor.core import inline
from editor.io import furniture
from editor.io.web import page_tags

_HEADINGS = "self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"


def drop_place_marks(tree: Any) -> None:
    """Links that mark a place on the page rather than say something: a heading's permalink
    ("#", "¶", an icon: a link to its own fragment with no word in it), a footnote's way back
    to where it was cited ("^", "↩"), a "back to top" arrow. A translated post does not have
    those places, and their symbols read as text ("Current status #"). A heading that links to
    a place on its page (a table of contents' entry, "Setting up" → "#contents") keeps its words
    without the link."""
    marks = tree.xpath(
        f"//a[starts-with(normalize-space(@href), '#')] | //*[{_HEADINGS}]//a[contains(@href, '#')]"
    )
    for a in marks:
        if a.xpath(".//img | .//picture | .//video"):
            a.drop_tag()  # a picture behind a link that a script opens: the picture stays
        elif not re.search(r"\w", a.text_content()):
            a.drop_tree()  # its tail stays
        elif str(a.get("href") or "").strip().startswith("#") and a.xpath(f"ancestor::*[{_HEADINGS}]"):
            a.drop_tag()


def teaser_cards_to_links(tree: Any) -> None:
    """A picture and words in one link to another page of the site is a teaser of another article
    ("Bahn und Bus: ICE im S-Bahn-Takt" set between two paragraphs), a related post, an author's
    card, a promotion: its picture came into the post with the teaser's headline as its text. It
    becomes a line holding the link and its words alone, which the rules for links then judge
    (a teaser's line between paragraphs, the list of links that closes a post) as they judge any
    other. Left alone: a link that runs in a sentence (words beside it in its paragraph), a
    picture linked to a file (its larger self, a report's PDF) or to another site (a book's cover
    and title in a list of books), a link to the page itself, anything in a quote."""
    from lxml import etree

    host, page = _page_address(tree)
    for a in tree.xpath("//a[@href][.//img or .//picture][not(ancestor::blockquote)]"):
        href = str(a.get("href")).strip()
        if (
            a.getparent() is None
            or href.startswith(("#", "javascript:", "mailto:"))
            or furniture.FILE_ADDRESS.search(inline.split_url(href).path)
            or not furniture.own_url(href, host)
            or (page and inline.split_url(href).path.rstrip("/") == page)
            or len(a.text_content().split()) < 2
        ):
            continue
        holder = next(a.iterancestors(*_HOLDERS), None)
        if holder is None or _text_beside(holder, a) == "":
            line = etree.Element("p")
            link = etree.SubElement(line, "a", href=href)
            link.text = " ".join(" ".join(t.strip() for t in a.itertext()).split())
            line.tail = a.tail
            a.getparent().replace(a, line)


_HOLDERS = ("p", "li", "dd", "td", "h1", "h2", "h3", "h4", "h5", "h6")
"""The elements that hold a line of text: a link with words beside it in one runs in a sentence."""


def _page_address(tree: Any) -> tuple[str, str]:
    """The page's host and path, as its canonical link or og:url gives them ("" where neither)."""
    for url in (*tree.xpath("//link[@rel='canonical']/@href"), page_tags.meta_value(tree, "og:url")):
        parts = inline.split_url(page_tags.web_address(str(url)))
        if parts.hostname:
            return parts.hostname.removeprefix("www."), parts.path.rstrip("/")
    return "", ""


def _text_beside(holder: Any, a: Any) -> str:
    """The words of ``holder`` outside the link ``a`` it holds."""
    whole = " ".join(holder.text_content().split())
    return whole.replace(" ".join(a.text_content().split()), "", 1).strip()


def pictures_out_of_links(tree: Any) -> None:
    """A picture inside a link that has words of its own, in a sentence (an icon before a link's
    words: "Read <a><img> our post</a> before …") is set just before the link: trafilatura
    moved the link's words to the end of the paragraph and dropped the link. The picture still
    comes after its paragraph, as any picture in running text does."""
    for a in tree.xpath("//a[@href][.//img or .//picture]"):
        holder = next(a.iterancestors(*_HOLDERS), None)
        if holder is None or not re.search(r"\w", a.text_content()) or _text_beside(holder, a) == "":
            continue
        for pic in a.xpath(".//picture | .//img[not(ancestor::picture)]"):
            _keep_tail(pic)
            a.addprevious(pic)


def _keep_tail(el: Any) -> None:
    """Leave the text after ``el`` where it is when ``el`` is moved."""
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            parent = el.getparent()
            parent.text = (parent.text or "") + el.tail
        el.tail = None


_MARK = re.compile(r"[\[(]?(?:\*?\d{1,3}[a-z]?|[*†‡§]{1,3})[\])]?\.?")
"""A footnote's mark as a page writes it: "1", "[2]", "(3)", "*1" (Hatena), "†", "1." (a list of
notes)."""


def footnote_marks_as_text(tree: Any) -> None:
    """A footnote's reference and its note, where each links to the other (Substack, Hatena, most
    footnote plug-ins): the reference becomes its mark in brackets ("[1]"), which leads nowhere
    in the translated post but says which note it is; a note whose number is a link before its
    text (Substack writes it beside the note's paragraphs) gets the mark at the start of its
    first paragraph, where trafilatura had dropped it and the notes came without numbers."""
    places: dict[str, Any] = {}
    for el in tree.xpath("//*[@id] | //a[@name]"):
        places.setdefault(str(el.get("id") or el.get("name")), el)
    noted: dict[Any, str] = {}  # the notes found, and their labels: a note cited twice
    for ref in tree.xpath("//a[starts-with(normalize-space(@href), '#')]"):
        mark = " ".join(ref.text_content().split())
        note = places.get(_fragment(ref))
        if _sup_of(ref).getparent() is None or note is None or not _MARK.fullmatch(mark):
            continue  # (a mark already made text is out of the page, with its <sup>)
        if note is ref or any(x is note for x in ref.iterancestors()):
            continue  # a heading's number linking to itself (an IETF draft's "1"), not a note
        mark = mark.removesuffix(".")
        label = f"[{mark}]" if mark[0].isalnum() and not _bracketed(ref) else mark
        if note in noted:
            _as_text(ref, label)
            continue
        names = {str(x.get("id") or x.get("name") or "") for x in (ref, *ref.iterancestors("sup"))} - {""}
        links = note.xpath("self::a | .//a[starts-with(normalize-space(@href), '#')]")
        back = [a for a in links if _fragment(a) in names]
        if not back:
            continue
        noted[note] = label
        _as_text(ref, label)
        for a in back:
            if _sup_of(a).getparent() is not None and _MARK.fullmatch(" ".join(a.text_content().split())):
                _label_note(a, label)  # a way back with no mark ("↩") is dropped as a place mark


def _bracketed(a: Any) -> bool:
    """The page sets the link in brackets of its own ("(<a>1</a>)", "[<sup><a>2</a></sup>]")."""
    a = _sup_of(a)
    before, parent = a.getprevious(), a.getparent()
    text = (before.tail if before is not None else parent.text if parent is not None else "") or ""
    return text.rstrip()[-1:] in ("(", "[") and (a.tail or "").lstrip()[:1] in (")", "]")


def _sup_of(a: Any) -> Any:
    """The <sup> that holds only the link ``a``, or the link itself (also out of the page)."""
    sup = a.getparent()
    if (
        sup is not None
        and sup.tag == "sup"
        and " ".join(sup.text_content().split()) == " ".join(a.text_content().split())
    ):
        return sup
    return a


def _fragment(a: Any) -> str:
    """The place on the page a link leads to ("#note-1" → "note-1")."""
    return str(a.get("href") or "").strip()[1:]


def _as_text(a: Any, text: str) -> None:
    """Put ``text`` where the link ``a`` was (in place of a <sup> that holds only it)."""
    a = _sup_of(a)
    if a.getparent() is None:
        return  # made text already
    tail = a.tail or ""
    before = a.getprevious()
    if before is not None:
        before.tail = (before.tail or "") + text + tail
    else:
        parent = a.getparent()
        parent.text = (parent.text or "") + text + tail
    a.tail = None
    a.getparent().remove(a)


def _label_note(a: Any, label: str) -> None:
    """The note's link back to its reference becomes its label: in place where it stands in the
    note's line (Hatena: "*1: …"), or at the start of the note's first paragraph where it stands
    beside them (Substack)."""
    holder = next(a.iterancestors(*_HOLDERS), None)
    if holder is not None and holder.tag == "li" and getattr(holder.getparent(), "tag", "") == "ol":
        _as_text(a, "")  # a list of notes numbers them itself; the link made trafilatura drop it
        return
    if holder is None:
        first = next(iter(a.getparent().xpath(".//p")), None)
        if first is not None:
            first.text = f"{label} {first.text or ''}"
            _as_text(a, "")
            return
    _as_text(a, label)
