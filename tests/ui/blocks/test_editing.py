"""Header, find/replace, omit, notes, language: what a translator does all day."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from editor.core.model import Status
from editor.settings import Settings
from editor.ui.shell import actions as acts
from editor.ui.shell import i18n
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ready

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_header_edits_are_undoable(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    title = window.header.edits["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "New title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.doc.article.title == "New title"
    assert window.undo_action.text().endswith("Edit article details")
    cats = window.header.edits["categories"]
    cats.setText("a, b ,, c")
    cats.editingFinished.emit()
    assert window.doc.article.categories == ["a", "b", "c"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.doc.article.title == "ヴェロリア、瞬きする:港湾協議が再開へ"
    assert title.text() == "ヴェロリア、瞬きする:港湾協議が再開へ"
    assert window.doc.article.categories == ["翻訳", "ヴェロリア"]


def test_find_jumps_between_blocks_and_replace_all_is_one_undo(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_F, CTRL)
    bar = window.findbar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    top = bar.mapTo(window, QPoint(0, 0)).y()  # between the article's details and the panes
    assert window.header.mapTo(window, QPoint(0, window.header.height())).y() <= top
    assert top + bar.height() <= window.panes.mapTo(window, QPoint(0, 0)).y()
    qtbot.keyClicks(bar.find_edit, "Castell")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert window.row() == 0  # "government in Castell" in the first source paragraph
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert window.row() == 4
    bar.source.setChecked(False)
    bar.find_edit.setText("政府")
    bar.replace_edit.setText("当局")
    drafts_before = [b.draft for b in window.doc.article.blocks]
    sources_before = [b.source for b in window.doc.article.blocks]
    count = sum(d.count("政府") for d in drafts_before)
    assert count >= 4
    bar._replace(True)
    assert sum(b.draft.count("当局") for b in window.doc.article.blocks) >= count
    assert all("政府" not in b.draft for b in window.doc.article.blocks)
    assert [b.source for b in window.doc.article.blocks] == sources_before
    window.undo_action.trigger()
    assert [b.draft for b in window.doc.article.blocks] == drafts_before


def test_bad_regex_is_reported_in_the_bar(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    window.findbar.open(False)
    window.findbar.regex.setChecked(True)
    window.findbar.find_edit.setText("([a-")
    window.findbar._find(False)
    assert window.findbar.status.text().startswith("Bad pattern")


def test_omit_and_note_and_copy_source(
    window: MainWindow, qtbot, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.panes.go_to(6)
    ready(qtbot, window, 6)
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_D, CTRL | SHIFT)
    assert window.doc.article.blocks[6].omit
    prompts = ScriptedPrompts("人名の読みは原文に従う")
    window.ctx.prompts = prompts
    window.actions_["note"].trigger()
    assert window.doc.article.blocks[6].note == "人名の読みは原文に従う"
    draft = window.doc.article.blocks[6].draft
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_I, CTRL | SHIFT)  # the block is done: ask first
    assert prompts.asked[-1][0] == "confirm" and "marked done" in prompts.asked[-1][2]
    assert window.doc.article.blocks[6].draft == draft  # "no" keeps the translation
    prompts.answers.append(True)
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_I, CTRL | SHIFT)
    block = window.doc.article.blocks[6]
    assert block.draft == block.source and block.status is Status.DRAFT
    assert "Done 12/12" in window.progress.text()  # omitted blocks do not count


def test_japanese_interface(qtbot, tsuji_home: Path) -> None:
    app = QApplication.instance()
    i18n.install(app, "ja")
    try:
        w = MainWindow(Settings.load())
        qtbot.addWidget(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:2] == ["ファイル(&F)", "編集(&E)"]
        assert acts.plain(w.actions_["done_next"].text()) == "完了にして次へ"
        assert w.actions_["done_next"].text().endswith("(&D)")  # an access key, as Japanese menus write it
        english = [name for name, a in w.actions_.items() if a.text().isascii()]
        assert english == []  # every declared action speaks Japanese
        assert [m.title() for m in w.menus.values()][-2:] == ["支援(&A)", "ヘルプ(&H)"]
        assert any(isinstance(c, QLabel) and c.text() == "日本語タイトル" for c in w.header.children())
    finally:
        i18n.install(app, "en")


def test_language_follows_setting_then_locale() -> None:
    assert i18n.choose("ja") == "ja"
    assert i18n.choose("en") == "en"
    assert i18n.choose("") in i18n.LANGUAGES


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_many_void_qt_calls_do_not_exhaust_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None per void call."""
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i))
        label.resize(100 + i % 3, 20)
    assert sys.getrefcount(None) >= before - 100
