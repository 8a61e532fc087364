"""The toolbar's icons come from qtawesome's icon fonts without importing qtawesome."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage
from pytestqt.qtbot import QtBot

from editor.settings import Settings
from editor.ui.shell import actions as acts
from editor.ui.shell import glyph_icons
from editor.ui.window.main_window import MainWindow


def _ink(image: QImage) -> list[tuple[int, int, int, int]]:
    """The colours of the pixels the glyph covers."""
    return [
        image.pixelColor(x, y).getRgb()[:4]
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


def test_icons_are_drawn_with_qtawesome_unimportable(
    qtbot: QtBot, tsuji_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing qtawesome (qtpy's star imports, twelve fonts checked) kept the window's thread
    busy for a few hundred ms after the first paint; the glyphs need only the font file."""
    monkeypatch.setitem(sys.modules, "qtawesome", None)  # import qtawesome fails
    monkeypatch.setattr(glyph_icons, "_loaded", {})
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    acts.apply_icons(w.actions_)
    for name in ("save", "open", "find", "merge"):
        image = w.actions_[name].icon().pixmap(24).toImage()
        assert len(_ink(image)) > 40, name  # a glyph, not the blank that held its place
    save = w.actions_["save"].icon().pixmap(24).toImage()
    open_ = w.actions_["open"].icon().pixmap(24).toImage()
    assert save != open_  # each action its own glyph


def test_a_disabled_actions_icon_is_dimmed_and_any_size_is_drawn_sharp(qapp) -> None:
    icon = glyph_icons.glyph_icon("fa6s.floppy-disk")
    assert icon is not None
    normal = _ink(icon.pixmap(24, QIcon.Mode.Normal).toImage())
    disabled = _ink(icon.pixmap(24, QIcon.Mode.Disabled).toImage())
    assert normal and disabled and set(normal).isdisjoint(disabled)
    big = icon.pixmap(96).toImage()
    assert big.width() == 96 and len(_ink(big)) > 12 * len(normal)  # drawn at 96, not scaled up
    assert glyph_icons.glyph_icon("fa6s.no-such-glyph") is None
    assert glyph_icons.glyph_icon("zz.file") is None


def test_the_newest_font_with_its_character_table_is_chosen(tmp_path: Path) -> None:
    for name in (
        "fontawesome6-solid-webfont-6.7.2.ttf",
        "fontawesome6-solid-webfont-charmap-6.7.2.json",
        "fontawesome6-solid-webfont-6.10.0.ttf",
        "fontawesome6-solid-webfont-charmap-6.10.0.json",
        "fontawesome6-solid-webfont-6.11.0.ttf",  # no table beside it
        "fontawesome6-regular-webfont-6.12.0.ttf",
    ):
        (tmp_path / name).write_bytes(b"")
    found = glyph_icons.font_files(tmp_path, "fontawesome6-solid-webfont")
    assert found is not None
    assert [p.name for p in found] == [
        "fontawesome6-solid-webfont-6.10.0.ttf",
        "fontawesome6-solid-webfont-charmap-6.10.0.json",
    ]
    assert glyph_icons.font_files(tmp_path, "phosphor") is None
