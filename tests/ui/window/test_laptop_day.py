"""What a translator hit in a day with the window (issue: the window on a laptop, all day)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from editor.assist.memory import Memory
from editor.core.model import Status
from editor.core.units import Unit
from editor.ui.publish.export_flow import ExportSettings
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ime_type, ready

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_import_with_unsaved_changes_asks_once(
    window: MainWindow, qtbot, sample_copy: Path, tmp_path: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    ime_type(window.panes.editor(), "未保存の変更")
    window.flush()
    prompts = ScriptedPrompts("discard")
    window.ctx.prompts = prompts
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Port</title></head><body><article><h1>Port</h1>"
        + "<p>The port talks went on for many more hours today.</p>" * 8
        + "</article></body></html>",
        "utf-8",
    )
    window.files.open_path(page)
    qtbot.waitUntil(lambda: window.doc.article.source_title == "Port", timeout=10000)
    assert [kind for kind, _t, _x in prompts.asked] == ["save_changes"]
    assert window.statusBar().currentMessage().startswith("Imported")


def test_cancelling_after_a_change_during_import_clears_the_status(
    window: MainWindow, qtbot, sample_copy: Path, tmp_path: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    prompts = ScriptedPrompts()
    window.ctx.prompts = prompts
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article>"
        + "<p>Words of an article that is long enough.</p>" * 8
        + "</article></body></html>",
        "utf-8",
    )
    original = window.doc

    def edit_while_importing(*_a: object) -> None:
        window.doc.push(
            __import__("editor.core.edits", fromlist=["x"]).set_meta(window.doc.article, title="変更")
        )

    window.files._import_in_background(
        "page.html", lambda: __import__("editor.io.importers", fromlist=["x"]).import_path(page)
    )
    edit_while_importing()
    prompts.answers.append("cancel")
    qtbot.waitUntil(lambda: any(k == "save_changes" for k, _t, _x in prompts.asked), timeout=10000)
    assert window.doc is original
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_untitled_document_does_not_say_saved(window: MainWindow) -> None:
    assert window.saved.text() == "Not saved yet"


def test_export_settings_without_a_blog_draws_no_stray_combo_and_escape_asks(
    window: MainWindow, qtbot
) -> None:
    prompts = ScriptedPrompts(False)
    window.ctx.prompts = prompts
    dialog = ExportSettings(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findChild(QComboBox, "blogs").isVisible()
    assert dialog.width() >= 600
    dialog.folder.setText("/home/me/blog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and prompts.asked[-1][2] == "Discard the blog folder you typed?"
    prompts.answers.append(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_larger_text_reaches_the_current_row_at_once(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    before = window.panes.editor().font().pointSize()
    window.actions_["zoom_in"].trigger()
    window.actions_["zoom_in"].trigger()
    assert window.panes.editor().font().pointSize() == before + 2


def test_the_memory_does_not_offer_a_block_its_own_translation_as_fuzzy(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    block = next(b for b in window.doc.article.blocks if "](" in b.source)
    Memory().add(Unit(block.source, block.draft))  # as confirming it stores it, links and all
    row = window.doc.article.index_of(block.id)
    window.panes.go_to(row)
    ready(qtbot, window, row)
    panel = window.parts["assist"].panel
    qtbot.waitUntil(lambda: bool(panel.current_matches), timeout=5000)
    assert panel.current_matches[0].score == 100


def test_find_bar_counts_and_goes_back_with_shift_enter(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.actions_["find"].trigger()
    bar = window.findbar
    assert bar.find_edit.width() >= 240
    qtbot.keyClicks(bar.find_edit, "the")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    first, total = bar.status.text().split(" of ")
    assert first == "2" and int(total) > 2
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.status.text().startswith("1 of ")


def test_ctrl_h_opens_replace_and_replace_all_keeps_done_blocks_done(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    width = window.width()
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.findbar.isVisible() and window.findbar.replace_edit.isVisible()
    done_before = [
        b.id for b in window.doc.article.blocks if b.status is Status.DONE and "ヴェロリア" in b.draft
    ]
    assert done_before
    window.findbar.find_edit.setText("ヴェロリア")
    window.findbar.replace_edit.setText("ベロリア")
    window.findbar._replace(True)  # the Replace All button
    assert "Replaced" in window.findbar.status.text() and "block" in window.findbar.status.text()
    after = {b.id: b for b in window.doc.article.blocks}
    assert all(after[i].status is Status.DONE and "ベロリア" in after[i].draft for i in done_before)
    assert window.width() == width


def test_reopening_a_project_returns_to_the_block_where_work_stopped(
    window: MainWindow, qtbot, sample_copy: Path, tsuji_home: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.panes.go_to(7)
    ready(qtbot, window, 7)
    assert window.close()
    from editor.settings import Settings

    again = MainWindow(Settings.load())
    again.ctx.prompts = ScriptedPrompts()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.files.open_path(sample_copy)
    ready(qtbot, again, 7)


def test_import_opens_where_the_last_import_came_from(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "saved pages"
    folder.mkdir()
    page = folder / "post.md"
    page.write_text("# A post\n\nSome words.\n", "utf-8")
    prompts = window.ctx.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.answers.append(page)
    window.files.import_dialog()
    prompts.answers.append(None)
    window.files.import_dialog()
    assert prompts.asked[-1] == ("open_path", "Import article", str(folder))


def test_the_title_reaches_the_preview_as_it_is_typed(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    title = window.header.edits["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Typed title")  # not committed yet: no Enter, focus still there
    qtbot.waitUntil(lambda: "Typed title" in window.preview.document().toPlainText(), timeout=3000)
    assert window.doc.article.title != "Typed title"
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.doc.article.title == "Typed title"


def _painted(widget, color) -> int:
    """How many pixels of ``color`` the widget shows (its open editors included)."""
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixel = bytes([color.blue(), color.green(), color.red(), 0xFF])
    return bytes(image.constBits()).count(pixel)


def test_find_highlights_every_match_in_both_panes_as_it_is_typed(
    window: MainWindow, qtbot, sample_copy: Path
) -> None:
    from editor.ui.blocks.rich_text import FOUND_COLOR, HERE_COLOR

    window.files.open_path(sample_copy)
    ready(qtbot, window)
    blocks = window.doc.article.blocks
    in_source = [r for r, b in enumerate(blocks) if "21" in b.source]
    in_draft = [r for r, b in enumerate(blocks) if "21" in b.draft]
    assert in_source and in_draft
    total = sum(b.source.count("21") + b.draft.count("21") for b in blocks)
    window.panes.go_to(in_draft[0])
    ready(qtbot, window, in_draft[0])
    for view in (window.panes.source, window.panes.draft):
        assert _painted(view.viewport(), FOUND_COLOR) == 0
    window.actions_["find"].trigger()
    qtbot.keyClicks(window.findbar.find_edit, "21")  # no Enter: the matches show as it is typed
    qtbot.waitUntil(lambda: window.findbar.status.text() == f"{total} matches", timeout=3000)
    for view in (window.panes.source, window.panes.draft):
        qtbot.waitUntil(lambda v=view: _painted(v.viewport(), FOUND_COLOR) > 0, timeout=3000)
    qtbot.keyClick(window.findbar.find_edit, Qt.Key.Key_Return)
    assert window.findbar.status.text() == f"1 of {total}"
    shown = window.panes.source if in_source[0] <= in_draft[0] else window.panes.draft
    qtbot.waitUntil(lambda: _painted(shown.viewport(), HERE_COLOR) > 0, timeout=3000)
    window.findbar.find_edit.clear()  # nothing to find: nothing highlighted
    for view in (window.panes.source, window.panes.draft):
        qtbot.waitUntil(
            lambda v=view: _painted(v.viewport(), FOUND_COLOR) + _painted(v.viewport(), HERE_COLOR) == 0,
            timeout=3000,
        )
    qtbot.keyClicks(window.findbar.find_edit, "21")
    qtbot.waitUntil(lambda: _painted(window.panes.draft.viewport(), FOUND_COLOR) > 0, timeout=3000)
    qtbot.keyClick(window.findbar.find_edit, Qt.Key.Key_Escape)  # closes the bar and its highlights
    assert not window.findbar.isVisible()
    qtbot.waitUntil(lambda: _painted(window.panes.draft.viewport(), FOUND_COLOR) == 0, timeout=3000)
    assert window.panes.editor().hasFocus()  # back to typing the translation


def test_switching_the_interface_language_applies_at_once_and_keeps_the_work(
    window: MainWindow, qtbot, sample_copy: Path, prompts: ScriptedPrompts
) -> None:
    from editor.ui.shell import i18n

    window.files.open_path(sample_copy)
    ready(qtbot, window, None)
    qtbot.waitUntil(
        lambda: window.parts.built("proofing") is not None and window.parts.built("assist") is not None,
        timeout=5000,
    )
    ime_type(window.panes.editor(), "途中の訳")
    window.flush()
    row, drafts = window.row(), [b.draft for b in window.doc.article.blocks]
    languages = window.lang_menu.actions()
    assert [a.text() for a in languages if a.isChecked()] == ["English"]  # the language in use
    try:
        next(a for a in languages if a.text() == "日本語").trigger()
        assert [a.text() for a in languages if a.isChecked()] == ["日本語"]
        assert [a.text() for a in window.menuBar().actions()][:2] == ["ファイル(&F)", "編集(&E)"]
        assert [n for n, a in window.actions_.items() if a.text().isascii()] == []
        assert window.header.labels["title"].text() == "日本語タイトル"
        assert window.findbar.find_edit.placeholderText() == "検索"
        assert window.publishing.summary_dock.windowTitle() == "要約(✒️要約)"
        assert window.publishing.preview_dock.windowTitle() == "プレビュー"
        assert window.docks()[3].windowTitle() == "候補" and window.docks()[4].windowTitle() == "問題"
        assert window.progress.text().startswith("完了")
        assert prompts.asked == []  # no "restart to apply"
        assert window.row() == row and [b.draft for b in window.doc.article.blocks] == drafts
        window.undo_action.trigger()  # the work and its undo history are still there
        assert "途中の訳" not in window.doc.article.blocks[row].draft
        next(a for a in languages if a.text() == "English").trigger()
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
        assert window.header.labels["title"].text() == "Japanese title"
        assert window.settings.ui_language == "en"
    finally:
        i18n.install(QApplication.instance(), "en")


def test_with_no_file_the_window_shows_a_start_page(
    window: MainWindow, qtbot, sample_copy: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    from PySide6.QtWidgets import QPushButton

    start = window.start
    window.ctx.session.recent_files = [str(sample_copy), str(tmp_path / "gone.tsuji")]
    window.files.new()
    assert start.isVisible() and not window.panes.isVisible() and not window.header.isVisible()
    rows = [start.recent.item(i) for i in range(start.recent.count())]
    assert [r.text().split()[0] for r in rows] == ["harbor-talks.tsuji", "gone.tsuji"]
    assert start.findChild(QPushButton, "start_import").text().endswith("(Ctrl+I)")  # from actions.py
    qtbot.mouseClick(start.findChild(QPushButton, "start_import"), Qt.MouseButton.LeftButton)
    assert prompts.asked[-1][:2] == ("open_path", "Import article")
    gone = start.recent.visualItemRect(rows[1]).center()
    qtbot.mouseClick(start.recent.viewport(), Qt.MouseButton.LeftButton, pos=gone)
    assert start.isVisible()  # a project that is gone is not opened
    mine = start.recent.visualItemRect(rows[0]).center()
    qtbot.mouseClick(start.recent.viewport(), Qt.MouseButton.LeftButton, pos=mine)
    assert window.doc.path == sample_copy
    ready(qtbot, window)
    assert not start.isVisible() and window.panes.isVisible() and window.header.isVisible()
    window.files.new()
    qtbot.mouseClick(start.findChild(QPushButton, "start_sample"), Qt.MouseButton.LeftButton)
    assert window.doc.article.blocks and window.doc.path is None  # the sample, as an untitled copy
    assert not start.isVisible()
