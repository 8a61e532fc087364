"""The real window, driven with keys and input-method text, checked on disk."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from editor.core import project
from editor.core.model import BlockKind, Status
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ime_type, ready

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def editor_of(window: MainWindow):
    assert window.panes is not None
    ed = window.panes.editor()
    assert ed is not None, "the current block's draft editor is open"
    return ed


def test_type_confirm_tag_merge_undo_all_and_save(window: MainWindow, qtbot, sample_copy: Path) -> None:
    original = project.to_dict(project.load(sample_copy).article)
    assert window.files.open_path(sample_copy)
    ready(qtbot, window)
    assert window.row() == 0
    ed = editor_of(window)
    assert ed.hasFocus()

    qtbot.keyClick(ed, Qt.Key.Key_A, CTRL)
    ime_type(ed, "三週間、政府は譲らなかった。")
    assert ed.toPlainText() == "三週間、政府は譲らなかった。"
    assert window.isWindowModified() is False  # not committed yet: still typing

    qtbot.keyClick(ed, Qt.Key.Key_Return, CTRL)  # done, next untranslated (none left)
    block = window.doc.article.blocks[0]
    assert (block.draft, block.status) == ("三週間、政府は譲らなかった。", Status.DONE)

    qtbot.keyClick(editor_of(window), Qt.Key.Key_Down, CTRL)
    ready(qtbot, window)
    assert window.row() == 1
    qtbot.keyClick(editor_of(window), Qt.Key.Key_T, CTRL)  # tag as quote
    ready(qtbot, window)
    assert window.doc.article.blocks[1].kind is BlockKind.QUOTE
    qtbot.keyClick(editor_of(window), Qt.Key.Key_M, CTRL)  # merge with the next block
    ready(qtbot, window)
    assert len(window.doc.article.blocks) == len(original["blocks"]) - 1
    merged = window.doc.article.blocks[1]
    assert merged.source.startswith("The [Harbor Ledger]") and "Officials from the Ministry" in merged.source
    assert window.isWindowModified()
    assert window.undo_action.text().endswith("Merge blocks")

    while window.doc.undo_stack.canUndo():
        qtbot.keyClick(editor_of(window), Qt.Key.Key_Z, CTRL)
        ready(qtbot, window)
    assert project.to_dict(window.doc.article) == original
    assert not window.isWindowModified()

    window.panes.go_to(4)
    ready(qtbot, window, 4)
    ed = editor_of(window)
    qtbot.keyClick(ed, Qt.Key.Key_End, CTRL)
    ime_type(ed, "(訳注あり)")
    qtbot.keyClick(ed, Qt.Key.Key_S, CTRL)
    ready(qtbot, window)
    saved = json.loads(sample_copy.read_text("utf-8"))
    assert saved["blocks"][4]["draft"].endswith("という意味だ。(訳注あり)")
    assert saved["blocks"][4]["status"] == "draft"
    assert not window.isWindowModified()
    assert window.windowTitle() == "harbor-talks.tsuji[*] — Tsuji"


def test_navigation_keys_and_split(window: MainWindow, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Talks\n\nFirst one. Second one.\n\nThird.\n\nFourth.\n", "utf-8")
    assert window.files.open_path(source)
    ready(qtbot, window)
    assert window.row() == 0 and len(window.doc.article.blocks) == 3
    ime_type(editor_of(window), "一つ目。二つ目。")
    ed = editor_of(window)
    cursor = ed.textCursor()
    cursor.setPosition(len("一つ目。"))
    ed.setTextCursor(cursor)
    qtbot.keyClick(ed, Qt.Key.Key_M, CTRL | SHIFT)  # split at the cursor
    ready(qtbot, window)
    a = window.doc.article
    assert [b.source for b in a.blocks[:2]] == ["First one.", "Second one."]
    assert [b.draft for b in a.blocks[:2]] == ["一つ目。", "二つ目。"]
    window.panes.go_to(0)
    ready(qtbot, window, 0)
    qtbot.keyClick(editor_of(window), Qt.Key.Key_Return, CTRL)
    ready(qtbot, window)
    assert a.blocks[0].status is Status.DONE
    assert window.row() == 2  # row 1 holds a draft already; row 2 is the next untranslated
