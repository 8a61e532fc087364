"""Links that could run code or reach the system never become live: not imported, exported or opened."""

from __future__ import annotations

import re
from datetime import datetime

import markdown
import pytest
from PySide6.QtCore import QUrl

from editor.core import project
from editor.core.inline import safe_url
from editor.core.model import Block, BlockKind, Status
from editor.io.export import card_url, render
from editor.io.importers import import_web_bytes
from editor.io.markdown_import import import_markdown
from editor.io.profiles import load_profile
from tests.conftest import SAMPLE_PROJECT

WHEN = datetime.fromisoformat("2026-03-15T21:00:00+09:00")
HOSTILE = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "smb://evil.example/share",
    "ms-msdt:/id PCWDiagnostic",
    "search-ms:query=x",
    "file:///etc/passwd",
]


def hrefs(post: str) -> list[str]:
    html = markdown.markdown(post)
    return re.findall(r'(?:href|src)="([^"]*)"', html)


def live_and_safe(post: str) -> bool:
    return all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs(post))


@pytest.mark.parametrize("url", [*HOSTILE, "&#x6A;avascript:x", "java&Tab;script:x", "<java\tscript:x>"])
def test_no_disguised_scheme_passes_for_a_safe_address(url: str) -> None:
    """The one test every link goes through (the window opens, the exporter keeps live) sees
    through entities, tabs and brackets."""
    assert not safe_url(url)


@pytest.mark.parametrize("url", ["https://example.org/a?x=1&y=2", "/2026/03/post", "mailto:ed@example.org"])
def test_web_and_mail_addresses_stay_safe(url: str) -> None:
    assert safe_url(url)


def test_imported_pages_keep_the_words_of_hostile_links_but_not_the_links() -> None:
    links = "".join(
        f'<p>Paragraph {i} with <a href="{u}">link words {i}</a> in a long enough sentence.</p>'
        for i, u in enumerate(HOSTILE)
    )
    page = f"<html><head><title>T</title></head><body><article><h1>T</h1>{links}<p>A <a href='https://ok.example/'>fine link</a> here.</p></article></body></html>"
    article = import_web_bytes(page.encode(), "p.html")
    text = " ".join(b.source for b in article.blocks)
    for i in range(len(HOSTILE)):
        assert f"link words {i}" in text
    for bad in ("javascript", "vbscript", "data:", "smb:", "ms-msdt", "search-ms", "file:"):
        assert bad not in text.lower()
    assert "(https://ok.example/)" in text


def test_hostile_links_in_markdown_sources_and_typed_drafts_export_as_words() -> None:
    md = "\n\n".join(f"Para [words {i}]({u}) end." for i, u in enumerate(HOSTILE)) + "\n"
    article = import_markdown(md)
    for b in article.blocks:
        b.draft = b.source.replace("Para", "段落")  # as if typed with the link kept
        b.status = Status.DONE
    article.blocks.append(Block("x", draft="[押して](javascript:alert(1)) <vbscript:x>", status=Status.DONE))
    post = render(article, load_profile("markdown"), post_date=WHEN)
    assert live_and_safe(post), hrefs(post)
    assert "押して" in post and "words 0" in post


def test_hostile_image_addresses_and_alt_text() -> None:
    article = project.load(SAMPLE_PROJECT).article
    article.blocks.append(
        Block("alt", kind=BlockKind.IMAGE, image_url="javascript:alert(1)", draft="代替", status=Status.DONE)
    )
    article.blocks.append(
        Block(  # an image's words are translated: the hostile text is the translation's
            "a map",
            kind=BlockKind.IMAGE,
            image_url="https://img.example/a.png",
            draft="a](javascript:x) <img src=x onerror=alert(1)> *b*",
            status=Status.DONE,
        )
    )
    post = render(article, load_profile("markdown"), post_date=WHEN)
    assert live_and_safe(post), hrefs(post)
    assert "onerror" not in markdown.markdown(post).replace("&lt;img src=x onerror", "")
    assert hrefs(post).count("https://img.example/a.png") == 1


@pytest.mark.parametrize(
    "url",
    [
        "https://ok.example/][https://evil.example/:embed][",
        "https://ok.example/a b]\n[https://evil.example/:embed:cite]",
        "https://ok.example/|x:embed",
    ],
)
def test_a_source_address_cannot_add_a_second_card(url: str) -> None:
    article = project.load(SAMPLE_PROJECT).article
    article.source_url = url
    post = render(article, load_profile("hatena"), post_date=WHEN)
    cards = re.findall(r"\[[^\]\n]*:embed:cite\]", post)
    assert len(cards) == 1 and "evil.example/:embed" not in post and "[https://evil" not in post


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "https://user@ok.example/", "ftp://x.example/", "https://", "not a url"]
)
def test_no_card_for_an_address_that_is_not_a_plain_web_address(url: str) -> None:
    assert card_url(url) is None


def test_the_window_opens_only_web_and_mail_links(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from editor.ui.blocks.editors import open_safe_link

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u.toString()) or True)
    for bad in HOSTILE:
        assert not open_safe_link(QUrl(bad))
    assert open_safe_link(QUrl("https://ok.example/")) and open_safe_link(QUrl("mailto:a@b.example"))
    assert opened == ["https://ok.example/", "mailto:a@b.example"]


NOTATION = re.compile(r"(?<!\\)\[[^\[\]\n]*:[^\[\]\n]*\](?!\()")


def test_every_field_that_reaches_the_post_passes_the_bodys_filter() -> None:
    from editor.core.model import SummaryPoint

    article = project.load(SAMPLE_PROJECT).article
    article.author = "[Evil](javascript:alert(1)) [http://evil.example/:embed]"
    article.site_name = "[tex:\\alert]"
    article.site_label = "[f:id:evil:20260101:image]"
    article.summary = [SummaryPoint("[x](javascript:y)", "[http://evil.example/x:embed:cite] 要点")]
    article.blocks[0].note = "[z](vbscript:z) [asin:B000:detail]"
    article.blocks[1].draft += " [tex:\\pwned] [http://evil.example/:embed]"  # as an engine might answer
    for name in ("hatena", "markdown"):
        post = render(article, load_profile(name), post_date=WHEN)
        assert live_and_safe(post), hrefs(post)
        body = re.sub(r"\A---\n.*?\n---\n", "", post, flags=re.S)  # a title field is plain text
        live = [m for m in NOTATION.findall(body) if "evil" in m or "tex:" in m or "asin" in m or "f:id" in m]
        assert live == []  # the page's, the user's and the engine's brackets are shown, not obeyed
        assert "要点" in post and "Evil" in post  # the words stay
