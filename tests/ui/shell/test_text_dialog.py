"""The note dialog (Ctrl+Shift+N) from the keyboard: Ctrl+Enter keeps the note, Tab moves on
without typing a tab, and a changed note is never thrown away without asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from editor.ui.shell.prompts import DialogPrompts
from editor.ui.shell.text_dialog import TextDialog
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ime_type, ready

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_enter_keeps_the_note_written_in_the_window(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.ctx.prompts = DialogPrompts(window)
    window.files.open_path(sample_copy)
    ready(qtbot, window, 0)

    tries = [0]

    def write() -> None:
        dialog = QApplication.activeModalWidget()
        tries[0] += 1
        if not isinstance(dialog, TextDialog):  # not open yet: look again shortly
            assert tries[0] < 200, "the note dialog never opened"
            QTimer.singleShot(20, write)
            return
        dialog.activateWindow()  # as the window manager does for a new dialog
        if QApplication.activeWindow() is not dialog and tries[0] < 200:
            QTimer.singleShot(20, write)
            return
        ime_type(dialog.edit, "固有名詞は原文のまま")
        QTest.keyClick(dialog.edit, Qt.Key.Key_Return)  # a new line, not OK
        ime_type(dialog.edit, "二行目")
        QTest.keyPress(dialog.edit, Qt.Key.Key_Return, CTRL)  # closes it: no key release after
        if dialog.isVisible():  # Ctrl+Enter did not accept: close it, the assertion below says so
            dialog.done(0)

    QTimer.singleShot(0, write)
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    window.ctx.prompts = ScriptedPrompts()  # closing the window must not wait on a real dialog
    assert window.doc.article.blocks[0].note == "固有名詞は原文のまま\n二行目"


def test_tab_moves_on_and_a_changed_note_is_asked_about(qtbot) -> None:
    asked: list[str] = []
    answer = [False]

    def discard() -> bool:
        asked.append("discard?")
        return answer[0]

    dialog = TextDialog(None, "Note", "Note:", "old", discard)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.edit.setFocus()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Tab)
    assert dialog.value() == "old" and QApplication.focusWidget() is not dialog.edit
    QTest.keyPress(QApplication.focusWidget(), Qt.Key.Key_Escape)  # unchanged: closes, no question
    assert not dialog.isVisible() and asked == []
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.edit.setFocus()
    ime_type(dialog.edit, "新しい訳注")
    QTest.keyPress(dialog.edit, Qt.Key.Key_Escape)
    assert asked == ["discard?"] and dialog.isVisible()  # kept: the answer was no
    dialog.edit.setFocus()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel")
    cancel.setFocus()
    QTest.keyPress(cancel, Qt.Key.Key_Return)  # Enter on Cancel asks too
    assert asked == ["discard?", "discard?"] and dialog.isVisible()
    answer[0] = True
    QTest.keyPress(cancel, Qt.Key.Key_Return)
    assert not dialog.isVisible()
