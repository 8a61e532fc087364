"""A post's furniture, which is not its body: captions, comment forms, calls to action (in the
page, before extraction), and the lines a blog engine puts around a post (after it): "Posted by
b on March 10, 2026 at 14:05 UTC | Permalink", "January 13, 2020 | categories: … | View
Comments", "Filed under …", share lines, and a closing list of related links."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from editor.core import inline
from editor.core.language import word_count
from editor.core.model import Block, BlockKind
from editor.io.meta_lines import is_date_line, is_meta_line

_CAPTION = re.compile(r"(?:^|[-_])caption(?:-text)?(?:$|[-_])|^wp-caption-dd$", re.I)
_PULL = re.compile(r"pull-?quote", re.I)
_CTA = re.compile(r"(?:^|[-_])cta(?:$|[-_])|call-to-action", re.I)
_NOT_A_TAG = r"^(?!(?:tag|category|categories|topic|section)-)"
"""Not the class WordPress gives a post for its tag or category ("tag-newsletter",
"category-author-bio"): the post's own box carries it."""
_SIDE_BOX = re.compile(
    r"^(?:sidebar|textwidget|widget_(?!_)\w+)$"
    rf"|{_NOT_A_TAG}(?:.*[-_])?(?:newsletter|signup|sign-up)(?:$|[-_])",
    re.I,
)
"""A sidebar, one of WordPress's widgets in it, or a newsletter's sign-up box, by its class or id:
exact names ("sidebar", "widget_text"), since Blogger calls the post's own box "widget Blog",
page builders call every block "…-widget-…", RebelMouse names the post's parts "widget__body"
and "widget__headline" (BEM's double underscore) and a layout's main column may be "sidebar__main";
not the class WordPress gives a post for its tag or category ("tag-newsletter")."""
_AROUND_POST = re.compile(
    rf"{_NOT_A_TAG}(?:"
    r"(?:.*[-_])?related(?:$|[-_])|(?:.*[-_])?related[-_]?(?:posts?|articles?|stories|content|links)"
    r"|sharedaddy|jp-relatedposts|sd-sharing|sd-like)",
    re.I,
)
"""What a theme puts around a post, by its class or id: the box of related posts ("related-posts",
"relatedPost", "pexeto-related-posts") and Jetpack's sharing, likes and related posts on
WordPress.com blogs ("Gefällt mir:", "Teilen mit:")."""
_AUTHOR_BIO = re.compile(
    rf"{_NOT_A_TAG}(?:"
    r"(?:.*[-_])?(?:author|autor)[-_]?(?:bio|description|about)"
    r"|(?:.*[-_])?about[-_]?(?:the[-_])?author|saboxplugin-wrap|abh_box)",
    re.I,
)
"""The words about the post's author a theme sets under it ("author-bio", "author-description",
Simple Author Box's "saboxplugin-wrap")."""
_AUTHOR_BOX = re.compile(
    _NOT_A_TAG + r"(?:.*[-_])?(?:author|autor)[-_]?(?:box|info|card|details|profile|wrap)",
    re.I,
)
"""A box named for the author ("author-box", "author-info", "TestReport__AuthorBox"): the author's
bio when it holds a few sentences (``_BIO_WORDS``), the post's byline (the name and the date,
where the author is read from later) when it holds less."""
_BIO_WORDS = 20
_COMMENT_FORM = re.compile(
    r"^(?:respond|reply-title|comment-respond|comment-reply-title|comment-form)$", re.I
)
_ENLARGE = re.compile(
    r"^\W*(?:click|tap)\s+(?:(?:on\s+)?(?:the\s+)?(?:image|picture|photo|chart|graph)\s+)?"
    r"(?:to|for)\s+(?:a\s+)?(?:enlarge|larger|bigger|full[- ]size|zoom)\w*\W*$",
    re.I,
)


def text_of(el: Any) -> str:
    """An element's text (lxml.html elements and the plain ones made here alike)."""
    return "".join(el.itertext())


