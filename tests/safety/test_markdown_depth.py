"""Markdown nested past what the parser holds loses no text: it is flattened, and the user is told."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.io.markdown_import import import_markdown


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text))


def kept_all(text: str, content: str | None = None) -> bool:
    """Every word of ``content`` (default: the whole text) is in some block."""
    article = import_markdown(text)
    return words(text if content is None else content) <= words(" ".join(b.source for b in article.blocks))


@pytest.mark.parametrize(
    "text",
    [
        "\n".join("  " * i + f"- item{i}" for i in range(14)) + "\n\nparagraph after the list\n",
        "- " * 10 + "ten dashes then words\n\nand the rest of the file\n",
        ">" * 25 + " a quote twenty five deep\n\nafter the quote\n",
        ">" * 3000 + " very deep\n\nstill here\n",
        " " * 4000 + "far right\n\nnext\n",
    ],
    ids=["12-level list", "nested dashes", "25 quotes", "3000 quotes", "deep indent"],
)
def test_deep_nesting_loses_no_text(text: str) -> None:
    assert kept_all(text)


def test_flattening_is_reported() -> None:
    article = import_markdown(">" * 100 + " deep words\n")
    assert article.import_notes and "flattened so that no text is lost" in article.import_notes[0]
    assert import_markdown("> shallow\n").import_notes == []


PREFIX = st.sampled_from(["> ", "- ", "* ", "1. ", "  ", "    ", ">", "+ "])
LINE = st.tuples(
    st.lists(PREFIX, max_size=60), st.from_regex(r"[a-z]{1,8}( [a-z]{1,8}){0,3}", fullmatch=True)
)


@given(st.lists(LINE, min_size=1, max_size=12))
def test_no_nesting_loses_words(lines: list[tuple[list[str], str]]) -> None:
    text = "\n\n".join("".join(prefixes) + words_ for prefixes, words_ in lines) + "\n"
    assert kept_all(text, " ".join(words_ for _prefixes, words_ in lines))
