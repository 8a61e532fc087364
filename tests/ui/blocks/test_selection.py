"""Navigation keys move the current block and never build a hidden selection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ready

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def selected_rows(window: MainWindow) -> list[int]:
    return sorted(i.row() for i in window.panes.source.selectionModel().selectedRows())


def test_ctrl_down_moves_without_selecting_and_omit_touches_one_block(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    view = window.panes.draft
    rect = view.visualRect(view.model().index(3, 0))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    ready(qtbot, window)
    for _ in range(2):
        qtbot.keyClick(window.panes.editor() or view, Qt.Key.Key_Down, CTRL)
        ready(qtbot, window)
    assert window.row() == 5
    assert selected_rows(window) == [5]
    qtbot.keyClick(window.panes.editor() or view, Qt.Key.Key_D, CTRL | SHIFT)
    omitted = [i for i, b in enumerate(window.doc.article.blocks) if b.omit]
    assert omitted == [5]


def test_ctrl_enter_then_tag_quote_tags_only_the_current_block(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.panes.go_to(0)
    ready(qtbot, window, 0)
    for _ in range(3):
        qtbot.keyClick(window.panes.editor(), Qt.Key.Key_Return, CTRL)
        ready(qtbot, window)
    row = window.row()
    assert selected_rows(window) == [row]
    before = [b.quote_group for b in window.doc.article.blocks]
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_T, CTRL)
    after = [b.quote_group for b in window.doc.article.blocks]
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [row]


def test_ctrl_click_adds_a_block_and_the_selection_shows_on_both_panes(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.panes.go_to(1)
    ready(qtbot, window, 1)
    view = window.panes.source
    rect = view.visualRect(view.model().index(3, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, CTRL, rect.topLeft() + QPoint(8, 4))
    ready(qtbot, window)
    assert selected_rows(window) == [1, 3]
    for pane in (window.panes.source, window.panes.draft):  # painted as selected on both sides
        r = pane.visualRect(pane.model().index(3, 0))
        image = pane.viewport().grab().toImage()
        assert image.pixelColor(r.right() - 1, r.center().y()).name() == "#2f6fd6"
