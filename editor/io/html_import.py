"""Web pages (saved files, fetched URLs, clipboard HTML) to an article.

trafilatura finds the article and its metadata; its XML output keeps quotes
(``<quote>``), links (``<ref>``), headings, lists and images, and is mapped
to blocks here. Before extraction the page is adjusted where trafilatura is
known to lose what a translator needs: embedded tweets become plain
blockquotes, and a quote that wraps a table keeps its rows as paragraphs.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urljoin

from editor.core import inline, language
from editor.core.decode import ImportFailed, wide_encoding
from editor.core.messages import Msg
from editor.core.model import Article, Block, BlockKind, new_id
from editor.io import furniture
from editor.io.web import decoding, dom, line_breaks, metadata, page_data, page_tags, split_body, standfirst

MAX_BYTES = 20 * 1024 * 1024
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/EPUB file)",
    b"RIFF": "a media file",
    b"\x1f\x8b": "a compressed file",
    b"\x7fELF": "a program",
}
_HEADING = re.compile(r"h([1-6])")


def refuse_non_html(raw: bytes, name: str) -> None:
    """Refuse by content, not by file name."""
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise ImportFailed(Msg("{name}: this is {what}, not a web page", name=name, what=what))
    head = raw[:4096]
    if wide_encoding(raw) is None:  # UTF-16/32 text is full of zero bytes, and is text
        control = sum(1 for b in head if b < 9 or (13 < b < 32 and b != 27))
        if control > len(head) // 20:
            raise ImportFailed(Msg("{name}: this is a binary file, not a web page", name=name))
    if len(raw) > MAX_BYTES:
        size = len(raw) / 1024 / 1024
        raise ImportFailed(
            Msg("{name}: {size:.0f} MB is too large for an article page (limit 20 MB)", name=name, size=size)
        )


def absolute(target: str, base: str) -> str:
    """A link of the page made absolute against the page's address: on the blog, "/people/x"
    would point at the blog's own domain."""
    if not base or not target or target.startswith("#"):
        return target
    try:
        joined = urljoin(base, target)
    except ValueError:  # an address urllib cannot read ("http://[draft"): the link as written
        return target
    return joined if joined.startswith(("http://", "https://")) else target


def _inline(el: Any, base: str = "") -> str:
    """An element of trafilatura's XML to inline Markdown (links made absolute against ``base``)."""
    parts: list[str] = [inline.escape(el.text or "")]
    for child in el:
        inner = _inline(child, base)
        tag = child.tag
        if tag == "ref":
            target = absolute(str(child.get("target") or "").strip(), base)
            live = target and inner.strip() and inline.safe_url(target)
            parts.append(_wrap(inner, "[", f"]({_url(target)})") if live else inner)
        elif tag == "hi":
            rend = child.get("rend") or ""
            mark = "**" if "b" in rend or "strong" in rend else "*" if "i" in rend or "em" in rend else ""
            parts.append(_wrap(inner, mark, mark))
        elif tag == "lb":
            parts.append("\n")
        elif tag == "code":
            parts.append(f"`{child.text or ''}`" if "`" not in (child.text or "") else inner)
        else:
            parts.append(inner)
        parts.append(inline.escape(child.tail or ""))
    return "".join(parts)


def _wrap(text: str, before: str, after: str) -> str:
    """``text`` between two marks, the spaces at its ends kept outside them."""
    stripped = text.strip()
    if not before or not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{before}{stripped}{after}{trail}"


def _url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _clean(md: str) -> str:
    lines = [" ".join(line.split()) for line in md.split("\n")]
    return "\n".join(line for line in lines if line)


