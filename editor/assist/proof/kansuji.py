"""Kanji numerals ⇄ integers: 二十 = 20, 百八 = 108, 三億 = 300000000, 千二百 = 1200."""

from __future__ import annotations

DIGITS = {"〇": 0, "零": 0, "一": 1, "壱": 1, "二": 2, "弐": 2, "三": 3, "参": 3, "四": 4, "五": 5}
DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
SMALL = {"十": 10, "拾": 10, "百": 100, "千": 1000}
LARGE = {"万": 10**4, "億": 10**8, "兆": 10**12}
CHARS = "".join(DIGITS) + "".join(SMALL) + "".join(LARGE)


def to_int(text: str) -> int | None:
    """The value of a kanji numeral, or None if ``text`` is not one.

    Positional runs (二〇二六 = 2026) and counted forms (二千二十六) both read."""
    if not text or any(c not in CHARS for c in text):
        return None
    if all(c in DIGITS for c in text):
        return int("".join(str(DIGITS[c]) for c in text))
    total = section = 0
    digit: int | None = None
    for c in text:
        if c in DIGITS:
            digit = digit * 10 + DIGITS[c] if digit is not None else DIGITS[c]
        elif c in SMALL:
            section += (1 if digit is None else digit) * SMALL[c]
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * LARGE[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def from_int(value: int) -> str:
    """Counted kanji for a small whole number: 1 → 一, 10 → 十, 30 → 三十."""
    if value == 0:
        return "〇"
    names = "〇一二三四五六七八九"
    out = ""
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        n, value = divmod(value, unit)
        if n:
            out += ("" if n == 1 else names[n]) + name
    return out + (names[value] if value else "")
