"""A post longer than the panes' first batch of rows (they lay a long post out in batches so the
first paint does not wait for every row): the block being written in, or jumped to, stays in
sight while the rows are laid out (again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.core import project
from editor.core.model import Article, Block, Status
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ready


def _long_post(path: Path, n: int) -> Path:
    article = Article(title="長い記事", source_title="A long post")
    for i in range(n):
        words = "the harbour board met again and talked about the terminal " * (1 + i % 4)
        draft = "港湾委員会はまた会合を開いた。" * (1 + i % 3) if i % 2 else ""
        article.blocks.append(
            Block(
                f"Paragraph {i}: {words}", draft=draft, status=Status.DRAFT if draft else Status.UNTRANSLATED
            )
        )
    project.save(project.Project(article), path)
    return path


def _type(qtbot, text: str) -> None:
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        if ch == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(target, ch)
        qtbot.wait(60)


def _in_sight(window: MainWindow, row: int) -> bool:
    view = window.panes.draft
    return view.viewport().rect().intersects(view.visualRect(view.model().index(row, 0)))


@pytest.mark.parametrize(("blocks", "row"), [(300, 290), (900, 880)])
def test_a_line_added_to_a_block_far_down_keeps_it_in_sight(
    window: MainWindow, qtbot, tmp_path: Path, blocks: int, row: int
) -> None:
    window.files.open_path(_long_post(tmp_path / "long.tsuji", blocks))
    ready(qtbot, window)
    window.panes.go_to(row)
    ready(qtbot, window, row)
    qtbot.waitUntil(lambda: _in_sight(window, row), timeout=30000)
    for word in ("abc", "def", "ghi"):  # each line grows the row: the rows are laid out again
        _type(qtbot, word)
        _type(qtbot, "\n")
        qtbot.wait(300)
        assert _in_sight(window, row)
    _type(qtbot, "end")  # keys go where the focus is, as a typist's do: none is lost
    window.panes.flush()
    assert window.row() == row
    assert window.doc.article.blocks[row].draft.endswith("abc\ndef\nghi\nend")


def test_a_jump_to_a_block_not_laid_out_yet_shows_it_once_it_is(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    window.files.open_path(_long_post(tmp_path / "long.tsuji", 700))
    ready(qtbot, window)
    window.panes.go_to(650)  # as a match found, a problem clicked or the last place reopened
    ready(qtbot, window, 650)
    qtbot.waitUntil(lambda: _in_sight(window, 650), timeout=30000)
    assert window.panes.editor() is not None and window.row() == 650


def test_moving_from_block_to_block_moves_no_row(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """The open editor takes no more room than the row it sits in: rows below do not jump as
    the translator moves, and a long post is not laid out again at every move."""
    article = Article(title="訳", source_title="Short sources")
    for i in range(8):
        article.blocks.append(
            Block(f"Line {i}.", draft="長い訳文がここに続きます。" * (3 + i), status=Status.DRAFT)
        )
    path = tmp_path / "rows.tsuji"
    project.save(project.Project(article), path)
    window.files.open_path(path)
    ready(qtbot, window, 0)
    view = window.panes.draft

    def tops() -> list[int]:
        return [view.visualRect(view.model().index(r, 0)).top() for r in range(8)]

    before = tops()
    for row in range(1, 6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        ready(qtbot, window, row)
        qtbot.wait(50)
        assert tops() == before
