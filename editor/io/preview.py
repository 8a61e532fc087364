"""The post as the blog will show it: the profile's Markdown rendered to HTML.

Python-Markdown passes raw HTML through, so the preview never trusts it:
drafts are already escaped by the exporter (mdsafe), and whatever raw HTML
is left (from a profile's own wording) is escaped here as well. Images are
shown as their alt text: nothing remote is ever loaded.
"""

from __future__ import annotations

import html
import re
import zlib
from datetime import datetime

import markdown
import yaml

from editor.core.model import Article
from editor.io.export import post_title, render
from editor.io.profiles import Profile

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _md() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def _images_as_text(body: str, label: str = "image") -> str:
    """Images as their alt text in brackets (the preview loads nothing); ``label`` for an image
    without one, in the interface's language."""
    return re.sub(
        r'<img[^>]*?alt="([^"]*)"[^>]*>',
        lambda m: f'<span class="image">[{m.group(1) or html.escape(label)}]</span>',
        body,
    )


def post_markdown(article: Article, profile: Profile, when: datetime) -> str:
    return render(article, profile, post_date=when, allow_untranslated=True)


def to_html(article: Article, profile: Profile, when: datetime) -> str:
    """The post's HTML body (title as a heading, then the exported Markdown)."""
    return "\n".join(to_html_pieces(article, profile, when, piece_chars=0))


_SAFE_START = re.compile(r"(?![ \t>]|[-*+][ \t]|\d+[.)][ \t]|$)")


def _split_markdown(text: str, piece_chars: int) -> list[str]:
    """Cut the post's Markdown into runs of about ``piece_chars`` at blank lines that begin a
    new top-level block (not inside a quote or a list), so each piece converts on its own.

    Where a piece may end is decided by the paragraph after the cut (``_cut_here``), not by where
    the piece began: an edit moves at most the cuts beside it, the other pieces come out as
    they were, and their HTML is kept (``_converted``)."""
    if piece_chars <= 0 or len(text) <= piece_chars:
        return [text]
    pieces, start = [], 0
    for m in re.finditer(r"\n\n", text):
        size = m.end() - start
        if size < piece_chars // 2 or not _SAFE_START.match(text, m.end()):
            continue
        prev_line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if re.match(r"[ \t]*(>|[-*+][ \t]|\d+[.)][ \t])", prev_line):
            continue
        if size >= piece_chars * 3 // 2 or _cut_here(text, m.end()):
            pieces.append(text[start : m.end()])
            start = m.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()] or [text]


def _cut_here(text: str, at: int) -> bool:
    """One safe cut in eight, chosen by the first line of the paragraph that follows it."""
    end = text.find("\n", at)
    return zlib.crc32(text[at : end if end >= 0 else len(text)].encode("utf-8")) % 8 == 0


_HTML: dict[tuple[str, str], str] = {}
"""Each piece's HTML, by its Markdown and the image label: the preview renders again after every
committed change, and converting a 2,000-block post took ~0.75 s of the worker's time, during
which the window's thread waits for Python's lock at each callback."""
_HTML_MAX = 400


def _converted(piece: str, image_label: str) -> str:
    key = (piece, image_label)
    found = _HTML.get(key)
    if found is None:
        body = _md().convert(piece)
        body = re.sub(r"<p>\[(https?://[^\]\s]+):embed:cite\]</p>", _card, body)
        found = _images_as_text(body, image_label)
        if len(_HTML) >= _HTML_MAX:
            _HTML.clear()
        _HTML[key] = found
    return found


def to_html_pieces(
    article: Article, profile: Profile, when: datetime, piece_chars: int = 12000, image_label: str = "image"
) -> list[str]:
    """The post's HTML body in pieces that can be shown one after the other, so a long post
    never holds the GUI thread for one whole document (``piece_chars`` 0: one piece)."""
    text = post_markdown(article, profile, when)
    m = _FRONT.match(text)
    head = ""
    if m:
        meta = yaml.safe_load(m.group(1)) or {}
        title = str(meta.get("Title") or meta.get("title") or post_title(article, profile))
        head = f'<h1 class="post-title">{html.escape(title)}</h1>'
        text = text[m.end() :]
    out = [_converted(piece, image_label) for piece in _split_markdown(text, piece_chars)]
    if head:
        out[0] = head + "\n" + out[0]
    return out


def _card(m: re.Match[str]) -> str:
    url = html.escape(m.group(1), quote=True)
    return f'<p class="card"><a href="{url}">{url}</a></p>'


def document(body: str, css: str) -> str:
    return f"<html><head><style>{css}</style></head><body>{body}</body></html>"