class _Mapper:
    def __init__(self, article: Article, base: str = "") -> None:
        self.article = article
        self.base = base

    def add(self, source: str, kind: BlockKind, group: str | None = None, **extra: Any) -> None:
        source = _clean(source)
        if not source and kind is not BlockKind.IMAGE:
            return
        if group is not None:
            kind = BlockKind.QUOTE
        block = Block(source, kind=kind, quote_group=group)
        for key, value in extra.items():
            setattr(block, key, value)
        self.article.blocks.append(block)

    def element(self, el: Any, group: str | None = None, depth: int = 0) -> None:
        tag = el.tag
        if tag == "p":
            images = [g for g in el.iter("graphic")]
            for g in images:
                parent = g.getparent()
                # trafilatura puts the words after an image it cannot use (a data:, empty or
                # javascript: src) inside the <graphic>: they are the paragraph's words.
                moved = (g.text or "") + (g.tail or "")
                g.text = None
                if moved:
                    prev = g.getprevious()
                    if prev is not None:
                        prev.tail = (prev.tail or "") + moved
                    else:
                        parent.text = (parent.text or "") + moved
                parent.remove(g)
            self.add(_inline(el, self.base), BlockKind.PARAGRAPH, group)
            for g in images:
                g.tail = None
                self.element(g, group)
        elif tag == "head":
            m = _HEADING.match(el.get("rend") or "h2")
            level = int(m.group(1)) if m else 2
            self.add(_inline(el, self.base), BlockKind.HEADING, group, **({} if group else {"level": level}))
        elif tag == "quote":
            self.quote(el, group or new_id())
            return
        elif tag == "list":
            ordered = (el.get("rend") or "").startswith("o")
            for item in el:
                if item.tag != "item":
                    continue
                nested = [c for c in item if c.tag == "list"]
                for c in nested:
                    item.remove(c)
                text = _inline(item, self.base)
                if group is not None:
                    text = ("1. " if ordered else "- ") + text
                self.add(text, BlockKind.LIST_ITEM, group, level=depth, ordered=ordered)
                for c in nested:
                    self.element(c, group, depth + 1)
        elif tag == "graphic":
            src = absolute(str(el.get("src") or ""), self.base)
            alt = str(el.get("alt") or el.get("title") or "")
            if src and group is None and inline.safe_url(src):
                self.add(inline.escape(alt), BlockKind.IMAGE, None, image_url=src)
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_clean(_inline(c, self.base)) for c in row if c.tag == "cell"]
                self.add(" | ".join(c for c in cells if c), BlockKind.OTHER, group)
        elif tag == "div":  # trafilatura keeps a wrapper of blocks now and then
            self.container(el, group)
        elif tag in ("code",):
            self.add(inline.escape(el.text or ""), BlockKind.OTHER, group)
        else:
            self.add(_inline(el, self.base), BlockKind.PARAGRAPH, group)
        if el.tail and el.tail.strip():
            self.add(inline.escape(el.tail), BlockKind.OTHER if group is None else BlockKind.QUOTE, group)

    def quote(self, el: Any, group: str) -> None:
        """A quoted passage: block children become quote blocks; loose text too."""
        self.container(el, group)
        if el.tail and el.tail.strip():
            self.add(inline.escape(el.tail), BlockKind.OTHER)
        el.tail = None

    def container(self, el: Any, group: str | None) -> None:
        """An element holding blocks and loose text (a quote, a layout table's cell): each block
        child is mapped, and each run of loose text and inline children becomes a block."""
        from lxml import etree

        buf = etree.Element("p")
        buf.text = el.text

        def flush() -> None:
            nonlocal buf
            if (buf.text or "").strip() or len(buf):
                self.add(_inline(buf, self.base), BlockKind.PARAGRAPH, group)
            buf = etree.Element("p")

        for child in list(el):
            tail, child.tail = child.tail, None
            if child.tag in _BLOCK_TAGS:
                flush()
                self.element(child, group)
            else:
                buf.append(child)
            if tail:
                if len(buf):
                    buf[-1].tail = (buf[-1].tail or "") + tail
                else:
                    buf.text = (buf.text or "") + tail
        flush()


_BLOCK_TAGS = {"p", "quote", "list", "head", "table", "graphic", "code", "div"}


