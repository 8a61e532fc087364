from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from editor.core import inline
from editor.core.decode import ImportFailed, decode
from editor.core.model import BlockKind
from editor.io.importers import import_path, import_stdin
from editor.io.markdown_import import import_markdown
from editor.io.text_import import import_text
from tests.conftest import SAMPLE_SOURCE


def plain(article: object) -> list[tuple[str, str, str | None]]:
    return [(b.kind.value, inline.to_plain(b.source), b.quote_group) for b in article.blocks]  # type: ignore[attr-defined]


def test_plain_text_paragraphs_and_quotes() -> None:
    text = (
        "Talks resume\n\nFirst paragraph\ncontinues here.\n\n"
        "> Quoted one.\n>\n> Quoted two.\n\nAfter the quote.\n\n> Another quote.\n"
    )
    a = import_text(text)
    assert a.source_title == "Talks resume"
    rows = plain(a)
    assert [r[:2] for r in rows] == [
        ("paragraph", "First paragraph continues here."),
        ("quote", "Quoted one."),
        ("quote", "Quoted two."),
        ("paragraph", "After the quote."),
        ("quote", "Another quote."),
    ]
    assert rows[1][2] == rows[2][2] is not None
    assert rows[4][2] not in (None, rows[1][2])


def test_plain_text_keeps_markdown_characters_literal() -> None:
    a = import_text("Costs rose 5*3 times [sic] for A_B_C <tags>.\n\nSecond.")
    assert inline.to_plain(a.blocks[0].source) == "Costs rose 5*3 times [sic] for A_B_C <tags>."


def test_markdown_with_front_matter_nested_quotes_lists_links_and_images() -> None:
    md = """---
title: "A: title"
author: Jane Roe
date: 2026-01-05
url: https://blog.example/post
---

# A: title

Intro with a [link](https://a.example/x "t") and *emphasis* and **strong**.

## Section

> Outer quote with [ref][1].
>
> > Nested quote line.
>
> - quoted item

- one
- two
  1. two-a

![Map of the port](https://img.example/map.png)

[1]: https://ref.example/
"""
    a = import_markdown(md)
    assert (a.source_title, a.author, a.published, a.source_url) == (
        "A: title",
        "Jane Roe",
        "2026-01-05",
        "https://blog.example/post",
    )
    kinds = [b.kind for b in a.blocks]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.QUOTE,
        BlockKind.QUOTE,
        BlockKind.QUOTE,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.IMAGE,
    ]
    assert a.blocks[0].source == ("Intro with a [link](https://a.example/x) and *emphasis* and **strong**.")
    assert inline.links(a.blocks[2].source) == ["https://ref.example/"]
    assert len({b.quote_group for b in a.blocks[2:5]}) == 1
    assert inline.to_plain(a.blocks[3].source) == "Nested quote line."
    assert a.blocks[7].level == 1 and a.blocks[7].ordered
    assert a.blocks[8].image_url == "https://img.example/map.png"
    assert inline.to_plain(a.blocks[8].source) == "Map of the port"


def test_sample_source_imports_with_its_quotes() -> None:
    a = import_path(SAMPLE_SOURCE)
    assert a.source_lang == "en"
    groups = [b.quote_group for b in a.blocks if b.quote_group]
    assert len(set(groups)) == 3
    assert groups.count(groups[0]) == 2  # the two-paragraph quote is one group


@pytest.mark.parametrize(
    "raw",
    [
        "Café — ok".encode(),
        codecs.BOM_UTF8 + "Café — ok".encode(),
        "Café — ok".encode("utf-16"),
    ],
)
def test_encodings(raw: bytes) -> None:
    assert decode(raw, "f.txt") == "Café — ok"


def test_legacy_encoding_is_detected() -> None:
    text = "Die Verhandlungen über den Hafen wurden am Montag fortgesetzt. Größere Änderungen."
    assert decode(text.encode("cp1252"), "f.txt") == text


def test_binary_files_are_refused_by_content(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ImportFailed, match="binary"):
        import_path(f)


def test_unknown_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no such file"):
        import_path(tmp_path / "gone.md")
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(ImportFailed, match="unknown kind"):
        import_path(tmp_path / "x.docx")
    (tmp_path / "empty.md").write_text("\n\n")
    with pytest.raises(ImportFailed, match="no text"):
        import_path(tmp_path / "empty.md")


def test_stdin_guesses_markdown() -> None:
    a = import_stdin(b"# Title\n\nSome [link](https://x.example).\n")
    assert a.source_title == "Title"
    assert inline.links(a.blocks[0].source) == ["https://x.example"]


def test_raw_html_blocks_in_markdown_keep_their_text() -> None:
    text = (
        "# Harbour notes\n\nFirst paragraph.\n\n"
        '<div class="callout">\n<p>The port reopened on <a href="https://example.org/port">Monday</a>.</p>\n'
        "<p>Ships queued <b>offshore</b> &amp; waited.</p>\n</div>\n\n"
        "<details>\n<summary>Background</summary>\n\nThe dispute began in May.\n</details>\n\n"
        "<blockquote>\n<p>We will not sign, the union said.</p>\n<p>Not this year.</p>\n</blockquote>\n\n"
        "<!-- an editor's comment -->\n<script>track()</script>\n\n"
        "<ul>\n<li>Tariffs</li>\n<li>Quotas</li>\n</ul>\n\n"
        '<figure><img src="https://example.org/ship.png" alt="A ship"><figcaption>The last ship</figcaption></figure>\n\n'
        "Last paragraph.\n"
    )
    blocks = import_markdown(text).blocks
    got = [(b.kind.value, b.source, b.quote_group is not None) for b in blocks]
    assert got == [
        ("paragraph", "First paragraph.", False),
        ("paragraph", "The port reopened on [Monday](https://example.org/port).", False),
        ("paragraph", "Ships queued offshore & waited.", False),
        ("paragraph", "Background", False),
        ("paragraph", "The dispute began in May.", False),
        ("quote", "We will not sign, the union said.", True),
        ("quote", "Not this year.", True),
        ("list_item", "Tariffs", False),
        ("list_item", "Quotas", False),
        ("image", "A ship", False),
        ("paragraph", "The last ship", False),
        ("paragraph", "Last paragraph.", False),
    ]
    assert blocks[5].quote_group == blocks[6].quote_group
    assert blocks[9].image_url == "https://example.org/ship.png"
