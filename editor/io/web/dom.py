"""The page as a tree, and the repairs made to it before extraction: embeds lifted out of
share wrappers, hidden pop-ups dropped, its links set right (``links``), text between ``<br>``s
made paragraphs, preformatted prose made body text."""

from __future__ import annotations

import re
from typing import Any

from editor.io import furniture
from editor.io.web import links


def parse(text: str) -> Any:
    import lxml.html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with an encoding declaration
    try:  # huge_tree: past 256 levels of nesting libxml2 would drop the rest of the page
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception:  # lxml raises a few kinds (ParserError, ValueError) on junk
        return None


_XML_NAME = re.compile(r"(?:xml:)?[^\W\d][\w.-]*\Z")


def xml_names_only(html_text: str) -> str:
    """The page without the attributes whose names XML cannot hold (``<td ;>``, ``<div "=x>``):
    the HTML parser keeps them and trafilatura copies some into its XML, which it then cannot
    read back. Used when that happened, not on every page (a pass over every element)."""
    from lxml import etree

    tree = parse(html_text)
    if tree is None:
        return html_text
    for el in tree.iter():
        if isinstance(el.tag, str):
            for name in [n for n in el.attrib if not _XML_NAME.match(n)]:
                del el.attrib[name]
    return str(etree.tostring(tree, encoding="unicode", method="html"))


