"""What a page says about itself: title, author, date, site and language, from its meta tags,
JSON-LD and byline."""

from __future__ import annotations

import html
import re
from collections.abc import Set
from itertools import pairwise
from typing import Any

from editor.core import inline
from editor.core.language import word_count
from editor.core.model import Article
from editor.io.meta_lines import MONTH
from editor.io.web.page_tags import ARTICLE_TYPES, brands, json_ld, meta_value, page_title, web_address

_SEPARATORS = re.compile(
    r"\s+(?:[|\-–—»«›‹·•│~:/]|::)\s+|\s*[|｜│]\s*|(?<=[\u3000-\u9fff\uff00-\uffef])\s*_\s*"
    r"|(?<=[\u3000-\u9fff\uff00-\uffef])[:\-－](?=[\w\u3000-\u9fff])"
)
"""What sets a site's or a section's name off a headline in a page title ("Post – Site",
"Site » Blog Archive » Post", "記事名｜サイト名", "新闻标题_科技_网站"); a pipe needs no spaces,
nor a colon or a dash after Chinese or Japanese ("記事名」:サイト名日誌", "标题！-新华网")."""
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
_BY = re.compile(
    r"^\s*(?:(?:view |see )?(?:all )?(?:posts|articles|stories) (?:by|from)"
    r"|(?:zeige )?alle (?:beiträge|artikel) von|(?:zum )?profil von|artikel von"
    r"|voir (?:tous )?les articles de|ver todas las entradas de"
    r"|by|von|par|por|di|door)\s+",
    re.I,
)
"""What stands before the name in a byline or its author link ("By", "View all posts by",
"Zeige alle Beiträge von", "Zum Profil von")."""
_DATE_TAIL = re.compile(
    r"\s*(?:[,|·•–—-]\s*)?(?:(?:on|am|le)\s+)?"
    rf"(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{MONTH}\s+(?:de\s+)?\d{{4}}).*$",
    re.I,
)


def _heading_text(h: Any) -> str:
    """A heading's words: a kicker and a headline in two spans keep a space between them
    ("Open Progress" + "Why …"), Japanese and Chinese pieces join as written, ruby readings
    (<rt>) are left out, and so is a subtitle set after the headline in the same heading
    (``<h1>Headline <small>Subtitle</small></h1>``, a class "subtitle" or "subhead")."""
    text = _joined(h)
    for sub in h.xpath(_SUBTITLE):
        words = _joined(sub)
        rest = text[: -len(words)].rstrip(" :|–—-") if words and text.endswith(words) else ""
        if len(rest.split()) >= 3:
            return rest
    return text


_SUBTITLE = (
    ".//small | .//*[contains(translate(@class, 'SUBTITLEHAD', 'subtitlehad'), 'subtitle')"
    " or contains(translate(@class, 'SUBTITLEHAD', 'subtitlehad'), 'subhead')]"
)


def _joined(h: Any) -> str:
    text = ""
    for piece in h.xpath(".//text()[not(ancestor::rt) and not(ancestor::rp)]"):
        piece = str(piece)
        if text and piece and not text[-1].isspace() and _spaced(text[-1]) and _spaced(piece[0]):
            text += " "
        text += piece
    return " ".join(text.split())