def clean_page(tree: Any) -> None:
    """Drop captions, "click to enlarge" notes, comment forms, calls to action, sidebars, sign-up
    boxes, author boxes and related posts from a page."""
    whole = float(tree.xpath("string-length(normalize-space(//body))") or 0)
    for el in tree.xpath("//figcaption|//*[@class or @id]"):
        if el.getparent() is None or el.tag in ("html", "body", "article", "main"):
            continue
        kinds = 0
        for name in (*el.get("class", "").split(), el.get("id", "")):
            if name:
                kinds |= _name_kinds(name)
        if (
            el.tag == "figcaption"
            or (kinds & _CAPTION_NAME and not _holds_prose(el))
            or kinds & _DROP_NAME
            or (_around_post(el, kinds) and not _holds_post(el, whole))
        ):
            el.drop_tree()
    short = "[string-length(normalize-space(.)) <= {}]"  # measured by libxml2, not in Python
    notes = ("a", "span", "p", "div", "td", "em", "i", "small")
    for el in tree.xpath("|".join(f"//{t}[count(*) <= 1]{short.format(80)}" for t in notes)):
        if el.getparent() is not None and _ENLARGE.match(text_of(el)):
            el.drop_tree()
    lines = ("small", "p", "div", "span", "footer", "header", "ul", "li", "address")
    for el in tree.xpath("|".join(f"//{t}{short.format(220)}" for t in lines)):
        if el.getparent() is None:
            continue
        text = " ".join(text_of(el).split())
        if text and len(text) <= 220 and is_meta_line(text):
            el.drop_tree()  # "January 13, 2020 | categories: … | View Comments", "Posted by …"


_CAPTION_NAME, _DROP_NAME, _AROUND_NAME, _AUTHOR_NAME = 1, 2, 4, 8


@functools.lru_cache(maxsize=8192)
def _name_kinds(name: str) -> int:
    """What a class or id names, as bits: a caption; a comment form, a call to action or a pull
    quote (dropped whatever they hold); a sidebar, a sign-up box, related posts or an author's
    bio; an author's box. Kept by name: a page repeats the same few names over thousands of
    elements (a quarter of them distinct on the corpus), and each costs eight searches."""
    kinds = _CAPTION_NAME if _CAPTION.search(name) else 0
    if _COMMENT_FORM.match(name) or _CTA.search(name) or _PULL.search(name):
        kinds |= _DROP_NAME
    if _SIDE_BOX.search(name) or _AROUND_POST.match(name) or _AUTHOR_BIO.match(name):
        kinds |= _AROUND_NAME
    return kinds | (_AUTHOR_NAME if _AUTHOR_BOX.match(name) else 0)


def _around_post(el: Any, kinds: int) -> bool:
    """A sidebar, a sign-up box, related posts, Jetpack's boxes or the author's bio, by name."""
    return bool(kinds & _AROUND_NAME) or bool(kinds & _AUTHOR_NAME and len(text_of(el).split()) >= _BIO_WORDS)


def _holds_post(el: Any, whole: float) -> bool:
    """A box that holds the post: its headline, or half the page's text (a theme that calls its
    main column a widget)."""
    return bool(el.xpath("boolean(.//h1)")) or el.xpath("string-length(normalize-space(.))") > whole / 2


def _holds_prose(el: Any) -> bool:
    """A container named a caption that holds a paragraph of prose (a video page's description):
    a caption is a line under a picture, not paragraphs."""
    return el.tag not in ("p", "span", "small") and bool(
        el.xpath(".//p[string-length(normalize-space(.)) >= 120]")
    )


_RELATED = re.compile(
    r"^(?:related(?: posts| articles| reading)?|read (?:more|also)|see also|more from"
    r"|you (?:may|might) also like|also interesting|auch interessant|lesen sie auch"
    r"|das könnte dich auch interessieren|weitere artikel)\s*:?\s*$",
    re.I,
)


_CTA_TEXT = re.compile(
    r"^(?:sign up|subscribe|join (?:our|the|us|\d)|get (?:our|the|my) (?:free |daily |weekly )?newsletter"
    r"|follow (?:us|me)\b|folgen sie (?:uns|\S+) auf|s[ií]guenos en|suivez-nous|siga-nos|únete"
    r"|suscr[ií]bete|abonnez-vous|inscreva-se|(?:zum |unseren )?newsletter (?:anmelden|abonnieren)"
    r"|zum newsletter anmelden"
    r"|donate|support (?:us|our|this|my)|become a (?:paid )?(?:member|subscriber|patron)"
    r"|download (?:our|the) app|never miss|enjoy(?:ed)? (?:this|reading)"
    r"|click here to (?:subscribe|sign up|join|donate)|share this (?:post|article))\b"
    r"|\b(?:sign up|subscribe)(?: here| now| today| for (?:free|our|my|the)\b.*(?:newsletter|updates|email))",
    re.I,
)
"""A newsletter's or a publisher's call to action ("Sign up here", "Subscribe now")."""
_FOLLOW_ON = re.compile(
    r"^\W*follow (?:\S+ ){1,4}on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|mastodon|bluesky"
    r"|threads)\b",
    re.I,
)
"""A publisher's "Follow The Ledger on Twitter … and on Facebook …, send us a message …": a line
that may run on with addresses, longer than other calls to action."""
_CTA_ASKS = re.compile(
    r"newsletter|inbox|e-?mail|subscri|donat|patreon|substack|member|\bapp\b|podcast|updates|follow"
    r"|folgen|s[ií]guenos|suivez|siga-nos|únete|suscr|abonn|inscreva|telegram|whatsapp",
    re.I,
)
"""What a call to action asks for; an author's sentence that opens alike ("Join the dots…",
"Support our troops, they said") names none of it."""


