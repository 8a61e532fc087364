"""Inline Markdown read without the parser where that is safe, and what CommonMark reads."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from editor.core import inline

# Addresses mostly of the plain kind, and now and then with what CommonMark rewrites or refuses.
PLAIN_PIECES = ["/", "/a", "Z9", "-", ".", "_", "~", "?q=", "#x", "&", "+", ",", ":", "@", "%41"]
ODD_PIECES = ["%", "%zz", "(", ")", " ", "港", ";", "&amp;", "*", "\\", "<"]
PATH = st.lists(
    st.one_of(st.sampled_from(PLAIN_PIECES), st.sampled_from(PLAIN_PIECES), st.sampled_from(ODD_PIECES)),
    max_size=6,
).map("".join)
HOST = st.sampled_from(["example.org", "a-b.example", "ex.org:8080", "Example.ORG", "例え.jp"])
URLS = st.builds(
    lambda s, h, p: f"{s}://{h}/{p}", st.sampled_from(["https", "http", "HTTP", "ftp"]), HOST, PATH
)
WORDS = st.text(alphabet="abc XYZ 港湾 、。()-:/.#%'\"\t?=", min_size=0, max_size=12)
LINKS = st.builds(lambda words, url: f"[{words}]({url})", WORDS, URLS)
STARS = st.sampled_from(["*", "**", "***", "_"])
PHRASES = st.one_of(
    WORDS, st.sampled_from(["not", "財務相", "two words", "x.y", " a", "b ", "a,", "1", "「港」"])
)
EMPHASIS = st.builds(lambda d, w, e: f"{d}{w}{e}", STARS, PHRASES, STARS)
MARKS = st.sampled_from(["*", "_", "!", "&amp;", "\\", "`", "<", "\n", "[", "]"])
TEXTS = st.lists(st.one_of(WORDS, LINKS, LINKS, EMPHASIS, EMPHASIS, MARKS), max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("*a**b*")  # two spans side by side make one run of two stars
@example("[a](https://e.example/%)")  # a bare % is written %25
@example("**港*")
def test_texts_read_without_the_parser_read_as_commonmark_reads_them(text: str) -> None:
    fast = inline._plain_and_simple(text)
    if fast is not None:
        assert fast == inline.parsed_spans(text)
        assert inline.to_plain(text) == inline.parsed_spans(text)[0]


def test_a_paragraph_with_links_is_read_without_the_parser() -> None:
    text = "The [Harbor Ledger](https://ledger.example/news/talks?id=4&p=2) says so (twice): see [this](http://a.example)."
    plain, ranges = inline.spans(text)
    assert plain == "The Harbor Ledger says so (twice): see this."
    assert ranges == [
        (4, 13, "link", "https://ledger.example/news/talks?id=4&p=2"),
        (39, 4, "link", "http://a.example"),
    ]
    assert inline.links(text) == ["https://ledger.example/news/talks?id=4&p=2", "http://a.example"]
    assert inline._plain_and_simple(text) is not None


def test_emphasis_of_plain_words_is_read_without_the_parser() -> None:
    text = "It was *not* over: **財務相**は*一度も*。"
    assert inline._plain_and_simple(text) is not None
    assert inline.spans(text) == (
        "It was not over: 財務相は一度も。",
        [(7, 3, "em", ""), (17, 3, "strong", ""), (21, 3, "em", "")],
    )
    assert inline.links(text) == []


def test_underscores_an_image_or_an_odd_address_go_to_the_parser() -> None:
    for text in ("_so_ it was", "![map](https://a.example/m.png)", "[x](https://a.example/a_(b))", "a * b *"):
        assert inline._plain_and_simple(text) is None
    assert inline.spans("_so_ it was") == ("so it was", [(0, 2, "em", "")])


def test_opening_a_plain_post_does_not_import_the_parser() -> None:
    code = (
        "import sys; from editor.core import inline;"
        "inline.spans('A [link](https://a.example/x) and *some* words.'); inline.to_plain('plain');"
        "print('markdown_it' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
