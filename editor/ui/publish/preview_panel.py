"""The preview: the post as the chosen profile exports it, rendered.

Rendering runs off the GUI thread, 60 ms after the last committed change. A long
post comes back in pieces (of about 12,000 characters of Markdown) that the GUI
thread shows one per event-loop turn, so typing and moving never wait for a whole
long document to be laid out. The browser never loads anything remote: not
images, not fonts, not pages.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from editor.core.model import Article
from editor.io.profiles import Profile
from editor.resources import resources_dir
from editor.ui.blocks.editors import open_safe_link
from editor.ui.shell.context import AppContext
from editor.ui.shell.messages import say
from editor.ui.shell.viewports import kept_viewport

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtCore import QUrl


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads no resources from anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept_viewport = kept_viewport(self)  # before any viewport(): see shell/viewports.py
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)  # Tab leaves the preview instead of walking its links
        self.anchorClicked.connect(self._open)
        self.refused: list[str] = []

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the preview: QTextBrowser walks its links first whatever
        ``tabChangesFocus`` says, so Tab stayed inside a preview that had links."""
        return QTextEdit.focusNextPrevChild(self, next)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        self.refused.append(url if isinstance(url, str) else url.toString())
        return None

    def _open(self, url: QUrl) -> None:
        open_safe_link(url)


class PreviewPanel(SafeBrowser):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.ctx = ctx
        self.css = (resources_dir() / "preview.css").read_text("utf-8")
        self.document().setDefaultStyleSheet(self.css)
        self._queue: list[str] = []
        self._keep = 0
        self._follow = ""
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(
            150
        )  # once the translator stops moving: a find costs ~8 ms deep in a long post
        self._follow_timer.timeout.connect(lambda: self.show_text(self._follow))
        self._feeder = QTimer(self)
        self._feeder.setInterval(0)
        self._feeder.timeout.connect(self._next_piece)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(60)  # typing commits after 200 ms; render within 300 ms in all
        self.timer.timeout.connect(self.render_now)
        self.rendered = 0

    def schedule(self) -> None:
        if self.isVisible():
            self.timer.start()

    def showEvent(self, e: Any) -> None:
        super().showEvent(e)
        self.timer.start(400)  # after the window has painted: start-up first

    def render_now(self) -> None:
        ctx = self.ctx
        profile: Profile = ctx.profile()
        when = ctx.post_date(profile)
        snapshot = snapshot_of(ctx.doc.article)
        for name, value in ctx.live_meta.items():  # what is being typed in the header
            setattr(snapshot, name, value)
        label = self.tr("image")  # an image without alt text: [image]
        ctx.worker.submit(
            "preview", lambda: _pieces(snapshot, profile, when, label), self._show, self._failed
        )

    def _show(self, pieces: list[str]) -> None:
        """The first piece now, the rest one per event-loop turn; a newer rendering replaces the queue."""
        self._keep = self.verticalScrollBar().value()
        self._feeder.stop()
        self.setHtml(f"<html><body>{pieces[0]}</body></html>" if pieces else "")
        self._queue = list(pieces[1:])
        if self._queue:
            self._feeder.start()
        else:
            self._done()

    def _next_piece(self) -> None:
        if not self._queue:
            self._feeder.stop()
            return
        from PySide6.QtGui import QTextCursor  # the enums of its class: not before the first paint

        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(self._queue.pop(0))
        if not self._queue:
            self._feeder.stop()
            self._done()
        else:
            self.verticalScrollBar().setValue(self._keep)

    def _done(self) -> None:
        self.verticalScrollBar().setValue(self._keep)
        self.rendered += 1
        if self._follow:
            self.show_text(self._follow)

    def follow(self, text: str) -> None:
        """Scroll to ``text`` soon: after the current block has stopped changing."""
        self._follow = text
        if self.isVisible():
            self._follow_timer.start()

    def show_text(self, text: str) -> bool:
        """Scroll so that the paragraph holding ``text`` (a block's words) is in view."""
        self._follow = text
        words = " ".join(text.split())[:40]
        if not words:
            return False
        found = self.document().find(words)
        if found.isNull():
            return False
        bar = self.verticalScrollBar()
        top = int(self.document().documentLayout().blockBoundingRect(found.block()).top())
        if not bar.value() <= top <= bar.value() + self.viewport().height() - 40:
            bar.setValue(max(0, top - self.viewport().height() // 3))
        self._keep = bar.value()
        return True

    def _failed(self, error: Exception) -> None:
        self.setPlainText(self.tr("The preview could not be made: %1").replace("%1", say(error)))


def snapshot_of(article: Article) -> Article:
    """A copy for another thread: blocks are replaced, never changed in place, by edits."""
    return replace(
        article,
        blocks=list(article.blocks),
        summary=list(article.summary),
        categories=list(article.categories),
        exports=dict(article.exports),
    )


def _pieces(article: Article, profile: Profile, when: datetime, image_label: str) -> list[str]:
    from editor.io import preview  # Markdown and the exporter: loaded on the worker thread

    return preview.to_html_pieces(article, profile, when, image_label=image_label)
