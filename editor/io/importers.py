"""Pick the importer for a file or for standard input."""

from __future__ import annotations

import re
from pathlib import Path

from editor.assist.language import detect_article
from editor.core import inline
from editor.core.model import Article
from editor.io.decode import ImportFailed, decode, read_text
from editor.io.markdown_import import import_markdown
from editor.io.text_import import import_text

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_LOOKS_MARKDOWN = re.compile(r"\A---\n|^#{1,6} |\]\(|^\s*[-*+] |^\s*\d+\. |^```", re.M)


def _finish(article: Article, name: str) -> Article:
    if not article.blocks:
        raise ImportFailed(f"{name}: no text found to translate")
    if not article.source_lang:
        article.source_lang = (
            detect_article(inline.to_plain(b.source) for b in article.blocks) or ""
        )
    return article


def import_path(path: Path) -> Article:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return _finish(import_markdown(read_text(path)), str(path))
    if suffix in TEXT_SUFFIXES:
        return _finish(import_text(read_text(path)), str(path))
    if suffix in {".html", ".htm"}:
        raise ImportFailed(f"{path}: web pages are not supported yet; save the article as text")
    raise ImportFailed(f"{path}: unknown kind of file (Tsuji imports .txt and .md files)")


def import_stdin(raw: bytes) -> Article:
    text = decode(raw, "standard input").replace("\r\n", "\n")
    article = import_markdown(text) if _LOOKS_MARKDOWN.search(text) else import_text(text)
    return _finish(article, "standard input")
