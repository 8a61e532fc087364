"""File → Update Source in the window: one undo step, changed blocks marked, Ctrl+Shift+Down
stops at them, the source shows the words that changed; another article is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.core import project
from editor.core.model import Status
from editor.io.importers import import_path
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ready
from tests.update_pages import OTHER, V1, V2, V2_EDIT, V2_UPDATE, P


def _project(tmp_path: Path) -> Path:
    (tmp_path / "v1.html").write_bytes(V1)
    art = import_path(tmp_path / "v1.html")
    art.source_url = "https://harbour.example/2026/03/tariffs.html"
    for i, b in enumerate(art.blocks):
        b.draft, b.status = f"訳文{i}。", Status.DONE
    path = tmp_path / "harbour.tsuji"
    project.save(project.Project(art, path), path)
    return path


def _update(window: MainWindow, qtbot, prompts: ScriptedPrompts, page: Path) -> None:
    prompts.answers += [1, page]  # "From a saved page…", then the file
    QTest.keyClick(
        window.panes.editor() or window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: prompts.asked and prompts.asked[-1][0] in ("inform", "error"), timeout=10000)


def test_update_source_merges_as_one_undo_step(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    path = _project(tmp_path)
    window.files.open_path(path)
    ready(qtbot, window, 0)
    before = [(b.id, b.source, b.draft, b.status) for b in window.doc.article.blocks]
    (tmp_path / "v2 saved.html").write_bytes(V2)
    _update(window, qtbot, prompts, tmp_path / "v2 saved.html")
    kinds = [a[0] for a in prompts.asked]
    assert kinds[:2] == ["choose", "open_path"]
    assert (
        prompts.asked[-1][1] == "Source updated" and "1 changed, 2 added, 1 removed" in prompts.asked[-1][2]
    )
    blocks = window.doc.article.blocks
    changed = next(b for b in blocks if b.source == V2_EDIT)
    assert changed.status is Status.DRAFT and changed.previous_source == P[1]
    assert next(b for b in blocks if b.source == P[2]).removed
    assert blocks[-1].source == V2_UPDATE and blocks[-1].status is Status.UNTRANSLATED
    # Ctrl+Shift+Down stops at the changed block (the untranslated ones come after it)
    window.panes.go_to(0)
    ready(qtbot, window, 0)
    QTest.keyClick(
        window.panes.editor(),
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    row = blocks.index(changed)
    ready(qtbot, window, row)
    assert window.panes.metrics.caption(row) == "Source changed"
    text, _md, marks = window.panes.metrics.source_text(changed)  # the row: old words struck, new ones marked
    assert {text[a:b] for a, b, kind in marks if kind == "del"} == {"third"}
    assert {text[a:b] for a, b, kind in marks if kind == "ins"} == {"nearly ", "half"}
    window.panes.source.edit(window.panes.source.currentIndex())  # a click on the source
    viewer = window.panes.source.indexWidget(window.panes.source.currentIndex())
    assert viewer is not None and "line-through" in viewer.toHtml() and "third" in viewer.toPlainText()
    window.panes.go_to(row)
    ready(qtbot, window, row)
    # Ctrl+Enter confirms the block: its source is no longer marked changed
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.article.blocks[row].previous_source == ""
    window.undo_action.trigger()
    window.undo_action.trigger()  # the confirmation, then the whole update
    assert [(b.id, b.source, b.draft, b.status) for b in window.doc.article.blocks] == before


def test_a_different_article_is_refused_and_nothing_changes(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    window.files.open_path(_project(tmp_path))
    ready(qtbot, window, 0)
    before = [(b.id, b.source, b.draft) for b in window.doc.article.blocks]
    (tmp_path / "other.html").write_bytes(OTHER)
    _update(window, qtbot, prompts, tmp_path / "other.html")
    assert prompts.asked[-1][:2] == ("error", "Not the same article")
    assert [(b.id, b.source, b.draft) for b in window.doc.article.blocks] == before
    assert not window.doc.undo_stack.canUndo()