MAX_DEPTH = 120
"""Wrappers nested deeper than this are taken away (their text kept): trafilatura reads the page
again without huge_tree, and past 256 levels it would lose everything after."""
_CONTENT = frozenset(
    (
        *("p", "blockquote", "li", "ul", "ol", "pre", "code", "em", "strong", "b", "i", "a", "img"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption"),
        *("body", "html"),
    )
)


def flatten_deep(tree: Any) -> int:
    """Unwrap the wrappers nested past ``MAX_DEPTH``; how many were unwrapped."""
    from lxml import etree

    deep, depth = [], 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > MAX_DEPTH and isinstance(el.tag, str) and el.tag not in _CONTENT:
            deep.append(el)
    for el in reversed(deep):
        el.drop_tag()
    return len(deep)


def prepare(tree: Any) -> None:
    """Adjust the page where trafilatura would lose quotes, or everything past deep nesting,
    and take out what is never the post's text: the labels of a form's fields (a comment form,
    a sign-up box, cookie settings), links that only mark a place, the pictures of teaser
    cards of other pages; footnotes' marks are made text."""
    from lxml import etree

    flatten_deep(tree)
    _newlines_for_breaks_in_preformatted(tree)
    links.footnote_marks_as_text(tree)
    links.drop_place_marks(tree)
    links.teaser_cards_to_links(tree)
    links.pictures_out_of_links(tree)
    for label in tree.xpath("//label"):  # a form's: "Name (required)", "I agree to…", "Password"
        label.drop_tree()
    for bq in tree.xpath(
        "//blockquote[contains(@class,'twitter-tweet') or contains(@class,'instagram')"
        " or contains(@class,'mastodon') or contains(@class,'bluesky')]"
    ):
        _lift_out_of_wrappers(bq)
        bq.attrib.pop("class", None)
        for script in bq.xpath(".//script"):
            script.drop_tree()
        _wrap_loose_text(bq)
    for bq in tree.xpath("//blockquote[not(br)]"):
        _wrap_loose_text(bq)
    _unwrap_layout_tables(tree)
    for table in tree.xpath("//blockquote//table"):
        rows = []
        for tr in table.xpath(".//tr"):
            cells = [" ".join(td.text_content().split()) for td in tr.xpath("./td|./th")]
            row = etree.Element("p")
            row.text = " | ".join(c for c in cells if c)
            rows.append(row)
        parent = table.getparent()
        index = parent.index(table)
        for offset, row in enumerate(rows):
            parent.insert(index + offset, row)
        row_tail = table.tail
        parent.remove(table)
        if row_tail and rows:
            rows[-1].tail = row_tail
    _unquote_preformatted(tree)
    furniture.clean_page(tree)
    _drop_hidden(tree)
    _paragraphs_from_breaks(tree)
    _keep_spaces_after_inline(tree)
    _keep_spaces_after_breaks(tree)


_BLOCKS = "p|h1|h2|h3|h4|h5|h6|blockquote|ul|ol|pre|table"
_BLOCK_CHILDREN = frozenset((*_BLOCKS.split("|"), "div", "figure", "section", "dl", "hr"))


def _wrap_loose_text(quote: Any) -> None:
    """Text written straight into a quote or a layout cell beside its paragraphs (an embedded
    post's signature line, "— Name (@handle) <a>date</a>", after its <p>; a cell's opening
    paragraph before its first heading) becomes a paragraph of its own: trafilatura trims the
    space before the link and runs the signature into the date, and drops the cell's text."""
    from lxml import etree

    children = [c for c in quote if isinstance(c.tag, str)]
    if not (quote.text or "").strip() and not any((c.tail or "").strip() for c in children):
        return
    if len(children) != len(quote):
        return  # comments or processing instructions inside: leave it to trafilatura
    run: Any = None
    items: list[Any] = []

    def loose(text: str) -> None:
        nonlocal run
        if run is None:
            if not text.strip():
                return
            run = etree.Element("p")
            items.append(run)
        if len(run):
            run[-1].tail = (run[-1].tail or "") + text
        else:
            run.text = (run.text or "") + text

    loose(quote.text or "")
    quote.text = None
    for child in children:
        tail, child.tail = child.tail, None
        if child.tag in _BLOCK_CHILDREN:
            run = None
            items.append(child)
        else:
            if run is None:
                run = etree.Element("p")
                items.append(run)
            run.append(child)
        loose(tail or "")
    for child in children:
        if child.getparent() is quote:
            quote.remove(child)
    for item in items:
        quote.append(item)


def _unwrap_layout_tables(tree: Any) -> None:
    """A table that lays the page out (a cell holds headings, quotes, lists or paragraphs, or runs
    long; no header cells) becomes plain containers: trafilatura reads a table cell by cell and
    drops the quotes inside one. A table of data is left a table. Text written straight into a
    cell beside its headings and paragraphs becomes paragraphs too (trafilatura drops it)."""
    for table in reversed(tree.xpath("//table")):  # inner tables first
        if any(_owner(th) is table for th in table.xpath(".//th")) or not _lays_out(table):
            continue
        for el in table.xpath(".//*[self::tbody or self::thead or self::tfoot or self::tr or self::td]"):
            if el.getparent() is not None and _owner(el) is table:
                if el.tag == "td" and not el.xpath("./br"):
                    _wrap_loose_text(el)  # (text between <br>s is made paragraphs later)
                el.tag = "div"
        table.tag = "div"


def _owner(el: Any) -> Any:
    return next((a for a in el.iterancestors() if a.tag == "table"), None)


def _lays_out(table: Any) -> bool:
    for cell in table.xpath(".//td"):
        if _owner(cell) is not table:
            continue
        blocks = [c for c in cell if isinstance(c.tag, str) and c.tag in _BLOCKS.split("|")]
        if len(blocks) > 1 or any(c.tag != "p" for c in blocks):
            return True
        if len(" ".join(cell.text_content().split())) > 400:
            return True
    return False


_WRAPPER = re.compile(r"social|share|embed|widget|tweet|twitter|instagram", re.I)


def _lift_out_of_wrappers(bq: Any) -> None:
    """An embedded post inside wrappers whose class or id says social, share, embed or widget (which
    trafilatura drops whole, with the post) is moved to just before the outermost of them."""
    outermost = None
    own = len(" ".join(bq.text_content().split()))
    el = bq.getparent()
    while el is not None and el.tag not in ("body", "html", "article", "main"):
        names = [*el.get("class", "").split(), el.get("id", "")]
        wrapper = any(_WRAPPER.search(n) and not n.startswith(("tag-", "category-")) for n in names)
        text = len(" ".join(" ".join(el.xpath(".//text()[not(ancestor::script)]")).split()))
        if text - own > 300:
            break  # this holds the article's own text: not a wrapper of the embed
        if wrapper:
            outermost = el
        el = el.getparent()
    if outermost is None or outermost.getparent() is None:
        return
    tail = bq.tail
    bq.getparent().remove(bq)  # lxml keeps the tail with the element: give it back
    bq.tail = None
    if tail and tail.strip():
        pass  # text after an embed inside a share wrapper is the wrapper's, not the article's
    outermost.addprevious(bq)


_POPUP = re.compile(
    r"(?:^|[-_])(?:tooltip|popover|hovercard|popup|hover-card)s?(?:$|[-_])|rollover.*block", re.I
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _drop_hidden(tree: Any) -> None:
    """What a reader never sees in the text: small hidden elements, and hover cards written inline
    in a paragraph (a name's pop-up with its photo and links), which would run into the sentence."""
    for el in tree.xpath("//body//*[@hidden or @style or @class]"):
        if el.getparent() is None or el.tag in ("html", "body"):
            continue
        classes = el.get("class", "").split()
        hidden = el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style", ""))
        if hidden and len(furniture.text_of(el)) > 200:
            continue  # the rest of an article behind "read more": a script would show it
        popup = el.tag != "a" and any(_POPUP.search(c) for c in classes)  # a link opens one
        if hidden or popup:
            el.drop_tree()  # keeps the tail text, which belongs to the parent


_INLINE = frozenset(
    re.findall(r"\w+", "a b i em strong span code u s strike del ins sub sup small abbr cite q mark time")
)
_PARAGRAPH_END = re.compile(r"[.!?:;\"”’)\]…。！？」』]\s*$")


_SPAN_AS_BOX = "//span[div or p or table or ul or ol or blockquote or figure]"
"""A <span> used as a container: it holds blocks, so the text written into it is the page's
text, not a phrase of a sentence (AppleInsider writes its whole article into one)."""


def _paragraphs_from_breaks(tree: Any) -> None:
    """Text written straight into a container, with <br> between paragraphs (Blogger, old
    table layouts, forums), becomes <p> elements; trafilatura would otherwise cut it at every
    link and lose the space after the link. A <br> inside a sentence (the text before it does
    not end a sentence) joins its lines into one paragraph."""
    from lxml import etree

    for el in tree.xpath(f"//div|//td|//section|//article|//main|//blockquote|//center|{_SPAN_AS_BOX}"):
        children = [c for c in el if isinstance(c.tag, str)]
        if not any(c.tag == "br" for c in children):
            continue
        texts = [el.text or ""] + [c.tail or "" for c in children]
        direct = sum(len(t.strip()) for t in texts)
        if direct < 40:
            continue  # nothing much written straight into it: leave it to trafilatura
        items: list[Any] = []  # runs of inline content (lists) and block elements
        run: list[Any] = [el.text or ""]
        for child in list(el):
            if not isinstance(child.tag, str):  # a comment or processing instruction
                run.append(child.tail or "")
                continue
            if child.tag == "br":
                items.append(run)
                run = [child.tail or ""]
            elif child.tag.lower() in _INLINE:
                run.append(child)
            else:
                items.append(run)
                items.append(child)
                run = [child.tail or ""]
        items.append(run)
        merged: list[Any] = []
        for item in items:
            if isinstance(item, list) and merged and isinstance(merged[-1], list):
                previous = _run_text(merged[-1])
                if previous.strip() and not _PARAGRAPH_END.search(previous) and _run_text(item).strip():
                    merged[-1] = [*merged[-1], " ", *item]
                    continue
            merged.append(item)
        for child in list(el):
            el.remove(child)
        el.text = None
        for item in merged:
            if not isinstance(item, list):
                item.tail = None
                el.append(item)
                continue
            if not _run_text(item).strip():
                continue
            p = etree.SubElement(el, "p")
            last: Any = None
            for part in item:
                if isinstance(part, str):
                    if last is None:
                        p.text = (p.text or "") + part
                    else:
                        last.tail = (last.tail or "") + part
                else:
                    tail = part.tail
                    part.tail = None
                    p.append(part)
                    last = part
                    if tail:
                        last.tail = tail


def _keep_spaces_after_inline(tree: Any) -> None:
    """The space between two inline elements (``<a>one</a> <a>two</a>``) stays a space.

    trafilatura drops a tail that is only whitespace (its issue #661), which runs the words of
    two links, or of a link and an emphasis, into one. The space is moved to the end of the
    element's own last text, where trafilatura keeps it; an inline element that holds only a space
    gives way to the space. Preformatted text is left as it is."""
    verbatim = set(tree.xpath("//pre//*|//code//*|//textarea//*"))
    for el in tree.xpath("//*[not(*) and text() and not(normalize-space())]"):
        # an emphasis around nothing but a space ("intellect<strong> </strong>ensorcells"),
        # which trafilatura drops with its space: the space stays, the element goes
        if (
            isinstance(el.tag, str)
            and el.tag.lower() in _INLINE
            and el not in verbatim
            and el.getparent() is not None
        ):
            el.drop_tag()
    for el in tree.iter():
        tail = el.tail
        if not tail or tail.strip() or not isinstance(el.tag, str) or el.tag.lower() not in _INLINE:
            continue
        if el in verbatim:
            continue
        holder, attr = _last_text(el)
        if holder is not None:
            setattr(holder, attr, (getattr(holder, attr) or "").rstrip() + " ")
            el.tail = None


def _keep_spaces_after_breaks(tree: Any) -> None:
    """In a list item, the words after a ``<br>`` keep their space before an emphasis or a link
    ("book<br>entitled <i>Beautiful Code</i>"): trafilatura trims the text after a break there
    and ran them together ("entitledBeautiful Code"). The space moves into the element, at its
    start, where it is kept (and set back outside the emphasis's marks)."""
    for br in tree.xpath("//li//br"):
        after = br.getnext()
        tail = br.tail or ""
        if (
            after is None
            or not tail.strip()
            or tail == tail.rstrip()
            or not isinstance(after.tag, str)
            or after.tag.lower() not in _INLINE
            or not re.search(r"\w", after.text_content())  # a picture's link: no words to join
        ):
            continue
        br.tail = tail.rstrip()
        while not (after.text or "").strip() and len(after) and isinstance(after[0].tag, str):
            after = after[0]  # a link around an emphasis: its first words
        after.text = " " + (after.text or "").lstrip()


def _last_text(el: Any) -> tuple[Any, str]:
    """The element and attribute ("text" or "tail") holding the last text inside ``el``."""
    children = [c for c in el if isinstance(c.tag, str)]
    if not children:
        return (el, "text") if (el.text or "").strip() else (None, "")
    last = children[-1]
    if (last.tail or "").strip():
        return last, "tail"
    if last.tag.lower() in _INLINE:
        holder, attr = _last_text(last)
        if holder is not None:
            return holder, attr
    return None, ""


def _run_text(run: list[Any]) -> str:
    out = []
    for part in run:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(furniture.text_of(part) + (part.tail or ""))
    return "".join(out)


def _newlines_for_breaks_in_preformatted(tree: Any) -> None:
    """A line break written as ``<br>`` inside ``<pre>`` (what syntax highlighters put between a
    code block's lines) becomes the newline it stands for: trafilatura kept a code block's first
    line only, and a plain-text post's lines ran together."""
    for br in tree.xpath("//pre//br"):
        parent, before = br.getparent(), br.getprevious()
        text = "\n" + (br.tail or "")
        if before is not None:
            before.tail = (before.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        br.tail = None
        parent.remove(br)


def _unquote_preformatted(tree: Any) -> None:
    """Preformatted prose outside a quote (an IETF draft, a plain-text post) is body text,
    not a quote: trafilatura would make each <pre> a quote. It becomes one paragraph per
    blank-line-separated run. Code (mostly symbols) is wrapped in <code>, so that it is read as
    code and not as a quote."""
    from lxml import etree

    for pre in tree.xpath("//pre[not(ancestor::blockquote)][not(.//code)]"):
        text = pre.text_content()
        plain = re.sub(r"([^\w\s])\1{2,}", r"\1", text)  # dot leaders of a table of contents
        words = sum(ch.isalnum() or ch.isspace() for ch in plain)
        if not text.strip():
            continue
        if words < 0.8 * len(plain):  # code or ASCII art: marked as code, which it is
            code = etree.SubElement(pre, "code")
            code.text, pre.text = pre.text, None
            for child in list(pre):
                if child is not code:
                    code.append(child)
            continue
        div = etree.Element("div")
        for para in re.split(r"\n[ \t]*\n", text):
            line = " ".join(para.split())
            if line:
                etree.SubElement(div, "p").text = line
        div.tail = pre.tail
        pre.getparent().replace(pre, div)
