"""What is not a post's body: captions, post footers and headers, share lines, related links,
calls to action, hover cards; and what is: Blogger-style text between <br>s, "Update:" paragraphs."""

from __future__ import annotations

import lxml.html

from editor.core import inline
from editor.core.model import Block, BlockKind
from editor.io import furniture
from editor.io.importers import import_web_bytes

BODY = [
    "The port authority announced on Monday that the new terminal will open in the spring of next year.",
    "Critics say the project has cost twice what was promised and that the dredging has harmed the bay.",
    "The minister defended the budget and said that the terminal would pay for itself within ten years.",
]


def _import(inner: str) -> list[str]:
    page = (
        "<html lang='en'><head><title>Port terminal</title></head><body><div class='post'>"
        "<h1>Port terminal</h1>" + inner + "</div></body></html>"
    )
    article = import_web_bytes(page.encode(), "page.html")
    return [inline.to_plain(b.source) for b in article.blocks if b.kind is not BlockKind.IMAGE]


def test_captions_and_enlarge_notes_are_not_body() -> None:
    texts = _import(
        f"<p>{BODY[0]}</p><figure><img src='a.jpg' alt='the pier'><figcaption>The old pier in 1990</figcaption>"
        "</figure><div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>Dredgers at work</p></div>"
        f"<p><a href='c.jpg'>Click to enlarge</a></p><p>{BODY[1]}</p><p>{BODY[2]}</p>"
    )
    assert texts == BODY


def test_a_container_named_caption_that_holds_the_text_is_kept() -> None:
    # a video page's description sits in its player's "item-caption" box
    description = (
        "The terminal is the centre of the dispute over the harbour. Work on the quays has stopped,"
        " the unions are angry, and nobody knows when the ships will come back to the bay."
    )
    texts = _import(
        f"<div class='item-caption'><span class='teaser-cat'>by Jane Roe</span><p>{description}</p>"
        "<span class='teaser-info'>2 min</span></div><div class='caption'>Photo: Port authority</div>"
        + "".join(f"<p>{p}</p>" for p in BODY)
    )
    assert any(description in t for t in texts) and not any("Photo: Port" in t for t in texts)


def test_typepad_and_wordpress_footers_are_not_body_but_updates_are() -> None:
    update = "Update: the ministry confirmed on Tuesday that the opening has been moved to the autumn."
    texts = _import(
        "<p class='meta'>Posted by b on March 10, 2026 at 14:05 UTC | Permalink</p>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + f"<p>{update}</p>"
        "<p>Posted by b on March 10, 2026 at 14:05 UTC | Permalink | Comments (12)</p>"
        "<p>Filed under: Ports, Budget | Tags: terminal, dredging</p>"
        "<p>Share this:</p><p>Related posts:</p><ul><li><a href='/a'>The first terminal</a></li>"
        "<li><a href='/b'>Dredging the bay</a></li><li><a href='/c'>The budget vote</a></li></ul>"
    )
    assert texts == [*BODY, update]


def test_a_sentence_that_starts_like_a_footer_stays() -> None:
    first = "Posted on social media by the harbour pilots, the video shows the new cranes being unloaded."
    assert _import(f"<p>{first}</p>" + "".join(f"<p>{p}</p>" for p in BODY))[0] == first


def test_text_between_breaks_keeps_its_links_and_spaces() -> None:
    texts = _import(
        f"<div class='post-body'>{BODY[0][:40]} <a href='https://example.org/t'>the terminal plan</a> "
        f"{BODY[0][40:]}<br /><br />{BODY[1]}<br />{BODY[2][:50]}<br />{BODY[2][50:]}</div>"
    )
    assert texts == [
        f"{BODY[0][:40]} the terminal plan {BODY[0][40:]}",
        BODY[1],
        BODY[2],
    ]
    # the same text written into a <span> that also holds a picture's box: a span used as the
    # article's container, not a phrase
    texts = _import(
        f"<span><div class='art-img'><img src='/quay.jpg' alt='The quay'></div><br><br>{BODY[0][:40]}"
        f" <a href='https://example.org/t'>the terminal plan</a> {BODY[0][40:]}<br><br>{BODY[1]}"
        f"<br><br>{BODY[2]}</span>"
    )
    assert texts == [f"{BODY[0][:40]} the terminal plan {BODY[0][40:]}", BODY[1], BODY[2]]


