"""Japanese text drawn right from the first paint.

Left to itself, Qt picks a fallback font for kanji glyph by glyph; with two CJK fonts installed
(Noto Sans CJK and Droid Sans Fallback, say) the choice made at start-up sometimes pairs one
font's glyph numbers with the other font's file, and FreeType refuses them ("load glyph failed
err=6"): kanji drawn blank until something repaints. Naming the Japanese font after the
interface font, once, makes every widget take the same, Japanese-shaped glyphs."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

JAPANESE_FAMILIES = (
    "Noto Sans CJK JP",
    "Source Han Sans JP",
    "Noto Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "TakaoGothic",
    "VL Gothic",
    "Yu Gothic UI",
    "Meiryo UI",
    "Meiryo",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "MS UI Gothic",
    "Droid Sans Japanese",
    "Droid Sans Fallback",
    "Noto Sans CJK SC",
)
"""Japanese forms first; a Chinese CJK font last, where nothing Japanese is installed."""


def japanese_family(installed: list[str]) -> str | None:
    have = set(installed)
    return next((f for f in JAPANESE_FAMILIES if f in have), None)


def use_japanese_fallback(app: QApplication) -> str | None:
    """The application font falls back to an installed Japanese font (None: none found)."""
    if app.property("tsuji_japanese_font") is not None:
        return str(app.property("tsuji_japanese_font")) or None
    family = japanese_family(QFontDatabase.families())
    app.setProperty("tsuji_japanese_font", family or "")
    if family is not None:
        font = QFont(app.font())
        font.setFamilies([*font.families(), family])
        app.setFont(font)
    return family
