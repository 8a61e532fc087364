"""Lines of a post's metadata rather than its text: dates in several languages, "Posted by … |
Categories | 3 Comments", share lines (io/furniture.py and the standfirst read them)."""

from __future__ import annotations

import re

MONTH = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:märz|mär|mai|okt(?:ober)?|dez(?:ember)?|f[ée]vrier|f[ée]v|avril|avr|juin|juillet|juil|ao[uû]t"
    r"|d[ée]cembre|d[ée]c|enero|abril|agosto|diciembre|gennaio|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre)(?![^\W\d_])\.?)"
)
"""A month's name: English, and the German, French, Spanish and Italian names English's prefixes do
not cover ("20. Mai 2019", "12 février", "4 de agosto"); whole words where a prefix would be a
word of its own ("Mailand", "generation")."""
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{MONTH}\s+\d{{1,2}}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{MONTH})",
    re.I,
)
_META_WORDS = re.compile(
    r"\b(?:permalink|comments?|categor(?:y|ies)|tags?|trackbacks?|share|reply|filed under|posted (?:by|in|on)"
    r"|kommentare?|kommentieren|leave a comment|view comments|post a comment)\b",
    re.I,
)
_LINKS = (
    "view comments",
    "post a comment",
    "leave a comment",
    "permalink",
    "comments powered by disqus",
)
_POSTED = re.compile(r"^(?:posted|filed|written|published)\s+(?:by|in|under|on|at)\b", re.I)
_SHARE = re.compile(r"^(?:share(?: this)?|like this|tweet|email|print)\s*:?\s*$", re.I)


_DATE_WORDS = re.compile(
    r"\d{1,2}h\d{2}\b|\b(?:published|updated|posted|on|at|veröffentlich\w*|aktualisiert|am|um|uhr|stand|publicado|publié"
    r"|le|el|de|last|modified|letzte|änderung|zuletzt|geändert|dernière|mise|à|jour|última"
    r"|actualización|actualizado|modificado|modifié)\b|[\W\d_]",
    re.I,
)


def is_meta_line(text: str) -> bool:
    """A line of post metadata: posted by / a date and categories, comments, a permalink."""
    if len(text) > 220:
        return False
    if _SHARE.match(text) or text.casefold().removeprefix("blog ") in _LINKS:
        return True
    separated = "|" in text or "·" in text
    if _POSTED.match(text) and len(text) <= 140:
        return separated or (bool(_DATE.search(text)) and not text.endswith("."))
    if not separated:
        return False
    words = _META_WORDS.findall(text)
    return bool(words) and (bool(_DATE.search(text)) or len(words) >= 2)


def has_date(text: str) -> bool:
    return bool(_DATE.search(text))


def is_date_line(text: str) -> bool:
    """A date alone, with its time or a "Published:" or "Last modified" before it ("23.10.2018",
    "Veröffentlichung: 2. Februar 2022, 10:15 Uhr", "Letzte Änderung 14.02.2019"); not a table's
    row of versions and dates."""
    return (
        len(text) <= 60
        and "|" not in text
        and bool(_DATE.search(text))
        and not _DATE_WORDS.sub("", _DATE.sub("", text))
    )