def test_hover_cards_and_calls_to_action_do_not_run_into_sentences() -> None:
    texts = _import(
        "<p>Governor <span class='person'><a href='/p/ann'>Ann Reed</a><span class='rollover-people-block'>"
        "<img src='ann.jpg'><a href='/x'>Ann Reed signs port bill</a></span></span> said the terminal is late."
        f" {BODY[0]}</p><p>{BODY[1]}</p><span class='hs-cta-wrapper'><img alt='New Call-to-action' src='c.png'>"
        f"</span><p>{BODY[2]}</p>"
    )
    assert texts[0].startswith("Governor Ann Reed said the terminal is late.")
    assert "New Call-to-action" not in " ".join(texts)


def test_pull_quotes_that_repeat_the_body_are_not_quotes() -> None:
    real = "We were never told what the terminal would cost, and we still have not been told."
    texts = _import(
        f"<p>{BODY[0]}</p><blockquote><p>{BODY[1][:60]}</p></blockquote><p>{BODY[1]}</p>"
        f"<aside class='pullquote'>A bay harmed forever</aside><blockquote><p>{real}</p></blockquote>"
        f"<p>{BODY[2]}</p>"
    )
    assert texts == [BODY[0], BODY[1], real, BODY[2]]


def test_a_closing_list_of_links_to_the_same_site_goes_whatever_its_language() -> None:
    body = [Block(t) for t in BODY]
    more = [
        Block("Veja também", BlockKind.HEADING),
        Block("[Dredging resumes in the bay](https://www.harbor.example/a)", BlockKind.LIST_ITEM),
        Block("[Ferry fares rise again](https://harbor.example/b)"),
        Block("[Zurück nach oben](#)"),
    ]
    assert furniture.strip_blocks(body + more, "https://harbor.example/news/terminal") == body
    assert furniture.strip_blocks(body + more[:2], "https://harbor.example/news/terminal") == body + more[:2]


def test_closing_links_written_one_per_line_in_one_paragraph_go_like_a_list() -> None:
    """A theme that sets its teasers as lines of one paragraph ("Auch auf site.de", then links
    separated by line breaks) closes the page as a list does; lines of links to other sites, or
    one with words of the author's between the links, stay."""
    site = "https://harbor.example/news/terminal"
    body = [Block(t) for t in BODY]
    lines = (
        "[Dredging resumes in the bay](/news/dredging)\n[Ferry fares rise again](https://harbor.example/b)"
    )
    for lead in (Block("Also on Harbor", BlockKind.HEADING), Block("Mehr aus dem Hafen:")):
        assert furniture.strip_blocks([*body, lead, Block(lines)], site) == body
    assert furniture.drop_closing_matter([*body, Block(lines)], site) == body
    kept = [
        "[The ministry's report](https://ministry.example/r)\n[The union's reply](https://union.example/r)",
        "[Dredging resumes](/news/dredging)\nwhich I wrote about last week, and\n[Fares](/news/fares)",
    ]
    for text in kept:
        tail = [Block("Also on Harbor", BlockKind.HEADING), Block(text)]
        assert furniture.strip_blocks([*body, *tail], site) == [*body, *tail]


