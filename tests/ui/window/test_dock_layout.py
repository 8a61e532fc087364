"""Room for the text on a laptop: the header folds to one line, the summary dock hugs its points,
every dock hides with one key, the layout is remembered, and a 1024 px window tabs the docks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.settings import Settings
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ready


def _arranged(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.parts.built("proofing") is not None and window.parts.built("assist") is not None,
        timeout=5000,
    )
    qtbot.wait(50)


def test_panes_get_most_of_a_1366_by_768_screen(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.resize(1366, 740)  # 768 less a title bar
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    _arranged(qtbot, window)
    window.publishing.fit_summary()
    qtbot.wait(50)
    assert not window.header.details.isVisible()  # one line: title and label
    title = window.header.edits["title"]
    assert title.isVisible() and title.height() >= title.sizeHint().height() - 2 and title.width() > 400
    assert window.header.height() <= 2 * title.height()
    assert window.panes.height() >= 0.6 * window.height(), (window.panes.height(), window.height())
    summary = window.publishing.summary_dock
    assert summary.height() <= window.publishing.summary.preferred_height() + 30


def test_one_key_each_for_the_details_and_the_docks(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    _arranged(qtbot, window)
    editor = window.panes.editor()
    alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(editor, Qt.Key.Key_0, alt)
    assert window.header.details.isVisible()
    QTest.keyClick(window.focusWidget() or editor, Qt.Key.Key_0, alt)
    assert not window.header.details.isVisible()
    preview = window.publishing.preview_dock
    assert preview.isVisible()
    QTest.keyClick(window.panes.editor() or window, Qt.Key.Key_2, alt)
    assert not preview.isVisible()
    QTest.keyClick(window.panes.editor() or window, Qt.Key.Key_2, alt)
    assert preview.isVisible()
    QTest.keyClick(window.panes.editor() or window, Qt.Key.Key_4, alt)
    assert window.parts["proofing"].dock.isVisible()


def test_the_dock_layout_is_remembered(
    window: MainWindow, qtbot, prompts: ScriptedPrompts, tsuji_home: Path
) -> None:
    _arranged(qtbot, window)
    window.publishing.preview_dock.hide()
    window.close()
    again = MainWindow(Settings.load())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.parts.built("proofing") is not None, timeout=5000)
    qtbot.wait(50)
    assert not again.publishing.preview_dock.isVisible()
    again.publishing.preview_dock.show()
    again.close()


def test_a_narrow_window_tabs_the_docks_together(qtbot, tsuji_home: Path) -> None:
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitUntil(lambda: w.parts.built("proofing") is not None, timeout=5000)
    qtbot.wait(50)
    preview = w.publishing.preview_dock
    assert w.publishing.summary_dock in w.tabifiedDockWidgets(preview)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert (
        w.dockWidgetArea(w.publishing.summary_dock) == right
        and w.dockWidgetArea(w.parts["proofing"].dock) == right
    )
    assert w.centralWidget().width() >= 0.5 * w.width()  # the start page or the panes
    w.open_replace()  # the find and replace bar fits beside the docks: the window never grows
    qtbot.wait(50)
    assert w.width() == 1024
    w.close()


def test_a_window_made_narrow_tabs_the_docks_and_wide_again_spreads_them(qtbot, tsuji_home: Path) -> None:
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitUntil(lambda: w.parts.built("proofing") is not None, timeout=5000)
    qtbot.wait(50)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    summary = w.publishing.summary_dock
    assert w.dockWidgetArea(summary) != right
    w.resize(1024, 700)  # the window made narrow after it was shown
    qtbot.waitUntil(lambda: w.dockWidgetArea(summary) == right, timeout=2000)
    assert summary in w.tabifiedDockWidgets(w.publishing.preview_dock)
    w.close()


def test_the_first_window_fits_the_screen(qtbot, tsuji_home: Path) -> None:
    w = MainWindow(Settings.load())  # no saved geometry: the first start
    qtbot.addWidget(w)
    free = w.screen().availableGeometry()
    assert 0 < w.width() <= min(1280, free.width()) and 0 < w.height() <= min(820, free.height())
    assert free.contains(w.geometry().center())
    assert w.height() + 48 <= free.height()  # room for the title bar: the status bar stays on screen


def test_find_and_replace_take_one_row_on_a_laptop(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.resize(1366, 740)
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    _arranged(qtbot, window)
    before = window.panes.height()
    window.open_replace()
    qtbot.waitUntil(lambda: window.findbar.replace_edit.isVisible())
    qtbot.wait(50)
    bar = window.findbar
    assert abs(bar.replace_edit.y() - bar.find_edit.y()) < 5  # side by side
    assert window.panes.height() >= before - bar.find_edit.height() - 12  # one row's height, no more
