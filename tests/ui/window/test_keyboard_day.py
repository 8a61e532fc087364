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


def _cursor_in_sight(window: MainWindow) -> bool:
    editor = window.panes.editor()
    viewport = window.panes.draft.viewport()
    rect = editor.cursorRect()
    top = editor.viewport().mapTo(viewport, rect.topLeft()).y()
    return top >= 0 and top + rect.height() <= viewport.height()


def test_typing_at_the_end_of_a_long_draft_stays_in_sight(window: MainWindow, qtbot, tmp_path: Path) -> None:
    import json

    from tests.conftest import SAMPLE_PROJECT

    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    data["blocks"][1]["draft"] = "長い訳文が続く。" * 420  # 3,360 characters
    path = tmp_path / "long.tsuji"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    window.resize(1366, 740)
    window.files.open_path(path)
    ready(qtbot, window)
    window.panes.go_to(1)
    ready(qtbot, window, 1)
    _key(Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: _cursor_in_sight(window), timeout=2000)
    for _ in range(5):
        ime_type(window.panes.editor(), "続き")
        qtbot.wait(10)
    qtbot.waitUntil(lambda: _cursor_in_sight(window), timeout=2000)
    _key(Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: _cursor_in_sight(window), timeout=2000)


def test_a_line_break_in_a_draft_is_shown_and_exported_as_one(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    from editor.io.export import render

    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.panes.go_to(4)
    ready(qtbot, window, 4)
    editor = window.panes.editor()
    editor.selectAll()
    ime_type(editor, "一行目")
    window.flush()
    qtbot.wait(50)
    one_line = window.panes.draft.visualRect(window.doc.model.index(4)).height()
    lines = ["一行目", "二行目", "三行目", "四行目", "五行目", "六行目"]
    for line in lines[1:]:  # taller than the source beside it: the row must grow
        _key(Qt.Key.Key_Return)
        ime_type(window.panes.editor(), line)
    window.flush()
    qtbot.waitUntil(
        lambda: window.panes.draft.visualRect(window.doc.model.index(4)).height() > one_line, timeout=2000
    )
    assert window.doc.article.blocks[4].draft == "\n".join(lines)
    post = render(
        window.doc.article, window.ctx.profile(), post_date=window.ctx.post_date(window.ctx.profile())
    )
    assert "  \n".join(lines) in post  # a Markdown line break after each line
    qtbot.waitUntil(lambda: "六行目" in window.preview.toPlainText(), timeout=5000)
    assert "\n".join(lines) in window.preview.toPlainText().replace("\u2028", "\n")


def test_enter_presses_a_start_page_button(window: MainWindow, qtbot) -> None:
    assert window.start.isVisible()
    sample = window.start.buttons["sample"]
    sample.setFocus()
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.model.rowCount() > 0, timeout=3000)


def test_replace_all_keeps_its_count_and_escape_closes_the_bar_from_a_button(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window.files.open_path(sample_copy)
    ready(qtbot, window)
    _key(Qt.Key.Key_H, CTRL)
    bar = window.findbar
    bar.find_edit.setText("ヴェロリア")
    bar.replace_edit.setText("ベロリア")
    bar._replace(True)  # the Replace All button
    qtbot.wait(400)  # the live count after the edit has run
    assert bar.status.text().startswith("Replaced")
    button = next(b for b in bar.findChildren(QAbstractButton) if b.isVisible())
    button.setFocus()
    _key(Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_the_status_bar_and_the_title_agree_on_saved(
    window: MainWindow, qtbot, sample_copy: Path, qapp
) -> None:
    from editor.ui.shell import i18n

    i18n.install(qapp, "ja")
    window.retranslate()
    try:
        window.files.open_path(sample_copy)
        ready(qtbot, window)

        def agree() -> bool:  # "[*]" in the title shows as "*" exactly when the window is modified
            return (window.saved.text() == "保存済み") != window.isWindowModified()

        assert agree()
        ime_type(window.panes.editor(), "追記")
        qtbot.waitUntil(lambda: window.isWindowModified(), timeout=3000)
        assert agree()
        qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=8000)  # autosaved
        assert agree() and window.saved.text() == "保存済み"
        window.header.edits["title"].setText("新しい題")
        window.header.edits["title"].editingFinished.emit()
        assert agree() and window.saved.text() != "保存済み"
        window.undo_action.trigger()
        assert agree()
    finally:
        i18n.install(qapp, "en")


def test_typing_between_two_ctrl_t_is_kept(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    blocks = window.doc.article.blocks
    here = next(i for i, b in enumerate(blocks) if not b.is_quote)
    window.panes.go_to(here)
    ready(qtbot, window, here)
    _key(Qt.Key.Key_T, CTRL)
    assert window.doc.article.blocks[here].is_quote
    ime_type(window.panes.editor(), "追記")  # still held by the editor: not committed yet
    _key(Qt.Key.Key_T, CTRL)  # something was done since: a toggle, not an undo of the typing's neighbour
    assert window.doc.article.blocks[here].draft.endswith("追記")
    assert not window.doc.article.blocks[here].is_quote