def test_a_closing_list_of_sources_on_other_sites_stays() -> None:
    # (trafilatura itself drops a list this dense in links from a page; the rule is checked on blocks)
    body = [Block(t) for t in BODY]
    sources = [
        Block("Sources", BlockKind.HEADING),
        Block("[The ministry's report](https://ministry.example/report)", BlockKind.LIST_ITEM),
        Block("[More on the terminal](https://harbor.example/terminal)", BlockKind.LIST_ITEM),
    ]
    assert furniture.drop_closing_matter(body + sources, "https://harbor.example/news/x") == body + sources
    mail = [Block("[Write to us](mailto:desk@harbor.example)"), Block("[Call us](tel:+4412345)")]
    assert furniture.drop_closing_matter(body + mail, "https://harbor.example/news/x") == body + mail
    own = [Block("[Earlier: the dredging](/news/dredging)", BlockKind.LIST_ITEM), *sources[2:]]
    assert furniture.drop_closing_matter(body + sources[:1] + own, "https://harbor.example/news/x") == body


def test_a_closing_section_of_teasers_goes_but_sources_addresses_and_text_stay() -> None:
    site = "https://harbor.example/news/terminal"
    body = [Block(t) for t in BODY]

    def picture(alt: str) -> Block:
        return Block(alt, BlockKind.IMAGE, image_url=f"https://harbor.example/{len(alt)}.jpg")

    teasers = [
        Block("Temas relacionados", BlockKind.HEADING),
        picture("Ferry fares rise again as fuel costs climb"),
        picture("The fish market reopens after the winter"),
        Block("[Dredging resumes in the bay](/news/dredging)"),
    ]
    assert furniture.strip_blocks(body + teasers, site) == body
    assert (
        furniture.strip_blocks(
            body + teasers[:1] + [Block("Más noticias", BlockKind.HEADING)] + teasers[1:], site
        )
        == body
    )
    stays = [
        [
            Block("Our picks:"),
            Block("[A tide table](https://tides.example/)"),
            Block("[A map](https://maps.example/)"),
        ],
        [
            Block("Where to find us", BlockKind.HEADING),
            Block("[Map](/map)"),
            Block("Harbour Road 14"),
            Block("[Mail](/mail)"),
        ],
        [Block("The new pier", BlockKind.HEADING), picture("The new pier at dawn")],
        [Block("Harbour Road 14"), Block("[Map](/map)"), picture("The harbour office")],
        [
            Block("The piers", BlockKind.HEADING),
            picture("The old pier"),
            picture("The new pier"),
            *body[1:],
        ],
    ]
    for tail in stays:
        assert furniture.strip_blocks(body[:1] + tail, site) == body[:1] + tail


def test_closing_lists_with_their_pictures_and_what_follows_them_go_but_not_a_gallery() -> None:
    site = "https://harbor.example/news/terminal"
    body = [Block(t) for t in BODY]
    closing = [
        Block("Mehr lesen:", BlockKind.HEADING),
        Block("[Ferry fares rise again](/news/ferry)"),
        Block("", BlockKind.IMAGE, image_url="https://harbor.example/ferry.jpg"),
        Block("[Dredging resumes in the bay](https://harbor.example/news/dredging)"),
        Block("Neue Kommentare", BlockKind.HEADING),
        Block("„Danke, sehr informativ!”", BlockKind.LIST_ITEM),
        Block("[Zurück nach oben](#)"),
    ]
    assert furniture.drop_closing_matter(body + closing, site) == body
    # a list of links in the middle of the post, with the post going on after it, stays
    assert (
        furniture.drop_closing_matter(body[:1] + closing[:4] + body[1:], site)
        == body[:1] + closing[:4] + body[1:]
    )
    gallery = [Block(f"[Room {n}](/rooms/{n})") for n in range(3)]
    assert furniture.drop_closing_matter(gallery, site) == gallery


