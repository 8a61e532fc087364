"""The title an imported page gets: the headline a reader sees, not the site's name, a headline
written for search engines, a kicker or a reading in ruby (io/web/metadata.py)."""

from __future__ import annotations

import pytest

from editor.io.html_import import import_html

BODY = "".join(
    f"<p>Paragraph {n} of the post says that the committee met again and that the vote on the budget"
    f" was put off until the spring, to the anger of the members who had waited all year.</p>"
    for n in range(1, 6)
)


def title_of(head: str, body: str, lang: str = "en") -> str:
    return import_html(f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>").source_title


PAGES = {
    # entities a CMS escaped twice in its tags read as written
    "escaped twice": (
        "<title>Olive &amp;#038; Herb Bread &amp;#8211; a weekend loaf</title>"
        "<meta property='og:title' content='Olive &amp;#038; Herb Bread &amp;#8211; a weekend loaf'>",
        f"<article>{BODY}</article>",
        "Olive & Herb Bread – a weekend loaf",
    ),
    # a subtitle set in the headline's own heading, after it, is not part of the headline
    "subtitle in the heading": (
        "<title>Harbour Notes</title><meta property='og:site_name' content='Harbour Notes'>",
        "<article><h1 class='article-title'><span>Fish Cakes on the Quay, Hot and Fresh</span>"
        f" <small class='article-subtitle'>A morning at the market by the ferries</small></h1>{BODY}</article>",
        "Fish Cakes on the Quay, Hot and Fresh",
    ),
    "subhead in the heading": (
        "<title>The vote is put off again | Harbour Notes</title>",
        "<article><h1>The vote is put off again<span class='subhead'>Members wait another"
        f" season</span></h1>{BODY}</article>",
        "The vote is put off again",
    ),
    # a quotation mark left unescaped in the tags' attribute cuts them short; the <title> is whole
    "quote in a tag": (
        '<title>Senator calls the budget "unworkable"</title>'
        '<meta property="og:title" content="Senator calls the budget "unworkable"">'
        '<meta name="twitter:title" content="Senator calls the budget "unworkable"">',
        f"<h1><a href='/'><img src='/logo.svg' alt='The Ledger'></a></h1><article>{BODY}</article>",
        'Senator calls the budget "unworkable"',
    ),
    # "Site » Blog Archive » Post": the <h1> links home, the post's own heading is an <h2>
    "blog archive": (
        "<title>Harbour Notes » Blog Archive » Why the budget vote was put off</title>",
        "<h1><a href='https://harbour.example/'>Harbour Notes</a></h1>"
        f"<div class='post'><h2>Why the budget vote was put off</h2>{BODY}</div>"
        "<h2>Archives</h2><h2>Blogroll</h2>",
        "Why the budget vote was put off",
    ),
    # "Headline - Subtitle" with both shown as headings: the <h1> is the headline
    "headline and subtitle": (
        "<title>Built from the ground - A novel that weaves old tales into new places</title>",
        "<article><h1>Built from the ground</h1><h2>A novel that weaves old tales into new places</h2>"
        f"{BODY}</article>",
        "Built from the ground",
    ),
    # the tags carry a headline written for search; the page shows its own
    "search headline": (
        "<title>Budget vote delayed: what it means for you | The Ledger</title>"
        "<meta property='og:title' content='Budget vote delayed: what it means for you'>",
        f"<article><h1>Council puts off the budget vote until spring</h1>{BODY}</article>",
        "Council puts off the budget vote until spring",
    ),
    # the tags only name the site
    "tags name the site": (
        "<title>Home</title><meta property='og:title' content='Home'>",
        f"<main><h1>Time to say goodbye to the old harbour</h1>{BODY}</main>",
        "Time to say goodbye to the old harbour",
    ),
    # a kicker run into the <h1> (two spans, no space between them in the HTML)
    "kicker": (
        "<meta property='og:title' content='Why collaborative thinking beats individual smarts'>",
        "<article><h1><span class='kicker'>Open Progress</span>"
        f"<span>Why collaborative thinking beats individual smarts</span></h1>{BODY}</article>",
        "Why collaborative thinking beats individual smarts",
    ),
    # a headline that merely ends in the words of the tags' shorter headline: no kicker in it
    "ends in the tag's words": (
        "<title>Winter jasmine in the snow | Garden Notes</title>"
        "<meta property='og:title' content='Winter jasmine in the snow'>",
        f"<article><h1>How do I look after my winter jasmine in the snow?</h1>{BODY}</article>",
        "How do I look after my winter jasmine in the snow?",
    ),
    # "Topic – Headline" written as one heading: the heading is the title the page gives
    "topic and headline in one heading": (
        "<meta property='og:title' content='Members wait another season for the vote'>",
        "<article><h1>The harbour budget in the council – Members wait another season for the vote"
        f"</h1>{BODY}</article>",
        "The harbour budget in the council – Members wait another season for the vote",
    ),
    # a date before the headline is not part of it
    "date before the headline": (
        "<meta property='og:title' content='Fans return to the stadiums of the region'>",
        f"<article><h1>23.01.2022 - Fans return to the stadiums of the region</h1>{BODY}</article>",
        "Fans return to the stadiums of the region",
    ),
    # a Chinese headline of eight characters is a headline, not a one-word label
    "short chinese headline": (
        "<title>港口會議延期</title>",
        "<article><h1>港口的會議延期了</h1>"
        + "<p>港口的會議延期了，市長說預算問題還沒有解決，議員們很不滿意。"
        "議會將在春天再次討論這個問題，許多居民希望能夠早日得到答案。</p>" * 4 + "</article>",
        "港口的會議延期了",
    ),
    # the site's name in an <h1> of its own (not a link home, not declared): the <title>'s
    # headline, without the name
    "site name in the h1": (
        "<title>Harbour talks are put off again | The Daily Ledger</title>",
        f"<div class='logo'><h1>The Daily Ledger</h1></div><article>{BODY}</article>",
        "Harbour talks are put off again",
    ),
    # a heading that holds the post's date and categories after its headline
    "details in the heading": (
        "<meta property='og:title' content='Fans return to the stadiums of the region'>",
        "<article><h1>Fans return to the stadiums of the region <span class='date'>02.02.2022</span>"
        f" • <a href='/news'>News</a>, <a href='/press'>Press</a></h1>{BODY}</article>",
        "Fans return to the stadiums of the region",
    ),
    # no <h1>: the one element the page marks as its post's title (hAtom's entry-title)
    "declared headline": (
        "<title>writing - harbourdesign.example - Webdesign</title>",
        "<div class='post'><h2 class='entry-title'>Write for the readers you actually have</h2>"
        f"{BODY}</div><div class='sidebar'><h2>Archive</h2></div>",
        "Write for the readers you actually have",
    ),
    # the Dublin Core title, where nothing on the page agrees with anything else
    "dublin core": (
        "<title>The Ledger</title><meta name='DC.title' content='Council puts off the budget vote'>"
        "<meta property='og:title' content='You will not believe what the council did'>",
        f"<div>{BODY}</div>",
        "Council puts off the budget vote",
    ),
    # RDFa: one attribute names several properties
    "several properties": (
        "<title>The Ledger</title>"
        "<meta property='og:title twitter:title' content='Council puts off the budget vote'>",
        f"<div>{BODY}</div>",
        "Council puts off the budget vote",
    ),
    # the tags run words on after the headline (a byline, "Recipe") before the site's name
    "words run on in the tags": (
        "<title>Lemon drizzle traybake by bakerjo | Oven Notes</title>"
        "<meta property='og:title' content='Lemon drizzle traybake by bakerjo | Oven Notes'>",
        f"<article><h1>Lemon drizzle traybake</h1>{BODY}</article>",
        "Lemon drizzle traybake",
    ),
    # a title whose page name a template left empty ends at the words, not at a separator
    "empty page name": (
        "<title>Ferry timetables -</title>",
        f"<div class='content'>{BODY}</div>",
        "Ferry timetables",
    ),
    "empty site name first": (
        "<meta property='og:title' content=' | Ferry timetables '>",
        f"<div class='content'>{BODY}</div>",
        "Ferry timetables",
    ),
    # a tag that words the headline shorter (one word where the <h1> has two, a name left
    # out): the <h1> a reader sees
    "shorter tag": (
        "<title>Mailaktion an den Stadtrat</title>",
        f"<article><h1>Mail-Aktion an den Neustädter Stadtrat</h1>{BODY}</article>",
        "Mail-Aktion an den Neustädter Stadtrat",
    ),
    # the <title> names sections and then the company: a company's name of three words is not a
    # headline either
    "sections and a company": (
        "<title>Printers • Labels • Service | Harbour Data Works AG</title>",
        f"<main><h1>Print output and label solutions from the experts</h1>{BODY}</main>",
        "Print output and label solutions from the experts",
    ),
    # several <h1>s (a section's name, the headline, the comments): the one the tags give too
    "several h1s": (
        "<title>Ferry to the island runs again, Harbour</title>"
        "<meta property='og:title' content='Ferry to the island runs again, Harbour'>",
        f"<div><h1>Harbour</h1><h1>Ferry to the island runs again</h1>{BODY}"
        "<h1>Comments (sign in first)</h1></div>",
        "Ferry to the island runs again",
    ),
    # ... and not one that only shares the tag's words: the page's sections, under its title
    "several sections": (
        "<title>Sustainability in the harbour shop</title>",
        f"<div><h1>Our three most important steps for sustainability in the harbour shop</h1>{BODY}"
        "<h1>How returns by post work</h1></div>",
        "Sustainability in the harbour shop",
    ),
    # a plain meta tag named "title" counts as a statement of the headline (the <title> runs
    # the site's name into it without a separator)
    "meta named title": (
        "<title>Harbour Trails! Ischgl</title><meta name='title' content='Ischgl'>",
        f"<main><h1>Ischgl</h1>{BODY}</main>",
        "Ischgl",
    ),
    # ... but not when another tag tells another headline: the <h1> is then the topic's name
    "topic over its headline": (
        "<title>Harbour dues (2024) - What the new dues cost - Harbour Notes</title>"
        "<meta property='og:title' content='The council raises the harbour dues again'>",
        f"<article><h1>Harbour dues</h1><h2>The council raises the harbour dues again</h2>{BODY}</article>",
        "The council raises the harbour dues again",
    ),
}


def test_a_post_titled_like_its_sites_name_keeps_its_headline() -> None:
    """No site name declared: the part of the <title> that is the post's own headline is not
    taken for the site's name (and dropped from the title), whichever part trafilatura guesses."""
    for title in (  # titles on which trafilatura takes the headline for the site's name
        "Protokoll der Mitgliederversammlung vom 3. März 2021 – Ruderclub Basel",
        "Ergebnisse: Kreismeisterschaft U16, Neustadt, 12.6.2009 | Leichtathletik Neustadt",
    ):
        headline = title.split(" – ")[0].split(" | ")[0]
        body = f"<article><h1 class='entry-title'>{headline}</h1>{BODY}</article>"
        article = import_html(
            f"<html lang='de'><head><title>{title}</title></head><body>{body}</body></html>"
        )
        assert article.source_title == headline
        assert article.site_name != headline
        # no <h1>: trafilatura takes the site's name for the title and the title for the site's
        # name; the two are put the right way round, and the title loses the site's name
        page = f"<html lang='de'><head><title>{title}</title></head><body><div>{BODY}</div></body></html>"
        article = import_html(page)
        assert article.source_title == headline
        assert article.site_name == title.removeprefix(headline).strip(" –|")


@pytest.mark.parametrize("name", PAGES)
def test_the_title_is_the_headline_a_reader_sees(name: str) -> None:
    head, body, expected = PAGES[name]
    assert title_of(head, body) == expected


def test_a_japanese_headline_with_ruby_keeps_its_words_and_drops_the_readings() -> None:
    head = "<title>ニュース｜子どもへの体罰を禁止する法律ができる</title>"
    body = (
        "<article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を"
        "<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>"
        + "".join(
            f"<p>{'国会で法律が成立し、親が子どもに体罰を加えることが禁止されることになりました。' * 4}</p>"
            for _ in range(5)
        )
        + "</article>"
    )
    assert title_of(head, body, "ja") == "子どもへの体罰を禁止する法律ができる"


def test_a_chinese_titles_site_set_off_by_an_underscore_is_dropped() -> None:
    head = (
        "<title>新电脑已可利用记忆自学 人工智能迈上新台阶_腾讯网</title>"
        "<meta property='og:site_name' content='腾讯网'>"
    )
    body = "<div>" + "".join(
        f"<p>{'研究人员表示，这台新电脑能够利用记忆自学，完成复杂的任务。' * 4}</p>" for _ in range(5)
    )
    assert title_of(head, body + "</div>", "zh") == "新电脑已可利用记忆自学 人工智能迈上新台阶"


@pytest.mark.parametrize(
    ("address", "title", "expected"),
    [
        # the site's name is its domain's, written as a name
        (
            "https://www.harbourherald.com/news/ferry",
            "Ferry fares rise again | Harbour Herald",
            "Ferry fares rise again",
        ),
        (
            "https://harbourherald.co.uk/ferry",
            "Ferry fares rise again - Harbourherald Online",
            "Ferry fares rise again",
        ),
        (
            "https://news.harbourherald.com/ferry",
            "Ferry fares rise again · Harbour Herald",
            "Ferry fares rise again",
        ),
        # a subdomain is any word: it names no site ("Ferry" at ferry.harbour.org)
        (
            "https://ferry.harbour.org/",
            "Ferry timetable - Ferry fares for islanders",
            "Ferry timetable - Ferry fares for islanders",
        ),
        # a short domain's name opens too many words to tell
        (
            "https://www.hhn.com/ferry",
            "Ferry fares rise again | Hhn Weekly",
            "Ferry fares rise again | Hhn Weekly",
        ),
    ],
)
def test_a_site_name_the_domain_spells_is_dropped_from_the_title(
    address: str, title: str, expected: str
) -> None:
    head = f"<title>{title}</title><link rel='canonical' href='{address}'>"
    assert title_of(head, f"<div>{BODY}</div>") == expected
    # the same from the address the page was fetched from, where it names no canonical address
    page = f"<html lang='en'><head><title>{title}</title></head><body><div>{BODY}</div></body></html>"
    assert import_html(page, url=address).source_title == expected


def test_a_japanese_titles_site_set_off_by_a_colon_without_spaces_is_dropped() -> None:
    head = "<title>港の新しい時刻表を公開「フェリー」:harbourlog開発日誌</title>"
    body = "<div>" + "".join(
        f"<p>{'新しい時刻表では、朝の便が一本増えて島の人々の通勤が楽になります。' * 4}</p>" for _ in range(5)
    )
    page = f"<html lang='ja'><head>{head}</head><body>{body}</div></body></html>"
    assert (
        import_html(page, url="https://harbourlog.jp/entry/1").source_title
        == "港の新しい時刻表を公開「フェリー」"
    )
    # a full-width colon inside a Japanese headline is the headline's own
    head = "<title>時刻表を比べてみた：さらば旧便、よろしく新便</title>"
    page = f"<html lang='ja'><head>{head}</head><body>{body}</div></body></html>"
    assert import_html(page).source_title == "時刻表を比べてみた：さらば旧便、よろしく新便"


def test_tags_that_give_their_value_in_a_value_attribute_are_read() -> None:
    # Twitter's cards were long written <meta name="twitter:title" value="…">, and pages still carry them
    head = "<title>Home | Harbour Notes</title><meta name='twitter:title' value='Ferry fares rise again'>"
    assert title_of(head, f"<div>{BODY}</div>") == "Ferry fares rise again"


def test_a_scheme_relative_canonical_address_is_the_posts_address_and_its_links_base() -> None:
    page = (
        "<html lang='en'><head><title>Ferry fares rise again</title>"
        "<link rel='canonical' href='//harbour.example/news/ferry'></head><body><article>"
        f"{BODY}<p>The new <a href='/fares'>table of fares</a> is online, and the council will meet"
        " again in the spring to hear the islanders who cross every day to work.</p></article></body></html>"
    )
    article = import_html(page)
    assert article.source_url == "https://harbour.example/news/ferry"
    assert "[table of fares](https://harbour.example/fares)" in article.blocks[-1].source


def test_a_headline_that_opens_with_the_domains_word_keeps_it() -> None:
    head = "<title>Reasons to stay - Harbour Notes</title><link rel='canonical' href='https://reasons.example/stay'>"
    assert title_of(head, f"<div>{BODY}</div>") == "Reasons to stay - Harbour Notes"
