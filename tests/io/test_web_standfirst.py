"""The standfirst under a headline is the article's first paragraph; what else sits between the
headline and the text (a picture's caption, a byline, teasers of other articles) is not."""

from __future__ import annotations

import pytest

from editor.core import inline
from editor.io.html_import import import_html

BODY = """<p>The harbour board met on Tuesday evening and voted, seven to two, to delay the new
container terminal by at least a year, citing the cost of dredging the eastern channel.</p>
<p>Members who opposed the delay said the port would lose two shipping lines to its rivals
in the south, and that the dredging estimate had been inflated by the board's own engineers.</p>
<p>The mayor, who does not sit on the board, called the decision a failure of nerve and said
the city would look at whether it can fund the dredging itself before the summer.</p>"""

FIRST = "The harbour board met on Tuesday evening"


def page(between: str, after_h1_in_header: str = "") -> str:
    return f"""<html><head><title>Harbour terminal delayed by a year | The Harbor News</title>
<meta property="og:title" content="Harbour terminal delayed by a year"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><header><h1>Harbour terminal delayed by a year</h1>{after_h1_in_header}</header>
{between}<div class="article-body">{BODY}</div></article>
<footer><p>© The Harbor News</p></footer></body></html>"""


def texts(html: str) -> list[str]:
    return [inline.to_plain(b.source) for b in import_html(html, "p.html").blocks]


STANDFIRST = "Dredging the eastern channel costs more than the board can borrow, its chairman says."


@pytest.mark.parametrize(
    ("between", "in_header"),
    [
        (f'<p class="standfirst">{STANDFIRST}</p>', ""),
        (f'<div class="article__intro"><p>{STANDFIRST}</p></div>', ""),
        (f'<div class="teaser-text"><p>{STANDFIRST}</p></div>', ""),
        (f'<p class="chapo">{STANDFIRST}</p>', ""),
        (f'<div class="article__perex">{STANDFIRST}</div>', ""),  # Czech and Slovak news sites
        (f'<p class="article-ingress">{STANDFIRST}</p>', ""),  # Scandinavian ones
        (f'<p class="articleDek noImage">{STANDFIRST}</p>', ""),  # "image" names the layout here
        ("", f"<p>{STANDFIRST}</p>"),  # a paragraph under the headline, in its <header>
        ("", f'<h2 class="c-article-head__subtitle">{STANDFIRST}</h2>'),
    ],
)
def test_the_standfirst_under_the_headline_is_the_first_paragraph(between: str, in_header: str) -> None:
    got = texts(page(between, in_header))
    assert got[0] == STANDFIRST
    assert got[1].startswith(FIRST)
    assert sum(t == STANDFIRST for t in got) == 1


@pytest.mark.parametrize(
    "between",
    [
        # A picture's caption and its credit.
        '<figure><img src="/crane.jpg" alt=""><figcaption class="caption">The eastern channel at low '
        "tide, with the old cranes still standing. Photo: Port archive</figcaption></figure>",
        '<div class="media-description"><p>The eastern channel at low tide, the old cranes still '
        "standing. © Port archive</p></div>",
        # A byline and a date line.
        '<p class="article-lead-meta">By Jane Roe and Tom Doe, the harbour reporters</p>',
        '<div class="intro">Posted: Nov 8, 2023 / 04:43 PM CST</div>',
        # Teasers of other articles, each in the same box.
        '<div class="teaser-text">Ferry fares go up in March as the operator blames fuel costs.</div>'
        '<div class="teaser-text">The fish market reopens after a winter of repairs to its roof.</div>',
        # Embed code and a script in a box named for a summary.
        '<div class="summary"><script>var ads = "one two three four five six seven";</script></div>',
    ],
)
def test_captions_bylines_teasers_and_scripts_are_not_a_standfirst(between: str) -> None:
    assert texts(page(between))[0].startswith(FIRST)


def test_a_standfirst_the_text_repeats_is_not_added_twice() -> None:
    # The page shows it under the headline and again as the article's last paragraph.
    html = page(f'<p class="standfirst">{STANDFIRST}</p>').replace(
        "</p></div></article>", f"</p><p>{STANDFIRST}</p></div></article>"
    )
    got = texts(html)
    assert got.count(STANDFIRST) == 1 and got[0].startswith(FIRST) and got[-1] == STANDFIRST


@pytest.mark.parametrize(
    "wrap",
    [
        ('<body class="single layout--with-sidebar is-sidebar-enabled">', "</body>"),  # the page's layout
        ("<body><div class='nav_drawer__panel'>", "</div></body>"),  # the page laid in an off-canvas menu
        ("<body><div class='reading-list-item'>", "</div></body>"),  # an endless column of articles
    ],
)
def test_a_box_around_the_headline_too_does_not_make_the_standfirst_furniture(wrap: tuple[str, str]) -> None:
    html = page(f'<p class="standfirst">{STANDFIRST}</p>')
    start, end = html.index("<body>"), html.index("</body>") + len("</body>")
    got = texts(
        html[:start] + wrap[0] + html[start + len("<body>") : end - len("</body>")] + wrap[1] + html[end:]
    )
    assert got[0] == STANDFIRST and got[1].startswith(FIRST)


