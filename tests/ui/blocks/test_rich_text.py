"""The read-only HTML of a block: markup shown as markup, never run or followed."""

from __future__ import annotations

from editor.ui.blocks.rich_text import diff_html, to_html


def test_text_that_looks_like_html_is_shown_as_text() -> None:
    out = to_html("He wrote <script>alert(\"x\")</script> & left; 'quoted'\nnext line")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left; &#x27;quoted&#x27;<br>next" in out


def test_a_link_address_cannot_close_its_attribute() -> None:
    out = to_html('see [the "report"](https://example.org/a"onmouseover="x&y=1)')
    tag = out[out.index("<a ") : out.index(">", out.index("<a ")) + 1]
    assert tag.count('"') == 2 and "&amp;y=1" in tag  # only the attribute's own quotes
    assert "the &quot;report&quot;</a>" in out


def test_words_an_update_changed_are_escaped_too() -> None:
    out = diff_html("a <b> c", "a <i> c")
    assert "<b>" not in out and "<i>" not in out
    assert out.startswith("a &lt;") and out.endswith("&gt; c")