def _read(prepared: str, base: str, wide: bool) -> list[Block]:
    """trafilatura's reading of the page as blocks (links made absolute against ``base``).
    Wide: every paragraph it can find (``favor_recall``). Strict: its own default reading,
    wanted for where the article ends, and in place of a wide reading that took a smaller part
    of the page."""
    from lxml import etree

    try:
        xml = _extract_xml(prepared, wide)
    except etree.XMLSyntaxError:  # an attribute name XML cannot hold, copied into its XML
        try:
            xml = _extract_xml(dom.xml_names_only(prepared), wide)
        except etree.XMLSyntaxError:
            xml = None
    read = Article()
    main = etree.fromstring(xml.encode("utf-8")).find("main") if xml else None
    mapper = _Mapper(read, base)
    for el in main if main is not None else []:
        mapper.element(el)
    return read.blocks


_OPTIONS: dict[str, Any] = {
    "url": None,  # links are made absolute by _Mapper: trafilatura's own resolving drops "../"
    "output_format": "xml",
    "include_links": True,
    "include_formatting": True,
    "include_images": True,
    "include_tables": True,
    "include_comments": False,
}


def _extract_xml(prepared: str, wide: bool) -> str | None:
    """trafilatura's XML of the page: its extraction and its XML output, without the content
    fingerprint its ``extract`` computes for any XML (a similarity hash for deduplicating a crawl,
    5 ms a reading here, two readings a page, never read); ``extract`` itself where those parts
    are not found or take other arguments (another version of the library)."""
    parts = _inner_parts()
    if parts is not None:
        bare_extraction, returnstring, extractor = parts
        try:
            options = extractor(
                output_format="xml",
                comments=False,
                formatting=True,
                links=True,
                images=True,
                tables=True,
                recall=wide,
            )
            document = bare_extraction(prepared, options=options, as_dict=False)
        except TypeError:
            pass  # another version's signatures: its public reading below
        else:
            return None if document is None else str(returnstring(document, options))
    import trafilatura

    return trafilatura.extract(prepared, favor_recall=wide, **_OPTIONS)


def _inner_parts() -> tuple[Any, Any, Any] | None:
    """trafilatura's extraction, its output and its options, where this version has them."""
    try:
        from trafilatura.core import bare_extraction, determine_returnstring
        from trafilatura.settings import Extractor
    except ImportError:
        return None
    return bare_extraction, determine_returnstring, Extractor


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.source) for b in blocks)


LUMP_CHARS = 300
"""A paragraph shorter than this is not looked at for paragraphs read into one."""
LUMP_PIECE_WORDS = 3
"""A piece of the strict reading shorter than this ("Mozilla", ".") is no paragraph of a lump."""


def _split_lumps(wide: list[Block], strict: list[Block]) -> list[Block]:
    """The wide reading with each paragraph that holds two or more of the strict reading's
    blocks, and little else, replaced by them: favor_recall reads a box of paragraphs whose
    text starts without a ``<p>`` as one paragraph (a 3,000-character block of eleven). A
    paragraph the strict reading has too is one (its sentences may be quoted again elsewhere)."""
    out: list[Block] = []
    kept = {b.source for b in strict}
    for block in wide:
        text = block.source
        if (
            block.kind is not BlockKind.PARAGRAPH
            or block.quote_group is not None
            or len(text) < LUMP_CHARS
            or text in kept
        ):
            out.append(block)
            continue
        inside, at = [], 0
        for piece in strict:  # in the page's order, each after the one before, none the whole
            found = text.find(piece.source, at) if piece.source != text else -1
            if found >= 0 and language.word_count(inline.to_plain(piece.source)) >= LUMP_PIECE_WORDS:
                inside.append(piece)
                at = found + len(piece.source)
        if len(inside) >= 2 and _chars(inside) >= 0.8 * len(text):
            out.extend(inside)
        else:
            out.append(block)
    return out


def _end_where_strict_ends(wide: list[Block], strict: list[Block]) -> list[Block]:
    """The wide reading ends where the strict one ends: past it come teasers of more articles,
    newsletter boxes and author cards that only the wide reading takes in. When the two share
    too little (each found a different part of the page), the wide one is kept whole."""
    found = {b.source for b in strict}
    shared = [i for i, b in enumerate(wide) if b.source in found]
    if len(shared) < 3 or len(shared) < len(strict) / 2:
        return wide
    return wide[: shared[-1] + 1]


