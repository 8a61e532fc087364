"""Summary dock, preview dock, export and copy actions: the end of the loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

from editor.assist.summarize import suggest
from editor.core import edits
from editor.core.model import SummaryPoint
from editor.io import preview as preview_io
from editor.io.export import render
from editor.ui.context import AppContext
from editor.ui.document import Document
from editor.ui.export_ui import ExportFlow, ExportSettings
from editor.ui.preview import PreviewPanel
from editor.ui.summary import SummaryPanel

put_rich_data = False
"""Set once Tsuji has put mime data on the clipboard (released at exit, see app.py)."""


class Publishing:
    """The end of the loop: summary and preview docks, export, copy. Holds the context, not the window."""

    def __init__(self, ctx: AppContext, w: QMainWindow, save: Callable[[], bool]) -> None:
        self.ctx = ctx
        self.host = w
        self.summary = SummaryPanel(w)
        self.summary_dock = QDockWidget(self.tr("Summary (✒️要約)"), w)
        self.summary_dock.setObjectName("summary_dock")
        self.summary_dock.setWidget(self.summary)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.summary_dock)
        self.preview = PreviewPanel(ctx, w)
        self.preview_dock = QDockWidget(self.tr("Preview"), w)
        self.preview_dock.setObjectName("preview_dock")
        self.preview_dock.setWidget(self.preview)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        w.resizeDocks([self.preview_dock], [380], Qt.Orientation.Horizontal)
        w.resizeDocks([self.summary_dock], [170], Qt.Orientation.Vertical)
        self.flow = ExportFlow(ctx, w, save)
        self.summary.pointsEdited.connect(self._points_edited)
        self.summary.suggestRequested.connect(self._suggest)
        ctx.settingsChanged.connect(self._meta_changed)

    # --- what the actions call -----------------------------------------------------------

    def export(self) -> None:
        self.flow.run()

    def export_settings(self) -> None:
        ExportSettings(self.ctx, self.host).exec()

    def copy_markdown(self) -> None:
        self.copy(html=False)

    def copy_html(self) -> None:
        self.copy(html=True)

    def tr(self, text: str) -> str:
        return QGuiApplication.translate("Publishing", text)

    def attach(self, doc: Document) -> None:
        doc.changed.connect(self.preview.schedule)
        doc.metaChanged.connect(self._meta_changed)
        self._meta_changed()

    def _meta_changed(self) -> None:
        self.summary.show_points(self.ctx.doc.article.summary, self.ctx.profile().summary_max_chars)
        self.preview.schedule()

    def _points_edited(self, points: list[SummaryPoint]) -> None:
        if points != self.ctx.doc.article.summary:
            self.ctx.doc.push(edits.set_summary(self.ctx.doc.article, points))

    def _suggest(self) -> None:
        self.ctx.flush()
        profile = self.ctx.profile()
        article = self.ctx.doc.article
        points = suggest(article, 3, profile.summary_max_chars)
        if not points:
            self.ctx.notify(
                self.tr("Translate a few paragraphs first: suggestions come from the translation"), 6000
            )
            return
        current = [p for p in article.summary if p.label or p.text]
        if current and not self.ctx.prompts.confirm(
            self.tr("Suggest"), self.tr("Replace the current summary points with suggestions?")
        ):
            return
        self.ctx.doc.push(edits.set_summary(article, points))

    def copy(self, *, html: bool) -> None:
        self.ctx.flush()
        profile = self.ctx.profile()
        when = self.ctx.post_date(profile)
        article = self.ctx.doc.article
        markdown_text = render(article, profile, post_date=when, allow_untranslated=True)
        data = QMimeData()
        if html:
            body = preview_io.to_html(article, profile, when)
            data.setHtml(body)
            data.setText(body)
        else:
            data.setText(markdown_text)
        global put_rich_data
        QGuiApplication.clipboard().setMimeData(data)
        put_rich_data = True
        self.ctx.notify(self.tr("Copied"), 3000)
