"""Pick the importer for a file or for standard input."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from editor.core import inline
from editor.core.decode import ImportFailed, decode, read_bytes, read_text
from editor.core.language import MIN_BLOCK_CHARS, detect, detect_article
from editor.core.messages import Msg
from editor.core.model import Article, BlockKind
from editor.io import page_cache
from editor.io.fetch import fetch
from editor.io.html_import import MAX_BYTES, import_html
from editor.io.markdown_import import import_markdown
from editor.io.sites import apply_site
from editor.io.text_import import import_text

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_LOOKS_HTML = re.compile(rb"\A\s*(?:<!doctype html|<html|<\?xml)|<body[\s>]|<p[\s>]", re.I)
_LOOKS_MARKDOWN = re.compile(r"\A---\n|^#{1,6} |\]\(|^\s*[-*+] |^\s*\d+\. |^```", re.M)


def _finish(article: Article, name: str) -> Article:
    if not article.blocks:
        raise ImportFailed(Msg("{name}: no text found to translate", name=name))
    if not article.source_lang:
        article.source_lang = detect_article(inline.to_plain(b.source) for b in article.blocks) or ""
    return article


def import_path(path: Path) -> Article:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return _finish(import_markdown(read_text(path, MAX_BYTES)), str(path))
    if suffix in TEXT_SUFFIXES:
        return _finish(import_text(read_text(path, MAX_BYTES)), str(path))
    if suffix in HTML_SUFFIXES:
        return import_web_bytes(read_bytes(path, MAX_BYTES), str(path))
    raise ImportFailed(
        Msg("{path}: unknown kind of file (Tsuji imports .html, .md and .txt files)", path=path)
    )


def import_web_bytes(raw: bytes | str, name: str, url: str = "") -> Article:
    """A web page (file, download or clipboard) with language and site label."""
    article = import_html(raw, name, url)
    finish_web(article)
    return _finish(article, name)


_NOT_PROSE = (BlockKind.OTHER, BlockKind.IMAGE)
"""Code, tables' rows and pictures' words: a Japanese post on a Rust library is not English for
its code."""
MIN_PROSE_CHARS = 50
"""Less prose than this (a page of tables or code), and the language is read from all of it."""


def finish_web(article: Article) -> None:
    """Language from the body, block languages, site label and default author."""
    texts = [inline.to_plain(b.source) for b in article.blocks]
    prose = [t for b, t in zip(article.blocks, texts, strict=True) if b.kind not in _NOT_PROSE]
    detected = detect_article(prose if sum(map(len, prose)) >= MIN_PROSE_CHARS else texts)
    if detected:
        article.source_lang = detected
    common = _common_words(texts)
    for block, text in zip(article.blocks, texts, strict=True):
        if len(text) >= MIN_BLOCK_CHARS and not _reads_like(text, common):
            lang = detect(text)
            if lang and lang != article.source_lang:
                block.lang = lang
    apply_site(article)


_WORD = re.compile(r"[^\W\d_]{2,}")


def _common_words(texts: list[str], limit: int = 60, sample: int = 200_000) -> frozenset[str]:
    """The article's most frequent words: in its own language, a paragraph is full of them."""
    counts: Counter[str] = Counter()
    size = 0
    for t in texts:
        counts.update(w.casefold() for w in _WORD.findall(t))
        size += len(t)
        if size > sample:
            break
    return frozenset(w for w, _ in counts.most_common(limit))


def _reads_like(text: str, common: frozenset[str]) -> bool:
    """Whether a block is plainly in the article's language: a quarter of its words are the
    article's most frequent ones. Only other blocks go to langdetect (94 % of the import time
    of a long page went there before)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return bool(words) and sum(w in common for w in words) >= 0.25 * len(words)


def import_stdin(raw: bytes) -> Article:
    if len(raw) > MAX_BYTES:
        raise ImportFailed(
            Msg(
                "standard input: more than {limit_mb} MB is too large for an article",
                limit_mb=MAX_BYTES >> 20,
            )
        )
    if _LOOKS_HTML.search(raw[:4096]):
        return import_web_bytes(raw, "standard input")
    text = decode(raw, "standard input").replace("\r\n", "\n")
    article = import_markdown(text) if _LOOKS_MARKDOWN.search(text) else import_text(text)
    return _finish(article, "standard input")


def import_url(url: str) -> Article:
    """Fetch a page and import it (the caller runs this off the GUI thread)."""
    page = fetch(url)
    if page.content_type in ("text/plain", "text/markdown", "text/x-markdown"):
        article = import_stdin(page.body)
        article.source_url = article.source_url or page.url
        apply_site(article)
        return article
    article = import_web_bytes(page.body, url, page.url)
    page_cache.keep([url, page.url, article.source_url], page.body)  # for the archive aligner
    return article


def import_clipboard(html: str, text: str = "") -> Article:
    """HTML copied from a browser; plain text when there is no HTML."""
    if html.strip():
        return import_web_bytes(html, "the clipboard")
    if text.strip():
        return import_stdin(text.encode("utf-8"))
    raise ImportFailed(Msg("the clipboard holds no text"))
