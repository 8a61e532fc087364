"""Opening, saving, importing, autosave and crash recovery for the window."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from editor.core import project, recovery
from editor.core.model import Article
from editor.io.decode import ImportFailed
from editor.io.importers import HTML_SUFFIXES, import_clipboard, import_path, import_url
from editor.resources import resources_dir
from editor.ui.document import Document

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

PROJECT_FILTER = "Tsuji projects (*.tsuji)"
IMPORT_FILTER = "Articles (*.md *.markdown *.txt *.html *.htm)"


class FileOps:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.warned_changed = False

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FileOps", text)

    # --- opening ---------------------------------------------------------------

    def new(self) -> None:
        if self.confirm_discard():
            self.w.set_document(Document())

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Open"), self._folder(), f"{PROJECT_FILTER};;{IMPORT_FILTER}"
        )
        if name:
            self.open_path(Path(name))

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Import article"), self._folder(), IMPORT_FILTER
        )
        if name:
            self.open_path(Path(name))

    def _folder(self) -> str:
        recent = self.w.settings.recent_files
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def open_path(self, path: Path) -> bool:
        """Open a project, or import an article as a new untitled project."""
        if not self.confirm_discard():
            return False
        if path.suffix.lower() != project.SUFFIX:
            return self._import(path)
        lock = recovery.LockFile(path)
        owner = lock.owner()
        if owner is not None:
            answer = QMessageBox.warning(
                self.w,
                self.tr("Already open"),
                self.tr("%1 is open in another Tsuji (process %2). Open it here too?")
                .replace("%1", path.name)
                .replace("%2", str(owner.pid)),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return False
        try:
            proj = project.load(path)
        except project.ProjectError as e:
            QMessageBox.critical(self.w, self.tr("Cannot open"), str(e))
            return False
        if path.resolve().is_relative_to(resources_dir().resolve()):
            # a shipped sample: edits go to an untitled copy, never into the program's own files
            self.w.set_document(Document(project.Project(proj.article)))
            self.w.statusBar().showMessage(
                self.tr("This is the shipped sample: Save As to keep a copy"), 10000
            )
            return True
        doc = Document(proj)
        doc.lock = lock
        lock.acquire()
        self.w.set_document(doc)
        self._remember(path)
        return True

    def _import(self, path: Path) -> bool:
        if path.suffix.lower() in HTML_SUFFIXES:  # trafilatura: off the GUI thread
            self._import_in_background(path.name, lambda: import_path(path))
            return True
        try:
            article = import_path(path)
        except ImportFailed as e:
            QMessageBox.critical(self.w, self.tr("Cannot import"), str(e))
            return False
        self._show_imported(article, path.name)
        return True

    def _show_imported(self, article: Article, name: str) -> None:
        self.w.set_document(Document(project.Project(article)))
        self.w.statusBar().showMessage(self.tr("Imported %1").replace("%1", name), 5000)
        self.w.doc.undo_stack.resetClean()  # a new document: unsaved until saved
        self.w.autosave.start()

    def _import_in_background(self, name: str, work: Callable[[], Article]) -> None:
        self.w.statusBar().showMessage(self.tr("Importing %1…").replace("%1", name))

        def done(article: Article) -> None:
            if self.confirm_discard():
                self._show_imported(article, name)

        def failed(error: Exception) -> None:
            self.w.statusBar().clearMessage()
            message = str(error) if isinstance(error, ImportFailed) else f"{name}: {error}"
            QMessageBox.critical(self.w, self.tr("Cannot import"), message)

        self.w.worker.submit("import", work, done, failed)

    def import_url_dialog(self) -> None:
        clip = QApplication.clipboard().text().strip()
        guess = clip if clip.startswith(("http://", "https://")) and "\n" not in clip else ""
        url, ok = QInputDialog.getText(
            self.w, self.tr("Import from URL"), self.tr("Address of the article:"), text=guess
        )
        url = url.strip()
        if ok and url:
            if not url.startswith(("http://", "https://")):
                url = "https://" + url
            self._import_in_background(url, lambda: import_url(url))

    def import_clipboard(self) -> None:
        data = QApplication.clipboard().mimeData()
        html = data.html() if data is not None and data.hasHtml() else ""
        text = data.text() if data is not None and data.hasText() else ""
        if not (html.strip() or text.strip()):
            QMessageBox.information(
                self.w,
                self.tr("Import from the clipboard"),
                self.tr("The clipboard holds no text."),
            )
            return
        self._import_in_background(self.tr("the clipboard"), lambda: import_clipboard(html, text))

    def _remember(self, path: Path) -> None:
        self.w.settings.add_recent(path)
        self.w.settings.save()

    # --- saving ----------------------------------------------------------------

    def save(self) -> bool:
        self.w.flush()
        if self.w.doc.path is None:
            return self.save_as()
        return self._write(None)

    def save_as(self) -> bool:
        self.w.flush()
        article = self.w.doc.article
        suggested = (article.source_title or article.title or "untitled").strip()[:60]
        start = str(Path(self._folder()) / f"{suggested}.tsuji")
        name, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save As"), start, PROJECT_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != project.SUFFIX:
            path = path.with_suffix(project.SUFFIX)
        return self._write(path)

    def _write(self, path: Path | None, *, quiet: bool = False) -> bool:
        doc = self.w.doc
        try:
            written = doc.save(path)
        except project.FileChangedError:
            if quiet and self.warned_changed:
                return False
            self.warned_changed = True
            answer = QMessageBox.warning(
                self.w,
                self.tr("Changed on disk"),
                self.tr(
                    "%1 was changed by another program since Tsuji opened it.\nOverwrite it with your version? (The other version is kept as .bak.)"  # noqa: E501
                ).replace("%1", str(doc.path)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                self._to_recovery()
                return False
            written = doc.save(path, force=True)
        except project.ProjectError as e:
            self._to_recovery()
            if quiet:
                self.w.statusBar().showMessage(str(e), 10000)
            else:
                QMessageBox.critical(self.w, self.tr("Cannot save"), str(e))
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
        doc = self.w.doc
        if not doc.is_modified():
            return
        self.w.flush()
        if doc.path is not None:
            self._write(None, quiet=True)
        else:
            self._to_recovery()

    def _to_recovery(self) -> None:
        try:
            recovery.write_recovery(project.dumps(self.w.doc.article), self.w.doc.path)
        except OSError as e:
            self.w.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(e)), 10000)

    def confirm_discard(self) -> bool:
        self.w.flush()
        if not self.w.doc.is_modified():
            return True
        answer = QMessageBox.question(
            self.w,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace(
                "%1", self.w.doc.path.name if self.w.doc.path else self.tr("Untitled")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def clean_exit(self) -> None:
        recovery.discard_recovery()

    def offer_recovery(self) -> None:
        """After a crash: offer what the last session autosaved."""
        for orphan in recovery.orphans():
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(orphan.saved_at))
            name = Path(orphan.original).name if orphan.original else self.tr("an untitled document")
            answer = QMessageBox.question(
                self.w,
                self.tr("Restore unsaved work?"),
                self.tr("Tsuji did not close normally. Restore %1 as autosaved at %2?")
                .replace("%1", name)
                .replace("%2", when),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            )
            if answer == QMessageBox.StandardButton.Yes and self.restore(orphan):
                return
            recovery.forget(orphan)

    def restore(self, orphan: recovery.Orphan) -> bool:
        try:
            restored = project.load(orphan.path)
        except project.ProjectError as e:
            QMessageBox.critical(self.w, self.tr("Cannot restore"), str(e))
            return False
        proj = project.Project(restored.article)
        if orphan.original and Path(orphan.original).exists():
            try:
                proj.path = Path(orphan.original)
                proj.disk_hash = project.load(proj.path).disk_hash
            except project.ProjectError:
                proj.path = None
        self.w.set_document(Document(proj))
        self.w.doc.undo_stack.resetClean()
        recovery.forget(orphan)
        self.w.autosave.start()
        return True
