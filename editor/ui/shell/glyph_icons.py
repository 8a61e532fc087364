"""The toolbar's icons, drawn from the icon fonts qtawesome ships, without importing qtawesome.

Importing qtawesome imports qtpy, whose star imports build every class of QtCore, QtGui,
QtWidgets and QtOpenGL (about 300 ms on this machine's slow days) and then loads and checks all
twelve fonts; the toolbar needs one. The window's thread did that right after the first paint,
where the translator's first keys were waiting. Here the font file and its character table are
read from qtawesome's folder and each icon is one glyph, drawn at whatever size it is asked for
in the palette's colour of its state (dimmed when its action is disabled)."""

from __future__ import annotations

import importlib.machinery
import json
import re
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

FONT_FILES = {
    "fa6s": "fontawesome6-solid-webfont",
    "fa6": "fontawesome6-regular-webfont",
    "fa6b": "fontawesome6-brands-webfont",
}
"""The qtawesome prefixes Tsuji may name, and the stem of each one's font file."""

_loaded: dict[str, tuple[str, dict[str, str]] | None] = {}


def fonts_folder() -> Path | None:
    """qtawesome's ``fonts`` folder, found on the import path without importing the package
    (in a bundle, where its data files were collected beside the archive)."""
    places = [Path(sys._MEIPASS) / "qtawesome"] if hasattr(sys, "_MEIPASS") else []
    try:
        spec = importlib.machinery.PathFinder.find_spec("qtawesome")
    except (ImportError, ValueError):
        spec = None
    places += [Path(p) for p in (spec.submodule_search_locations or [])] if spec is not None else []
    return next((p / "fonts" for p in places if (p / "fonts").is_dir()), None)


def _version(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.stem.rsplit("-", 1)[-1]))


def font_files(folder: Path, stem: str) -> tuple[Path, Path] | None:
    """The newest ``stem-<version>.ttf`` in ``folder`` and its ``stem-charmap-<version>.json``."""
    fonts = sorted(folder.glob(f"{stem}-[0-9]*.ttf"), key=_version)
    for font in reversed(fonts):
        table = folder / f"{stem}-charmap-{font.stem.rsplit('-', 1)[-1]}.json"
        if table.is_file():
            return font, table
    return None


def _font(prefix: str) -> tuple[str, dict[str, str]] | None:
    """(font family, name → character) for ``prefix``, loaded once; None where it cannot be."""
    if prefix not in _loaded:
        _loaded[prefix] = None
        folder = fonts_folder()
        stem = FONT_FILES.get(prefix)
        files = font_files(folder, stem) if folder is not None and stem else None
        if files is not None:
            try:
                table = json.loads(files[1].read_text(encoding="utf-8"))
                chars = {name: chr(int(code, 16)) for name, code in table.items()}
            except (OSError, ValueError, TypeError, AttributeError):
                chars = {}
            families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(files[0])))
            if families and chars:
                _loaded[prefix] = (families[0], chars)
    return _loaded[prefix]


def glyph_icon(name: str) -> QIcon | None:
    """The icon ``prefix.name`` (qtawesome's naming); None when its font or glyph is missing."""
    prefix, _, glyph = name.partition(".")
    font = _font(prefix)
    if font is None or glyph not in font[1]:
        return None
    return QIcon(GlyphEngine(font[0], font[1][glyph]))


class GlyphEngine(QIconEngine):
    """One character of an icon font, drawn to fill the icon's square."""

    def __init__(self, family: str, char: str) -> None:
        super().__init__()
        self.family = family
        self.char = char

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(rect.height() * 0.875)))
        painter.save()
        painter.setFont(font)
        painter.setPen(glyph_colour(mode))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.char)


def glyph_colour(mode: QIcon.Mode) -> QColor:
    """The palette's text colour of the button the icon sits on, the disabled one when it is."""
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    return QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText)