def is_call_to_action(block: Block) -> bool:
    """A short line asking the reader to subscribe, follow or donate: the publisher's, not the
    author's text. It opens like one and links somewhere, names what it asks for, or is a few
    words only; a long paragraph that mentions subscribing is kept."""
    text = _plain(block)
    if block.kind is BlockKind.QUOTE:
        return False
    if _FOLLOW_ON.match(text):
        return len(text.split()) <= 45
    if len(text.split()) > 20 or not _CTA_TEXT.search(text):
        return False
    return "](" in block.source or bool(_CTA_ASKS.search(text)) or len(text.split()) <= 4


def _link_box(members: list[Block]) -> bool:
    """A quote block that is only links, or opens with "Related:": a box of related posts."""
    rest = [b for b in members if not _RELATED.match(_plain(b))]
    return len(rest) < len(members) or (bool(rest) and all(_only_link(b) or _links_only(b) for b in rest))


def _links_only(block: Block) -> bool:
    text = re.sub(r"\[[^\]]+\]\([^)]*\)", "", block.source)
    return "](" in block.source and not re.search(r"\w", re.sub(r"[•|·,;:\-–—]", "", text))


def _plain(block: Block) -> str:
    return " ".join(inline.to_plain(block.source).split())


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """A quote whose words all stand in the post's own paragraphs is a pull quote repeating the
    body (set large in the middle of the page), not a quoted source. Words are compared on the
    rough plain text (markup and link addresses struck out), the same on both sides: parsing
    every paragraph of a long page took most of a second."""
    groups: dict[str, list[Block]] = {}
    for b in blocks:
        if b.quote_group is not None:
            groups.setdefault(b.quote_group, []).append(b)
    if not groups:
        return blocks
    body = " ".join(_words(inline.rough_plain(b.source)) for b in blocks if not b.is_quote)
    repeated = set()
    for group, members in groups.items():
        words = _words(" ".join(inline.rough_plain(b.source) for b in members))
        if (len(words) >= 30 and words in body) or _link_box(members):
            repeated.add(group)
    return [b for b in blocks if b.quote_group not in repeated]


def strip_blocks(blocks: list[Block], site: str = "") -> list[Block]:
    """The blocks without the furniture at the start and the end of the post, pull quotes, boxes
    of related links, nor the publisher's calls to action. ``site``: the page's own address, to
    tell its links to more of itself from links to sources."""
    host = _host(site)
    out = [
        b
        for b in drop_pull_quotes(blocks)
        if not is_call_to_action(b) and not is_credit_line(b) and not is_teaser(b, host)
    ]
    out = [b for b in drop_closing_matter(out, site) if not leads_within_page(b, site)]
    head = 0
    while head < min(3, len(out)) and out[head].kind is not BlockKind.QUOTE:
        if is_meta_line(text := _plain(out[head])) or is_date_line(text):
            del out[head]
        else:
            head += 1
    k = len(out) - 1
    tail_start = max(0, len(out) - 10)
    while k >= tail_start:
        block = out[k]
        text = _plain(block)
        if block.kind is not BlockKind.QUOTE and (is_meta_line(text) or is_date_line(text)):
            del out[k]
        elif k >= len(out) - 5 and block.kind in _SAYS and _asks_at_the_end(text):
            del out[k]  # "To view the full story, please subscribe", "download our app for iOS"
        elif k == len(out) - 1 and block.kind is not BlockKind.QUOTE and _dangling(block, text):
            del out[k]  # "Related topics", "Read more:" with nothing after them
        elif _RELATED.match(text):
            end = k + 1
            while end < len(out) and _only_link(out[end]):
                end += 1
            if end - k >= 3 or end == len(out):  # a lead-in and links (or nothing): related posts
                del out[k:end]
        k -= 1
    out = drop_trailing_section(out, host)
    return [b for i, b in enumerate(out) if not _related_heading(b, out[i + 1 :])]


