from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core import inline
from editor.core.decode import ImportFailed
from editor.core.model import BlockKind
from editor.io.html_import import import_html
from editor.io.importers import import_path, import_stdin, import_web_bytes
from editor.io.sites import label_from_name, lookup
from tests.conftest import FIXTURES

POST = FIXTURES / "web" / "typepad-post.html"


def plain(block: object) -> str:
    return inline.to_plain(block.source)  # type: ignore[attr-defined]


def test_saved_post_metadata() -> None:
    a = import_path(POST)
    assert a.source_title == "Port Talks Resume Under Pressure"
    assert a.author == "b"
    assert a.published == "2026-03-14"
    assert (a.site_name, a.site_label) == ("Moon of Alabama", "MoA")
    assert a.source_url == "https://www.moonofalabama.org/2026/03/port-talks-resume-under-pressure.html"
    assert a.source_lang == "en"


def test_saved_post_blocks_in_reading_order() -> None:
    a = import_path(POST)
    kinds = [b.kind for b in a.blocks]
    texts = [plain(b) for b in a.blocks]
    # the multi-paragraph quote is one group of two blocks
    q = [b for b in a.blocks if b.quote_group is not None]
    first = [b for b in q if b.quote_group == q[0].quote_group]
    assert [plain(b)[:20] for b in first] == ["Officials from the M", "The ministry would n"]
    assert "*suspended*" in first[1].source
    # the embedded tweet is a quote, and so is the table inside a quote
    tweet = next(b for b in q if "seize a port" in plain(b))
    assert tweet.kind is BlockKind.QUOTE
    assert any(plain(b) == "January | 41,200" and b.kind is BlockKind.QUOTE for b in a.blocks)
    # headings, lists, emphasis, links, images
    heading = a.blocks[kinds.index(BlockKind.HEADING)]
    assert plain(heading) == "What a deal would look like" and heading.level == 3
    items = [plain(b) for b in a.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        "a local partner on the board,",
        "a promise to dredge the northern channel,",
        "and a new name for the old contract.",
    ]
    assert "**higher fee**" in " ".join(b.source for b in a.blocks)
    assert inline.links(a.blocks[0].source) == ["https://harborledger.example/news/talks"]
    image = a.blocks[-1]
    assert image.kind is BlockKind.IMAGE
    assert image.image_url == "https://www.moonofalabama.org/images/port-map.png"
    assert plain(image) == "Map of the southern terminals"
    # no navigation, comments, share buttons, related posts, scripts or forms
    joined = " ".join(texts)
    for junk in (
        "Archives",
        "Great analysis",
        "Share on Facebook",
        "Related posts",
        "tracker",
        "Search",
    ):
        assert junk not in joined
    # the German quote in an English post is marked as German
    german = next(b for b in a.blocks if plain(b).startswith("Die Gewerkschaft"))
    assert german.lang == "de" and a.blocks[0].lang is None


def test_legacy_encoding_from_meta_charset_and_utf16() -> None:
    html = POST.read_text("utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    html = html.replace("Ana Kovač", "Ana Kovacs").replace("&mdash;", "--")
    legacy = import_web_bytes(html.replace("dockworkers'", "dockworkers’").encode("cp1252"), "p.html")
    assert any("dockworkers’ union" in b.source for b in legacy.blocks)
    utf16 = import_web_bytes(POST.read_text("utf-8").encode("utf-16"), "p.html")
    assert utf16.source_title == "Port Talks Resume Under Pressure"


def test_clipboard_html_and_stdin_html() -> None:
    fragment = POST.read_text("utf-8")
    article = import_stdin(fragment.encode("utf-8"))
    assert article.site_label == "MoA" and any(b.quote_group for b in article.blocks)


LOGIN = b"""<html><head><title>Sign in</title></head><body><form><input name=user>
<input type=password name=pw><button>Log in</button></form>
<a href=/reset>Forgot password?</a></body></html>"""
NOT_FOUND = b"""<html><head><title>404 Not Found</title></head>
<body><h1>Not Found</h1><p>The page is gone.</p></body></html>"""


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (LOGIN, "no article found (the page “Sign in”"),
        (NOT_FOUND, "no article found (the page “404 Not Found”"),
        (b"", "the page is empty"),
        (b"   \n", "the page is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "a JPEG image"),
        (b"%PDF-1.7\n" + bytes(100), "a PDF document"),
        (bytes(range(256)) * 20, "binary file"),
    ],
)
def test_bad_pages_get_a_clear_message(raw: bytes, message: str) -> None:
    with pytest.raises(ImportFailed) as err:
        import_html(raw, "page.html")
    assert message in str(err.value)


