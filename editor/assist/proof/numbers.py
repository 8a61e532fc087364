"""Numbers as values, in English and in Japanese: $2.5 billion = 25億ドル, 1,200 = 1200 = 千二百,
3 million = 300万, 40% = 40パーセント = 4割, February 21 = 2月21日; and the South Asian scale
words and grouping English uses there: 50 lakh = 500万, 3 crore = 3000万, 1 lakh crore = 1兆,
50,00,000 = 500万."""

from __future__ import annotations

import re

from editor.assist.proof import kansuji

SCALE_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
SCALE_EN.update({w: 1e5 for w in ("lakh", "lakhs", "lac", "lacs")})
SCALE_EN.update({w: 1e7 for w in ("crore", "crores", "cr")})
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_SCALES = "thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|cr|k|m"
_EN = re.compile(
    r"(?<![\w.])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"  # 50,00,000 too
    rf"(?:\s?({_SCALES})\b)?(?:\s(crores?)\b)?"  # "1 lakh crore": both scales apply
    r"(?:st|nd|rd|th|s)?(?![\w.]*\d)",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I
)
_JA_UNITS = {"万": 1e4, "億": 1e8, "兆": 1e12}
_JA_NUMBER = re.compile(r"((?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[〇一二三四五六七八九十百千]+)[兆億万]?)+")
_ONE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|([〇一二三四五六七八九十百千]+)|([兆億万])")
_WARI = re.compile(r"(\d+(?:\.\d+)?)割")


def english(text: str) -> list[float]:
    """The numbers a reader of ``text`` would check for: with their scale words applied."""
    out: list[float] = []
    for m in _MONTH.finditer(text):
        out.append(float(MONTHS[m.group(1).lower()]))
    for m in _EN.finditer(text):
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        for scale in (m.group(3), m.group(4)):
            if scale:
                value *= SCALE_EN[scale.lower()]
        out.append(value)
    return out


def _ja_value(run: str) -> float | None:
    total = 0.0
    current: float | None = None
    for m in _ONE.finditer(run):
        if m.group(1):
            current = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        elif m.group(3):
            v = kansuji.to_int(m.group(3))
            current = None if v is None else float(v)
        elif m.group(4):
            total += (current if current is not None else 1.0) * _JA_UNITS[m.group(4)]
            current = None
    value = total + (current or 0.0)
    return value if value or "0" in run or "〇" in run else None


def japanese(text: str) -> list[float]:
    out: list[float] = []
    for m in _JA_NUMBER.finditer(text):
        value = _ja_value(m.group())
        if value is not None:
            out.append(value)
    for m in _WARI.finditer(text):
        out.append(float(m.group(1)) * 10)
    return out


def missing(source: str, draft: str) -> list[float]:
    """Numbers of the source that the draft does not have, in any of their Japanese forms."""
    have = japanese(draft)
    out = []
    for value in english(source):
        if not any(abs(value - h) <= 1e-9 * max(1.0, abs(value)) for h in have):
            out.append(value)
    return out


def show(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"
