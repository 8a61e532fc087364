"""A data folder Tsuji cannot write (read-only, full, or not a folder) in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor.core.model import Status
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ready

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_unusable_data_folder_is_said_and_the_work_goes_on(
    window: MainWindow, qtbot, sample_copy: Path, tsuji_home: Path
) -> None:
    (tsuji_home / "data").write_text("not a folder", "utf-8")  # as unusable as a read-only one, even for root
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.parts["assist"].refresh()  # the memory and the glossary are opened here
    data = tsuji_home / "data"
    said = f"the translation memory cannot be used ({data / 'memory.sqlite'}): {data} is a file, not a folder"
    qtbot.waitUntil(lambda: said in messages, timeout=5000)
    window.panes.go_to(1)
    ready(qtbot, window, 1)
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_Return, CTRL)  # confirm: into the memory
    assert window.doc.article.blocks[1].status is Status.DONE
    assert window.files.save()  # the project itself is elsewhere: saved