SHORT_POST = """<html><head><title>Harbour notes #3 | A Small Blog</title>{meta}</head><body>
<div class="entry-content"><p>Q: Who fixes the crane when the winter storms come back?</p>
<p>A: Nobody knows yet, and the council will not say before March.</p></div></body></html>"""


def test_a_short_post_that_declares_itself_an_article_is_imported() -> None:
    post = import_html(SHORT_POST.format(meta='<meta property="og:type" content="article">'), "p.html")
    assert [inline.to_plain(b.source) for b in post.blocks] == [
        "Q: Who fixes the crane when the winter storms come back?",
        "A: Nobody knows yet, and the council will not say before March.",
    ]
    # The same 23 words on a page that does not say it is an article: no article, as before.
    with pytest.raises(ImportFailed, match="23 words of text"):
        import_html(SHORT_POST.format(meta=""), "p.html")
    with pytest.raises(ImportFailed, match="has one word of text"):  # not "1 words"
        import_html("<html><head><title>Sign in</title></head><body><p>Login</p></body></html>", "p.html")


def test_a_50_mb_page_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "huge.html"
    big.write_bytes(b"<html><body>" + b"<p>words and more words</p>" * 2_000_000 + b"</body></html>")
    assert big.stat().st_size > 50_000_000
    start = time.monotonic()
    with pytest.raises(ImportFailed, match="too large"):
        import_path(big)
    assert time.monotonic() - start < 10


def test_image_named_html_is_refused_by_content(tmp_path: Path) -> None:
    fake = tmp_path / "article.html"
    fake.write_bytes(b"GIF89a" + bytes(300))
    with pytest.raises(ImportFailed, match="GIF image"):
        import_path(fake)


@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdiv&;#xpqtbloc\n")), max_size=300))
def test_malformed_html_never_crashes(junk: str) -> None:
    with contextlib.suppress(ImportFailed):
        import_html(junk.encode("utf-8"), "junk.html")


def test_an_attribute_name_xml_cannot_hold_loses_nothing_of_the_article() -> None:
    """``<td ;>`` (a cell without its table, as careless templates write): the HTML parser keeps
    the attribute ";", trafilatura copies it into its XML and cannot read that back (a traceback,
    before); the page is read again without such attributes."""
    para = "The port talks resumed on Thursday after three weeks of silence between the parties."
    for cell in ("<td ;>", '<td "=x>'):
        article = import_html(
            f"<html><body>{cell}{para} {para} {para}</td></body></html>".encode(), "odd.html"
        )
        assert [plain(b) for b in article.blocks] == [f"{para} {para} {para}"]


def test_site_labels_known_unknown_and_user_added(tsuji_home: Path) -> None:
    site = lookup("https://www.moonofalabama.org/2026/03/x.html")
    assert site is not None and (site.label, site.author) == ("MoA", "b")
    nc = lookup("https://www.nakedcapitalism.com/2026/03/y.html")
    assert nc is not None and nc.label == "NC"
    assert label_from_name("The Grayzone Project Reports") == "GPR"
    assert label_from_name("Sonar21") == "Sonar21"
    (tsuji_home / "config").mkdir()
    (tsuji_home / "config" / "sites.toml").write_text(
        '[sites."example.org"]\nlabel = "EX"\nauthor = "Editor"\n', "utf-8"
    )
    mine = lookup("https://blog.example.org/post")
    assert mine is not None and (mine.label, mine.author) == ("EX", "Editor")


def test_language_of_short_or_empty_text_never_crashes() -> None:
    page = b"<html><body><article>" + b"<p>12345 678</p>" * 20 + b"<p>ok</p></article></body></html>"
    article = import_web_bytes(page, "digits.html")
    assert article.source_lang == ""  # nothing to tell a language from, and no crash
    assert all(b.lang is None for b in article.blocks)


WRAPPED = b"""<html><head><title>Port</title></head><body><article><h1>Port</h1>
<p>The port talks went on for many more hours today and the union said no.</p>
<div class="social-media-embed"><div class="embed-wrapper"><blockquote class="twitter-tweet"><p>The harbour
deal is off, sources say, and the minister is furious.</p>&mdash; Reporter (@reporter) March 1, 2026
</blockquote><script src="https://platform.twitter.com/widgets.js"></script></div></div>
<p>After the tweet the minister spoke to the press for a long time about the deal.</p>
<figure class="wp-block-embed is-type-rich wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet"><p>Second tweet about the harbour and the talks that failed again.</p>
</blockquote></div></figure>
<p>The end of the article comes here with enough words to be a paragraph.</p>
</article></body></html>"""


