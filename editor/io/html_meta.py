"""What a web page says about itself: encoding, title, author, date, site, language.

Also the page adjustments made before extraction (see html_import).
"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from editor.core.decode import ImportFailed
from editor.core.messages import Msg
from editor.core.model import Article
from editor.io import furniture

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SEPARATORS = re.compile(r"\s+[|\-–—»·:]\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door)\s+", re.I)
_DATE_TAIL = re.compile(
    r"\s*(?:[,|·•–—-]\s*)?(?:(?:on|am|le)\s+)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}).*$",
    re.I,
)


def decode_html(raw: bytes, name: str) -> str:
    """BOM, then the page's own meta charset, then UTF-8, then detection."""
    import codecs

    from editor.core.decode import wide_encoding

    if raw.startswith(codecs.BOM_UTF8):
        return raw.decode("utf-8-sig", errors="replace")
    wide = wide_encoding(raw)  # before the meta charset: a UTF-16 page may say "utf-8"
    if wide is not None:
        return raw.decode(wide, errors="replace")
    m = _META_CHARSET.search(raw[:8192])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        try:
            return raw.decode(
                "cp1252" if enc in ("iso-8859-1", "latin1", "latin-1") else enc, errors="replace"
            )
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise ImportFailed(Msg("{name}: cannot tell the page's text encoding", name=name))
    return raw.decode(best.encoding, errors="replace")


def parse(text: str) -> Any:
    import lxml.html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str with an encoding declaration
    try:
        return lxml.html.document_fromstring(text)
    except Exception:  # lxml raises a few kinds (ParserError, ValueError) on junk
        return None


def prepare(tree: Any) -> None:
    """Adjust the page where trafilatura would lose quotes."""
    from lxml import etree

    for bq in tree.xpath(
        "//blockquote[contains(@class,'twitter-tweet') or contains(@class,'instagram')"
        " or contains(@class,'mastodon') or contains(@class,'bluesky')]"
    ):
        _lift_out_of_wrappers(bq)
        bq.attrib.pop("class", None)
        for script in bq.xpath(".//script"):
            script.drop_tree()
        if not bq.xpath(".//p"):
            p = etree.SubElement(bq, "p")
            p.text = bq.text
            bq.text = None
            for child in list(bq):
                if child is not p:
                    p.append(child)
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
        if hidden or any(_POPUP.search(c) for c in classes):
            el.drop_tree()  # keeps the tail text, which belongs to the parent


_INLINE = frozenset(
    re.findall(r"\w+", "a b i em strong span code u s strike del ins sub sup small abbr cite q mark time")
)
_PARAGRAPH_END = re.compile(r"[.!?:;\"”’)\]…。！？」』]\s*$")


def _paragraphs_from_breaks(tree: Any) -> None:
    """Text written straight into a container, with <br> between paragraphs (Blogger, old
    table layouts, forums), becomes <p> elements; trafilatura would otherwise cut it at every
    link and lose the space after the link. A <br> inside a sentence (the text before it does
    not end a sentence) joins its lines into one paragraph."""
    from lxml import etree

    for el in tree.xpath("//div|//td|//section|//article|//main|//blockquote|//center"):
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


def _run_text(run: list[Any]) -> str:
    out = []
    for part in run:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(furniture.text_of(part) + (part.tail or ""))
    return "".join(out)


def _unquote_preformatted(tree: Any) -> None:
    """Preformatted prose outside a quote (an IETF draft, a plain-text post) is body text,
    not a quote: trafilatura would make each <pre> a quote. It becomes one paragraph per
    blank-line-separated run. Code (<pre> holding <code>, or mostly symbols) is left alone."""
    from lxml import etree

    for pre in tree.xpath("//pre[not(ancestor::blockquote)][not(.//code)]"):
        text = pre.text_content()
        plain = re.sub(r"([^\w\s])\1{2,}", r"\1", text)  # dot leaders of a table of contents
        words = sum(ch.isalnum() or ch.isspace() for ch in plain)
        if not text.strip() or words < 0.8 * len(plain):
            continue  # code or ASCII art
        div = etree.Element("div")
        for para in re.split(r"\n[ \t]*\n", text):
            line = " ".join(para.split())
            if line:
                etree.SubElement(div, "p").text = line
        div.tail = pre.tail
        pre.getparent().replace(pre, div)


def _meta(tree: Any, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            for value in found:
                if str(value).strip():
                    return " ".join(str(value).split())
    return ""


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        )
        out.extend(i for i in items if isinstance(i, dict))
    return out