def test_a_sidebar_between_headline_and_text_still_holds_no_standfirst() -> None:
    side = f'<div class="sidebar"><p class="summary">{STANDFIRST}</p></div>'
    assert texts(page(side))[0].startswith(FIRST)


def test_the_standfirst_comes_under_a_headline_the_extractor_kept_and_the_headline_goes() -> None:
    # The headline sits in the article's own text box, where the extractor keeps it.
    html = page(f'<p class="standfirst">{STANDFIRST}</p>').replace(
        '<div class="article-body">', '<div class="article-body"><h2>Harbour terminal delayed by a year</h2>'
    )
    got = texts(html)
    assert got[0] == STANDFIRST and got[1].startswith(FIRST)
    assert "Harbour terminal delayed by a year" not in got


def described(html: str, description: str) -> str:
    return html.replace("</head>", f'<meta property="og:description" content="{description}"></head>')


def test_an_unnamed_line_under_the_headline_is_the_standfirst_where_the_page_describes_itself_so() -> None:
    # A site that names its boxes only for their looks ("t-d7 mt-15 c-gray-3"): the first line
    # after the headline is the dek when the page's description says the same
    line = f'<div class="t-d7 mt-15 c-gray-3">{STANDFIRST}</div>'
    got = texts(described(page(line), "Dredging the eastern channel costs more than the board can borrow."))
    assert got[0] == STANDFIRST and got[1].startswith(FIRST)
    # described otherwise, it is left out: a slogan, a byline, a line of the site's own
    assert texts(described(page(line), "The council's budget for the year ahead."))[0].startswith(FIRST)
    assert texts(page(line))[0].startswith(FIRST)  # no description at all


def test_a_box_of_date_and_links_before_a_named_standfirst_gives_the_standfirst_alone() -> None:
    box = (
        f'<div class="meta"><a href="/science">Science</a><time>26.02.2020</time> Reading time 7 minutes'
        f'<p class="intro">{STANDFIRST}</p></div>'
    )
    got = texts(described(page(box), STANDFIRST))
    assert got[0] == STANDFIRST and got[1].startswith(FIRST)


def test_the_dek_may_come_under_a_label_or_a_byline_but_the_headline_again_is_none() -> None:
    description = "Dredging the eastern channel costs more than the board can borrow."
    lines = (
        '<div class="x1">This article is more than five years old</div>'
        '<div class="x2">By Jane Roe, harbour reporter</div>'
        '<div class="x2">March 12, 2024</div>'
        '<div class="x2">NASDAQ: HRBR</div>'
        f'<div class="x3">{STANDFIRST}</div>'
    )
    got = texts(described(page(lines), description))
    assert got[0] == STANDFIRST and got[1].startswith(FIRST)
    # three lines down at most (bylines and dates aside): a fourth is the article's own business
    deeper = (
        '<div class="x0">Read all our reports on the harbour in one place</div>'
        '<div class="x0">Listen to this article in the harbour reports app</div>' + lines
    )
    assert texts(described(page(deeper), description))[0].startswith(FIRST)
    # the headline again, in other words or at the end of a breadcrumb, is not a dek
    for line in (
        "Delayed by a year: the harbour terminal, the board decides",
        "Home » Harbour » Harbour terminal delayed by a year",
        "Tuesday, 12 de marzo, updated at 09:36 after the board decides",  # a date line, any language
    ):
        html = described(page(f'<div class="x1">{line}</div>'), f"{line} and more.")
        assert texts(html)[0].startswith(FIRST)


def test_a_line_of_parts_is_no_dek_even_where_the_description_shares_its_words() -> None:
    # a site whose description is its own blurb, sharing words with its byline line
    line = '<div class="x1">Jane Roe | Harbour reports desk | Politics and the port</div>'
    html = described(page(line), "Harbour reports from Jane Roe and the desk on politics and the port.")
    assert texts(html)[0].startswith(FIRST)


def test_the_byline_under_the_headline_goes_the_authors_name_stays_in_the_metadata() -> None:
    authored = page("").replace("</head>", '<meta name="author" content="Jane Roe"></head>')
    for byline in (
        "By Jane Roe",
        "By <a href='/authors/jane-roe'>Jane Roe</a>, March 12, 2024",
        "Von Jane Roe",
    ):
        html = authored.replace('<div class="article-body">', f'<div class="article-body"><p>{byline}</p>')
        article = import_html(html, "p.html")
        assert inline.to_plain(article.blocks[0].source).startswith(FIRST)
        assert article.author == "Jane Roe"
    # a sentence that opens with "By", and another writer's byline, are the post's own
    for line in (
        "By noon the board had voted, and the members went home.",
        "By Tom Doe",
        "By Jane Roe's count, twelve ships sank",  # the author named in a sentence of the post
        "By Jane Roe's reckoning the dredging costs twice the estimate.",
        "By Jane Roe, the channel was never dredged.",  # a sentence, ended as one
    ):
        html = authored.replace('<div class="article-body">', f'<div class="article-body"><p>{line}</p>')
        assert texts(html)[0] == line
