"""File → Update Source: re-import the article (the post changed after import) and merge it
as one undo step. The merge itself is core/merge.py; this part asks, fetches off the GUI
thread, and says what changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from editor.core.decode import ImportFailed
from editor.core.merge import Report, UpdateRefused
from editor.core.model import Article
from editor.flows.update import merged
from editor.ui.shell.context import AppContext
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults


class SourceUpdate(QObject, PartDefaults):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: Report | None = None

    def run(self) -> None:
        """Ask where the new version is, then fetch and merge it."""
        ctx = self.ctx
        ctx.flush()
        article = ctx.doc.article
        url = article.source_url
        choice = 1
        if url.startswith(("http://", "https://")):
            choice_or_none = ctx.prompts.choose(
                self.tr("Update Source"),
                self.tr("Re-import the article and merge the changes into this project?"),
                [self.tr("From the web (%1)").replace("%1", url), self.tr("From a saved page…")],
            )
            if choice_or_none is None:
                return
            choice = choice_or_none
        from editor.flows.update import fetch_new

        if choice == 0:
            self._fetch(url, lambda: fetch_new(article, url))
            return
        start = ctx.session.import_folder or str(Path.home())
        path = ctx.prompts.open_path(
            self.tr("The updated page"),
            start,
            self.tr("Web pages and articles") + " (*.html *.htm *.md *.markdown *.txt)",
        )
        if path is not None:
            self._fetch(path.name, lambda: fetch_new(article, path))

    def _fetch(self, name: str, work: object) -> None:
        ctx = self.ctx
        ctx.notify(self.tr("Fetching %1…").replace("%1", name), 0)
        doc = ctx.doc

        def failed(error: Exception) -> None:
            ctx.notify("", 1)
            message = say(error) if isinstance(error, ImportFailed) else f"{name}: {say(error)}"
            ctx.prompts.inform(self.tr("Cannot update the source"), message, error=True)

        def done(new: Article) -> None:
            ctx.notify("", 1)
            if ctx.doc is doc:
                self.apply(new)

        ctx.worker.submit("update", work, done, failed)  # type: ignore[arg-type]

    def apply(self, new: Article) -> Report | None:
        """Merge ``new`` into the document (one undo step) and say what changed."""
        ctx = self.ctx
        ctx.flush()
        article = ctx.doc.article
        try:
            edit, report = merged(article, new)
        except UpdateRefused as e:
            ctx.prompts.inform(self.tr("Not the same article"), say(e), error=True)
            return None
        self.last = report
        if edit is None:
            ctx.prompts.inform(self.tr("Update Source"), self.tr("The source has not changed."))
            return report
        first = report.changed_ids[0] if report.changed_ids else None
        ctx.doc.push(edit, first)
        text = (
            self.tr("%1 kept, %2 changed, %3 added, %4 removed.")
            .replace("%1", str(report.kept))
            .replace("%2", str(report.changed + report.split + report.merged))
            .replace("%3", str(report.added))
            .replace("%4", str(report.removed))
        )
        detail = self.tr(
            "Changed blocks keep their draft and show the old and new source; Ctrl+Shift+Down stops at"
            " them. Removed paragraphs stay, marked, and are left out of the export. Ctrl+Z undoes"
            " the whole update."
        )
        ctx.prompts.inform(self.tr("Source updated"), text, detail=detail)
        return report
