"""The window's status bar: the article's progress, its size and whether it is saved; its labels
stay hidden under a message."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from editor.core import operations
from editor.core.model import Article


class StatusBar(QStatusBar):
    """Qt hides the bar's labels while a message shows ("This is the shipped sample: Save As to
    keep a copy"), but when the bar lays itself out again (a label grows, one is added) it puts
    them back in its layout, and Qt shows them on the next turn of the event loop, drawn over
    the message. After such a layout they are hidden again, on the turn after that."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.progress = QLabel(self)
        self.counts = QLabel(self)
        self.saved = QLabel(self)
        self.addWidget(self.progress)
        self.addWidget(self.counts)
        self.addPermanentWidget(self.saved)

    def show_progress(self, article: Article, modified: bool, has_file: bool) -> None:
        p = operations.progress(article)
        self.progress.setText(
            self.tr("Done %1/%2 (%3%)")
            .replace("%1", str(p.done))
            .replace("%2", str(p.total))
            .replace("%3", str(p.percent))
        )
        self.counts.setText(
            self.tr("Draft %1 characters · source %2 words")
            .replace("%1", f"{p.draft_chars:,}")
            .replace("%2", f"{p.source_words:,}")
        )
        if modified:
            self.saved.setText(self.tr("Unsaved changes"))
        elif not has_file:
            self.saved.setText(self.tr("Not saved yet"))
        else:
            self.saved.setText(self.tr("Saved"))

    def event(self, e: QEvent) -> bool:
        done = super().event(e)
        if e.type() == QEvent.Type.LayoutRequest and self.currentMessage():
            QTimer.singleShot(0, self, self._hide_under_message)  # not after the bar is gone
        return bool(done)

    def _hide_under_message(self) -> None:
        if self.currentMessage():
            self.hideOrShow()