def test_embeds_inside_social_and_embed_wrappers_stay_quotes() -> None:
    article = import_web_bytes(WRAPPED, "wrapped.html")
    quoted = " ".join(plain(b) for b in article.blocks if b.quote_group is not None)
    assert "The harbour deal is off" in quoted and "Second tweet about the harbour" in quoted
    body = [plain(b) for b in article.blocks if b.quote_group is None]
    assert body[0].startswith("The port talks") and body[-1].startswith("The end of the article")


PRE = b"""<html><head><title>A draft</title></head><body><article><h1>A draft</h1>
<p>An introduction paragraph that comes before the preformatted text of the draft.</p>
<pre>
Network Working Group                                    M. Writer

1.  Introduction

   This document describes a protocol for storing documents on a
   server, and how clients talk to it over plain old HTTP requests.

2.  Terminology

   The key words in this document are to be read as described.
</pre>
<pre><code>def add(x, y):
    return x + y
</code></pre>
<p>A closing paragraph after the draft, with enough words in it to count.</p>
</article></body></html>"""


def test_preformatted_prose_is_body_text_not_quotes() -> None:
    article = import_web_bytes(PRE, "draft.html")
    assert [b for b in article.blocks if b.quote_group is not None] == []
    texts = [plain(b) for b in article.blocks]
    assert any(
        t.startswith("This document describes a protocol for storing documents on a server") for t in texts
    )


@pytest.mark.parametrize("levels", [300, 1000])
def test_text_nested_hundreds_of_levels_deep_is_kept(levels: int) -> None:
    def para(i: int) -> str:
        return f"<p>Paragraph {i} of the article says something about the harbour talks and their end.</p>"

    deep = "<div>" * levels + "".join(para(i) for i in range(4, 8)) + "</div>" * levels
    page = (
        "<html><head><title>Deep</title></head><body><article><h1>Deep</h1>"
        + "".join(para(i) for i in range(4))
        + deep
        + "<p>The last paragraph comes after the deep part, and the reader needs it too.</p>"
        + "</article></body></html>"
    )
    blocks = [b.source for b in import_html(page.encode(), "deep").blocks]
    assert blocks[:8] == [
        f"Paragraph {i} of the article says something about the harbour talks and their end."
        for i in range(8)
    ]
    assert blocks[8].startswith("The last paragraph") and len(blocks) == 9


def test_a_page_resaved_as_utf8_that_still_declares_its_old_charset_reads_right() -> None:
    body = "<p>" + "经济学家认为政府应当重新审视预算。" * 8 + "</p>"
    page = f"<html><head><meta charset='gb2312'><title>预算</title></head><body><article>{body}</article></body></html>"
    assert import_web_bytes(page.encode("utf-8"), "p.html").source_title == "预算"
    assert import_web_bytes(page.encode("gb2312"), "p.html").source_title == "预算"  # and a real GB page


def _post(head: str, byline: str = "") -> bytes:
    body = "".join(
        f"<p>Paragraph {n}: the harbour board met again on Monday and put off its vote on the new"
        " terminal until the spring, to the anger of the unions who had waited all year.</p>"
        for n in range(1, 6)
    )
    return (
        f"<html lang='en'><head><title>Vote put off</title>{head}</head><body><article>"
        f"<h1>Vote put off</h1>{byline}{body}</article></body></html>"
    ).encode()


