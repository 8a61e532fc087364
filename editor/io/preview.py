"""The post as the blog will show it: the profile's Markdown rendered to HTML.

Python-Markdown passes raw HTML through, so the preview never trusts it:
drafts are already escaped by the exporter (mdsafe), and whatever raw HTML
is left (from a profile's own wording) is escaped here as well. Images are
shown as their alt text: nothing remote is ever loaded.
"""

from __future__ import annotations

import html
import re
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


def _images_as_text(body: str) -> str:
    return re.sub(
        r'<img[^>]*?alt="([^"]*)"[^>]*>',
        lambda m: f'<span class="image">[{m.group(1) or "image"}]</span>',
        body,
    )


def post_markdown(article: Article, profile: Profile, when: datetime) -> str:
    return render(article, profile, post_date=when, allow_untranslated=True)


def to_html(article: Article, profile: Profile, when: datetime) -> str:
    """The post's HTML body (title as a heading, then the exported Markdown)."""
    text = post_markdown(article, profile, when)
    m = _FRONT.match(text)
    parts = []
    if m:
        meta = yaml.safe_load(m.group(1)) or {}
        title = str(meta.get("Title") or meta.get("title") or post_title(article, profile))
        parts.append(f'<h1 class="post-title">{html.escape(title)}</h1>')
        text = text[m.end() :]
    body = _md().convert(text)
    body = re.sub(r"<p>\[(https?://[^\]\s]+):embed:cite\]</p>", _card, body)
    parts.append(_images_as_text(body))
    return "\n".join(parts)


def _card(m: re.Match[str]) -> str:
    url = html.escape(m.group(1), quote=True)
    return f'<p class="card"><a href="{url}">{url}</a></p>'


def document(body: str, css: str) -> str:
    return f"<html><head><style>{css}</style></head><body>{body}</body></html>"
