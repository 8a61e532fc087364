"""The page as prepared for reading (editor/io/web/dom.py, web/links.py): code blocks whose lines
are written with <br>, the links that only mark a place on the page, teaser cards of other
articles, pictures in a sentence's links, footnotes' marks, and the space after a line break in a
list item."""

from __future__ import annotations

from editor.core import inline
from editor.core.model import BlockKind
from editor.io.html_import import import_html
from editor.io.web import dom

FILLER = "with enough words in it to count as a paragraph of the post for the reader"


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour tools</title></head><body><article>"
        "<h1>How the harbour office counts its ships</h1>"
        f"<p>The first paragraph of the post, {FILLER}.</p>{body}"
        f"<p>A closing paragraph of the post, {FILLER}.</p>"
        f"<p>The very last paragraph of the post, {FILLER} too.</p>"
        "</article></body></html>"
    )


def test_a_code_block_written_with_line_breaks_keeps_every_line() -> None:
    """Syntax highlighters write a code block's lines with <br>: every line is kept, each a
    line of the block (only the first was)."""
    code = (
        '<pre class="language-c"><code class="language-c"><span class="c">// ships.c</span><br />'
        "<span>int</span> ships(int berths) {<br />return berths * 2;<br />}</code></pre>"
    )
    article = import_html(_page(code), "post")
    (block,) = [b for b in article.blocks if "ships.c" in b.source]
    assert block.kind is BlockKind.OTHER
    assert [inline.to_plain(line) for line in block.source.splitlines()] == [
        "// ships.c",
        "int ships(int berths) {",
        "return berths * 2;",
        "}",
    ]


def test_plain_text_written_with_line_breaks_in_pre_keeps_its_lines_apart() -> None:
    prose = (
        "<pre>The office opens at eight in the morning for every captain.<br>"
        "Ships wait outside the breakwater until a pilot comes aboard.<br><br>"
        "Fees are paid at the second window, in cash or by card.</pre>"
    )
    texts = [inline.to_plain(b.source) for b in import_html(_page(prose), "post").blocks]
    assert not any("captain.Ships" in t or "aboard.Fees" in t for t in texts)
    assert any(t.endswith("Fees are paid at the second window, in cash or by card.") for t in texts)


