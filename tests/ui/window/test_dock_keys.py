"""A keyboard day with the docks: focus never walks into a dock hidden behind another tab, every
dock is entered and left by keyboard, its actions have keys, and F8 shows Problems in front."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from editor.ui.blocks.editors import DraftEditor
from editor.ui.shell import actions, i18n
from editor.ui.window.dock_focus import dock_of, in_front
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ime_type, ready

ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _open(qtbot, window: MainWindow, path: Path) -> None:
    window.files.open_path(path)
    ready(qtbot, window)
    qtbot.waitUntil(
        lambda: window.parts.built("proofing") is not None and window.parts.built("assist") is not None,
        timeout=5000,
    )
    qtbot.wait(50)


def _key(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, mods)
    QApplication.processEvents()


def test_tab_never_enters_a_dock_behind_another_tab(window: MainWindow, qtbot, sample_copy: Path) -> None:
    _open(qtbot, window, sample_copy)
    problems = window.parts["proofing"].dock
    problems.show()
    problems.raise_()  # Problems in front of Summary, Preview in front of Suggestions
    qtbot.waitUntil(lambda: not in_front(window.publishing.summary_dock))
    points = [(p.label, p.text) for p in window.doc.article.summary]
    visited = []
    for _ in range(60):
        _key(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        _key(Qt.Key.Key_X)  # what a translator types, thinking the cursor is where they see it
    hidden = [w.objectName() for w in visited if (d := dock_of(w)) is not None and not in_front(d)]
    assert hidden == []
    assert [(p.label, p.text) for p in window.doc.article.summary] == points
    assert any(isinstance(w, DraftEditor) for w in visited)  # Tab went round and came back


def test_docks_are_entered_and_left_by_keyboard(window: MainWindow, qtbot, sample_copy: Path) -> None:
    _open(qtbot, window, sample_copy)
    summary = window.publishing.summary_dock
    problems = window.parts["proofing"].dock
    problems.show()
    problems.raise_()
    qtbot.waitUntil(lambda: not in_front(summary))
    _key(Qt.Key.Key_1, ALT)  # behind a tab: to the front, the keyboard in it (not hidden)
    assert in_front(summary) and summary.isAncestorOf(QApplication.focusWidget())
    table = window.publishing.summary.table
    table.setFocus()
    _key(Qt.Key.Key_Tab)  # Tab leaves the table instead of cycling its cells
    assert QApplication.focusWidget() is not table
    table.setFocus()
    _key(Qt.Key.Key_Escape)  # Escape: back to the draft
    assert isinstance(QApplication.focusWidget(), DraftEditor)
    _key(Qt.Key.Key_1, ALT)  # in front: hidden
    assert not summary.isVisible() and isinstance(QApplication.focusWidget(), DraftEditor)
    _key(Qt.Key.Key_1, ALT)  # shown again, the keyboard in it
    assert in_front(summary) and summary.isAncestorOf(QApplication.focusWidget())
    _key(Qt.Key.Key_1, ALT)  # hidden while the keyboard was in it: the keyboard back in the draft
    assert not summary.isVisible() and isinstance(QApplication.focusWidget(), DraftEditor)
    preview = window.publishing.preview_dock
    stops = []
    for _ in range(4):  # F6 walks the draft and the docks in front
        _key(Qt.Key.Key_F6)
        stops.append(dock_of(QApplication.focusWidget()))
    assert preview in stops and None in stops
    for _ in range(4):
        if dock_of(QApplication.focusWidget()) is preview:
            break
        _key(Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: bool(window.preview.document().toHtml().count("<a ")))  # a preview with links
    window.activateWindow()  # setFocus takes effect only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.preview.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.preview)
    _key(Qt.Key.Key_Tab)  # Tab leaves the preview instead of walking its links
    assert QApplication.focusWidget() is not window.preview


def test_summary_points_are_added_and_suggested_by_keyboard(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    _open(qtbot, window, sample_copy)
    before = len(window.doc.article.summary)
    _key(Qt.Key.Key_A, ALT)
    table = window.publishing.summary.table
    qtbot.waitUntil(lambda: table.rowCount() == before + 1)
    editor = QApplication.focusWidget()
    assert table.isAncestorOf(editor)  # typing goes into the new point's label
    ime_type(editor, "新しい論点")
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(p.label == "新しい論点" for p in window.doc.article.summary))
    rows = {name for name, _keys in actions.shortcut_table()}
    assert {"Add Summary Point", "Suggest Summary", "Next Pane", "In a dock: back to the draft"} <= rows


def test_f8_shows_problems_in_front_and_starts_in_the_current_block(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    data = json.loads(sample_copy.read_text("utf-8"))
    for row in (3, 7):
        data["blocks"][row]["draft"] = "協議は再開された」と当局者は語った。"
    sample_copy.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    _open(qtbot, window, sample_copy)
    proofing = window.parts["proofing"]
    qtbot.waitUntil(lambda: len([p for p in proofing.problems if p.rule == "brackets"]) == 2, timeout=10000)
    window.publishing.summary_dock.raise_()  # Summary in front of Problems
    window.panes.go_to(7)
    ready(qtbot, window, 7)
    _key(Qt.Key.Key_F8)
    assert in_front(proofing.dock)
    assert window.panes.current_row() == 7  # this block's problem first, not the next block's
    assert window.panes.editor().textCursor().selectedText() == "」"
    _key(Qt.Key.Key_F8)
    assert window.panes.current_row() == 3  # then on, wrapping round
    _key(Qt.Key.Key_4, ALT)  # in front: Ctrl+Alt+4 hides it, as its name says
    assert not proofing.dock.isVisible()
    _key(Qt.Key.Key_4, ALT)
    assert in_front(proofing.dock) and isinstance(proofing.dock, QDockWidget)


def test_the_shortcut_list_names_keys_not_translated_media_keys(qapp) -> None:
    i18n.install(qapp, "ja")
    try:
        keys = [k for _name, k in actions.shortcut_table()]
    finally:
        i18n.install(qapp, "en")
    assert keys and not [k for k in keys if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", k)]


def test_every_menu_entry_has_its_own_access_key_in_both_languages(window: MainWindow, qapp) -> None:
    for lang in ("ja", "en"):
        i18n.install(qapp, lang)
        window.retranslate()
        toggles = [d.toggleViewAction() for d in window.docks().values()]  # a dock's own check item,
        for title, menu in window.menus.items():  # beside its keyed Show/Hide entry
            keys = []
            for action in menu.actions():
                if (
                    action.isSeparator()
                    or action.menu() is not None
                    or not action.text()
                    or action in toggles
                ):
                    continue
                found = re.search(r"&(\w)", action.text())
                assert found, (lang, title, action.text())
                keys.append(found.group(1).lower())
            assert len(keys) == len(set(keys)), (lang, title, [a.text() for a in menu.actions()])
    assert window.actions_["next_pane"].text() in ("Ne&xt Pane", "&Next Pane")
