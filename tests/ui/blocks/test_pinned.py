"""Behaviour that nothing else pinned down: each was broken on purpose and went unnoticed before."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from editor.ui.shell.worker import Worker
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ime_type


def test_typing_in_one_block_is_one_undo_entry(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    qtbot.waitUntil(lambda: window.panes.editor() is not None)
    window.panes.go_to(2)
    qtbot.waitUntil(lambda: window.row() == 2 and window.panes.editor() is not None)
    original = window.doc.article.blocks[2].draft
    stack = window.doc.undo_stack
    before = stack.count()
    for piece in ("一", "二", "三"):
        ime_type(window.panes.editor(), piece)
        window.flush()  # each commit of typing, as the 200 ms timer makes them
    assert window.doc.article.blocks[2].draft == original + "一二三"
    assert stack.count() == before + 1
    window.undo_action.trigger()
    assert window.doc.article.blocks[2].draft == original


def test_a_long_draft_beside_a_short_source_grows_the_row_on_both_sides(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    source = tmp_path / "short.txt"
    source.write_text("Title\n\nShort.\n\nAlso short.\n", "utf-8")
    window.files.open_path(source)
    qtbot.waitUntil(lambda: window.panes.editor() is not None)
    window.panes.go_to(1)
    qtbot.waitUntil(lambda: window.row() == 1)
    ime_type(window.panes.editor(), "長い訳文が続く。" * 60)
    window.flush()
    window.panes.go_to(2)  # the row is painted, not edited, now
    panes = window.panes
    index = panes.model.index(1)

    line = QFontMetrics(panes.metrics.font).height()

    def heights() -> tuple[int, int]:
        return panes.source.visualRect(index).height(), panes.draft.visualRect(index).height()

    qtbot.waitUntil(lambda: heights()[0] > 5 * line, timeout=3000)  # the draft wraps over many lines
    source_h, draft_h = heights()
    assert source_h == draft_h


def test_a_stale_worker_answer_is_dropped(qtbot) -> None:
    worker = Worker()
    delivered: list[str] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "old"

    worker.submit("lookup", slow, delivered.append, lambda e: delivered.append(f"error {e}"))
    worker.submit("lookup", lambda: "new", delivered.append, lambda e: delivered.append(f"error {e}"))
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=3000)
    release.set()
    assert worker.pool.waitForDone(3000)
    for _ in range(5):
        QApplication.processEvents()
    assert delivered == ["new"]  # the older request's answer came back later, and was dropped
    assert not worker.busy("lookup")


def test_a_long_posts_preview_arrives_whole_in_pieces(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from editor.core import project
    from tests.io.test_preview_pieces import long_article

    path = tmp_path / "long.tsuji"
    project.save(project.Project(long_article(900)), path)
    shown: list[int] = []
    real = window.preview._next_piece
    window.preview._next_piece = lambda: (shown.append(1), real())[1]  # type: ignore[method-assign]
    before = window.preview.rendered
    window.files.open_path(path)
    qtbot.waitUntil(lambda: window.preview.rendered > before, timeout=10000)
    text = window.preview.document().toPlainText()
    assert "段落0の訳。" in text and "段落899の訳。" in text
    assert len(shown) >= 3  # it came in several turns of the event loop, not one long one


def test_the_preview_follows_the_current_block(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from editor.core import project
    from tests.io.test_preview_pieces import long_article
    from tests.ui.conftest import ready

    path = tmp_path / "long.tsuji"
    project.save(project.Project(long_article(300)), path)
    before = window.preview.rendered
    window.files.open_path(path)
    qtbot.waitUntil(lambda: window.preview.rendered > before, timeout=10000)
    bar = window.preview.verticalScrollBar()
    assert bar.value() == 0
    window.panes.go_to(250)
    ready(qtbot, window, 250)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)
    cursor = window.preview.cursorForPosition(window.preview.viewport().rect().center())
    seen = window.preview.document().findBlock(cursor.position()).blockNumber()
    target = window.preview.document().find("段落250の訳。").block().blockNumber()
    assert abs(seen - target) < 15  # the block's paragraph is in view