def _spaced(ch: str) -> bool:
    """A character of a script that writes spaces between words."""
    return ch.isalnum() and not ("\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or ch >= "\uff00")


_DECLARED = (
    "//*[@itemprop='headline'] | //*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]"
)
"""An element the page marks as its post's headline: schema.org's itemprop="headline", the
hAtom class "entry-title" that blog themes put on a post's title."""


def _headline(tree: Any) -> str:
    """The page's own headline (see ``_headline_element``)."""
    h = _headline_element(tree)
    return "" if h is None else _heading_text(h)


def _headline_element(tree: Any) -> Any:
    """The element of the page's own headline: the <h1> of its article, or the page's one <h1>;
    on a page with none or several, the one element it marks as its post's headline (a blog's
    post title in an <h2> under the blog's name in <h1>)."""
    for path in ("//article//h1", "//main//h1", "//h1"):
        found = {_heading_text(h): h for h in tree.xpath(path)}
        found.pop("", None)
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            break  # several different ones: a list page or a site's chrome
    declared = {_heading_text(h): h for h in tree.xpath(_DECLARED)}
    declared.pop("", None)
    return next(iter(declared.values())) if len(declared) == 1 else None


def _told_heading(tree: Any, tags: list[str]) -> Any:
    """On a page of several <h1>s (a section's name, the headline, "Comments"), the one <h1> that
    a tag gives too, but for a site's name or a word or two."""
    told = {_heading_text(h): h for h in tree.xpath("//h1")}
    told = {text: h for text, h in told.items() if text and any(_agrees(text, c) for c in tags)}
    return next(iter(told.values())) if len(told) == 1 else None


def _lead_ins(h: Any) -> set[str]:
    """What a heading's first pieces say, each run of them up to an element's edge ("Open
    Progress" in ``<h1><span>Open Progress</span> Why …</h1>``): where a kicker can end."""
    found, text = set(), ""
    for piece in h.xpath(".//text()[not(ancestor::rt) and not(ancestor::rp)]"):
        if words := _norm(str(piece)):  # each piece once: a heading of 20,000 spans stays linear
            text = f"{text} {words}".lstrip()
            found.add(text)
    return found


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.replace("\xad", "").casefold()).split())


def _same(a: str, b: str) -> bool:
    """Equal but for punctuation and a word or two (Dropbox ATF / Dropbox’s ATF)."""
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    return bool(wa and wb) and len(wa & wb) >= 0.8 * len(wa | wb)


def _parts(title: str) -> list[str]:
    return [p for p in _SEPARATORS.split(title) if p.strip()]


