"""Escape stops the answer streaming in, wherever the keyboard is, while one streams.

An application-wide filter, installed only while a request runs: the key is taken before a
shortcut or a widget sees it (a dialog or a popup open on top keeps its own Escape)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


class EscapeStops(QObject):
    def __init__(self, stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop = stop
        self.on = False

    def watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self.on:
            return
        self.on = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape or event.modifiers():
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key for us, not for a shortcut
            return False
        self.stop()
        return True
