"""The main window: panes, header, menus, toolbar, status bar; wiring in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.core import edits, operations, project
from editor.core.model import Status
from editor.core.search import Match, Query, find_next, replace_in
from editor.resources import resources_dir
from editor.settings import Settings
from editor.ui import actions as acts
from editor.ui.assist_ui import Assistance
from editor.ui.context import AppContext
from editor.ui.document import Document
from editor.ui.files import FileOps
from editor.ui.findbar import FindBar
from editor.ui.header import MetaHeader
from editor.ui.i18n import LANGUAGES
from editor.ui.panes import BlockPanes
from editor.ui.prompts import DialogPrompts
from editor.ui.publishing import Publishing

OPENABLE = (".tsuji", ".md", ".markdown", ".txt", ".html", ".htm")


class MainWindow(QMainWindow):
    def __init__(
        self, settings: Settings, doc: Document | None = None, ctx: AppContext | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.ctx = ctx or AppContext(settings, DialogPrompts(self), parent=self)
        self.ctx.flush = self.flush
        self.setAcceptDrops(True)
        self.setWindowIcon(_app_icon())
        self.doc = doc or Document(parent=self)
        self.doc.setParent(self)
        self.files = FileOps(self.ctx, lambda: self.autosave.start())
        self.worker = self.ctx.worker
        self.header = MetaHeader(self)
        self.findbar = FindBar(self)
        self.findbar.hide()
        self.last_match: Match | None = None
        self.panes: BlockPanes | None = None
        central = QWidget(self)
        self.layout_ = QVBoxLayout(central)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.findbar)
        self.setCentralWidget(central)
        self.actions_ = acts.build(self)
        self.actions_["done_next"].setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.progress = QLabel(self)
        self.counts = QLabel(self)
        self.saved = QLabel(self)
        for w in (self.progress, self.counts):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.saved)
        self._build_menus()
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(2500)
        self.autosave.timeout.connect(self.files.autosave)
        self.header.metaEdited.connect(self._meta_edited)
        self.findbar.findRequested.connect(self._find)
        self.findbar.replaceRequested.connect(self._replace)
        self.publishing = Publishing(
            self.ctx, self, self.menus, self.toolbar, self.actions_["quit"], self.files.save
        )
        self.preview = self.publishing.preview
        self.assistance = Assistance(self)
        self.ctx.message.connect(self._message)
        self.ctx.documentChanged.connect(self.set_document)
        self.ctx.set_document(self.doc)
        self._restore_geometry()

    def _message(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    # --- building ----------------------------------------------------------------

    def _build_menus(self) -> None:
        names = acts.texts(self)
        a = self.actions_
        bar = self.menuBar()
        menus = {m: bar.addMenu(names[f"menu_{m}"]) for m in ("file", "edit", "block", "view", "help")}
        self.menus = menus
        self.recent_menu = menus["file"].addMenu(names["menu_recent"])
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for spec in acts.SPECS:
            menu = menus[spec.menu]
            if spec.name in ("save", "quit", "find", "prev_block", "toggle_quote", "zoom_in"):
                menu.addSeparator()
            if spec.name == "find":
                self.undo_action = QAction(names["undo"], self)
                self.redo_action = QAction(names["redo"], self)
                self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
                self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
                menu.addAction(self.undo_action)
                menu.addAction(self.redo_action)
                menu.addSeparator()
            menu.addAction(a[spec.name])
        lang_menu = menus["view"].addMenu(names["menu_language"])
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            act = lang_menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(self.settings.ui_language == code)
            act.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(act)
        tools = QToolBar(self.tr("Main toolbar"), self)
        tools.setObjectName("main_toolbar")
        tools.setMovable(False)
        for spec in acts.SPECS:
            if spec.toolbar:
                tools.addAction(a[spec.name])
        self.addToolBar(tools)
        self.toolbar = tools
        handlers = {
            "new": self.files.new,
            "open": self.files.open_dialog,
            "save": self.files.save,
            "save_as": self.files.save_as,
            "import": self.files.import_dialog,
            "import_url": self.files.import_url_dialog,
            "paste_article": self.files.import_clipboard,
            "quit": self.close,
            "find": lambda: self._open_find(False),
            "replace": lambda: self._open_find(True),
            "copy_source": self.copy_source,
            "done_next": self.done_and_next,
            "prev_block": lambda: self.step(-1),
            "next_block": lambda: self.step(1),
            "prev_todo": lambda: self.step_todo(-1),
            "next_todo": lambda: self.step_todo(1),
            "toggle_quote": self.toggle_quote,
            "merge": self.merge,
            "split": self.split,
            "omit": self.toggle_omit,
            "note": self.edit_note,
            "zoom_in": lambda: self.zoom(1),
            "zoom_out": lambda: self.zoom(-1),
            "about": self._about,
        }
        for name, fn in handlers.items():
            a[name].triggered.connect(lambda _c=False, fn=fn: fn())

    def set_document(self, doc: Document) -> None:
        """Show ``doc`` (a new, opened or imported document)."""
        old = self.doc
        self.doc = doc
        doc.setParent(self)
        if self.panes is not None:
            self.layout_.removeWidget(self.panes)
            self.panes.deleteLater()
        self.panes = BlockPanes(doc.model, self)
        self.layout_.addWidget(self.panes, 1)
        if self.settings.splitter_state:
            self.panes.restoreState(QByteArray.fromBase64(self.settings.splitter_state.encode()))
        if self.settings.font_size:
            self._apply_font()
        reserved: set[str] = set()
        for action in self.findChildren(QAction):
            reserved |= acts.portable(action)
        self.panes.set_reserved_shortcuts(reserved)
        for action, stack_action in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            self._rebind(action, stack_action)
        doc.changed.connect(self._changed)
        doc.metaChanged.connect(self._meta_changed)
        doc.focusRequested.connect(self._focus_block)
        doc.pathChanged.connect(self._update_title)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        self.header.show_article(doc.article)
        self.publishing.attach(doc)
        self.panes.source.selectionModel().currentChanged.connect(self._current_changed)
        if old is not doc:
            old.close()
            old.deleteLater()
        self._update_title()
        self._update_status()
        if doc.model.rowCount():
            QTimer.singleShot(0, self._go_first)

    def _current_changed(self, *_args: object) -> None:
        self.assistance.refresh()

    def _go_first(self) -> None:
        if self.panes is not None and self.row() < 0:
            self.panes.go_to(0)

    def _rebind(self, action: QAction, which: str) -> None:
        """Undo/redo actions follow the current document's stack."""
        stack = self.doc.undo_stack
        if not action.property("wired"):
            action.triggered.connect(lambda _c=False: self._undo_redo(which))
            action.setProperty("wired", True)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", text))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", text))

    def _undo_redo(self, which: str) -> None:
        self.flush()
        getattr(self.doc.undo_stack, which)()

    # --- block actions -------------------------------------------------------------

    def flush(self) -> None:
        if self.panes is not None:
            self.panes.flush()

    def row(self) -> int:
        return self.panes.current_row() if self.panes is not None else -1

    def selected_ids(self) -> list[str]:
        assert self.panes is not None
        rows = sorted({i.row() for i in self.panes.source.selectionModel().selectedIndexes()})
        if self.row() >= 0 and self.row() not in rows:
            rows = [self.row()]
        return [self.doc.model.block(r).id for r in rows]

    def _try(self, make: object) -> None:
        self.flush()
        try:
            edit = make() if callable(make) else None
        except (edits.EditError, KeyError, IndexError) as e:
            self.statusBar().showMessage(str(e), 5000)
            return
        if edit is not None:
            self.doc.push(edit, self._focus_id())

    def _focus_id(self) -> str | None:
        r = self.row()
        return self.doc.model.block(r).id if r >= 0 else None

    def step(self, delta: int) -> None:
        if self.panes is not None:
            self.panes.go_to(max(0, min(self.doc.model.rowCount() - 1, self.row() + delta)))

    def step_todo(self, delta: int) -> None:
        if self.panes is None:
            return
        self.flush()
        blocks = self.doc.article.blocks
        todo = {b.id for b in self.doc.article.untranslated()}
        r = self.row() + delta
        while 0 <= r < len(blocks):
            if blocks[r].id in todo:
                self.panes.go_to(r)
                return
            r += delta
        self.statusBar().showMessage(self.tr("No more untranslated blocks"), 4000)

    def done_and_next(self) -> None:
        r = self.row()
        if r < 0:
            return
        self.flush()
        block = self.doc.model.block(r)
        if block.draft.strip() or block.kind.value == "image":
            stack = self.doc.undo_stack
            stack.beginMacro(self.tr("Mark done"))
            self.doc.set_status(r, Status.DONE)
            if block.draft.strip():
                self.assistance.confirmed(self.doc.model.block(r))
            stack.endMacro()
        else:
            self.statusBar().showMessage(self.tr("Type a translation before marking the block done"), 4000)
            return
        self.step_todo(1)

    def copy_source(self) -> None:
        r = self.row()
        if r >= 0:
            self._try(
                lambda: edits.edit_draft(
                    self.doc.article, self.doc.model.block(r).id, self.doc.model.block(r).source
                )
            )

    def toggle_quote(self) -> None:
        ids = self.selected_ids()
        if ids:
            quote = not self.doc.article.block(ids[0]).is_quote
            self._try(lambda: edits.set_quote(self.doc.article, ids, quote))

    def toggle_omit(self) -> None:
        ids = self.selected_ids()
        if ids:
            omit = not self.doc.article.block(ids[0]).omit
            self._try(lambda: edits.set_omit(self.doc.article, ids, omit))

    def merge(self) -> None:
        r = self.row()
        if r >= 0:
            self._try(lambda: edits.merge_with_next(self.doc.article, self.doc.model.block(r).id))

    def split(self) -> None:
        r = self.row()
        if r < 0 or self.panes is None:
            return
        self.flush()
        block = self.doc.model.block(r)
        editor = self.panes.editor()
        draft_pos = editor.textCursor().position() if editor is not None else len(block.draft)
        self._try(lambda: operations.split(self.doc.article, block.id, draft_pos))

    def edit_note(self) -> None:
        r = self.row()
        if r < 0:
            return
        block = self.doc.model.block(r)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Translator's note"), self.tr("Note (訳注):"), block.note
        )
        if ok and text != block.note:
            self._try(lambda: edits.set_note(self.doc.article, block.id, text))

    def _focus_block(self, block_id: str) -> None:
        if self.panes is None:
            return
        try:
            r = self.doc.article.index_of(block_id)
        except KeyError:
            return
        if r != self.row() or self.panes.editor() is None:
            self.panes.go_to(r, flush=False)  # called from inside an undo step: no new edits

    def _meta_changed(self) -> None:
        self.header.show_article(self.doc.article)
        self._update_status()

    def _meta_edited(self, name: str, value: object) -> None:
        self._try(lambda: edits.set_meta(self.doc.article, **{name: value}))

    # --- find and replace ---------------------------------------------------------

    def _open_find(self, replace: bool) -> None:
        seed = ""
        editor = self.panes.editor() if self.panes else None
        if editor is not None and editor.textCursor().hasSelection():
            seed = editor.textCursor().selectedText()
        self.findbar.open(replace, seed)

    def _find(self, q: Query, backwards: bool) -> Match | None:
        self.flush()
        m = find_next(self.doc.article, q, self.last_match, backwards)
        self.last_match = m
        if m is None:
            self.findbar.status.setText(self.tr("Not found"))
            return None
        self.findbar.status.setText("")
        if self.panes is not None:
            self.panes.go_to(m.row, focus_draft=m.field == "draft")
            editor = self.panes.editor()
            if m.field == "draft" and editor is not None:
                cursor = editor.textCursor()
                cursor.setPosition(m.start)
                cursor.setPosition(m.end, cursor.MoveMode.KeepAnchor)
                editor.setTextCursor(cursor)
            self.findbar.find_edit.setFocus()
        return m

    def _replace(self, q: Query, replacement: str, everywhere: bool) -> None:
        self.flush()
        art = self.doc.article
        if everywhere:
            changes = operations.replace_all(art, q, replacement, keep_done=self.settings.replace_keeps_done)
            stack = self.doc.undo_stack
            stack.beginMacro(self.tr("Replace all"))
            for edit in changes:
                self.doc.push(edit)
            stack.endMacro()
            self.findbar.status.setText(self.tr("Replaced in %n block(s)", "", len(changes)))
            return
        m = self.last_match
        if m is not None and m.field == "draft" and m.row < len(art.blocks):
            block = art.blocks[m.row]
            new = replace_in(block.draft, q, replacement, m.start)
            if new != block.draft:
                self.doc.push(edits.edit_draft(art, block.id, new), block.id)
        self._find(q, False)

    # --- view -----------------------------------------------------------------------

    def zoom(self, delta: int) -> None:
        base = self.settings.font_size or QFont().pointSize() or 10
        self.settings.font_size = max(7, min(32, base + delta))
        self._apply_font()

    def _apply_font(self) -> None:
        if self.panes is not None:
            f = QFont()
            f.setPointSize(self.settings.font_size)
            self.panes.set_text_font(f)

    def _set_language(self, code: str) -> None:
        self.settings.ui_language = code
        self.settings.save()
        QMessageBox.information(
            self,
            "Tsuji",
            self.tr("The new language is used from the next start."),
        )

    def _about(self) -> None:
        from editor import __version__

        QMessageBox.about(
            self, self.tr("About Tsuji"),
            self.tr("Tsuji %1 — a translation editor for blog posts.").replace("%1", __version__),
        )  # fmt: skip

    # --- status and title -----------------------------------------------------------

    def _changed(self) -> None:
        self._update_status()
        self._update_title()
        self.last_match = None
        self.autosave.start()

    def _update_status(self) -> None:
        p = operations.progress(self.doc.article)
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
        self.saved.setText(self.tr("Unsaved changes") if self.doc.is_modified() else self.tr("Saved"))

    def _update_title(self, *_args: object) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Tsuji")
        self.setWindowModified(self.doc.is_modified())
        self._update_status()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent_files:
            act = self.recent_menu.addAction(name)
            act.triggered.connect(lambda _c=False, n=name: self.files.open_path(Path(n)))
        if not self.settings.recent_files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- window events --------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1280, 820)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        urls = e.mimeData().urls()
        if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(OPENABLE) for u in urls):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        for url in e.mimeData().urls()[:1]:
            self.files.open_path(Path(url.toLocalFile()))
        e.acceptProposedAction()

    def closeEvent(self, e: QCloseEvent) -> None:
        self.flush()
        if not self.files.confirm_discard():
            e.ignore()
            return
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        if self.panes is not None:
            self.settings.splitter_state = bytes(self.panes.saveState().toBase64().data()).decode()
        self.settings.save()
        self.files.clean_exit()
        self.doc.close()
        e.accept()


def _app_icon() -> QIcon:

    path = resources_dir() / "icons" / "tsuji.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


__all__ = ["MainWindow", "project"]
