"""A long post's preview comes in pieces that add up to the whole post."""

from __future__ import annotations

import re
from datetime import datetime

from editor.core.model import Article, Block, BlockKind, Status
from editor.io.preview import to_html, to_html_pieces
from editor.io.profiles import load_profile

WHEN = datetime.fromisoformat("2026-03-15T21:00:00+09:00")


def long_article(n: int = 600) -> Article:
    a = Article(title="長い記事", source_title="A long post", site_label="MoA", author="b")
    for i in range(n):
        quoted = i % 7 in (3, 4)
        listed = i % 11 == 9
        kind = BlockKind.QUOTE if quoted else BlockKind.LIST_ITEM if listed else BlockKind.PARAGRAPH
        a.blocks.append(
            Block(
                f"Paragraph {i}.",
                kind=kind,
                quote_group=f"g{i // 7}" if quoted else None,
                draft=f"段落{i}の訳。" * 5,
                status=Status.DONE,
            )
        )
    return a


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_pieces_add_up_to_the_whole_post() -> None:
    article, profile = long_article(), load_profile("hatena")
    pieces = to_html_pieces(article, profile, WHEN, piece_chars=3000)
    assert len(pieces) > 5
    whole = to_html(article, profile, WHEN)
    assert text_of("\n".join(pieces)) == text_of(whole)
    # no quote or list is cut in two: as many blockquotes and lists as in the whole
    for tag in ("<blockquote>", "<ul>"):
        assert sum(p.count(tag) for p in pieces) == whole.count(tag)


def test_a_short_post_is_one_piece() -> None:
    assert len(to_html_pieces(long_article(5), load_profile("hatena"), WHEN)) == 1


def test_after_an_edit_only_the_piece_that_holds_it_is_converted_again(monkeypatch) -> None:
    from dataclasses import replace

    from editor.io import preview

    article, profile = long_article(), load_profile("hatena")
    preview._HTML.clear()
    before = to_html_pieces(article, profile, WHEN, piece_chars=3000)
    converted: list[str] = []
    real = preview._md

    def counting() -> object:
        md = real()
        convert = md.convert
        md.convert = lambda text: (converted.append(text), convert(text))[1]  # type: ignore[method-assign]
        return md

    monkeypatch.setattr(preview, "_md", counting)
    longer = "書き直して長くなった段落。" * 60  # a piece's worth of new words: the cuts after it stay
    article.blocks[300] = replace(article.blocks[300], draft=longer)
    after = to_html_pieces(article, profile, WHEN, piece_chars=3000)
    assert len(converted) == 1 and longer in converted[0]
    assert sum(a != b for a, b in zip(before, after, strict=False)) == 1
    preview._HTML.clear()  # what it shows is what converting the edited post afresh gives
    assert to_html_pieces(article, profile, WHEN, piece_chars=3000) == after
