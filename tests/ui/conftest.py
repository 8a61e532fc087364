from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.app import release_clipboard
from editor.settings import Settings
from editor.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tsuji_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # A dialog in a test would wait forever: answer "Discard"/"No" unless a test says otherwise.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.autosave.stop()
    release_clipboard(QApplication.instance())  # what the app does at exit
    QApplication.clipboard().clear()  # and what tests put there themselves


def settle(qtbot, ms: int = 30) -> None:
    qtbot.wait(ms)


def ime_type(widget, text: str) -> None:
    """What an input method sends when the user confirms a conversion."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