def test_the_author_is_the_person_who_wrote_the_post_not_the_publisher() -> None:
    ld = (
        "<meta property='og:site_name' content='Harbour Ledger'>"
        "<script type='application/ld+json'>{json}</script>"
    )
    publisher_as_author = (
        '{"@type": "NewsArticle", "headline": "Vote put off",'
        ' "author": {"@type": "Organization", "name": "Harbour Ledger"},'
        ' "publisher": {"@type": "Organization", "name": "Harbour Ledger"}}'
    )
    byline = "<p class='byline'>By <a rel='author' href='/staff/mara-lind'>Mara Lind</a></p>"
    page = _post(ld.replace("{json}", publisher_as_author), byline)
    assert import_web_bytes(page, "post.html").author == "Mara Lind"
    # "None" written into the data by a template is nobody
    nobody = '{"@type": "NewsArticle", "headline": "Vote put off", "author": {"name": "None"}}'
    page = _post(ld.replace("{json}", nobody) + "<meta name='author' content='Mara Lind'>")
    assert import_web_bytes(page, "post.html").author == "Mara Lind"
    # a site that signs its own posts keeps its name as the author
    page = _post(ld.replace("{json}", publisher_as_author))
    assert import_web_bytes(page, "post.html").author == "Harbour Ledger"
    # the date a tag runs on after the name is not the author's, in any of the pages' languages
    for signed in ("Mara Lind, May 20, 2019", "Mara Lind, 20. Mai 2019", "Mara Lind | 4 de agosto de 2022"):
        page = _post(f"<meta name='author' content='{signed}'>")
        assert import_web_bytes(page, "post.html").author == "Mara Lind"


def test_the_author_in_a_blog_themes_hcard_is_found_but_not_a_commenters() -> None:
    meta = (
        "<div class='entry-meta'>Posted on <time>3 March 2026</time> by <span class='author vcard'>"
        "<a class='url fn n' href='/author/mara'>Mara Lind</a></span></div>"
    )
    assert import_web_bytes(_post("", meta), "post.html").author == "Mara Lind"
    comment = (
        "<ol class='commentlist'><li class='comment'><div class='comment-author vcard'>"
        "<b class='fn'>Ole Berg</b> says:</div><p>Thanks for the report.</p></li></ol>"
    )
    page = _post("").replace(b"</article>", comment.encode() + b"</article>")
    assert import_web_bytes(page, "post.html").author != "Ole Berg"
    # the words of an author link before the name, and a name run into the link's title
    for link in (
        "View all posts by Mara Lind",
        "Zeige alle Beiträge von Mara Lind",
        "Zum Profil von Mara Lind Mara Lind",
    ):
        linked = f"<p class='byline'><a rel='author' href='/author/mara'>{link}</a></p>"
        assert import_web_bytes(_post("", linked), "post.html").author == "Mara Lind"
    # a theme's author box: the name its class marks is the author; the words about them are
    # not the post
    bio = (
        "<div class='author-info'><span class='author-name'>Mara Lind</span><p>Mara Lind has"
        " reported on the harbour and its unions for the Ledger since 2011, and before that sailed"
        " with the ferries for ten years.</p></div>"
    )
    for box in (bio, bio.replace("author-name", "entry__authorName")):
        article = import_web_bytes(_post("", box), "post.html")
        assert article.author == "Mara Lind"
        assert not any("ferries for ten years" in b.source for b in article.blocks)
    # an hCard of what the post is about (an encyclopedia's infobox) names no author
    infobox = "<table class='infobox vcard'><tr><th class='fn'>Castell</th></tr></table>"
    assert import_web_bytes(_post("", infobox), "post.html").author != "Castell"


LUMPED = [
    "The harbour board met on Tuesday evening and voted, after a long debate, to delay the new "
    "container terminal by at least a year.",
    "Members said the cost of dredging the channel had doubled since the plan was first drawn up, "
    "and that the city could not carry it alone.",
    "The mayor called the decision a failure of nerve and promised that the council would look for "
    "the money in its own budget before spring.",
    "Dock workers, who had been promised two hundred new jobs at the terminal, gathered outside the "
    "hall and asked the board to think again.",
]


def test_paragraphs_in_a_box_that_opens_with_loose_text_stay_paragraphs() -> None:
    """A news box whose text starts without a <p> ("News and press releases<br><br>…"): the
    wide reading took its paragraphs as one block of 500 characters."""
    body = "".join(f"<p>{p}</p>\n" for p in LUMPED)
    page = (
        "<html lang='en'><head><title>Terminal delayed - Harbour News</title></head><body>"
        "<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<div class='row'><div class='col'> News and press releases<br><br><div class='item'>"
        f"<p>2026-03-10 | Council<br><h4>Terminal delayed</h4></p>{body}</div></div></div>"
        "<div class='footer'>Contact us</div></body></html>"
    )
    texts = [inline.to_plain(b.source) for b in import_web_bytes(page.encode(), "page.html").blocks]
    assert texts[-4:] == LUMPED
    assert "News and press releases" not in " ".join(texts)


