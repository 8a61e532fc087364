"""No text lost on import because of an image it cannot use, and links that stay links on the
blog: a relative address is made absolute against the page."""

from __future__ import annotations

import pytest

from editor.core import inline
from editor.io.html_import import absolute, import_html

FILLER = "<p>" + "A sentence of the article about the port talks that runs for a while. " * 6 + "</p>"


def page(body: str) -> bytes:
    return (
        "<html><head><title>T</title><link rel='canonical' href='https://blog.example/2026/03/p.html'>"
        f"</head><body><article><h1>T</h1>{FILLER * 3}{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize("src", ["data:image/png;base64,AAAA", "", "javascript:alert(1)", "image"])
def test_words_after_an_unusable_image_stay_in_their_paragraph(src: str) -> None:
    article = import_html(page(f'<p>Words before <img src="{src}"> MORE TEXT after it, to the end.</p>'))
    texts = [inline.to_plain(b.source) for b in article.blocks]
    assert "Words before MORE TEXT after it, to the end." in texts


def test_relative_links_become_absolute_against_the_page() -> None:
    article = import_html(
        page(
            '<p>See <a href="/people/x">the person</a> and <a href="../q.html">this</a> and <a href="#n">a note</a>.</p>'
        ),
        url="https://blog.example/2026/03/p.html",
    )
    source = next(b.source for b in article.blocks if "the person" in b.source)
    assert "[the person](https://blog.example/people/x)" in source
    assert "[this](https://blog.example/2026/q.html)" in source
    assert absolute("mailto:a@b.example", "https://x.example/") == "mailto:a@b.example"
    assert absolute("/x", "") == "/x"