def test_a_headings_permalink_and_a_footnotes_way_back_are_left_out() -> None:
    body = (
        '<h2 id="counts">How ships are counted <a class="anchor" href="#counts">#</a></h2>'
        f"<p>Each ship is counted once a day<sup><a href='#fn1'>1</a></sup>, {FILLER}.</p>"
        '<h2 id="fees"><a href="#toc">Fees and berths</a><a class="headerlink" href="#fees">¶</a></h2>'
        f"<p>Berths are paid by the hour, {FILLER}.</p>"
        '<h3 id="notes">Notes<a href="https://harbour.example/post#notes" aria-hidden="true">'
        '<svg viewBox="0 0 8 8"></svg></a></h3>'
        '<ol><li id="fn1"><a href="#ref1">^</a> The count of 2019 <a href="#ref1">↩</a> '
        'is in <a href="https://stats.example/2019">the yearly report</a>.</li></ol>'
    )
    blocks = import_html(_page(body), "post").blocks
    headings = [b.source for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == ["How ships are counted", "Fees and berths", "Notes"]
    note = next(b.source for b in blocks if "The count of 2019" in b.source)
    assert note == "The count of 2019 is in [the yearly report](https://stats.example/2019)."
    # a footnote's reference in the text says something (its number) and stays a link
    cited = next(b.source for b in blocks if b.source.startswith("Each ship"))
    assert "[1](#fn1)" in cited


def test_the_labels_of_a_forms_fields_are_taken_out_before_the_page_is_read() -> None:
    """A comment form beside the post, a sign-up box inside it: where trafilatura's reading took
    in the form (a real page did, its sidebar beside it), the fields' labels ("Name (required)",
    "I agree to…") came in as paragraphs. They are never the post's text."""
    from lxml import etree

    body = (
        '<div class="signup"><p><input type="checkbox" id="agree">'
        '<label for="agree">I agree to the harbour office keeping my address for its letters</label></p></div>'
        f"<p>The middle paragraph of the post, {FILLER}.</p>"
        '<form id="commentform" action="/comments" method="post">'
        '<p><input type="text" id="author"><label for="author">Name (required)</label></p>'
        '<p><label>Your website <input type="text" name="url"></label></p>'
        '<p><textarea name="comment"></textarea></p></form>'
    )
    tree = dom.parse(_page(body))
    dom.prepare(tree)
    text = " ".join(etree.tostring(tree, encoding="unicode", method="text").split())
    assert "agree" not in text and "required" not in text and "website" not in text
    assert f"The middle paragraph of the post, {FILLER}." in text
    assert text.endswith(f"The very last paragraph of the post, {FILLER} too.")


def test_a_picture_behind_a_link_to_no_place_stays() -> None:
    """A gallery's picture that a script opens (``<a href="#"><img></a>``) is no place mark: the
    picture stays, without the link."""
    body = '<p><a href="#"><img src="https://harbor.example/pier.jpg" alt="The new pier at dawn"></a></p>'
    images = [b for b in import_html(_page(body), "post").blocks if b.kind is BlockKind.IMAGE]
    assert [b.image_url for b in images] == ["https://harbor.example/pier.jpg"]


def _canonical_page(body: str, after: str = "") -> str:
    return (
        _page(body)
        .replace("<title>", '<link rel="canonical" href="https://harbor.example/2024/05/ships/"><title>')
        .replace("</article>", f"</article>{after}")
    )


def _card(href: str, kicker: str, headline: str) -> str:
    return (
        f'<figure class="card"><a href="{href}"><div><img src="https://harbor.example/t/{len(headline)}.jpg"'
        f' alt="{kicker} {headline}"></div><span>{kicker}</span><h3>{headline}</h3></a></figure>'
    )


def test_a_teaser_card_of_another_article_between_paragraphs_is_left_out() -> None:
    """A picture and a headline in one link to another article of the site, set between two
    paragraphs: its picture came in with the teaser's headline as its text."""
    card = _card("/2024/04/tolls/", "Tolls and fees", "The toll on the northern bridge goes up")
    second = f"<p>The second paragraph of the post, {FILLER}.</p>"
    blocks = import_html(_canonical_page(card + second), "post").blocks
    texts = [inline.to_plain(b.source) for b in blocks]
    assert not any("toll" in t.casefold() for t in texts)
    assert not any(b.kind is BlockKind.IMAGE for b in blocks)
    assert texts[:3] == [
        f"The first paragraph of the post, {FILLER}.",
        f"The second paragraph of the post, {FILLER}.",
        f"A closing paragraph of the post, {FILLER}.",
    ]


def test_teaser_cards_after_the_post_still_close_it() -> None:
    """Cards of more articles after the post are the list of links that closes it: what comes
    after them (a slide show's buttons, its captions) is cut with them. The cards lose their
    pictures but not their links, which is how the list is known."""
    cards = "".join(
        f'<li><a href="/2024/0{n}/story-{n}/"><img src="https://harbor.example/t{n}.jpg" alt="">'
        f"<span>Another story of the harbour, number {n}</span></a></li>"
        for n in (1, 2, 3)
    )
    after = (
        f'<ul class="grid">{cards}</ul><h3>Featured slide shows</h3>'
        "<ul><li>Share on Twitter</li><li>1 of 5</li><li>Previous</li><li>Next</li></ul>"
        "<ul><li>A photo contest winner: the harbour at night, with the lights of the ferries</li></ul>"
    )
    page = _canonical_page("", after).replace("<article>", '<div class="main">').replace("</article>", "")
    blocks = import_html(page.replace("</body>", "</div></body>"), "post").blocks
    texts = [inline.to_plain(b.source) for b in blocks]
    assert texts[-1] == f"The very last paragraph of the post, {FILLER} too."
    assert not any(b.kind is BlockKind.IMAGE for b in blocks)


def test_pictures_in_links_that_are_no_teasers_stay() -> None:
    """Left alone: a picture linked to its larger file, a report's cover linking to its PDF, a
    book's cover beside its title linking to another site, a link with a picture that runs in a
    sentence."""
    body = (
        '<figure><a href="https://harbor.example/uploads/pier-large.jpg">'
        '<img src="https://harbor.example/uploads/pier.jpg" alt="The new pier"><span>The new pier at dawn</span>'
        "</a></figure>"
        '<p><a href="https://books.example/tides"><img src="https://books.example/tides.jpg" alt="Cover">'
        "Tides of the North Sea</a></p>"
        '<p><a href="/reports/harbour-2024.pdf"><img src="https://harbor.example/cover.jpg" alt="Cover">'
        "The yearly report of the harbour</a></p>"
        '<p>Read <a href="/2024/04/pier/"><img src="https://harbor.example/anchor.png" alt="anchor">'
        f" our post on the pier</a> before you come, {FILLER}.</p>"
    )
    blocks = import_html(_canonical_page(body), "post").blocks
    images = [b.image_url for b in blocks if b.kind is BlockKind.IMAGE]
    assert "https://harbor.example/uploads/pier.jpg" in images
    assert "https://books.example/tides.jpg" in images
    assert "https://harbor.example/cover.jpg" in images  # a report's cover: the picture of a file
    texts = [inline.to_plain(b.source) for b in blocks]
    assert any("Tides of the North Sea" in t for t in texts)
    assert any(t.startswith("Read") and "our post on the pier before you come" in t for t in texts)


def test_footnotes_that_link_both_ways_keep_their_numbers_as_text() -> None:
    """Substack sets a note's number as a link beside the note's paragraphs: trafilatura dropped
    it and the notes came without numbers, while the references in the text linked to places the
    translated post does not have. Both now say the mark in brackets."""
    body = (
        '<p>The council voted on Tuesday<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a>'
        f", {FILLER}.</p>"
        '<p>The mayor said nothing<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a>'
        f" and left, {FILLER}.</p>"
        '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>'
        '<div class="footnote-content"><p>The vote was seven to two.</p></div></div>'
        '<div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a>'
        '<div class="footnote-content"><p>He <a href="https://example.org/statement">wrote later</a>'
        " that he had been away.</p></div></div>"
    )
    texts = [inline.to_plain(b.source) for b in import_html(_page(body), "post").blocks]
    assert f"The council voted on Tuesday[1], {FILLER}." in texts
    assert f"The mayor said nothing[2] and left, {FILLER}." in texts
    assert texts.index("[1] The vote was seven to two.") < texts.index(
        "[2] He wrote later that he had been away."
    )


def test_a_footnote_mark_in_the_pages_own_brackets_and_links_that_are_no_notes() -> None:
    """A mark the page sets in brackets of its own keeps them alone ("(1)"); a link that only
    leads to a paragraph, and a number that links to itself, are no footnotes and stay."""
    body = (
        f'<p>As the report says (<a id="r1" href="#n1">1</a>), {FILLER}.</p>'
        f'<p>And the board [<sup id="r2"><a href="#n2">2</a></sup>], {FILLER}.</p>'
        f'<p>See <a href="#tides">3</a> below and <a name="s2" href="#s2">2</a> here, {FILLER}.</p>'
        f'<p id="tides">The tides of the week, {FILLER}.</p>'
        '<p id="n1"><a href="#r1">1</a> The yearly report of the harbour office.</p>'
        '<p id="n2"><a href="#r2">2</a> The board of the harbour.</p>'
    )
    blocks = import_html(_page(body), "post").blocks
    texts = [inline.to_plain(b.source) for b in blocks]
    assert f"As the report says (1), {FILLER}." in texts
    assert f"And the board [2], {FILLER}." in texts
    assert "1 The yearly report of the harbour office." in texts
    see = next(b.source for b in blocks if b.source.startswith("See"))
    assert "[3](#tides)" in see and "[2](#s2)" in see


def test_a_list_of_notes_whose_numbers_link_back_is_kept_and_numbered_once() -> None:
    """A footnote plug-in's list of notes, each opening with a link back to its reference
    ("1."): trafilatura dropped the whole list for those links. The list numbers its notes."""
    body = (
        f'<p>The council voted on Tuesday<sup id="ref1"><a href="#fn1">1</a></sup>, {FILLER}.</p>'
        f'<p>The board meets in spring<sup id="ref2"><a href="#fn2">2</a></sup>, {FILLER}.</p>'
        '<ol class="footnotes"><li id="fn1"><a href="#ref1">1.</a> The vote was seven to two.</li>'
        '<li id="fn2"><a href="#ref2">2.</a> In March, as every year.</li></ol>'
    )
    blocks = import_html(_page(body), "post").blocks
    notes = [b for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(inline.to_plain(b.source), b.ordered) for b in notes] == [
        ("The vote was seven to two.", True),
        ("In March, as every year.", True),
    ]
    assert any(inline.to_plain(b.source).startswith("The board meets in spring[2],") for b in blocks)


def test_words_after_a_line_break_in_a_list_item_keep_their_space_before_an_emphasis() -> None:
    """trafilatura trims the words after a <br> in a list item, which ran "entitled" into the
    book's title that follows in italics, and "see" into a link."""
    body = (
        "<ul><li>A chapter from the book<br>\nentitled <i>Harbour Code</i>, second edition.</li>"
        '<li>The office answers letters<br>see <a href="https://office.example/letters"><b>the page</b></a>'
        " for the address.</li><li>The third line of the list, with some words.</li>"
        '<li>The roof is 8 m long.<br>\nHow large <a href="https://office.example/roof.jpg">'
        '<img src="https://office.example/roof-small.jpg" alt=""></a>is the roof?</li></ul>'
    )
    items = [b.source for b in import_html(_page(body), "post").blocks if b.kind is BlockKind.LIST_ITEM]
    assert items[:2] == [
        "A chapter from the book\nentitled *Harbour Code*, second edition.",
        "The office answers letters\nsee [**the page**](https://office.example/letters) for the address.",
    ]
    assert items[-1] == "The roof is 8 m long.\nHow large is the roof?"  # a picture's link between


def test_notes_whose_ways_back_are_superscript_marks_import() -> None:
    """A note that links back with a superscript mark of its own, in a numbered list or not: a
    mark taken out once is not read again as a reference (it crashed the import)."""
    body = (
        f'<p>The council voted<sup id="r1"><a href="#n1">1</a></sup> on Tuesday, {FILLER}.</p>'
        f'<p>The board met<sup id="r2"><a href="#n2">2</a></sup> on Friday, {FILLER}.</p>'
        '<ol><li id="n1"><sup><a href="#r1">1</a></sup> Seven to two.</li></ol>'
        '<ul><li id="n2"><sup><a href="#r2">2</a></sup> In the town hall.</li></ul>'
    )
    texts = [inline.to_plain(b.source) for b in import_html(_page(body), "post").blocks]
    assert f"The council voted[1] on Tuesday, {FILLER}." in texts
    assert f"The board met[2] on Friday, {FILLER}." in texts
    assert "Seven to two." in texts
    assert any(t.endswith("In the town hall.") and "2" in t for t in texts)
