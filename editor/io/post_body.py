"""The translated body of a published post, as paragraphs: what an aligner may pair.

A post in the blog's format (front matter, the source card, the byline, ✒️要約 and its points,
【本文】) is cut after the body heading; what follows is split into paragraphs. Quotes
(``>`` lines, a blank ``>`` between two of their paragraphs) are marked; a translator's note
(``※訳注``) is marked so that it aligns with nothing; attributions (``— name``), images,
link cards, the 【未訳】 marker's paragraphs and the blog's own headings are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.io import frontmatter
from editor.io.archive import CARD
from editor.io.profiles import Profile

_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")


@dataclass(frozen=True)
class BodyPara:
    text: str
    quote: bool = False
    note: bool = False
    kind: str = "paragraph"
    """heading, list_item or paragraph: each heading and each list item is a unit of its own."""


@dataclass(frozen=True)
class PostBody:
    source_url: str
    title: str
    paragraphs: list[BodyPara]


def _heading_text(line: str) -> str:
    return line.lstrip("#").strip()


_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _untranslated(text: str) -> bool:
    """A unit in the source's language (five words or more and almost no Japanese)."""
    plain = re.sub(r"\]\([^)]*\)|https?://\S+|`[^`]*`", " ", text)
    words = len(_WORD.findall(plain))
    return words >= 5 and len(_JAPANESE.findall(plain)) * 4 < words


def read_body(text: str, profile: Profile) -> PostBody:
    post = frontmatter.split(text)
    body = post.body if post.has_front_matter else text
    card = CARD.search(body)
    title = post.text_value("Title") if post.has_front_matter else ""
    lines = body.splitlines()
    start = 0
    for k, line in enumerate(lines):
        if _heading_text(line) == profile.body_heading.strip():
            start = k + 1
            break
    else:  # no body heading: after the summary's points, or after the card
        start = next((k + 1 for k, line in enumerate(lines) if CARD.search(line)), 0)
    note_prefix = profile.note_pattern.split("{", 1)[0].strip() or "※訳注"
    attribution_prefix = profile.attribution_pattern.split("{", 1)[0].strip() or "—"
    marker = profile.untranslated_marker.strip()
    paras: list[BodyPara] = []
    chunk: list[str] = []
    quote = False

    def flush(kind: str = "paragraph") -> None:
        nonlocal chunk
        joined = "\n".join(chunk).strip()
        chunk = []
        if not joined or _IMAGE.match(joined) or CARD.fullmatch(joined):
            return
        if marker and marker in joined[: len(marker) + 8]:
            return  # left untranslated at export: the source's words, not a translation
        if _untranslated(joined):
            return
        if joined.startswith(attribution_prefix) and not quote:
            return
        note = joined.startswith(note_prefix)
        paras.append(BodyPara(joined, quote=quote and not note, note=note, kind=kind))

    for line in lines[start:]:
        stripped = line.strip()
        is_quote = stripped.startswith(">")
        content = re.sub(r"^>\s?", "", stripped) if is_quote else stripped
        if is_quote != quote:
            flush()
            quote = is_quote
        if not content:
            flush()
            continue
        if (
            not is_quote
            and re.match(r"^#{1,6}\s", stripped)
            and _heading_text(stripped)
            in (
                profile.summary_heading.strip(),
                profile.body_heading.strip(),
            )
        ):
            flush()
            continue
        if not is_quote and re.match(r"^#{1,6}\s", stripped):  # a heading: a unit of its own
            flush()
            chunk.append(_heading_text(stripped))
            flush("heading")
            continue
        item = _ITEM.match(content)
        if item:  # each item of a list is a unit, as the source's list items are
            flush()
            chunk.append(content[item.end() :])
            flush("list_item")
            continue
        chunk.append(content)
    flush()
    return PostBody(card.group(1) if card else "", title, paras)