_RELATED_HEAD = re.compile(
    r"^\W*(?:(?:notas|noticias|contenidos?|temas|art[ií]culos) relacionad[oa]s"
    r"|related (?:posts|articles|stories)"
    r"|(?:das )?könnte (?:sie|dich) auch interessieren|empfohlene (?:beiträge|artikel)"
    r"|weitere (?:themen|artikel|beiträge|nachrichten)\b|mehr (?:zu|zum|zur) \S+(?: \S+)?(?: auf \S+)?$"
    r"|auch auf \S+$|más (?:sobre|noticias)\b|leia também|veja também|à lire aussi|sur le même sujet"
    r"|you (?:may|might) also like|recommended (?:for you|reading|stories)|read next|more (?:stories|from)\b"
    r"|vorschau auf den nächsten artikel)",
    re.I,
)
"""A heading that announces more of the site's articles ("Notas relacionadas", "Das könnte Sie
auch interessieren!", "Mehr zum Thema auf Site.de", "Auch auf site.de")."""


def _related_heading(block: Block, after: list[Block]) -> bool:
    """A heading announcing related articles with none of the post's prose under it (its
    teasers gone, or only their pictures left); one over links is left to the rules for links,
    and one over a picture and then prose is a section of the post that opens with a picture."""
    text = _plain(block)
    if block.kind is not BlockKind.HEADING or len(text.split()) > _LEAD_IN_WORDS:
        return False
    under = next((b for b in after if b.kind is not BlockKind.IMAGE), None)
    return bool(_RELATED_HEAD.match(text)) and not (under and (_prose(under) or _only_link(under)))


def drop_trailing_section(blocks: list[Block], host: str) -> list[Block]:
    """Without a section the page adds after the post's last paragraph of prose: a heading (or
    a short lead-in line ending in a colon or a question mark) followed by two or more links to
    the page's own site or teaser pictures, and nothing else but headings ("Temas
    relacionados", "Veja também", "Alle Nachrichten zum Naturschutz in Bayern" and their
    teasers). Links to other sites (sources, recommendations) keep their section, as does a
    heading over a single link."""
    last = max((i for i, b in enumerate(blocks) if _prose(b)), default=-1)
    if last < 0:
        return blocks
    for i in range(last + 1, len(blocks)):
        block = blocks[i]
        text = _plain(block)
        if block.kind is BlockKind.QUOTE or not _lead_in(block):
            continue
        if block.kind is not BlockKind.HEADING and not text.endswith((":", "：", "?")):
            continue
        rest = blocks[i + 1 :]
        teasers = sum(_links_in(b) or b.kind is BlockKind.IMAGE for b in rest)
        if teasers >= 2 and all(_furniture_after(b, host) for b in rest):
            return blocks[:i]
    return blocks


def _furniture_after(block: Block, host: str) -> bool:
    """A block that may follow a closing section's heading: a link to the site, a picture,
    another heading."""
    if block.kind is BlockKind.IMAGE or (_only_link(block) and _own_link(block, host)):
        return True
    return block.kind is BlockKind.HEADING and len(_plain(block).split()) <= _LEAD_IN_WORDS


_TAIL_ASK = re.compile(
    r"\b(?:please subscribe|subscribe to (?:our|my)\b|already a subscriber|log ?in for|sign in to"
    r"|suscr[ií]b(?:e|ete|irse)(?: aquí)? a nuestr[oa]|abonnez-vous à not|inscrivez-vous à not"
    r"|assine (?:a )?nossa|abonnieren sie unse"
    r"|eingeloggt (?:sein|sind)"
    r"|nicht eingeloggt|in deinen posteingang|in ihr(?:en)? posteingang|mit unserem newsletter"
    r"|latest (?:news|stories|headlines)\b.{0,80}\bapps?\b"
    r"|support(?:ing)? (?:our|this) (?:work|journalism|blog|site|magazine)"
    r"|consider (?:supporting|subscribing|donating)"
    r"|unterstütze\w* (?:uns|unsere arbeit|(?:\S+ ){1,3}bereits)|become a (?:member|subscriber|patron)"
    r"|(?:nuestro |el )?canal de (?:telegram|youtube|whatsapp)"
    r"|unser(?:em|en)? (?:telegram|whatsapp|youtube)-kanal"
    r"|our standards:)"
    r"|copyrighted property|(?:©|\bcopyright).{0,120}(?:all rights reserved|alle rechte vorbehalten"
    r"|todos los derechos reservados|tous droits réservés)"
    r"|\b(?:inhalte|content) (?:dieser|of this) (?:website|site|seite)\b.{0,40}\blizen[sz]",
    re.I,
)
"""What a publisher asks of the reader after the post (to subscribe, log in, get the app,
join its channel, support the site) or tells of the site (its copyright, its licence)."""


