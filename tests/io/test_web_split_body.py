"""An article whose page splits its body into boxes (editor/io/web/split_body.py): the import
holds the whole article, not the run of paragraphs trafilatura scored highest."""

from __future__ import annotations

from typing import Any

import pytest

from editor.core import inline
from editor.io import html_import
from editor.io.html_import import import_html

SAYS = (
    "the harbour office counted {} ships at the new berths this week, and the captains waited for the pilots"
)


def _para(i: int) -> str:
    return f"<p>Paragraph {i}: {SAYS.format(i)}.</p>"


def _texts(page: str) -> list[str]:
    return [inline.to_plain(b.source) for b in import_html(page, "post").blocks]


def test_an_article_set_in_boxes_of_one_kind_with_an_advertisement_between_comes_whole() -> None:
    """Magazines set an article in "chunks" of one kind with an advertisement between them:
    trafilatura kept the first chunk, and the post ended after its third paragraph."""
    run = "<div class='module module--text'><div class='text'>{}</div></div>"
    page = (
        "<html><head><title>Ships at the harbour</title></head><body><div class='page with-sidebar'>"
        "<h1>Twelve ships wait at the harbour</h1>"
        + run.format("".join(_para(i) for i in range(1, 4)))
        + "<div class='module module--teaser'><a href='/ferries'>Advertisement: ferry tickets</a></div>"
        + run.format("".join(_para(i) for i in range(4, 13)))
        + "<aside class='sidebar'><p>More from the harbour</p></aside></div></body></html>"
    )
    texts = _texts(page)
    assert [t.split(":")[0] for t in texts] == [f"Paragraph {i}" for i in range(1, 13)]


def test_paragraphs_left_out_between_the_headline_and_the_first_kept_are_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the page's first reading kept only a later run of the body (an emotion.de list
    began at its 16th tip, an interview at its last third), the element holding the runs is read
    again alone, and the post starts where the article does."""
    page = (
        "<html><head><title>Ships at the harbour</title></head><body><div class='layout with-sidebar'>"
        "<h1>Twelve ships wait at the harbour</h1><article class='node'>"
        f"<div class='summary'><p>The summary of the post: {SAYS.format(0)}.</p></div>"
        "<div class='story'>" + "".join(_para(i) for i in range(1, 4)) + "</div>"
        "<div class='teaser'><a href='/ferries'>Advertisement: ferry tickets for the summer</a></div>"
        "<div class='story-more'>" + "".join(_para(i) for i in range(4, 10)) + "</div>"
        "</article><aside class='sidebar'><p>More from the harbour</p></aside></div></body></html>"
    )
    real = html_import._read
    readings: list[int] = []

    def from_the_fourth(prepared: str, base: str, wide: bool) -> Any:
        """The extractor as it read the real pages: the whole page's readings keep the later run."""
        blocks = real(prepared, base, wide)
        readings.append(len(blocks))
        if "Twelve ships wait" not in prepared:  # the headline: the whole page, not the article
            return blocks
        return [
            b
            for b in blocks
            if not b.source.startswith(("The summary", *(f"Paragraph {i}:" for i in (1, 2, 3))))
        ]

    monkeypatch.setattr(html_import, "_read", from_the_fourth)
    texts = _texts(page)
    assert texts[0].startswith("The summary of the post")
    assert [t.split(":")[0] for t in texts[1:]] == [f"Paragraph {i}" for i in range(1, 10)]
    assert len(readings) == 3  # the page twice (wide, strict), then the article alone


def test_a_single_run_and_teasers_of_another_kind_after_it_stay_as_they_were() -> None:
    """Boxes of another kind after the article (teasers of other posts, a sidebar) are not the
    article's body: nothing is read again."""
    teaser = "<div class='teaser'><p>Another post: {}.</p></div>"
    page = (
        "<html><head><title>Ships at the harbour</title></head><body>"
        "<h1>Twelve ships wait at the harbour</h1><div class='story'>"
        + "".join(_para(i) for i in range(1, 7))
        + "</div><div class='more'>"
        + "".join(teaser.format(SAYS.format(i)) for i in range(20, 24))
        + "</div></body></html>"
    )
    texts = _texts(page)
    assert [t.split(":")[0] for t in texts] == [f"Paragraph {i}" for i in range(1, 7)]
