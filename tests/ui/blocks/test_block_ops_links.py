"""Links carry over: select draft words, Ctrl+L, pick one of the source block's links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core import project
from editor.core.model import Article, Block, Status
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ready


def _open(window: MainWindow, qtbot, tmp_path: Path, source: str, draft: str) -> None:
    art = Article(title="港", blocks=[Block(source, draft=draft, status=Status.DRAFT)])
    path = tmp_path / "l.tsuji"
    project.save(project.Project(art, path), path)
    window.files.open_path(path)
    ready(qtbot, window, 0)


def _select(window: MainWindow, words: str) -> None:
    editor = window.panes.editor()
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(text.index(words))
    cursor.setPosition(text.index(words) + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_ctrl_l_links_the_selected_words(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    source = (
        "The [Harbour Ledger](https://ledger.example/a) and [the minister](https://gov.example/m) said so."
    )
    _open(window, qtbot, tmp_path, source, "ハーバー・レジャー紙と大臣がそう述べた。")
    _select(window, "大臣")
    prompts.answers.append(1)  # the second link: the minister
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert prompts.asked[-1][0] == "choose" and "大臣" in prompts.asked[-1][2]
    assert (
        window.doc.article.blocks[0].draft
        == "ハーバー・レジャー紙と[大臣](https://gov.example/m)がそう述べた。"
    )
    window.undo_action.trigger()
    assert window.doc.article.blocks[0].draft == "ハーバー・レジャー紙と大臣がそう述べた。"


def test_one_link_needs_no_question_and_no_selection_says_so(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    _open(window, qtbot, tmp_path, "Read [the report](https://r.example/x).", "報告書を読め。")
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.article.blocks[0].draft == "報告書を読め。"  # nothing selected: nothing changes
    _select(window, "報告書")
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.article.blocks[0].draft == "[報告書](https://r.example/x)を読め。"
    assert prompts.asked == []


def test_export_check_reports_a_source_link_no_draft_carries(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    _open(window, qtbot, tmp_path, "Read [the report](https://r.example/x).", "報告書を読め。")
    window.doc.article.summary = []
    window.settings.blog_dir = str(tmp_path)
    assert window.publishing.flow.run() is None  # the cautious answer: do not export
    _kind, title, text = prompts.asked[-1]
    assert title == "Before exporting" and "https://r.example/x" in text and "[links]" in text


def test_the_link_chooser_shows_each_links_words_and_whole_address(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.ui.shell.choice_dialog import ChoiceDialog
    from editor.ui.shell.prompts import DialogPrompts

    long_url = "https://gov.example/ministry/transport/press-releases/2026/03/14/statement-on-terminals"
    source = f"The [Harbour Ledger](https://ledger.example/a) and [the minister]({long_url}) said so."
    _open(window, qtbot, tmp_path, source, "ハーバー・レジャー紙と大臣がそう述べた。")
    _select(window, "大臣")
    window.ctx.prompts = DialogPrompts(window)
    seen: list[str] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChoiceDialog):
            QTimer.singleShot(20, pick)
            return
        seen.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog.activateWindow()
        QTest.keyClick(dialog.list, Qt.Key.Key_Down)
        QTest.keyPress(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.ctx.prompts = ScriptedPrompts()
    assert seen == ["“Harbour Ledger”\nhttps://ledger.example/a", f"“the minister”\n{long_url}"]
    assert window.doc.article.blocks[0].draft == f"ハーバー・レジャー紙と[大臣]({long_url})がそう述べた。"
