"""A keyboard day: what find/replace and the block keys do when driven by keys only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ime_type, ready

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _key(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, mods)
    QApplication.processEvents()


def test_opening_replace_keeps_what_was_typed_in_the_find_field(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    drafts = [b.draft for b in window.doc.article.blocks]
    _key(Qt.Key.Key_F, CTRL)
    ime_type(window.findbar.find_edit, "港湾")  # A: found and selected in a draft
    _key(Qt.Key.Key_Return)
    assert window.panes.editor().textCursor().selectedText() == "港湾"
    _key(Qt.Key.Key_F, CTRL)
    window.findbar.find_edit.selectAll()
    ime_type(window.findbar.find_edit, "協議")  # B
    _key(Qt.Key.Key_H, CTRL)
    assert window.findbar.find_edit.text() == "協議"  # not the old hit put back
    ime_type(window.findbar.replace_edit, "交渉")  # C
    _key(Qt.Key.Key_Return)  # the selection is not a match of B: this finds the first B
    assert [b.draft for b in window.doc.article.blocks] == drafts
    _key(Qt.Key.Key_Return)  # and this replaces it
    after = [b.draft for b in window.doc.article.blocks]
    assert all(new.count("港湾") == old.count("港湾") for old, new in zip(drafts, after, strict=True))
    assert sum(new.count("交渉") - old.count("交渉") for old, new in zip(drafts, after, strict=True)) == 1


def test_shift_down_adds_one_block_and_ctrl_t_twice_changes_nothing(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    blocks = window.doc.article.blocks
    here = next(i for i in range(len(blocks) - 1) if not blocks[i].is_quote and blocks[i + 1].is_quote)
    before = [(b.kind, b.quote_group) for b in blocks]
    window.panes.go_to(here)
    ready(qtbot, window, here)
    _key(Qt.Key.Key_Escape)  # out of the draft, into the pane
    _key(Qt.Key.Key_Down, SHIFT)
    assert window.panes.selected_rows() == [here, here + 1]  # one keypress, one block
    _key(Qt.Key.Key_Down, SHIFT)
    assert window.panes.selected_rows() == [here, here + 1, here + 2]
    _key(Qt.Key.Key_Up, SHIFT)
    assert window.panes.selected_rows() == [here, here + 1]
    _key(Qt.Key.Key_T, CTRL)  # one quote of both
    blocks = window.doc.article.blocks
    assert blocks[here].is_quote and blocks[here].quote_group == blocks[here + 1].quote_group
    assert window.panes.selected_rows() == [here, here + 1]  # still selected
    _key(Qt.Key.Key_T, CTRL)  # again: as they were, the next block's own quote included
    assert [(b.kind, b.quote_group) for b in window.doc.article.blocks] == before