def _agrees(a: str, b: str) -> bool:
    """The same headline, or one of them with a site or section name set off by a separator."""
    if _same(a, b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    parts = _parts(long_)
    return any(
        _same(" ".join(parts[i:j]), short) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    )


def _text(value: str) -> str:
    """A title as written: entities a CMS escaped twice ("Olive &#038; Herb") read once more."""
    value = " ".join(value.split())
    return html.unescape(value) if _ENTITY.search(value) else value


def _site_names(tree: Any, site: str) -> set[str]:
    """What the page calls its site: its declared name, its domain, and an <h1> that links home."""
    names = {_norm(site)} if site else set()
    urls = [*tree.xpath("//link[@rel='canonical']/@href"), meta_value(tree, "og:url")]
    for url in urls:
        host = (inline.split_url(str(url)).hostname or "").removeprefix("www.")
        if host:
            names |= {_norm(host), _norm(host.split(".")[0])}
    for link in tree.xpath("//h1//a[@href]"):
        if _is_home(str(link.get("href"))):
            names.add(_norm(link.text_content()))
    return names - {""}


_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/(.+)$")
"""A page kept by the Internet Archive: its links lead to the archived copies."""


def _is_home(href: str) -> bool:
    path = inline.split_url(href).path
    if archived := _ARCHIVED.match(path):
        path = inline.split_url(archived.group(1)).path
    return path.strip("/") == ""


def _headings(tree: Any) -> set[str]:
    return {_norm(h.text_content()) for h in tree.xpath("(//h1 | //h2 | //h3)[position() <= 60]")} - {""}


def _shown_part(title: str, heads: set[str], names: set[str]) -> str:
    """The part of a page title that the page shows as a heading, when the title has other parts
    (the site's name, "Blog Archive", a section): the longest part, the only one shown as a
    heading that is not the site's name ("Headline - Subtitle" under both is left whole)."""
    parts = [p.strip() for p in _parts(title)]
    shown = [p for p in parts if _norm(p) in heads and _norm(p) not in names]
    if len(parts) < 2 or len(shown) != 1 or shown[0] != max(parts, key=len):
        return ""
    return shown[0]


def _tokens(text: str) -> set[str]:
    """The words of a title worth comparing: words of four letters or more, and pairs of
    characters in scripts written without spaces."""
    out: set[str] = set()
    for word in _norm(text).split():
        if _spaced(word[0]):
            if len(word) >= 4:
                out.add(word)
        else:
            out |= {word[i : i + 2] for i in range(len(word) - 1)}
    return out


def _beside_headline(h1: str, tag: str) -> bool:
    """``h1`` is the last part of a <title> that opens with a headline twice its length: the
    site's name after the post's headline ("Harbour talks are put off again | The Ledger")."""
    parts = _parts(tag)
    if len(parts) < 2 or not _same(parts[-1], h1) or _same(parts[0], h1):
        return False
    return word_count(parts[0]) >= max(4, 2 * word_count(h1))


def _retold(h1: str, tag: str) -> bool:
    """Two headlines share two words worth comparing, or half of the tag's where it has two or
    more (one word in common with a site's name, "The Ledger", is not a story retold)."""
    theirs = _tokens(tag)
    shared = len(_tokens(h1) & theirs)
    return shared >= 2 or (shared > 0 and len(theirs) >= 2 and 2 * shared >= len(theirs))


def _visible_wins(h1: str, others: list[str]) -> bool:
    """The <h1> tells the same story as a tag in other words ("Dead skin cells might be a good
    thing" / "Wait, are dead skin cells actually good?"), or the tags name only a site or a
    section ("Home", "Drucker • Etiketten • Service | Firma Datentechnik AG", the last part the
    site's name); not a greeting beside a real headline."""
    if any(_retold(h1, c) for c in others):
        return True
    return all(max(word_count(p) for p in _named_parts(c) or [c]) < 3 for c in others)


def _named_parts(title: str) -> list[str]:
    """A title's parts but for the last of several, where a site puts its name."""
    parts = _parts(title)
    return parts[:-1] if len(parts) > 1 else parts


def _kicker_before(h1: str, title: str, lead_ins: Set[str] = frozenset()) -> bool:
    """``h1`` is ``title`` with a kicker before it, or with a date after it (and what a heading
    that holds the post's details puts after the date: "… 02.02.2022 • News, Press").

    A kicker is a piece of the heading of its own (``lead_ins``), a word or two, or a date: a
    headline that merely ends in a tag's words ("Wie pflege ich meine Zaubernuss im Winter?" under a
    <title> of "Zaubernuss im Winter") is not one."""
    long_, short = _norm(h1), _norm(title)
    if len(short.split()) < 3 or long_ == short:
        return False
    if long_.endswith(" " + short):
        kicker = long_[: -len(short)].strip()
        return kicker in lead_ins or len(kicker.split()) <= 2 or not re.search(r"[^\W\d_]", kicker)
    rest = long_[len(short) :]
    dated = _DATE_FIRST.match(rest) or not re.search(r"[^\W\d_]{3}", rest)
    return long_.startswith(short + " ") and bool(dated)


_DATE_FIRST = re.compile(r" \d{1,4} \d{1,2} \d{2,4}\b")
"""A date in figures (02.02.2022, 2022-02-02), as ``_norm`` leaves it: digits between spaces."""


def _opens_with(tag: str, h1: str) -> bool:
    """A tag's headline is the <h1> with words run on after it, before any site name: a byline,
    a "Recipe", a number ("Mandarin cake by jesusfreak | Chefkoch" over "Mandarin cake")."""
    parts = _parts(tag)
    first, head = _norm(parts[0]) if parts else "", _norm(h1)
    return bool(head) and first.startswith(head + " ")


def _uncut(value: str, whole: str) -> str:
    """A meta tag's headline cut short where a quotation mark was left unescaped in the
    attribute (content="Senator calls Biden "unfit"" reads as "Senator calls Biden"): the
    <title> that holds it whole."""
    rest = whole[len(value) :].lstrip() if value and whole.startswith(value) else ""
    return whole if rest.startswith('"') else value


def choose_title(tree: Any, site: str, author: str, fallback: str, url: str = "") -> str:
    """The page's headline, weighing what the page says: its <h1>, JSON-LD headline, Dublin Core (or
    Parse.ly, or a plain meta "title") title, og:title, twitter:title and <title>. The visible <h1>
    goes first where it tells the story a tag tells in other words (tags often carry a headline
    written for search or social media) or where the tags name only the site or a section; otherwise
    the headline the most statements agree on, the structured data and social tags before the
    <title> (with its site name). Where the tags run words on after the <h1>'s headline (a byline,
    "Recipe", a number) and none tells another headline, the <h1>. An <h1> that is the site's name
    (it links home, or the <title> sets it off) or a greeting does not count; a <title> of several
    parts of which the page shows the longest as a heading gives that part ("Site » Blog Archive »
    Post" under an <h1> of the site's name). On a page of several <h1>s, the one a tag gives too is
    the page's."""
    ld = next((str(d["headline"]) for d in json_ld(tree) if isinstance(d.get("headline"), str)), "")
    ld, dc, og, tw, tag = (
        _text(ld),
        _text(meta_value(tree, "dc:title", "dc.title", "dcterms.title", "parsely-title", "title")),
        _text(meta_value(tree, "og:title")),
        _text(meta_value(tree, "twitter:title")),
        _text(page_title(tree)),
    )
    og, tw = _uncut(og, tag), _uncut(tw, tag)
    names = _site_names(tree, site) | ({_norm(author)} if author else set())
    registered = brands(tree, url)
    heading = _headline_element(tree)
    if heading is None:
        heading = _told_heading(tree, [c for c in (ld, dc, og, tw, tag) if c])
    h1 = "" if heading is None else _heading_text(heading)
    if h1 and _beside_headline(h1, tag):
        names.add(_norm(h1))  # "Headline | Site" in <title>, the site's name in the <h1>
    if h1 and (_norm(h1) in names or (word_count(h1) < 2 and len(h1) < 12)):
        h1 = ""  # a logo or a one-word label, not a headline
    if shown := _shown_part(tag, _headings(tree), names):
        if h1 and not _same(h1, shown) and any(_same(p, h1) for p in _parts(tag)):
            h1 = ""  # the <h1> is the other part of the <title>: the site's name
        tag = shown
    if h1 and tag and not _same(h1, tag):
        others = [p for p in _parts(tag) if not _same(p, h1)]
        named = (c for c in (ld, dc, og) if c)
        if any(_same(p, h1) for p in _parts(tag)) and any(_same(p, c) for c in named for p in others):
            h1 = ""  # "Blog Name: Post title" in <title>: the <h1> is the blog's name
    others = [c for c in (ld, dc, og, tw, tag) if c]
    if h1 and 4 <= word_count(h1) <= 30 and _visible_wins(h1, others):
        # an <h1> that runs a kicker into the headline ("Open Progress Why …") gives the tag
        # that holds the headline alone
        lead_ins = _lead_ins(heading)
        for c in others:
            for part in (c, *_parts(c)):
                if _kicker_before(h1, part, lead_ins):
                    return clean_title(part, site, author, names, registered)
        return clean_title(h1, site, author, names, registered)
    run_on = [c for c in others if _opens_with(c, h1)]
    if h1 and run_on and all(c in run_on or _agrees(c, h1) for c in others):
        return clean_title(h1, site, author, names, registered)  # and no tag tells another headline
    if h1 and others and not any(_agrees(h1, c) for c in others):
        h1 = ""  # an <h1> nothing else on the page supports: a greeting, a section's name
    candidates = [c for c in (ld, dc, og, tw, h1, tag) if c]
    if not candidates:
        return clean_title(_text(fallback), site, author, names, registered) if fallback else ""
    best = max(candidates, key=lambda c: (sum(_agrees(c, o) for o in candidates), -candidates.index(c)))
    return clean_title(best, site, author, names, registered)


def clean_title(
    title: str, site: str, author: str, names: Set[str] = frozenset(), brands: Set[str] = frozenset()
) -> str:
    """Drop a trailing "| Site" or "- Author" from a page title, or a leading "Site: "; ``names``:
    more of the site's names, normalised (its domain, the <h1> that links home); ``brands``: the
    names its domains are registered under, which a trailing part written as a name opens with."""
    title = _DANGLING.sub("", title)
    parts = _SEPARATORS.split(title)
    drop = {s.lower() for s in (site, author) if s}

    def named(part: str) -> bool:
        return part.strip().lower() in drop or _norm(part) in names

    # the domain written as a name only at the end, where sites put it: a headline may open with
    # the domain's word ("Reasons to stay - …" on reason.com)
    while len(parts) > 1 and (named(parts[-1]) or _is_domain(parts[-1]) or _after_domain(parts[-1], brands)):
        parts.pop()
    if len(parts) > 1 and named(parts[0]):
        parts.pop(0)
    kept = title
    if parts != _SEPARATORS.split(title):
        # rebuild from the original text so the separators stay as written
        first, last = parts[0], parts[-1]
        kept = title[title.index(first) : title.rindex(last) + len(last)]
    return kept.strip()


_DANGLING = re.compile(r"^\s*(?:[|\-–—»«›‹·•│~/]|::)\s+|\s+(?:[|\-–—»«›‹·•│~/]|::)\s*$")
"""A separator with nothing on one side ("Ferry timetables -"): a template left a name out."""


def _after_domain(part: str, brands: Set[str]) -> bool:
    """A title's part that is the site's domain written as a name: "Miami Herald" for
    miamiherald.com, "Genius Lyrics" and "phpspot開発日誌" after their sites' domains (three
    words at most, opening with the domain's name of six letters or more)."""
    words = _norm(part).split()
    joined = "".join(words)
    return 0 < len(words) <= 3 and any(len(b) >= 6 and joined.startswith(b) for b in brands)


def _is_domain(text: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", text.strip().lower()))


def clean_author(raw: str, site: str = "") -> str:
    author = " ".join(raw.split())
    author = _BY.sub("", author)
    half = author.split(" ")
    if len(half) % 2 == 0 and half[: len(half) // 2] == half[len(half) // 2 :]:
        author = " ".join(half[: len(half) // 2])  # a link's words and its title, run together
    author = _DATE_TAIL.sub("", author).strip(" ,;|-–—")
    site_words = set(re.findall(r"\w+", site.casefold()))
    parts = [p.strip().casefold() for p in re.split(r";|&", author) if p.strip()]
    if site_words and parts and all(p in site_words for p in parts):
        return site  # the "author" was the site's name taken apart
    return author


def byline(tree: Any) -> str:
    """The name in the page's first byline. Read before the page's furniture is cleared: a
    "Posted on <date> by <Name>" line is furniture, and it is where a blog names its author."""
    for el in tree.xpath(_BYLINES):
        text = _byline_text(el)
        if 2 <= len(text) <= 120:
            return text
    return ""


def _author(tree: Any, site: str, guessed: str = "", signed: str | None = None) -> str:
    """The post's author: from its JSON-LD, its meta tags, its byline (``signed``, read before
    the page was cleaned; else read now) or trafilatura's reading (``guessed``), the first that
    names someone other than the site itself; where none does, the first that names anyone (a
    site that signs its own posts). A publisher named as the author, or "None", is nobody; a
    news agency is an author."""
    house = _site_names(tree, site) | {
        _norm(str(p.get("name"))) for i in json_ld(tree) if isinstance(p := i.get("publisher"), dict)
    }
    found: list[str] = []
    for item in json_ld(tree):
        a = item.get("author")
        names = [
            x.get("name", "") if isinstance(x, dict) else str(x) for x in (a if isinstance(a, list) else [a])
        ]
        names = [n for n in names if n and isinstance(n, str) and _norm(n) not in _NOBODY]
        if names and item.get("@type") in ARTICLE_TYPES:
            found.append(", ".join(names))
    meta = meta_value(tree, "author", "article:author", "dc.creator", "twitter:creator")
    if meta and not meta.startswith(("http", "@")):
        found.append(meta)
    found.append(byline(tree) if signed is None else signed)
    found.append(guessed)
    names = [n for n in (clean_author(f, site) for f in found) if _norm(n) not in _NOBODY]
    people = [n for n in names if _norm(n) not in house and n != site]
    return (people or names or [""])[0]


_NOBODY = {"", "none", "null", "undefined", "unknown"}
_BYLINES = (
    "//*[@itemprop='author'] | //*[@rel='author'] | //*[contains(@class,'byline')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' vcard ')]"
    "[contains(@class, 'author') or ancestor::*[contains(@class, 'author')]]"
    "[not(ancestor::*[contains(@class, 'comment')])]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
    " | //*[@class][contains(translate(@class, 'AUTHOR', 'author'), 'author')]"  # a cheap sieve first
    "[contains(translate(@class, 'AUTHORNME_', 'authornme-'), 'author-name')"
    " or contains(translate(@class, 'AUTHORNME_', 'authornme-'), 'author--name')"
    " or contains(translate(@class, 'AUTHORNME', 'authornme'), 'authorname')]"
    "[not(ancestor::*[contains(@class, 'comment')])]"
)
"""Where a page names its post's author: schema.org's itemprop="author", rel="author", a byline,
or the name (class "fn") in an author's hCard ("author vcard", "post-author vcard", which blog
themes put on the post's author and on each comment's: not in the comments; an hCard of a place
or a person the post is about, Wikipedia's infobox, names no author)."""


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


def _guessed_site(meta: Any, tree: Any) -> str:
    """trafilatura's site name where the page declares none, unless it is the page's headline:
    without a declared name it takes a part of the <title>, and on "Post title – Site" pages
    that is sometimes the post's title, which would then be dropped as the site's name (the same
    as the headline, or a sentence longer than what it took for the title). Where it took the two
    parts the other way round, what it called the title is the site's name."""
    guess = str(meta.sitename) if meta and meta.sitename else ""
    title, headline = str(meta.title or "") if meta else "", _headline(tree)
    if not guess or _same(guess, title):
        return ""
    if (headline and _same(guess, headline)) or (
        word_count(guess) >= 5 and word_count(guess) > word_count(title)
    ):
        swapped = _norm(title) in {_norm(p) for p in _parts(page_title(tree))} and not _same(title, headline)
        return title if swapped else ""
    return guess


def fill_metadata(article: Article, tree: Any, prepared: str, url: str, signed: str | None = None) -> None:
    """``signed``: the byline's name, read before the page was cleaned (``byline``)."""
    import trafilatura

    # The page's own statements first (meta tags, JSON-LD, <time>). Only without a date there,
    # htmldate's extensive search, which reads the text for dates and hands the plausible ones
    # to dateparser: seconds on its first use (cnet: 2.6 s for the date the tags already gave in
    # 0.03 s), and seconds more on a page of megabytes. Dates right on 156 hand-annotated pages of
    # trafilatura's evaluation set: 130 fast only, 139 extensive always, 139 so.
    meta = trafilatura.extract_metadata(prepared, default_url=url or None, extensive=False)
    if meta and not meta.date and len(prepared) < BIG_PAGE:
        meta.date = trafilatura.extract_metadata(prepared, default_url=url or None, extensive=True).date
    site = meta_value(tree, "og:site_name", "application-name") or _guessed_site(meta, tree)
    author = _author(tree, site, str(meta.author or "") if meta else "", signed)
    article.source_title = choose_title(tree, site, author, meta.title if meta and meta.title else "", url)
    article.author = author
    article.site_name = site
    canonical = [web_address(str(c)) for c in tree.xpath("//link[@rel='canonical']/@href")]
    article.source_url = canonical[0] if canonical else ""
    if not article.source_url:
        article.source_url = (
            web_address(meta_value(tree, "og:url")) or url or (meta.url if meta and meta.url else "")
        )
    if meta and meta.date:
        article.published = meta.date
    if not article.site_name and article.source_url:
        article.site_name = inline.split_url(article.source_url).hostname or ""
    lang = tree.xpath("/html/@lang")
    article.source_lang = str(lang[0]).split("-")[0].lower() if lang else ""