_SAYS = (BlockKind.PARAGRAPH, BlockKind.HEADING)


def _asks_at_the_end(text: str) -> bool:
    """A short paragraph among the last ones of the page asking the reader for something."""
    return len(text.split()) <= 60 and bool(_TAIL_ASK.search(text))


_LEAD_IN_WORDS = 8
_CREDIT = re.compile(
    r"^\W*(?:©|\(c\)\s|copyright\s*(?:[:©]|\(c\)|\d{4})"
    r"|(?:photos?|fotos?|bild|bilder|images?|imagen|titelbild|beitragsbild|bildquelle|crédits? photos?"
    r"|photo credits?|credits?|image illustrative)\s*:)",
    re.I,
)


_CREDIT_TAIL = re.compile(
    r"(?:^|[.!?…:\"“”»)]\s+)(?:photos?|fotos?|bild|image|imagen|crédito|credits?)\s*:\s*[^!?]{1,80}$"
    r"|\((?:photos?|fotos?|bild|image|imagen|crédito|credits?|quelle|source|fuente)\s*:[^()]{1,80}\)\.?$"
    r"|[.!?…]\s+©\s*[^.!?©]{1,60}$"
    r"|\((?:AP|AFP|REUTERS|Reuters|EFE|dpa|DPA|EPA|ANSA|Getty)(?: Photo| Images)?/[^()]{1,60}\)\.?$",
    re.I,
)
"""A caption's closing credit: "… Foto: Archivo El País.", "… © Name", "(crédito: …)",
"(REUTERS/Name)"."""
_DISCLOSURE = re.compile(
    r"^\W*(?:werbung|anzeige|advertisement|sponsored|gesponsert|publicidad|publicité)\s*(?:[.:,|*-]|$)"
    r"|\b(?:contains|enthält|enthalten) (?:affiliate[- ]links|werbung|references to products)"
    r"|\badvertisers do not influence|\bwe may (?:receive compensation|earn (?:a )?commission)",
    re.I,
)
"""An advertising or affiliate disclosure ("*Werbung. Dieser Beitrag enthält …", "This post
contains references to products from one or more of our advertisers")."""


def is_credit_line(block: Block) -> bool:
    """A short line giving a picture's or the page's rights ("Foto: Archivo", "© 2022 Site",
    "Crédits photos : Bestimage"), a caption closed by its picture's credit ("The harbour at
    dawn. Photo: Archive", "… (REUTERS/Jane Roe)") or an advertising disclosure: the
    publisher's, not a sentence to translate."""
    if block.kind is BlockKind.QUOTE:
        return False
    text = _plain(block)
    n = len(text.split())
    return (
        (n <= 15 and bool(_CREDIT.match(text)))
        or (n <= 40 and bool(_CREDIT_TAIL.search(text)))
        or (n <= 60 and bool(_DISCLOSURE.search(text)))
    )


_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])+)\]\(([^)]*)\)")


def is_teaser(block: Block, host: str) -> bool:
    """A line that sends the reader to another article of the same site: one link to the site
    whose words are a headline, alone or after a lead-in of a few words ("Read also:", "Lea
    también:", "Mire:"), whatever the language."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING):
        return False
    links = _LINK.findall(block.source)
    if len(links) != 1 or not own_url(links[0][1], host) or links[0][1].startswith("#"):
        return False
    if FILE_ADDRESS.search(inline.split_url(links[0][1]).path):
        return False  # a picture or a document, not another article
    headline = inline.to_plain(links[0][0])
    lead = re.sub(r"[*_>«»<\\\s]+", " ", _LINK.sub("", block.source)).strip()
    if len(re.findall(r"\w+", headline)) < 3 or len(lead.split()) > 4:
        return False
    if lead.endswith((":", "：")):
        return True
    # a bare link: a line of its own in the text (a linked heading is the section's own title)
    return block.kind is BlockKind.PARAGRAPH and not re.search(r"\w", lead)


_LINKS_ALONE = re.compile(rf"(?:{_LINK.pattern})(?:\n(?:{_LINK.pattern}))*")
"""Links alone, one or more, a line each."""
FILE_ADDRESS = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|mp[34]|mov)$", re.I
)
"""An address's path that names a file (a picture, a document), not another article."""


