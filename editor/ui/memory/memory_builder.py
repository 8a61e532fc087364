"""Tools → Build Memory from Blog: the blog's published posts aligned with their sources, into
the memory, on the worker thread with progress and Cancel; proposed glossary names are listed
and added only if the translator says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor.assist.glossary import Term
from editor.flows.archive_align import AlignReport, build_memory
from editor.flows.blog import configured_folder
from editor.io.sources import SourceFinder
from editor.ui.shell.context import AppContext
from editor.ui.shell.frames import cancellable_progress
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults


class MemoryBuilder(QObject, PartDefaults):
    def __init__(self, ctx: AppContext, host: QWidget) -> None:
        super().__init__(host)
        self.ctx, self.host = ctx, host
        self.progress: QProgressDialog | None = None
        self.last: AlignReport | None = None

    def run(self) -> None:
        ctx = self.ctx
        blog = configured_folder(ctx.settings.blog_dir)
        if blog is None:
            ctx.prompts.inform(
                self.tr("Build Memory from Blog"),
                self.tr("Set up the blog folder first (File → Export Settings)."),
                error=True,
            )
            return
        choice = ctx.prompts.choose(
            self.tr("Build Memory from Blog"),
            self.tr("Where are the source pages of the published posts?"),
            [
                self.tr("In a folder of saved pages…"),
                self.tr("Only those Tsuji imported before (the import cache)"),
                self.tr("Fetch missing ones from the web (slow, one at a time)"),
            ],
        )
        if choice is None:
            return
        sources = None
        if choice == 0:
            sources = ctx.prompts.folder(self.tr("Folder of saved source pages"), str(Path.home()))
            if sources is None:
                return
        self.start(blog, sources, fetch=choice == 2)

    def start(self, blog: Path, sources: Path | None, *, fetch: bool) -> None:
        ctx = self.ctx
        progress, cancel = cancellable_progress(
            self.host, "build_memory_progress", self.tr("Aligning published posts…"), self.tr("Cancel"), 1
        )
        self.progress = progress
        profile = ctx.profile()
        stores = ctx.stores

        def work(report: object) -> AlignReport:
            memory, glossary = stores.memory(), stores.glossary()
            return build_memory(
                blog,
                profile,
                SourceFinder(sources, fetch=fetch),
                add=memory.add_many,
                known_terms={t.source for t in glossary.terms()},
                progress=lambda n, total, _path: report((n, total)),  # type: ignore[operator]
                cancelled=cancel.is_set,
            )

        def step(payload: tuple[int, int]) -> None:
            n, total = payload
            if self.progress is progress:
                progress.setMaximum(max(1, total))
                progress.setValue(min(n, total - 1))  # reaching the maximum would close it early

        ctx.worker.submit_with_progress("build_memory", work, step, self._done, self._failed)

    def _finish_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: Exception) -> None:
        self._finish_progress()
        self.ctx.prompts.inform(self.tr("Build Memory from Blog"), say(error), error=True)

    def _done(self, report: AlignReport) -> None:
        self._finish_progress()
        self.last = report
        text = (
            self.tr("%1 posts aligned, %2 skipped: %3 pairs added to the memory, %4 held back for review.")
            .replace("%1", str(len(report.done)))
            .replace("%2", str(len(report.skipped)))
            .replace("%3", str(report.stored))
            .replace("%4", str(len(report.held)))
        )
        if report.cancelled:
            text = self.tr("Cancelled.") + " " + text
        detail = "\n".join(f"{s['post']}: {say(s['reason'])}" for s in report.skipped[:50])
        self.ctx.prompts.inform(self.tr("Build Memory from Blog"), text, detail=detail)
        if report.names:
            names = "\n".join(f"{n.source} → {n.target}" for n in report.names)
            if self.ctx.prompts.confirm(
                self.tr("Names for the glossary"),
                self.tr(
                    "These names recur beside the same katakana in your posts. Add them to the glossary?"
                ),
                yes=self.tr("Add to Glossary"),
                detail=names,
            ):
                self.ctx.stores.glossary().add_many([Term(n.source, n.target) for n in report.names])