def test_a_paragraph_quoting_a_statement_the_page_gives_again_stays_one_paragraph() -> None:
    """The statement in full under the article (three paragraphs) does not cut the paragraph
    that quotes it."""
    said = LUMPED[1:4]
    quoted = "“" + " ".join(said) + "”"
    page = (
        "<html lang='en'><head><title>Terminal delayed</title></head><body><article>"
        f"<h1>Terminal delayed</h1><p>{LUMPED[0]}</p><p>{quoted}</p>"
        "<p>The statement, as the board published it on its website the same evening:</p>"
        + "".join(f"<p>{p}</p>" for p in said)
        + "</article></body></html>"
    )
    texts = [inline.to_plain(b.source) for b in import_web_bytes(page.encode(), "page.html").blocks]
    assert texts[:2] == [LUMPED[0], quoted]


def test_the_page_is_read_without_trafilaturas_crawl_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's ``extract`` hashes every XML result for deduplicating a crawl (10 ms a
    reading, two readings a page); the import reads the same XML without it."""
    import trafilatura.core

    def refuse(*_args: object) -> str:
        raise AssertionError("the crawl fingerprint was computed")

    expected = [(b.kind, b.source) for b in import_path(POST).blocks]
    monkeypatch.setattr(trafilatura.core, "content_fingerprint", refuse)
    assert [(b.kind, b.source) for b in import_path(POST).blocks] == expected


def test_a_trafilatura_without_its_inner_parts_still_reads_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version of the library, whose inner functions moved or take other arguments,
    gives the same reading through its public ``extract``."""
    from editor.io import html_import

    expected = [(b.kind, b.source) for b in import_path(POST).blocks]
    monkeypatch.setattr(html_import, "_inner_parts", lambda: None)
    assert [(b.kind, b.source) for b in import_path(POST).blocks] == expected

    def elsewhere(*_args: object, **_kwargs: object) -> object:
        raise TypeError("unexpected keyword argument 'recall'")

    monkeypatch.setattr(html_import, "_inner_parts", lambda: (elsewhere, elsewhere, elsewhere))
    assert [(b.kind, b.source) for b in import_path(POST).blocks] == expected


def test_a_posts_language_is_its_prose_not_its_code() -> None:
    code = "\n".join(
        f"fn handle_request_{n}(request: &Request) -> Response {{ let body = request.body(); respond(body) }}"
        for n in range(12)
    )
    prose = "".join(
        f"<p>{text}</p>"
        for text in (
            "このライブラリを使うと、ブラウザの中で画面の部品を簡単に操作できます。",
            "コードは次のようになります。少し長いですが、流れは単純です。",
            "実際に動かしてみると、思ったよりも速く表示されました。",
        )
    )
    page = f"<html><head><title>部品を操作する</title></head><body><article>{prose}<pre><code>{code}</code></pre></article></body></html>"
    assert import_web_bytes(page.encode(), "post.html").source_lang == "ja"
    # a page of a table and little prose is read from all of it
    rows = "".join(
        f"<tr><td>{text}</td></tr>"
        for text in (
            "The ferry leaves the harbour every morning at seven and returns in the evening.",
            "Tickets are sold on board, and children under twelve travel free of charge.",
            "In winter the crossing takes longer because the boat goes around the northern reef.",
        )
    )
    page = f"<html><head><title>Fähre</title></head><body><article><p>Fahrplan:</p><table>{rows}</table></article></body></html>"
    assert import_web_bytes(page.encode(), "table.html").source_lang == "en"


def test_a_page_with_addresses_that_cannot_be_read_imports() -> None:
    # a draft's canonical link, a scheme-relative og:url and a link the CMS broke: no address
    # reader may stop the import
    body = "".join(
        f"<p>The harbour board met on Tuesday evening and voted to delay the terminal, part {n} of the"
        " story says, and the mayor called it a failure of nerve before the council met again.</p>"
        for n in range(4)
    )
    page = (
        "<html lang='en'><head><title>Terminal delayed | Harbour</title>"
        "<link rel='canonical' href='http://[draft'><meta property='og:url' content='//[::1'></head>"
        f"<body><article><h1>Terminal delayed</h1>{body}<p>See <a href='http://[broken/'>the"
        " minutes</a> of the meeting, which the board will publish next week on its own site.</p>"
        "</article></body></html>"
    )
    article = import_web_bytes(page.encode(), "page.html", url="http://[typed")
    assert article.source_title == "Terminal delayed"
    assert len(article.blocks) == 5
    # and the post's file name is found from such an address too
    from editor.io.destination import article_slug

    article.source_title = ""
    article.source_url = "http://[draft/2026/terminal-delayed.html"
    assert article_slug(article)
