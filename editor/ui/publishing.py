"""Summary dock, preview dock, export and copy actions: the end of the loop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox

from editor.assist.summarize import suggest
from editor.core import edits
from editor.core.model import SummaryPoint
from editor.io import preview as preview_io
from editor.io.export import render
from editor.io.profiles import DEFAULT_PROFILE, Profile, ProfileError, load_profile
from editor.ui.export_ui import ExportFlow, ExportSettings
from editor.ui.preview import PreviewPanel
from editor.ui.summary import SummaryPanel

put_rich_data = False
"""Set once Tsuji has put mime data on the clipboard (released at exit, see app.py)."""

if TYPE_CHECKING:
    from editor.ui.document import Document
    from editor.ui.main_window import MainWindow


class Publishing:
    def __init__(self, w: MainWindow) -> None:
        self.w = w
        self.summary = SummaryPanel(w)
        self.summary_dock = QDockWidget(self.tr("Summary (✒️要約)"), w)
        self.summary_dock.setObjectName("summary_dock")
        self.summary_dock.setWidget(self.summary)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.summary_dock)
        self.preview = PreviewPanel(w)
        self.preview_dock = QDockWidget(self.tr("Preview"), w)
        self.preview_dock.setObjectName("preview_dock")
        self.preview_dock.setWidget(self.preview)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        w.resizeDocks([self.preview_dock], [380], Qt.Orientation.Horizontal)
        w.resizeDocks([self.summary_dock], [170], Qt.Orientation.Vertical)
        self.flow = ExportFlow(w)
        self.actions = {
            "export": QAction(self.tr("&Export to Blog"), w),
            "export_settings": QAction(self.tr("Export &Settings…"), w),
            "copy_markdown": QAction(self.tr("Copy as &Markdown"), w),
            "copy_html": QAction(self.tr("Copy as &HTML"), w),
        }
        self.actions["export"].setShortcut(QKeySequence("Ctrl+E"))
        self.actions["export"].setObjectName("action_export")
        try:
            import qtawesome

            self.actions["export"].setIcon(qtawesome.icon("fa6s.upload"))
        except Exception:  # an icon is never worth failing for
            pass
        file_menu = w.menus["file"]
        quit_action = w.actions_["quit"]
        file_menu.insertAction(quit_action, self.actions["export"])
        file_menu.insertAction(quit_action, self.actions["export_settings"])
        file_menu.insertSeparator(quit_action)
        w.menus["edit"].addSeparator()
        w.menus["edit"].addAction(self.actions["copy_markdown"])
        w.menus["edit"].addAction(self.actions["copy_html"])
        w.menus["view"].addSeparator()
        w.menus["view"].addAction(self.summary_dock.toggleViewAction())
        w.menus["view"].addAction(self.preview_dock.toggleViewAction())
        w.toolbar.addSeparator()
        w.toolbar.addAction(self.actions["export"])
        self.actions["export"].triggered.connect(lambda _c=False: self.flow.run())
        self.actions["export_settings"].triggered.connect(lambda _c=False: ExportSettings(w).exec())
        self.actions["copy_markdown"].triggered.connect(lambda _c=False: self.copy(html=False))
        self.actions["copy_html"].triggered.connect(lambda _c=False: self.copy(html=True))
        self.summary.pointsEdited.connect(self._points_edited)
        self.summary.suggestRequested.connect(self._suggest)
        self._profile_cache: tuple[str, float, Profile] | None = None

    def tr(self, text: str) -> str:
        return QGuiApplication.translate("Publishing", text)

    def attach(self, doc: Document) -> None:
        doc.changed.connect(self.preview.schedule)
        doc.metaChanged.connect(self._meta_changed)
        self._meta_changed()

    def _meta_changed(self) -> None:
        self.summary.show_points(self.w.doc.article.summary, self.profile().summary_max_chars)
        self.preview.schedule()

    def profile(self) -> Profile:
        name = self.w.settings.profile or DEFAULT_PROFILE
        try:
            return load_profile(name)
        except ProfileError as e:
            self.w.statusBar().showMessage(str(e), 8000)
            return load_profile(DEFAULT_PROFILE)

    def _points_edited(self, points: list[SummaryPoint]) -> None:
        if points != self.w.doc.article.summary:
            self.w.doc.push(edits.set_summary(self.w.doc.article, points))

    def _suggest(self) -> None:
        self.w.flush()
        profile = self.profile()
        points = suggest(self.w.doc.article, 3, profile.summary_max_chars)
        if not points:
            self.w.statusBar().showMessage(
                self.tr("Translate a few paragraphs first: suggestions come from the translation"),
                6000,
            )
            return
        current = [p for p in self.w.doc.article.summary if p.label or p.text]
        if current:
            answer = QMessageBox.question(
                self.w,
                self.tr("Suggest"),
                self.tr("Replace the current summary points with suggestions?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.w.doc.push(edits.set_summary(self.w.doc.article, points))

    def copy(self, *, html: bool) -> None:
        self.w.flush()
        profile = self.profile()
        when = self.w.post_date(profile)
        article = self.w.doc.article
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
        self.w.statusBar().showMessage(self.tr("Copied"), 3000)
