"""Summary dock, preview dock, export and copy actions: the end of the loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

from editor.core import edits, inline
from editor.core.model import SummaryPoint
from editor.ui.blocks.document import Document
from editor.ui.publish.preview_panel import PreviewPanel
from editor.ui.publish.summary_panel import SummaryPanel
from editor.ui.shell.context import AppContext
from editor.ui.shell.frames import Area, add_dock
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults

if TYPE_CHECKING:
    from editor.io.push import Pushed
    from editor.ui.publish.export_flow import ExportFlow

put_rich_data = False
"""Set once Tsuji has put mime data on the clipboard (released at exit, see app.py)."""


class Publishing(PartDefaults):
    """The end of the loop: summary and preview docks, export, copy. Holds the context, not the window."""

    def __init__(self, ctx: AppContext, w: QMainWindow, save: Callable[[], bool]) -> None:
        self.ctx = ctx
        self.host = w
        self.summary = SummaryPanel(w)
        self.summary_dock = add_dock(w, "summary_dock", self.summary, Area.BottomDockWidgetArea)
        self.preview = PreviewPanel(ctx, w)
        self.preview_dock = add_dock(w, "preview_dock", self.preview, Area.RightDockWidgetArea)
        w.resizeDocks([self.preview_dock], [380], Qt.Orientation.Horizontal)
        self.retranslate()
        self.fit_summary()
        self._save = save
        self._fitted_rows = -1
        self._flow: ExportFlow | None = None
        self.last_push_output = ""
        self.summary.pointsEdited.connect(self._points_edited)
        self.summary.suggestRequested.connect(self._suggest)
        ctx.settingsChanged.connect(self._meta_changed)

    def retranslate(self) -> None:
        """Dock titles and the summary panel in the interface's language; the preview again."""
        self.summary_dock.setWindowTitle(self.tr("Summary (✒️要約)"))
        self.preview_dock.setWindowTitle(self.tr("Preview"))
        self.summary.retranslate()
        self.preview.schedule()

    def docks(self) -> dict[int, QDockWidget]:
        return {1: self.summary_dock, 2: self.preview_dock}

    def current_changed(self, row: int) -> None:
        """The preview follows the current block."""
        blocks = self.ctx.doc.article.blocks
        if 0 <= row < len(blocks):
            self.preview.follow(inline.to_plain(blocks[row].draft or blocks[row].source))

    def reveal_point(self, point: int, *, label: bool = False) -> None:
        """The summary dock shown, the cursor in point ``point`` (1-based; 0: the first), or on
        Add when there is none yet."""
        self.summary_dock.show()
        self.summary_dock.raise_()
        table, rows = self.summary.table, self.summary.table.rowCount()
        if not rows:
            self.summary.buttons["add"].setFocus()
            return
        table.setCurrentCell(min(max(point, 1), rows) - 1, 0 if label else 1)
        table.setFocus()

    def fit_summary(self) -> None:
        """The summary dock takes the height of its points (at most a third of the window)."""
        if self.summary_dock.isFloating() or self.summary_dock.isHidden():
            return
        h = min(self.summary.preferred_height(), max(120, self.host.height() // 3))
        self.host.resizeDocks([self.summary_dock], [h], Qt.Orientation.Vertical)

    # --- what the actions call -----------------------------------------------------------

    @property
    def flow(self) -> ExportFlow:
        """Built on first use: export, its checks and the glossary are not needed to show the article."""
        if self._flow is None:
            from editor.ui.publish.export_flow import ExportFlow

            self._flow = ExportFlow(self.ctx, self.host, self._save)
        return self._flow

    def add_point(self) -> None:
        """Ctrl+Alt+A: a new summary point, the cursor in its label."""
        self.summary_dock.show()
        self.summary_dock.raise_()
        self.summary.table.setFocus()
        self.summary.add()

    def suggest(self) -> None:
        """Ctrl+Alt+S: the summary's Suggest."""
        self.summary_dock.show()
        self.summary_dock.raise_()
        self._suggest()

    def export(self) -> None:
        self.flow.run()

    def push(self) -> None:
        """Publish → Push: blogsync push of this article's exported post, off the GUI thread."""
        from editor.io.destination import UnsafeDestination, contained

        self.ctx.flush()
        profile = self.ctx.profile()
        record = self.ctx.doc.article.exports.get(profile.name)
        blog = self.ctx.settings.blog_dir
        if record is None or not record.path or not blog:
            self.ctx.prompts.inform(self.tr("Push"), self.tr("Export the post first (Ctrl+E), then push it."))
            return
        try:
            post = contained(Path(blog).expanduser(), record.path)
        except UnsafeDestination as e:
            self.ctx.prompts.inform(self.tr("Push"), say(e), error=True)
            return
        from editor.io.push import push

        self.ctx.notify(self.tr("Pushing %1 with blogsync…").replace("%1", post.name), 0)
        self.ctx.worker.submit("push", lambda: push(post), lambda r: self._pushed(post, r), self._push_failed)

    def _pushed(self, post: Path, result: Pushed) -> None:
        from editor.flows.publish import record_push

        doc = self.ctx.doc
        edit = record_push(doc.article, self.ctx.profile().name, post, result)
        if edit is not None:
            doc.push(edit)
        pushed = self.tr("Pushed: %1").replace("%1", result.url or result.edit_url)
        self.ctx.notify(pushed, 10000)
        self.last_push_output = result.output
        self.ctx.prompts.inform(self.tr("Push"), pushed, detail=result.output)  # blogsync's own output

    def _push_failed(self, error: Exception) -> None:
        self.ctx.notify("", 1)
        detail = getattr(error, "output", "")
        self.ctx.prompts.inform(self.tr("Push failed"), say(error), error=True, detail=detail)

    def _open_record_url(self, which: str) -> None:
        record = self.ctx.doc.article.exports.get(self.ctx.profile().name)
        url = getattr(record, which, "") if record is not None else ""
        if not url.startswith(("https://", "http://")):
            self.ctx.notify(self.tr("The post has no address yet: push it first"), 6000)
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(url))

    def open_on_blog(self) -> None:
        self._open_record_url("url")

    def open_blog_preview(self) -> None:
        self._open_record_url("preview_url")

    def export_settings(self) -> None:
        from editor.ui.publish.export_flow import ExportSettings

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
        if self.summary.table.rowCount() != self._fitted_rows:  # a point added or removed
            self._fitted_rows = self.summary.table.rowCount()
            self.fit_summary()
        self.preview.schedule()

    def _points_edited(self, points: list[SummaryPoint]) -> None:
        if points != self.ctx.doc.article.summary:
            self.ctx.doc.push(edits.set_summary(self.ctx.doc.article, points))

    def _suggest(self) -> None:
        """Three points: drafted by the local model where one is set, else picked from the
        translation's sentences (offline, always there)."""
        self.ctx.flush()
        profile = self.ctx.profile()
        article = self.ctx.doc.article
        from editor.assist.mt import CHAT_ENGINES
        from editor.assist.summarize import suggest
        from editor.flows.machine import configured, draft_text, suggest_summary

        def extractive() -> list[SummaryPoint]:
            return suggest(article, 3, profile.summary_max_chars)

        cfg = configured(self.ctx.settings)
        if (
            cfg.engine not in CHAT_ENGINES
            or not cfg.model
            or not any(b.draft.strip() for b in article.blocks)
        ):
            self._offer(extractive())
            return
        self.ctx.notify(self.tr("Drafting the summary with %1…").replace("%1", cfg.model), 60000)
        text = draft_text(article)  # the plain drafts, taken here: the worker reads no live article

        def failed(error: Exception) -> None:
            self.ctx.notify(
                self.tr(
                    "The model could not draft the summary (%1); these come from the translation"
                ).replace("%1", say(error)),
                10000,
            )
            self._offer(extractive())

        def arrived(points: list[SummaryPoint]) -> None:
            self.ctx.notify(self.tr("Summary drafted by %1").replace("%1", cfg.model), 4000)
            self._offer(points)

        self.ctx.worker.submit(
            "summary", lambda: suggest_summary(text, cfg, 3, profile.summary_max_chars), arrived, failed
        )

    def _offer(self, points: list[SummaryPoint]) -> None:
        article = self.ctx.doc.article
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
        from editor.io import preview as preview_io
        from editor.io.export import render

        markdown_text = render(article, profile, post_date=when, allow_untranslated=True)
        from PySide6.QtCore import QMimeData

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
