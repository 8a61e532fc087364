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


def _first_paint(qtbot, w: MainWindow, look) -> object:
    """What ``look`` sees at the end of the window's first paint."""
    from editor.ui.window.first_paint import FirstPaint

    seen: list[object] = []
    assert w.panes is not None
    FirstPaint(w.panes.draft.viewport(), lambda: seen.append(look()))
    w.show()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_the_layout_the_user_left_is_there_at_the_first_paint(
    window: MainWindow, qtbot, prompts: ScriptedPrompts, tsuji_home: Path, sample_copy: Path
) -> None:
    """Not the default layout first and the user's a moment later: the whole window moved."""
    window.files.open_path(sample_copy)
    _arranged(qtbot, window)
    window.resizeDocks([window.publishing.preview_dock], [520], Qt.Orientation.Horizontal)
    window.resizeDocks([window.publishing.summary_dock], [300], Qt.Orientation.Vertical)
    window.parts["proofing"].dock.show()  # a dock built after the first paint, left open
    qtbot.wait(50)
    assert window.panes is not None
    left = (window.publishing.preview_dock.size(), window.panes.size())
    window.close()
    again = MainWindow(Settings.load())
    qtbot.addWidget(again)
    again.files.open_path(sample_copy)
    again.resize(window.size())  # as restored on a real screen (Qt's offscreen one is 800 px wide)
    assert again.panes is not None
    laid_out: list[int] = []
    real = again.panes.metrics.cache.layout
    again.panes.metrics.cache.layout = lambda text, width, font, **kw: (  # type: ignore[method-assign]
        laid_out.append(width),
        real(text, width, font, **kw),  # type: ignore[arg-type]
    )[1]
    metrics, blocks = again.panes.metrics, again.doc.article.blocks

    def where() -> tuple[object, ...]:
        shown = {metrics.source_text_width(b) for b in blocks} | {metrics.draft_text_width(b) for b in blocks}
        # the preview's height too: the suggestions' tab under it is there from the start
        return again.publishing.preview_dock.size(), again.panes.size(), set(laid_out) == shown

    # and the rows laid out once, at the widths the user's layout gives the panes: arranged after
    # the window showed, they were laid out at the default layout's widths first
    assert _first_paint(qtbot, again, where) == (*left, True)
    _arranged(qtbot, again)
    assert where()[:2] == left
    assert again.parts["proofing"].dock.isVisible()
    again.close()


def test_a_first_start_fits_the_summary_before_the_first_paint(
    qtbot, tsuji_home: Path, sample_copy: Path
) -> None:
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.files.open_path(sample_copy)
    w.resize(1280, 820)  # Qt's offscreen screen is 800 pixels wide: a narrow window tabs the docks
    summary, preview = w.publishing.summary_dock, w.publishing.preview_dock
    first = _first_paint(qtbot, w, lambda: (summary.height(), preview.size(), _front_tab(w)))
    _arranged(qtbot, w)
    assert abs(summary.height() - first[0]) <= 8  # not the default half of the window, then fitted
    assert preview.size() == first[1]  # the suggestions' tab under it from the first paint on
    assert first[2] == _front_tab(w) == "Preview"  # the preview in front, suggestions a click away
    assert summary.height() <= w.publishing.summary.preferred_height() + 30


def _front_tab(w: MainWindow) -> str:
    """The tab in front among the docks tabbed with the preview."""
    from PySide6.QtWidgets import QTabBar

    bars = [b for b in w.findChildren(QTabBar) if "Preview" in [b.tabText(i) for i in range(b.count())]]
    return bars[0].tabText(bars[0].currentIndex()) if bars else ""