def test_a_date_only_the_text_gives_is_still_found() -> None:
    # the page's tags say nothing: the extensive search, run only then, reads "12. März 2021"
    page = (
        "<html lang='de'><head><title>Hafen</title></head><body><article><h1>Hafen</h1>"
        f"<p>Ana, 12. März 2021</p><p>{BODY[0]}</p><p>{BODY[1]}</p></article></body></html>"
    )
    assert import_web_bytes(page.encode(), "page.html").published == "2021-03-12"
    tagged = page.replace("<title>", "<meta property='article:published_time' content='2020-05-01'><title>")
    assert import_web_bytes(tagged.encode(), "page.html").published == "2020-05-01"


def test_read_also_lines_credit_lines_and_dangling_lead_ins_go() -> None:
    site = "https://harbor.example/news/terminal"
    body = [Block(t) for t in BODY]
    teasers = [
        Block("**Lea también:** [Dredging resumes in the bay after a year](https://harbor.example/news/d)"),
        Block("[>> Ferry fares rise again for the third time <<](/news/ferry)"),
        Block("**Mire:**\n[The minister visits the new pier](/news/pier)", BlockKind.HEADING),
    ]
    credits = [
        Block("Foto: Archivo El País."),
        Block("© 2026 Harbor News. All rights reserved"),
        Block("*Titelbild: dpa*"),
    ]
    dangling = [Block("Temas relacionados", BlockKind.HEADING), Block("Weitere Informationen:")]
    mixed = [
        body[0],
        teasers[0],
        credits[0],
        body[1],
        teasers[1],
        teasers[2],
        credits[1],
        body[2],
        credits[2],
    ]
    assert furniture.strip_blocks(mixed + dangling, site) == body
    kept = [
        Block("[The ministry's report on the terminal](https://ministry.example/report)"),  # another site
        Block("[So cold it was this winter in the bay](https://harbor.example/pics/bay.jpg)"),  # a picture
        Block("[Chapter two: the dredging](https://harbor.example/news/d2)", BlockKind.HEADING),
        Block("Copyright law in the EU is changing, and the port's archive is affected by it."),
        Block("The minister said three things:"),
    ]
    assert furniture.strip_blocks([body[0], *kept, body[1]], site) == [body[0], *kept, body[1]]


def test_captions_closed_by_a_credit_disclosures_and_bare_dates_go() -> None:
    body = [Block(t) for t in BODY]
    furniture_lines = [
        Block("The new pier at dawn. Photo: Port authority/cc by-sa 2.0"),
        Block("El puerto de Montevideo. Foto: Archivo El País."),
        Block("The minister at the opening of the terminal (REUTERS/Jane Roe)"),
        Block("Neue Seminare starten im März. (Quelle: Hume/Unsplash)"),
        Block("Die neue Fähre läuft im Mai in Bremen ein. © Reederei Nord"),
        Block("*Werbung. Dieser Beitrag enthält Werbung für eine Fähre."),
        Block("This post contains references to products from one or more of our advertisers."),
        Block("23.10.2018"),
        Block("Veröffentlichung: 2. Februar 2022, 10:15 Uhr"),
        Block("Letzte Änderung 14.02.2019"),
        # dates whose months English's names do not cover
        Block("20. März 2021 - 15:00 Uhr"),
        Block("Publié le 12 février 2020 à 08h30"),
        Block("Actualizado el 4 de agosto de 2022"),
        Block("26 dicembre 2022"),
    ]
    mixed = [furniture_lines[0], body[0], *furniture_lines[1:4], body[1], *furniture_lines[4:], body[2]]
    assert furniture.strip_blocks(mixed, "https://harbor.example/news/terminal") == body
    kept = [
        Block(
            "The ministry said the figures came from the census (source: the statistics office) and stood."
        ),
        Block("He took the photo: a harbour at dawn, the cranes still, the ferry not yet in."),
        Block("On 23.10.2018 the minister resigned, and the terminal was put on hold."),
        Block("The last change came on 14.02.2019."),
        Block("Advertisers left the paper after the story ran, and its owner sold it a year later."),
        Block("Werbung nervt. Tracking nervt. Darum blockt der neue Browser beides."),
        Block("4.2.3 | April 2014"),  # a row of a table of releases
        Block("26 Mailänder Läden"),  # a month's name is a word of its own
        Block("3 generations"),
        Block("The archive's pictures are © the photographers, the port said."),
    ]
    assert furniture.strip_blocks([body[0], *kept, body[1]], "") == [body[0], *kept, body[1]]