def _dangling(block: Block, text: str) -> bool:
    """A heading, or a short line ending in a colon, that introduces nothing."""
    short = 0 < len(text.split()) <= _LEAD_IN_WORDS
    return short and (block.kind is BlockKind.HEADING or text.endswith((":", "：")))


def drop_closing_matter(blocks: list[Block], site: str) -> list[Block]:
    """Without what closes many pages after the post: lists of two or more lines that are each
    nothing but a link to another page of the same site (more posts, the section, back to the
    top), with their teaser pictures between them and the short line or heading that introduces
    them, and everything after the first such list when no paragraph of prose follows it. Whatever
    its wording and language, such a list leads away from the post; a closing list of links to
    other sites is the post's sources and stays."""
    host = _host(site)
    prose: list[int] = []  # how many blocks of prose up to each block, counted once when needed
    for start in range(len(blocks)):
        end, links = start, 0
        while end < len(blocks) and (
            blocks[end].kind is BlockKind.IMAGE or (_only_link(blocks[end]) and _own_link(blocks[end], host))
        ):
            links += _links_in(blocks[end])
            end += 1
        if links < 2 or blocks[start].kind is BlockKind.IMAGE:
            continue
        if not prose:
            prose = list(itertools.accumulate((_prose(b) for b in blocks), initial=0))
        if prose[-1] > prose[end]:
            continue  # the post goes on after the list
        if not prose[start]:
            return blocks  # links and pictures are all there is: a gallery, not a closing list
        if start > 0 and blocks[start - 1].kind is not BlockKind.QUOTE and _lead_in(blocks[start - 1]):
            start -= 1
        return blocks[:start]
    return blocks


_PROSE_WORDS = 15


def _prose(block: Block) -> bool:
    """A paragraph of the post's own prose: a sentence or more, not a link."""
    text = _plain(block)
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
        and not _only_link(block)
        and word_count(text) >= _PROSE_WORDS
        and bool(re.search(r"[.!?。！？」”\"]\s*$", text))
    )


def leads_within_page(block: Block, page: str) -> bool:
    """A line of links to places on the page itself and nothing else ("Jump to navigation",
    "Continue reading the main story", "5 comments", "Rate this recipe", a table of contents):
    the page's own navigation, which leads nowhere in the translated post."""
    targets = [url.strip() for _, url in _LINK.findall(block.source)]
    return _only_link(block) and bool(targets) and all(_same_page(url, page) for url in targets)


def _same_page(url: str, page: str) -> bool:
    def place(u: str) -> tuple[str, str, str]:
        parts = inline.split_url(u)
        return _host(u), parts.path.rstrip("/"), parts.query

    return url.startswith("#") or (bool(page) and place(url) == place(page))


def _host(url: str) -> str:
    return (inline.split_url(url.strip()).hostname or "").removeprefix("www.")


def _links_in(block: Block) -> int:
    """How many links a block of links alone holds (0 for any other block)."""
    return len(_LINK.findall(block.source)) if _only_link(block) else 0


def _own_link(block: Block, host: str) -> bool:
    """The block's links all stay on the page's site."""
    targets = [url.strip() for _, url in _LINK.findall(block.source)]
    return bool(targets) and all(own_url(url, host) for url in targets)


def own_url(url: str, host: str) -> bool:
    """An address on the page's site (a relative address, an anchor, the same host); a mail
    address or another site's page is not."""
    parts = inline.split_url(url)
    if not parts.scheme and not parts.netloc:
        return True
    target = _host(url)
    return (
        parts.scheme in ("http", "https", "")
        and bool(host)
        and (target == host or target.endswith("." + host))
    )


def _lead_in(block: Block) -> bool:
    """A heading, or a short line that is no sentence: "See also", "Veja também", "Mehr zum Thema"."""
    text = _plain(block)
    if block.kind is BlockKind.HEADING:
        return len(text.split()) <= _LEAD_IN_WORDS
    return 0 < len(text.split()) <= _LEAD_IN_WORDS and not re.search(r"[.!?。！？]\s*$", text)


def _only_link(block: Block) -> bool:
    """A list item (or line) that is nothing but links: an entry of a related-posts list, or a
    few such entries one per line in one paragraph."""
    text = block.source.strip()
    return block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) and bool(_LINKS_ALONE.fullmatch(text))
