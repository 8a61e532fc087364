"""The window's status bar: its labels stay hidden under a message."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QStatusBar


class StatusBar(QStatusBar):
    """Qt hides the bar's labels while a message shows ("This is the shipped sample: Save As to
    keep a copy"), but when the bar lays itself out again (a label grows, one is added) it puts
    them back in its layout, and Qt shows them on the next turn of the event loop, drawn over
    the message. After such a layout they are hidden again, on the turn after that."""

    def event(self, e: QEvent) -> bool:
        done = super().event(e)
        if e.type() == QEvent.Type.LayoutRequest and self.currentMessage():
            QTimer.singleShot(0, self, self._hide_under_message)  # not after the bar is gone
        return bool(done)

    def _hide_under_message(self) -> None:
        if self.currentMessage():
            self.hideOrShow()