def page_title(tree: Any) -> str:
    titles = tree.xpath("//title")
    return " ".join(titles[0].text_content().split()) if titles else ""


def clean_title(title: str, site: str, author: str) -> str:
    """Drop a trailing "| Site" or "- Author" from a page title."""
    parts = _SEPARATORS.split(title)
    drop = {s.lower() for s in (site, author) if s}
    while len(parts) > 1 and (parts[-1].strip().lower() in drop or _is_domain(parts[-1])):
        parts.pop()
    if len(parts) > 1 and parts[0].strip().lower() in drop:
        parts.pop(0)
    kept = title
    if parts != _SEPARATORS.split(title):
        # rebuild from the original text so the separators stay as written
        first, last = parts[0], parts[-1]
        kept = title[title.index(first) : title.rindex(last) + len(last)]
    return kept.strip()


def _is_domain(text: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", text.strip().lower()))


def clean_author(raw: str, site: str = "") -> str:
    author = " ".join(raw.split())
    author = _BY.sub("", author)
    author = _DATE_TAIL.sub("", author).strip(" ,;|-–—")
    site_words = set(re.findall(r"\w+", site.casefold()))
    parts = [p.strip().casefold() for p in re.split(r";|&", author) if p.strip()]
    if site_words and parts and all(p in site_words for p in parts):
        return site  # the "author" was the site's name taken apart
    return author


def _author(tree: Any, site: str) -> str:
    for item in _json_ld(tree):
        a = item.get("author")
        names = [
            x.get("name", "") if isinstance(x, dict) else str(x) for x in (a if isinstance(a, list) else [a])
        ]
        names = [n for n in names if n and isinstance(n, str)]
        if names and item.get("@type") in (
            "NewsArticle",
            "Article",
            "BlogPosting",
            "ReportageNewsArticle",
        ):
            return clean_author(", ".join(names), site)
    found = _meta(tree, "author", "article:author", "dc.creator", "twitter:creator")
    if found and not found.startswith(("http", "@")):
        return clean_author(found, site)
    for el in tree.xpath("//*[@itemprop='author'] | //*[@rel='author'] | //*[contains(@class,'byline')]"):
        text = _byline_text(el)
        if 2 <= len(text) <= 120:
            return clean_author(text, site)
    return ""


def _byline_text(el: Any) -> str:
    """The name in a byline: its author links, or the whole text.

    "By <a>Name</a>, Senior Editor" gives "Name"; a note after the name that
    is not set off by a comma ("Name (with Other Name)") stays.
    """
    links = [el] if el.tag == "a" else el.xpath(".//a[normalize-space()]")
    if not links:
        return " ".join(el.text_content().split())
    names = [" ".join(links[0].text_content().split())]
    for a, following in pairwise(links):
        joiner = " ".join((a.tail or "").split())
        if joiner.lower() not in ("and", "&", "und", "et", "y", "e"):
            break
        names.append(f"{joiner} " + " ".join(following.text_content().split()))
    last = links[len(names) - 1]
    tail = "" if last is el or len(names) > 1 else (last.tail or "")
    return " ".join((" ".join(names) + re.split(r",|\||\n|•", tail)[0]).split())


BIG_PAGE = 1_000_000
"""Characters of HTML past which metadata extraction skips the extensive date search."""


def fill_metadata(article: Article, tree: Any, prepared: str, url: str) -> None:
    import trafilatura

    # htmldate's extensive search reads the whole text for dates: seconds on a page of
    # megabytes, where the page's own metadata is what counts anyway
    extensive = len(prepared) < BIG_PAGE
    meta = trafilatura.extract_metadata(prepared, default_url=url or None, extensive=extensive)
    site = _meta(tree, "og:site_name", "application-name") or (
        meta.sitename if meta and meta.sitename else ""
    )
    author = _author(tree, site) or clean_author(meta.author or "", site) if meta else _author(tree, site)
    raw_title = _meta(tree, "og:title", "twitter:title") or page_title(tree) or (meta.title if meta else "")
    article.source_title = clean_title(raw_title, site, author) if raw_title else ""
    article.author = author
    article.site_name = site
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    article.source_url = str(canonical[0]) if canonical and str(canonical[0]).startswith("http") else ""
    if not article.source_url:
        article.source_url = _meta(tree, "og:url") or url or (meta.url if meta and meta.url else "")
    if meta and meta.date:
        article.published = meta.date
    if not article.site_name and article.source_url:
        article.site_name = urlsplit(article.source_url).hostname or ""
    lang = tree.xpath("/html/@lang")
    article.source_lang = str(lang[0]).split("-")[0].lower() if lang else ""