def import_html(raw: bytes | str, name: str = "page", url: str = "", from_data: bool = True) -> Article:
    """A web page to an article; ImportFailed when there is no article in it. A page whose HTML
    holds little of the article that its data carries (JSON-LD, a script's state) is read from
    the data, with the page's own metadata. Fewer than 30 words is no article (a login wall, an
    error page), unless the page declares itself one article: a short post then needs 12."""
    if isinstance(raw, bytes):
        refuse_non_html(raw, name)
        text = decoding.decode_html(raw, name)
    else:
        text = raw
    if not text.strip():
        raise ImportFailed(Msg("{name}: the page is empty", name=name))
    tree = dom.parse(text)
    if tree is None:
        raise ImportFailed(Msg("{name}: not a web page (no HTML could be read)", name=name))
    signed = metadata.byline(tree)
    dom.prepare(tree)
    from lxml import etree

    prepared = etree.tostring(tree, encoding="unicode", method="html")
    article = Article()
    metadata.fill_metadata(article, tree, prepared, url, signed)
    base = url or article.source_url
    article.blocks = _read(prepared, base, wide=True)
    if article.blocks:
        strict = _read(prepared, base, wide=False)
        if _chars(strict) > 1.2 * _chars(article.blocks):
            article.blocks = strict  # favor_recall settled on a smaller part of the page
        else:
            article.blocks = _end_where_strict_ends(_split_lumps(article.blocks, strict), strict)
    found = split_body.locate(tree, article.blocks, article.source_title)
    if (split := split_body.holder(tree, found)) is not None:
        again = _read(split_body.page_of(tree, split), base, wide=True)
        if split_body.reaches_back(again, article.blocks):
            article.blocks = _end_where_strict_ends(again, article.blocks)
            found = split_body.locate(tree, article.blocks, article.source_title)
    if kin := split_body.kin_boxes(found):
        again = _read(split_body.page_of_boxes(tree, kin), base, wide=True)
        if split_body.holds_more(again, article.blocks):
            article.blocks = again
    article.blocks = line_breaks.split_paragraphs(furniture.strip_blocks(article.blocks, base))
    article.blocks = standfirst.drop_byline(article.blocks, article.author)
    article.blocks = standfirst.add_standfirst(article.blocks, tree, article.source_title)
    words = sum(language.word_count(inline.to_plain(b.source)) for b in article.blocks)
    data = page_data.article_html(tree) if from_data else ""
    if data and language.word_count(re.sub(r"<[^>]+>", " ", data)) > 2 * max(
        page_data.visible_words(tree), 30
    ):
        head = tree.find("head")
        lang = tree.xpath("/html/@lang")
        page = '<html lang="{}"><head>{}</head><body>{}</body></html>'.format(
            html.escape(str(lang[0])) if lang else "",
            etree.tostring(head, encoding="unicode", method="html") if head is not None else "",
            data,
        )
        from_page = import_html(page, name, url, from_data=False)
        from_page.source_title = article.source_title or from_page.source_title
        from_page.source_url = article.source_url or from_page.source_url
        return from_page
    if words < 30 and (words < 12 or not page_tags.declares_article(tree)):
        seen = page_tags.page_title(tree) or "no title"
        if words == 1:
            raise ImportFailed(
                Msg(
                    "{name}: no article found (the page “{seen}” has one word of text: a login wall, "
                    "an error page or a list of links?)",
                    name=name,
                    seen=seen,
                )
            )
        raise ImportFailed(
            Msg(
                "{name}: no article found (the page “{seen}” has {words} words of text: a login "
                "wall, an error page or a list of links?)",
                name=name,
                seen=seen,
                words=words,
            )
        )
    first = article.blocks[0]
    if first.kind is BlockKind.HEADING and inline.to_plain(first.source) == article.source_title:
        del article.blocks[0]
    return article