def test_what_the_publisher_asks_after_the_post_goes_but_the_authors_last_words_stay() -> None:
    body = [Block(t) for t in BODY]
    asks = list(
        map(
            Block,
            (
                "To view the full story, please subscribe to The Harbor News. You can choose a yearly plan.",
                "If you’re seeing this message but you’re already a subscriber, you can log in for access.",
                "For the latest stories and breaking news download the Harbor News apps for iOS and Android.",
                "If you enjoyed reading this post – would you consider supporting our work? Just click here.",
                "Sie sind aktuell nicht eingeloggt.",
                "Puede escribirnos a puerto@example.org o suscribirse aquí a nuestra newsletter.",
                "Pour ne rien manquer, inscrivez-vous à notre lettre d'information du matin.",
            ),
        )
    )
    assert furniture.strip_blocks([*body, *asks], "") == body
    last_words = [
        Block(
            "The ferry app is in the App Store and on Google Play, and it already sells a third of tickets."
        ),
        Block("The paper lost a third of its subscribers after the story ran, and nobody has said why."),
        Block("Los vecinos dicen que nadie quiso suscribirse a la idea del puerto nuevo."),
    ]
    assert furniture.strip_blocks([*body, *last_words], "") == [*body, *last_words]


def test_the_sites_notices_and_channels_after_the_post_go_but_sentences_about_rights_stay() -> None:
    body = [Block(t) for t in BODY]
    notices = [
        Block("Unterstütze Harbor News bereits mit 2,50!", BlockKind.HEADING),
        Block(
            "© 2024, The Harbor News. This article is the copyrighted property of The Harbor News. "
            "Written permission must be obtained before reprint in online or print media."
        ),
        Block("Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert."),
        Block("Our Standards: The Harbor News Trust Principles."),
        Block("¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace."),
    ]
    assert furniture.strip_blocks([*body, *notices], "") == body
    assert furniture.strip_blocks([*body[:2], notices[0], body[2]], "") == body  # a heading, text after it
    ctas = [Block("Siguenos en Telegram, Instagram y Twitter para recibir todas nuestras noticias")]
    assert furniture.strip_blocks([*body[:1], *ctas, *body[1:]], "") == body
    stays = [
        Block("All rights reserved, the label said, and the band had no say in the new record."),
        Block("The port's content licence ran out in May, and the archive went offline with it."),
    ]
    assert furniture.strip_blocks([*body, *stays], "") == [*body, *stays]


def test_a_heading_announcing_more_articles_goes_when_none_of_the_post_is_under_it() -> None:
    site = "https://harbor.example/news/terminal"
    body = [Block(t) for t in BODY]
    vote = Block("The vote", BlockKind.HEADING)
    picture = Block("Ferry fares rise again", BlockKind.IMAGE, image_url="https://harbor.example/f.jpg")
    for heading in (
        "Notas relacionadas",
        "Das könnte Sie auch interessieren!",
        "Mehr zum Thema auf Harbor.de",
    ):
        announces = Block(heading, BlockKind.HEADING)
        # its teasers gone: a heading of the post follows, or only a teaser's picture
        got = furniture.strip_blocks([*body[:2], announces, vote, body[2]], site)
        assert got == [*body[:2], vote, body[2]]
        got = furniture.strip_blocks([*body[:2], announces, picture, vote, body[2]], site)
        assert got == [*body[:2], picture, vote, body[2]]
    # a heading of the post's own that opens alike, with the post's text under it, stays
    section = [Block("Mehr zum Hafen", BlockKind.HEADING), body[2]]
    assert furniture.strip_blocks([*body[:2], *section], site) == [*body[:2], *section]
    pictured = [Block("Mehr zum Hafen", BlockKind.HEADING), picture, body[2]]  # opens with a picture
    assert furniture.strip_blocks([*body[:2], *pictured], site) == [*body[:2], *pictured]


