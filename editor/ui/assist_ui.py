"""Translation assistance in the window: MT, memory, glossary, pre-translation."""

from __future__ import annotations

import socket
import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from editor.assist import secrets
from editor.assist.glossary import Glossary, Term
from editor.assist.memory import Memory
from editor.assist.mt import ENGINES, EngineConfig, MTError
from editor.assist.mt_cache import MTCache
from editor.core import edits, inline
from editor.core.language import block_language
from editor.core.model import Block, BlockKind
from editor.core.units import Unit
from editor.ui.assist_panel import AssistPanel
from editor.ui.dialogs import finish_form

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

HOSTS = {
    "google": "translate.google.com",
    "mymemory": "api.mymemory.translated.net",
    "deepl": "api-free.deepl.com",
    "microsoft": "api.cognitive.microsofttranslator.com",
}


class Assistance(QObject):
    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self.w = w
        self.panel = AssistPanel(w)
        self.dock = QDockWidget(QCoreApplication.translate("Assistance", "Suggestions"), w)
        self.dock.setObjectName("assist_dock")
        self.dock.setWidget(self.panel)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        w.tabifyDockWidget(self.dock, w.publishing.preview_dock)
        w.publishing.preview_dock.raise_()  # the preview in front; suggestions one click away
        self.memory: Memory | None = None
        self.glossary_: Glossary | None = None
        self.cache: MTCache | None = None
        self.offline = False
        self.probe = QTimer(self)
        self.probe.setInterval(15_000)
        self.probe.timeout.connect(self._probe)
        specs = [
            (
                "translate",
                QCoreApplication.translate("Assistance", "Machine-Translate Block"),
                "Ctrl+Shift+T",
            ),
            (
                "pretranslate",
                QCoreApplication.translate("Assistance", "Pre-translate All Untranslated…"),
                "Ctrl+Shift+P",
            ),
            ("add_term", QCoreApplication.translate("Assistance", "Add Term to Glossary…"), "Ctrl+Shift+G"),
            ("settings", QCoreApplication.translate("Assistance", "Translation Settings…"), None),
        ]
        self.actions: dict[str, QAction] = {}
        for name, text, keys in specs:
            act = QAction(text, w)
            act.setObjectName(f"action_{name}")
            if keys:
                act.setShortcut(QKeySequence(keys))
            self.actions[name] = act
        for n in range(1, 4):
            act = QAction(
                QCoreApplication.translate("Assistance", "Insert Memory Match %1").replace("%1", str(n)), w
            )
            act.setShortcut(QKeySequence(f"Ctrl+{n}"))
            act.triggered.connect(lambda _c=False, n=n: self.insert_match(n))
            self.actions[f"match{n}"] = act
        for n in range(1, 10):
            act = QAction(
                QCoreApplication.translate("Assistance", "Insert Glossary Term %1").replace("%1", str(n)), w
            )
            act.setShortcut(QKeySequence(f"Alt+{n}"))
            act.triggered.connect(lambda _c=False, n=n: self.insert_term(n))
            w.addAction(act)
            self.actions[f"term{n}"] = act
        menu = QMenu(QCoreApplication.translate("Assistance", "&Assist"), w)
        w.menuBar().insertMenu(w.menus["help"].menuAction(), menu)
        for name in ("translate", "pretranslate", "match1", "match2", "match3", "add_term", "settings"):
            menu.addAction(self.actions[name])
        w.menus["view"].addAction(self.dock.toggleViewAction())
        self.actions["translate"].triggered.connect(lambda _c=False: self.translate_current())
        self.actions["pretranslate"].triggered.connect(lambda _c=False: self.pretranslate())
        self.actions["add_term"].triggered.connect(lambda _c=False: self.add_term())
        self.actions["settings"].triggered.connect(lambda _c=False: AssistSettings(w).exec())
        self.panel.translateRequested.connect(self.translate_current)
        self.panel.concordanceRequested.connect(self.concordance)

    # --- stores (opened lazily, off the GUI thread) ---------------------------------

    def _stores(self) -> tuple[Memory, Glossary]:
        if self.memory is None:
            self.memory = Memory()
        if self.glossary_ is None:
            self.glossary_ = Glossary()
        return self.memory, self.glossary_

    def glossary(self) -> Glossary:
        return self._stores()[1]

    def engine(self) -> EngineConfig:
        s = self.w.settings
        return EngineConfig(
            s.mt_engine, secrets.get_key(s.mt_engine), s.mt_url, s.mt_region, s.mt_free_api, s.mt_timeout
        )

    # --- the current block --------------------------------------------------------

    def refresh(self) -> None:
        row = self.w.row()
        if row < 0 or row >= len(self.w.doc.article.blocks):
            return
        block = self.w.doc.article.blocks[row]
        lang = block_language(self.w.doc.article, block)
        query = inline.to_plain(block.source)

        def work() -> tuple[list, list]:  # type: ignore[type-arg]
            memory, glossary = self._stores()
            return memory.lookup(query, lang), glossary.find(query)

        def done(result: tuple[list, list]) -> None:  # type: ignore[type-arg]
            self.panel.show_matches(query, result[0])
            self.panel.show_terms(result[1])
            self.w.panes.metrics.set_highlights(block.id, [(h.start, h.end) for h in result[1]])  # type: ignore[union-attr]

        self.w.worker.submit("assist", work, done, self._failed)
        if not self.offline:
            self.panel.show_mt("")

    def _failed(self, error: Exception) -> None:
        self.w.statusBar().showMessage(str(error), 8000)

    def translate_current(self) -> None:
        row = self.w.row()
        if row < 0 or self.offline:
            return
        self.w.flush()
        block = self.w.doc.article.blocks[row]
        if block.kind is BlockKind.IMAGE:
            return
        cfg = self.engine()
        lang = block_language(self.w.doc.article, block)
        if self.cache is None:
            self.cache = MTCache()
        cache = self.cache
        self.panel.show_mt(QCoreApplication.translate("Assistance", "Translating…"))

        def done(result: tuple[str, bool]) -> None:
            text, cached = result
            self.panel.show_mt(
                text,
                note=QCoreApplication.translate("Assistance", "from the cache")
                if cached
                else ENGINES[cfg.engine],
            )
            current = self.w.doc.article
            if block.id in {b.id for b in current.blocks} and not current.block(block.id).draft.strip():
                self.w.doc.push(edits.machine_draft(current, block.id, text), block.id)

        def failed(error: Exception) -> None:
            message = str(error)
            self.panel.show_mt(message, error=True)
            self.w.statusBar().showMessage(message, 8000)
            if isinstance(error, MTError) and error.kind == "offline":
                self.set_offline(True)

        self.w.worker.submit("mt", lambda: cache.translate(block.source, lang, cfg), done, failed)

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        for name in ("translate", "pretranslate"):
            self.actions[name].setEnabled(not offline)
        self.panel.mt_button.setEnabled(not offline)
        if offline:
            self.panel.show_mt(
                QCoreApplication.translate(
                    "Assistance", "Offline: machine translation is off until the network is back"
                ),
                error=True,
            )
            self.probe.start()
        else:
            self.probe.stop()
            self.panel.show_mt("")
            self.w.statusBar().showMessage(
                QCoreApplication.translate("Assistance", "Back online: machine translation is available"),
                5000,
            )

    def _probe(self) -> None:
        cfg = self.engine()
        if cfg.engine == "libre":
            parts = urlsplit(cfg.url)
            host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
        else:
            host, port = HOSTS.get(cfg.engine, ""), 443

        def reach() -> bool:
            with socket.create_connection((host, port), timeout=3):
                return True

        self.w.worker.submit("probe", reach, lambda _ok: self.set_offline(False), lambda _e: None)

    # --- inserting ------------------------------------------------------------------

    def insert_match(self, n: int) -> None:
        matches = self.panel.current_matches
        row = self.w.row()
        if row < 0 or n > len(matches):
            return
        self.w.flush()
        block = self.w.doc.article.blocks[row]
        self.w.doc.push(edits.edit_draft(self.w.doc.article, block.id, matches[n - 1].unit.target), block.id)

    def insert_term(self, n: int) -> None:
        terms = self.panel.current_terms
        editor = self.w.panes.editor() if self.w.panes else None
        if editor is not None and n <= len(terms):
            editor.insertPlainText(terms[n - 1].term.target)

    def add_term(self) -> None:
        source, target = "", ""
        panes = self.w.panes
        if panes is not None:
            viewer = panes.source.indexWidget(panes.source.currentIndex())
            if viewer is not None and hasattr(viewer, "textCursor"):
                source = viewer.textCursor().selectedText()
            editor = panes.editor()
            if editor is not None:
                target = editor.textCursor().selectedText()
        dialog = TermDialog(self.w, source.strip(), target.strip())
        if dialog.exec():
            term = dialog.term()
            if term.source and term.target:
                self.glossary().add(term)
                self.w.statusBar().showMessage(
                    QCoreApplication.translate("Assistance", "Added to the glossary: %1").replace(
                        "%1", term.source
                    ),
                    4000,
                )
                self.refresh()

    def concordance(self, text: str) -> None:
        self.w.worker.submit(
            "concordance",
            lambda: self._stores()[0].concordance(text),
            self.panel.show_concordance,
            self._failed,
        )

    # --- confirming -----------------------------------------------------------------

    def confirmed(self, block: Block) -> None:
        """A block marked done: into the memory, and its repeats filled for review."""
        art = self.w.doc.article
        lang = block_language(art, block)
        unit = Unit(block.source, block.draft, lang, "ja", art.source_url or art.source_title)
        self.w.worker.submit("tm-add", lambda: self._stores()[0].add(unit), lambda _r: None, self._failed)
        for other in list(art.blocks):
            if other.id != block.id and other.source == block.source and not other.draft.strip():
                self.w.doc.push(edits.edit_draft(art, other.id, block.draft))

    # --- pre-translation ------------------------------------------------------------

    def pretranslate(self) -> None:
        self.w.flush()
        art = self.w.doc.article
        todo = [b for b in art.untranslated() if b.kind is not BlockKind.IMAGE]
        if not todo:
            self.w.statusBar().showMessage(
                QCoreApplication.translate("Assistance", "Nothing to pre-translate"), 4000
            )
            return
        if self.cache is None:
            self.cache = MTCache()
        job = Pretranslate(self.cache, self.engine(), art.source_lang or "en", todo)
        progress = QProgressDialog(
            QCoreApplication.translate("Assistance", "Pre-translating…"),
            QCoreApplication.translate("Assistance", "Cancel"),
            0,
            len(todo),
            self.w,
        )
        progress.setObjectName("pretranslate_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(job.stop.set)
        job.progressed.connect(progress.setValue)
        job.finished_with.connect(lambda results, failures: self._pretranslated(results, failures, progress))
        self.pretranslate_job = job
        job.start()

    def _pretranslated(self, results: dict[str, str], failures: list[str], progress: QProgressDialog) -> None:
        progress.close()
        art = self.w.doc.article
        stack = self.w.doc.undo_stack
        stack.beginMacro(QCoreApplication.translate("Assistance", "Pre-translate"))
        for block_id, text in results.items():
            if block_id in {b.id for b in art.blocks} and not art.block(block_id).draft.strip():
                self.w.doc.push(edits.machine_draft(art, block_id, text))
        stack.endMacro()
        summary = (
            QCoreApplication.translate("Assistance", "%1 block(s) translated, %2 failed")
            .replace("%1", str(len(results)))
            .replace("%2", str(len(failures)))
        )
        self.w.statusBar().showMessage(summary, 10000)
        if failures:
            QMessageBox.warning(
                self.w,
                QCoreApplication.translate("Assistance", "Pre-translate"),
                summary + "\n\n" + "\n".join(failures[:15]),
            )
        if any("offline" in f for f in failures):
            self.set_offline(True)


class Pretranslate(QThread):
    progressed = Signal(int)
    finished_with = Signal(dict, list)

    def __init__(self, cache: MTCache, cfg: EngineConfig, lang: str, blocks: list[Block]) -> None:
        super().__init__()
        self.cache, self.cfg, self.lang = cache, cfg, lang
        self.blocks = [(b.id, b.source, b.lang) for b in blocks]
        self.stop = threading.Event()

    def run(self) -> None:
        results: dict[str, str] = {}
        failures: list[str] = []
        for n, (block_id, source, lang) in enumerate(self.blocks, 1):
            if self.stop.is_set():
                failures.append(
                    QCoreApplication.translate("Assistance", "cancelled: %1 block(s) left").replace(
                        "%1", str(len(self.blocks) - n + 1)
                    )
                )
                break
            try:
                results[block_id] = self.cache.translate(
                    source, lang or self.lang, self.cfg, cancel=self.stop
                )[0]
            except MTError as e:
                failures.append(
                    f"{inline.to_plain(source)[:40]}…: {e}" if e.kind != "offline" else f"offline: {e}"
                )
                if e.kind in ("offline", "bad_key", "cancelled"):
                    break
            self.progressed.emit(n)
        self.finished_with.emit(results, failures)


class TermDialog(QDialog):
    def __init__(self, parent: MainWindow, source: str, target: str) -> None:
        super().__init__(parent)
        self.setObjectName("term_dialog")
        self.setWindowTitle(QCoreApplication.translate("Assistance", "Add term to glossary"))
        self.source, self.target, self.note = (
            QLineEdit(source, self),
            QLineEdit(target, self),
            QLineEdit(self),
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Assistance", "Term"), self.source)
        form.addRow(QCoreApplication.translate("Assistance", "Translation"), self.target)
        form.addRow(QCoreApplication.translate("Assistance", "Note"), self.note)
        finish_form(self, form)
        (self.target if source else self.source).setFocus()

    def term(self) -> Term:
        return Term(self.source.text().strip(), self.target.text().strip(), self.note.text().strip())


class AssistSettings(QDialog):
    def __init__(self, w: MainWindow) -> None:
        super().__init__(w)
        self.setObjectName("assist_settings")
        self.w = w
        self.setWindowTitle(QCoreApplication.translate("Assistance", "Translation settings"))
        s = w.settings
        self.engine = QComboBox(self)
        for key, name in ENGINES.items():
            self.engine.addItem(name, key)
        self.engine.setCurrentIndex(list(ENGINES).index(s.mt_engine) if s.mt_engine in ENGINES else 0)
        self.url = QLineEdit(s.mt_url, self)
        self.url.setPlaceholderText("http://localhost:5000/")
        self.region = QLineEdit(s.mt_region, self)
        self.key = QLineEdit(secrets.get_key(s.mt_engine), self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(2, 120)
        self.timeout.setValue(s.mt_timeout)
        self.where = QLabel(
            QCoreApplication.translate("Assistance", "Keys are kept in %1.").replace("%1", secrets.where()),
            self,
        )
        self.where.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Assistance", "Engine"), self.engine)
        form.addRow(QCoreApplication.translate("Assistance", "Server URL (LibreTranslate)"), self.url)
        form.addRow(QCoreApplication.translate("Assistance", "Region (Microsoft)"), self.region)
        form.addRow(QCoreApplication.translate("Assistance", "API key"), self.key)
        form.addRow(QCoreApplication.translate("Assistance", "Timeout (seconds)"), self.timeout)
        form.addRow("", self.where)
        finish_form(self, form, save=True)
        self.engine.currentIndexChanged.connect(
            lambda _i: self.key.setText(secrets.get_key(self.engine.currentData()))
        )

    def accept(self) -> None:
        s = self.w.settings
        s.mt_engine = str(self.engine.currentData())
        s.mt_url, s.mt_region, s.mt_timeout = (
            self.url.text().strip(),
            self.region.text().strip(),
            self.timeout.value(),
        )
        where = secrets.set_key(s.mt_engine, self.key.text().strip())
        s.save()
        self.w.statusBar().showMessage(
            QCoreApplication.translate("Assistance", "Saved; the key is kept in %1").replace("%1", where),
            6000,
        )
        super().accept()
