"""Opening, saving, importing, autosave and crash recovery for the window."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from editor.core import project, recovery
from editor.core.decode import ImportFailed
from editor.core.model import Article
from editor.resources import resources_dir
from editor.ui.blocks.document import Document
from editor.ui.shell.context import AppContext
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults


def project_filter() -> str:
    """File dialog filters in the interface's language (the patterns stay as they are)."""
    return QCoreApplication.translate("FileOps", "Tsuji projects") + " (*.tsuji)"


def import_filter() -> str:
    return QCoreApplication.translate("FileOps", "Articles") + " (*.md *.markdown *.txt *.html *.htm)"


class FileOps(PartDefaults):
    """Open, save, import, autosave, recovery. Works on the context; the window follows
    ``ctx.documentChanged``. ``autosave_soon`` restarts the window's autosave timer."""

    def __init__(self, ctx: AppContext, autosave_soon: Callable[[], None]) -> None:
        self.ctx = ctx
        self.autosave_soon = autosave_soon
        self.warned_changed = False

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FileOps", text)

    # --- opening ---------------------------------------------------------------

    def new(self) -> None:
        if self.confirm_discard():
            self.ctx.set_document(Document())

    def open_dialog(self) -> None:
        path = self.ctx.prompts.open_path(
            self.tr("Open"), self._folder(), f"{project_filter()};;{import_filter()}"
        )
        if path is not None:
            self.open_path(path)

    def import_dialog(self) -> None:
        start = self.ctx.session.import_folder
        folder = start if start and Path(start).is_dir() else self._folder()
        path = self.ctx.prompts.open_path(self.tr("Import article"), folder, import_filter())
        if path is not None:
            self.ctx.session.import_folder = str(path.parent)
            self.ctx.session.save()
            self.open_path(path)

    def _folder(self) -> str:
        recent = self.ctx.session.recent_files
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def open_path(self, path: Path) -> bool:
        """Open a project, or import an article as a new untitled project."""
        if not self.confirm_discard():
            return False
        if path.suffix.lower() != project.SUFFIX:
            return self._import(path)
        lock = recovery.LockFile(path)
        owner = lock.owner()
        if owner is not None and not self.ctx.prompts.confirm(
            self.tr("Already open"),
            self.tr("%1 is open in another Tsuji (process %2). Open it here too?")
            .replace("%1", path.name)
            .replace("%2", str(owner.pid)),
            warning=True,
        ):
            return False
        try:
            proj = project.load(path)
        except project.ProjectError as e:
            self.ctx.prompts.inform(self.tr("Cannot open"), say(e), error=True)
            return False
        if path.resolve().is_relative_to(resources_dir().resolve()):
            # a shipped sample: edits go to an untitled copy, never into the program's own files
            self.ctx.set_document(Document(project.Project(proj.article)))
            self.ctx.notify(self.tr("This is the shipped sample: Save As to keep a copy"), 10000)
            return True
        doc = Document(proj)
        doc.lock = lock
        lock.acquire()
        self.ctx.set_document(doc)
        self._remember(path)
        return True

    def _import(self, path: Path) -> bool:
        from editor.io.importers import HTML_SUFFIXES, import_path  # trafilatura & co.: on first import

        if path.suffix.lower() in HTML_SUFFIXES:  # trafilatura: off the GUI thread
            self._import_in_background(path.name, lambda: import_path(path))
            return True
        try:
            article = import_path(path)
        except ImportFailed as e:
            self.ctx.prompts.inform(self.tr("Cannot import"), say(e), error=True)
            return False
        self._show_imported(article, path.name)
        return True

    def _show_imported(self, article: Article, name: str) -> None:
        self.ctx.set_document(Document(project.Project(article)))
        self.ctx.notify(self.tr("Imported %1").replace("%1", name), 5000)
        if article.import_notes:
            self.ctx.prompts.inform(
                self.tr("Imported with changes"), "\n".join(say(n) for n in article.import_notes)
            )
        self.ctx.doc.undo_stack.resetClean()  # a new document: unsaved until saved
        self.autosave_soon()
        self._check_archive(article.source_url)

    def _check_archive(self, source_url: str) -> None:
        """Warn when the blog already has a translation of this article (read off the GUI thread)."""
        blog = self.ctx.settings.blog_dir
        if not blog or not source_url.strip():
            return
        from editor.io import archive

        def found(posts: list[archive.Post]) -> None:
            if posts:
                lines = [f"• {p.title}  ({p.date[:10]})\n  {p.url or p.path}" for p in posts[:5]]
                self.ctx.prompts.inform(
                    self.tr("Translated before"),
                    self.tr("The blog already has a translation of this article:")
                    + "\n\n"
                    + "\n".join(lines),
                )

        self.ctx.worker.submit(
            "archive",
            lambda: archive.translated_before(Path(blog).expanduser(), source_url),
            found,
            lambda _e: None,
        )

    def _import_in_background(self, name: str, work: Callable[[], Article]) -> None:
        """The caller has asked about unsaved changes; ask again only if the document changed
        while the import ran."""
        self.ctx.notify(self.tr("Importing %1…").replace("%1", name), 0)
        doc, index = self.ctx.doc, self.ctx.doc.undo_stack.index()

        def done(article: Article) -> None:
            unchanged = self.ctx.doc is doc and doc.undo_stack.index() == index
            if unchanged or self.confirm_discard():
                self._show_imported(article, name)
            else:
                self.ctx.notify(self.tr("Import of %1 cancelled").replace("%1", name), 5000)

        def failed(error: Exception) -> None:
            self.ctx.notify("", 1)
            message = say(error) if isinstance(error, ImportFailed) else f"{name}: {say(error)}"
            self.ctx.prompts.inform(self.tr("Cannot import"), message, error=True)

        self.ctx.worker.submit("import", work, done, failed)

    def import_url_dialog(self) -> None:
        clip = QApplication.clipboard().text().strip()
        guess = clip if clip.startswith(("http://", "https://")) and "\n" not in clip else ""
        answer = self.ctx.prompts.text(self.tr("Import from URL"), self.tr("Address of the article:"), guess)
        url = (answer or "").strip()
        if url and self.confirm_discard():
            from editor.io.importers import import_url

            if not url.startswith(("http://", "https://")):
                url = "https://" + url
            self._import_in_background(url, lambda: import_url(url))

    def import_clipboard(self) -> None:
        data = QApplication.clipboard().mimeData()
        html = data.html() if data is not None and data.hasHtml() else ""
        text = data.text() if data is not None and data.hasText() else ""
        if not (html.strip() or text.strip()):
            self.ctx.prompts.inform(
                self.tr("Import from the clipboard"), self.tr("The clipboard holds no text.")
            )
            return
        if self.confirm_discard():
            from editor.io.importers import import_clipboard

            self._import_in_background(self.tr("the clipboard"), lambda: import_clipboard(html, text))

    def _remember(self, path: Path) -> None:
        """The recent files, written a second later: opening a file at start-up waits for no
        disk flush (the window's close writes them again)."""
        self.ctx.session.add_recent(path)
        QTimer.singleShot(1000, self.ctx.session.save)

    # --- saving ----------------------------------------------------------------

    def save(self) -> bool:
        self.ctx.flush()
        if self.ctx.doc.path is None:
            return self.save_as()
        return self._write(None)

    def save_as(self) -> bool:
        self.ctx.flush()
        article = self.ctx.doc.article
        suggested = (article.source_title or article.title or "untitled").strip()[:60]
        start = str(Path(self._folder()) / f"{suggested}.tsuji")
        chosen = self.ctx.prompts.save_path(self.tr("Save As"), start, project_filter())
        if chosen is None:
            return False
        path = chosen
        if path.suffix != project.SUFFIX:
            path = path.with_suffix(project.SUFFIX)
        return self._write(path)

    def _write(self, path: Path | None, *, quiet: bool = False) -> bool:
        doc = self.ctx.doc
        try:
            written = doc.save(path)
        except project.FileChangedError:
            if quiet and self.warned_changed:
                return False
            self.warned_changed = True
            if not self.ctx.prompts.confirm(
                self.tr("Changed on disk"),
                self.tr(
                    "%1 was changed by another program since Tsuji opened it.\nOverwrite it with your version? (The other version is kept as .bak.)"  # noqa: E501
                ).replace("%1", str(doc.path)),
                warning=True,
            ):
                self._to_recovery()
                return False
            written = doc.save(path, force=True)
        except project.ProjectError as e:
            self._to_recovery()
            if quiet:
                self.ctx.notify(say(e), 10000)
            else:
                self.ctx.prompts.inform(self.tr("Cannot save"), say(e), error=True)
            return False
        self.warned_changed = False
        if doc.lock is None or doc.lock.path != recovery.lock_path(written):
            if doc.lock is not None:
                doc.lock.release()
            doc.lock = recovery.LockFile(written)
            doc.lock.acquire()
        recovery.discard_recovery()
        self._remember(written)
        return True

    # --- autosave and recovery ---------------------------------------------------

    def autosave(self) -> None:
        doc = self.ctx.doc
        self.ctx.flush()  # typing the editor still holds counts as a change
        if not doc.is_modified():
            return
        if doc.path is not None:
            self._write(None, quiet=True)
        else:
            self._to_recovery()

    def _to_recovery(self) -> None:
        try:
            recovery.write_recovery(project.dumps(self.ctx.doc.article), self.ctx.doc.path)
        except OSError as e:
            self.ctx.notify(self.tr("Autosave failed: %1").replace("%1", say(e)), 10000)

    def confirm_discard(self) -> bool:
        self.ctx.flush()
        if not self.ctx.doc.is_modified():
            return True
        answer = self.ctx.prompts.save_changes(
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace(
                "%1", self.ctx.doc.path.name if self.ctx.doc.path else self.tr("Untitled")
            ),
        )
        if answer == "save":
            return self.save()
        return answer == "discard"

    def clean_exit(self) -> None:
        recovery.discard_recovery()

    def offer_recovery(self) -> None:
        """After a crash: offer what the last session autosaved."""
        for orphan in recovery.orphans():
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(orphan.saved_at))
            name = Path(orphan.original).name if orphan.original else self.tr("an untitled document")
            answer = self.ctx.prompts.confirm(
                self.tr("Restore unsaved work?"),
                self.tr("Tsuji did not close normally. Restore %1 as autosaved at %2?")
                .replace("%1", name)
                .replace("%2", when),
            )
            if answer and self.restore(orphan):
                return
            recovery.forget(orphan)

    def restore(self, orphan: recovery.Orphan) -> bool:
        try:
            restored = project.load(orphan.path)
        except project.ProjectError as e:
            self.ctx.prompts.inform(self.tr("Cannot restore"), say(e), error=True)
            return False
        proj = project.Project(restored.article)
        if orphan.original and Path(orphan.original).exists():
            try:
                proj.path = Path(orphan.original)
                proj.disk_hash = project.load(proj.path).disk_hash
            except project.ProjectError:
                proj.path = None
        self.ctx.set_document(Document(proj))
        self.ctx.doc.undo_stack.resetClean()
        recovery.forget(orphan)
        self.autosave_soon()
        return True