def test_sidebars_widgets_and_sign_up_boxes_go_but_a_main_column_named_alike_stays() -> None:
    disclaimer = (
        "This blog links to other websites now and then. I have no say over what those pages contain"
        " and cannot vouch for it, so follow such a link at your own risk and judgement."
    )
    pitch = "Get the Harbour Daily by email every morning and never miss a story from the port."
    page = (
        "<html lang='en'><head><title>Port terminal</title></head><body><div id='wrapper'>"
        f"<div class='post'><h1>Port terminal</h1><p>{BODY[0]}</p>"
        f"<div class='newsletter-promo'><p>{pitch}</p></div><p>{BODY[1]}</p><p>{BODY[2]}</p></div>"
        f"<div id='sidebar'><div class='widget widget_text'><div class='textwidget'><p>{disclaimer}</p>"
        "</div></div></div></div></body></html>"
    )
    texts = [inline.to_plain(b.source) for b in import_web_bytes(page.encode(), "page.html").blocks]
    assert texts == BODY
    # a theme that calls the post's own column a widget: its headline and text stay
    themed = page.replace("<div class='post'>", "<div class='widget'>")
    assert [inline.to_plain(b.source) for b in import_web_bytes(themed.encode(), "page.html").blocks] == BODY
    # a layout that names every block's parts "widget__…" (BEM, as RebelMouse sites do), with
    # more text in the teasers of other stories under the post than in the post: the post stays
    teaser = (
        "<div class='widget'><div class='widget__body'><h2 class='widget__headline'>Ferry fares {n}</h2>"
        "<div class='widget__brief'><p>The ferry company raised its fares for the {n}th time this"
        " decade, and the islanders who cross every day to work say they will take the matter to the"
        " council; the company answers that fuel has never cost more and that the boats are old.</p>"
        "</div></div></div>"
    )
    bem = (
        "<html lang='en'><head><title>Port terminal</title></head><body><article class='widget'>"
        "<h1 class='widget__headline'>Port terminal</h1><div class='widget__body'>"
        + "".join(f"<p>{t}</p>" for t in BODY)
        + "</div></article>"
        + "".join(teaser.format(n=n) for n in range(4, 9))
        + "</body></html>"
    )
    article = import_web_bytes(bem.encode(), "page.html")
    assert [inline.to_plain(b.source) for b in article.blocks][: len(BODY)] == BODY
    assert article.source_title == "Port terminal"
    # a post WordPress marks with its tag ("tag-newsletter"), its headline above it and more
    # comments than post: the post stays
    comments = "".join(
        f"<li class='comment'><p>Comment {n}: I read every issue of the harbour paper and I think the"
        " terminal will never pay for itself, whatever the minister says about the next ten years.</p></li>"
        for n in range(6)
    )
    tagged = (
        "<html lang='en'><head><title>Port terminal</title></head><body><h1>Port terminal</h1>"
        "<div class='post type-post tag-newsletter'>"
        + "".join(f"<p>{t}</p>" for t in BODY)
        + f"</div><ol class='comments'>{comments}</ol></body></html>"
    )
    texts = [inline.to_plain(b.source) for b in import_web_bytes(tagged.encode(), "page.html").blocks]
    assert texts[: len(BODY)] == BODY


def test_the_authors_box_related_posts_and_wordpress_likes_go_but_a_post_named_alike_stays() -> None:
    bio = (
        "Mara Lindqvist writes about ports and shipping for the Harbour Daily and has covered the bay"
        " since 2009; before that she was a pilot on the ferries between the islands."
    )
    box = f"<div class='TestReport__AuthorBox'><h4>The author</h4><p>{bio}</p></div>"
    for inside, after in ((box, ""), ("", box)):  # in the post's text, or under it
        page = (
            "<html lang='en'><head><title>Port terminal</title></head><body><div class='post'>"
            "<h1>Port terminal</h1><div class='entry-content'>"
            + "".join(f"<p>{t}</p>" for t in BODY[:2])
            + inside
            + f"<p>{BODY[2]}</p></div>{after}</div></body></html>"
        )
        texts = [inline.to_plain(b.source) for b in import_web_bytes(page.encode(), "page.html").blocks]
        assert texts == BODY


def test_the_page_cleaner_clears_boxes_around_the_post_by_their_names() -> None:
    teaser = "Why the dredging of the bay will cost more than the council says it will next year"
    bio = (
        "Mara Lindqvist writes about ports and shipping for the Harbour Daily and has covered the"
        " bay since 2009, after ten years as a pilot on the island ferries."
    )
    boxes = {
        "author-bio": bio,
        "author-description": "Pilot, reporter, walker of quays.",  # a bio, however short
        "saboxplugin-wrap": bio,
        "cbx-Author_InfoContainer": bio,
        "related-posts": teaser,
        "relatedPost": teaser,
        "jp-relatedposts": "Ähnliche Beiträge",
        "sharedaddy sd-like": "Gefällt mir: Lade …",
        "sharedaddy sd-sharing-enabled": "Teilen mit: Facebook, E-Mail",
    }
    post = "".join(f"<p>{t}</p>" for t in BODY)
    inner = "".join(f"<div class='{name}'><p>{text}</p></div>" for name, text in boxes.items())
    tree = lxml.html.fromstring(
        f"<html><body><div class='post'><h1>Port terminal</h1>{post}{inner}</div></body></html>"
    )
    furniture.clean_page(tree)
    assert [p.text for p in tree.iter("p")] == BODY
    # a byline in an author box (the name and the date) stays: the author is read from it
    byline = "<div class='author-info'><p>Mara Lindqvist, 3 March 2026</p></div>"
    tree = lxml.html.fromstring(
        f"<html><body><div class='post'><h1>Port terminal</h1>{byline}{post}</div></body></html>"
    )
    furniture.clean_page(tree)
    assert [p.text for p in tree.iter("p")] == ["Mara Lindqvist, 3 March 2026", *BODY]
    # the post's own box, whatever its classes say (a tag, a theme's name for the column), stays
    for names in ("post tag-author-bio", "related-posts", "author-info"):
        tree = lxml.html.fromstring(
            f"<html><body><div class='{names}'><h1>Port terminal</h1>{post}</div></body></html>"
        )
        furniture.clean_page(tree)
        assert [p.text for p in tree.iter("p")] == BODY, names


def test_lines_of_links_to_places_on_the_page_itself_go_but_links_in_sentences_stay() -> None:
    """Lines such as "Jump to navigation", "Continue reading the main story", a comment count,
    "Rate this recipe", a table of contents: links that only lead elsewhere on the same page,
    which the translated post does not have."""
    page = "https://harbor.example/news/terminal?id=7"
    body = [Block(t) for t in BODY]
    own = [
        Block("[Jump to navigation](#mw-head)"),
        Block("[Continue reading the main story](#story-continues-1)"),
        Block("[5 comments](http://www.harbor.example/news/terminal/?id=7#comments)", BlockKind.LIST_ITEM),
        Block("[How the berths are paid](#berths)\n[What the minister said](#minister)"),
    ]
    assert furniture.strip_blocks([body[0], *own[:2], body[1], *own[2:], body[2]], page) == body
    kept = [
        Block("The count of 2019 is in [the yearly report](#report), which the office published."),
        Block("[The ministry's statement](https://ministry.example/terminal#statement)"),
    ]
    assert furniture.strip_blocks([body[0], *kept, body[1]], page) == [body[0], *kept, body[1]]
