"""The main window: panes, header, menus, toolbar, status bar; wiring in one place.

The window holds the parts and wires them; the parts (files, blocks, find,
publishing, assist) work on the application context and never on the window.
What the first paint does not need (icons, the suggestions dock) is built right
after it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.core import edits
from editor.settings import Settings
from editor.ui.blocks.block_ops import BlockOps
from editor.ui.blocks.document import Document
from editor.ui.blocks.panes import BlockPanes
from editor.ui.files.file_ops import FileOps
from editor.ui.publish.publishing import Publishing
from editor.ui.shell import actions as acts
from editor.ui.shell import fonts, i18n, startup
from editor.ui.shell.context import AppContext, Prompts
from editor.ui.shell.i18n import LANGUAGES
from editor.ui.shell.parts import Part, Parts
from editor.ui.window import dock_focus, dock_layout, later_parts
from editor.ui.window.meta_header import MetaHeader
from editor.ui.window.status_bar import StatusBar

if TYPE_CHECKING:
    from editor.ui.find.find_bar import FindBar
    from editor.ui.find.find_ops import FindOps
    from editor.ui.window.start_page import StartPage

OPENABLE = (".tsuji", ".md", ".markdown", ".txt", ".html", ".htm")


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        doc: Document | None = None,
        ctx: AppContext | None = None,
        *,
        opening: bool = False,
    ) -> None:
        """``opening``: a file is opened before the window shows (``tsuji FILE``), so the empty
        first document is not laid out; ``show_document()`` lays it out if nothing was opened."""
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            fonts.use_japanese_fallback(app)  # before any text is laid out
        self.settings = settings
        self.ctx = ctx or AppContext(settings, self._dialog_prompts, parent=self)
        self.ctx.flush = self.flush
        self.ctx.cursor = lambda: self.panes
        self.ctx.reveal = self.reveal
        self.setAcceptDrops(True)
        self.setWindowIcon(acts.app_icon())
        self.doc = doc or Document(parent=self)
        self.doc.setParent(self)
        self.panes: BlockPanes | None = None
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(2500)
        self.parts = Parts(on_built=self._part_built)
        """Every feature of the window, by the name its actions use (actions.py)."""
        self.parts.add("window", self)
        self.files = self.parts.add("files", FileOps(self.ctx, self.autosave.start))
        self.autosave.timeout.connect(self.files.autosave)
        self.worker = self.ctx.worker
        self.blocks = self.parts.add("blocks", BlockOps(self.ctx, self._confirmed))
        self.header = MetaHeader(self)
        central = QWidget(self)
        self.layout_ = QVBoxLayout(central)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.layout_.addWidget(self.header)
        self._start: StartPage | None = None
        self._start_wanted = False
        self._pending_message: tuple[str, int] | None = None
        self.setCentralWidget(central)
        self.actions_ = acts.build(self, lambda: self.parts)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.progress, self.counts, self.saved = self.status.progress, self.status.counts, self.status.saved
        self.publishing = self.parts.add("publishing", Publishing(self.ctx, self, self.files.save))
        self.preview = self.publishing.preview
        actions = (self.set_actions_enabled, self.set_actions_tip)
        later_parts.add_later_parts(
            self.parts, self.ctx, self, self.layout_, self.publishing.preview_dock, actions
        )
        self._painted = self._arranged = False
        self.dock_keys = dock_focus.DockKeys(self.docks, self.back_to_draft, self)
        self._escape = dock_focus.EscapeLeaves(self.back_to_draft, self)
        self._shown_language = i18n.current()
        self._build_menus()
        self.header.metaEdited.connect(self._meta_edited)
        self.header.metaTyping.connect(self._meta_typing)
        self.ctx.message.connect(self._message)
        self.ctx.documentChanged.connect(self.set_document)
        if opening:
            self.ctx.adopt(self.doc)
        else:
            self.ctx.set_document(self.doc)
        self._restore_geometry()

    def show_document(self) -> None:
        """Lay out the current document if no document has been shown yet (see ``opening``)."""
        if self.panes is None:
            self.ctx.set_document(self.doc)

    # --- parts ----------------------------------------------------------------------

    @property
    def finder(self) -> FindOps:
        return self.parts["find"]  # type: ignore[no-any-return]

    @property
    def findbar(self) -> FindBar:
        return self.finder.bar

    def _forget_matches(self) -> None:
        if (finder := self.parts.built("find")) is not None:
            finder.forget()

    def _dialog_prompts(self) -> Prompts:
        from editor.ui.shell.prompts import DialogPrompts

        return DialogPrompts(self)

    def _part_built(self, part: Part) -> None:
        """A part built after the window: its docks in the View menu, its view of the current block."""
        for dock in part.docks().values():
            self.menus["view"].addAction(dock.toggleViewAction())
            dock.installEventFilter(self._escape)
        part.current_changed(self.row())

    def setVisible(self, visible: bool) -> None:
        """The docks arranged before anything is laid out (ARCHITECTURE, start-up): the layout the
        user left, else the default (docks built later find their places in it: frames.add_dock)."""
        if visible and not self._arranged:
            self._arranged = True
            dock_layout.arrange(self, self.docks(), self.ctx.session.window_state)
        super().setVisible(visible)

    def showEvent(self, e: QShowEvent) -> None:  # not event(): see ARCHITECTURE, start-up
        if self._start_wanted and self._start is None:
            self._show_start(True)
        super().showEvent(e)
        if not self._painted and not self.ctx.session.window_state:
            self.publishing.fit_summary()  # the default layout's summary hugs its points
        pending, self._pending_message = self._pending_message, None
        if pending is not None:
            QTimer.singleShot(0, lambda: self._message(*pending))

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self._painted:
            # The window and its children are painted in one pass: right after it, build
            # what the first paint did not need.
            self._painted = True
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._after_first_paint))

    def _after_first_paint(self) -> None:
        startup.resume_collector()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # after the first paint: every primitive Qt draws goes through its Python (QStyle ~13 ms)
            from editor.ui.shell.focus_style import use_focus_style

            use_focus_style(app)
        acts.apply_icons(self.actions_)
        later_parts.after_imports(self.worker, self._build_early)  # the window stays free meanwhile

    def _build_early(self, _imported: object = None) -> None:
        self.parts.build_early()  # their docks take the places the user left them in, if any
        if not self.ctx.session.window_state:
            dock_layout.arrange(self, self.docks(), "")
            self.publishing.fit_summary()

    def set_actions_enabled(self, names: tuple[str, ...], on: bool) -> None:
        for name in names:
            self.actions_[name].setEnabled(on)

    def set_actions_tip(self, names: tuple[str, ...], tip: str) -> None:
        """Why an action is off (shown on hover and in the status bar), or "" when it is on."""
        for name in names:
            action = self.actions_[name]
            action.setToolTip(tip or action.text().replace("&", ""))
            action.setStatusTip(tip)

    def _confirmed(self, block: object) -> None:
        self.parts["assist"].confirmed(block)

    def _message(self, text: str, ms: int) -> None:
        if not self.isVisible():  # shown with the window: before, the bar's labels would cover it
            self._pending_message = (text, ms)
            return
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    # --- building ----------------------------------------------------------------

    def _build_menus(self) -> None:
        names = acts.texts()
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {m: bar.addMenu(names[f"menu_{m}"]) for m in acts.MENUS}
        self.recent_menu = QMenu(names["menu_recent"], self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.undo_action = QAction(names["undo"], self)
        self.redo_action = QAction(names["redo"], self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action.triggered.connect(lambda _c=False: self._undo_redo("undo"))
        self.redo_action.triggered.connect(lambda _c=False: self._undo_redo("redo"))
        self.menus["edit"].addAction(self.undo_action)
        self.menus["edit"].addAction(self.redo_action)
        for spec in acts.SPECS:
            if not spec.menu:
                continue
            menu = self.menus[spec.menu]
            if spec.separator and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(self.actions_[spec.name])
            if spec.name == "open":
                menu.addMenu(self.recent_menu)
        view = self.menus["view"]
        lang_menu = self.lang_menu = view.addMenu(names["menu_language"])
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            act = lang_menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(i18n.current() == code)  # the language in use (the system's by default)
            act.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(act)
        view.addSeparator()
        for dock in self.parts.docks().values():
            view.addAction(dock.toggleViewAction())
            dock.installEventFilter(self._escape)
        tools = QToolBar(self.tr("Main toolbar"), self)
        tools.setObjectName("main_toolbar")
        tools.setMovable(False)
        for spec in acts.SPECS:
            if spec.toolbar:
                if spec.separator and tools.actions():
                    tools.addSeparator()
                tools.addAction(self.actions_[spec.name])
        self.addToolBar(tools)
        self.toolbar = tools
        acts.hold_icon_places(self.actions_, tools.iconSize())

    def set_document(self, doc: Document) -> None:
        """Show ``doc`` (a new, opened or imported document); follows ``ctx.documentChanged``."""
        self._remember_row()
        self.ctx.live_meta.clear()
        old = self.doc
        self.doc = doc
        doc.setParent(self)
        if self.panes is not None:
            self.layout_.removeWidget(self.panes)
            self.panes.deleteLater()
        self.panes = BlockPanes(doc.model, self)
        self.layout_.addWidget(self.panes, 1)
        if self.ctx.session.splitter_state:
            self.panes.restoreState(QByteArray.fromBase64(self.ctx.session.splitter_state.encode()))
        if self.settings.font_size:
            self._apply_font()
        reserved: set[str] = set()
        for action in (*self.actions_.values(), self.undo_action, self.redo_action):
            reserved |= acts.portable(action)  # every shortcut of the window is one of these
        self.panes.set_reserved_shortcuts(reserved)
        self._bind_undo_stack()
        doc.changed.connect(self._changed)
        doc.metaChanged.connect(self._meta_changed)
        doc.focusRequested.connect(self._focus_block)
        doc.pathChanged.connect(self._update_title)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        self.header.show_article(doc.article)
        self._show_start(doc.model.rowCount() == 0 and doc.path is None)
        self.publishing.attach(doc)
        self._forget_matches()
        self.panes.source.selectionModel().currentChanged.connect(self._current_changed)
        if old is not doc:
            old.close()
            old.deleteLater()
        self._update_title()
        if doc.model.rowCount():
            QTimer.singleShot(0, self._go_first)

    @property
    def start(self) -> StartPage:
        """The start page, built the first time there is no article to show."""
        if self._start is None:
            from editor.ui.window.start_page import StartPage  # only without an article

            page = self._start = StartPage(self.centralWidget(), self.files.open_path)
            page.hide()
            self.layout_.addWidget(page, 1)
            page.use_actions(self.actions_)
        return self._start

    def _show_start(self, on: bool) -> None:
        """No article: the start page (recent projects, Import, Open, the sample) in place of the
        header and the panes. Built when the window is shown: ``tsuji FILE`` opens FILE first and
        never builds it."""
        self._start_wanted = on
        if on and (self.isVisible() or self._start is not None):
            self.start.show_recent(self.ctx.session.recent_files)
        if self._start is not None:
            self._start.setVisible(on)
        self.header.setVisible(not on)
        if self.panes is not None:
            self.panes.setVisible(not on)

    def reveal(self, field: str, point: int = 0) -> None:
        """The cursor in the title, or in a summary point (see AppContext.reveal)."""
        if field == "title":
            self.header.focus_title()
        else:
            self.publishing.reveal_point(point, label=field == "label")

    def _current_changed(self, *_args: object) -> None:
        self.parts.current_changed(self.row())

    def _go_first(self) -> None:
        """Open the editor of the block where work stopped last time (else the first one),
        unless the user has already moved somewhere (a view can make row 0 current on
        focus without opening its editor)."""
        if self.panes is None or (self.row() >= 0 and self.panes.editor() is not None):
            return
        last = self.ctx.session.last_rows.get(self._row_key(), -1) if self.doc.path else -1
        if self.row() <= 0 and isinstance(last, int) and 0 < last < self.doc.model.rowCount():
            self.panes.go_to(last, centre=True)
        else:
            self.panes.go_to(max(0, self.row()))

    def _row_key(self) -> str:
        return str(self.doc.path.resolve()) if self.doc.path else ""

    def _remember_row(self) -> None:
        """Where work stopped in this project, for the next time it is opened (the last 50)."""
        if self.doc.path is None or self.panes is None or self.row() < 0:
            return
        rows = self.ctx.session.last_rows
        rows.pop(self._row_key(), None)
        rows[self._row_key()] = self.row()
        for key in list(rows)[:-50]:
            del rows[key]

    def _bind_undo_stack(self) -> None:
        """Undo/redo follow the current document's stack."""
        stack = self.doc.undo_stack
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

    # --- what the actions call ------------------------------------------------------

    def flush(self) -> None:
        if self.panes is not None:
            self.panes.flush()

    def row(self) -> int:
        return self.blocks.row()

    def open_find(self) -> None:
        self.finder.open(False)

    def open_replace(self) -> None:
        self.finder.open(True)

    def toggle_details(self) -> None:
        self.header.toggle_details()

    def docks(self) -> dict[int, QDockWidget]:
        """The docks in the order of their keys (Ctrl+Alt+1…4)."""
        return self.parts.docks()

    def toggle_dock(self, n: int) -> None:
        self.dock_keys.toggle(n)

    def back_to_draft(self) -> None:
        """The keyboard in the current block's draft (Escape in a dock)."""
        if self.panes is not None:
            self.panes.go_to(max(0, self.row()))

    def cycle_focus(self, step: int) -> None:
        self.dock_keys.cycle(step, self.panes)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab never stops inside a dock hidden behind another dock's tab."""
        start = QApplication.focusWidget()
        for _ in range(300):
            if not super().focusNextPrevChild(next):
                return False
            now = QApplication.focusWidget()
            if now is None or now is start or dock_focus.reachable(now):
                return True
        return True

    def show_shortcuts(self) -> None:
        from editor.ui.shell.forms import show_shortcuts

        show_shortcuts(self, acts.shortcut_table())

    def about(self) -> None:
        from editor import __version__

        self.ctx.prompts.inform(
            self.tr("About Tsuji"),
            self.tr("Tsuji %1 — a translation editor for blog posts.").replace("%1", __version__),
        )

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
        """View → Interface Language: at once, no restart (every part retranslates itself)."""
        self.settings.ui_language = code
        self.settings.save()
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, code)
        self.retranslate()  # Qt tells the widgets only while its event loop runs

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange and hasattr(self, "toolbar"):
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        """Menus, actions, docks, header, find bar and status bar in the interface's language."""
        if self._shown_language == i18n.current():
            return
        self._shown_language = i18n.current()
        names = acts.keyed_texts()
        for name, action in self.actions_.items():
            action.setText(names[name])
        for name, menu in self.menus.items():
            menu.setTitle(names[f"menu_{name}"])
        self.recent_menu.setTitle(names["menu_recent"])
        self.lang_menu.setTitle(names["menu_language"])
        stack = self.doc.undo_stack
        self.undo_action.setText(names["undo"])
        self.redo_action.setText(names["redo"])
        if stack.undoText():
            self._undo_text(stack.undoText())
        if stack.redoText():
            self._redo_text(stack.redoText())
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.header.retranslate()
        if self._start is not None:
            self._start.retranslate()
        self.parts.retranslate()
        if self.panes is not None:  # captions and placeholders are drawn in the new language
            for view in (self.panes.source, self.panes.draft):
                view.viewport().update()
        self._update_title()

    # --- following the document --------------------------------------------------------

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
        self.ctx.live_meta.clear()
        self.header.show_article(self.doc.article)
        self._update_status()

    def _meta_typing(self, name: str, value: object) -> None:
        self.ctx.live_meta[name] = value
        self.preview.schedule()

    def _meta_edited(self, name: str, value: object) -> None:
        self.ctx.live_meta.pop(name, None)
        self.blocks.apply(lambda: edits.set_meta(self.doc.article, **{name: value}))

    def _changed(self) -> None:
        self._update_title()
        self._forget_matches()
        if not self.autosave.isActive():  # from the first unsaved change, not the last: typing
            self.autosave.start()  # without a pause is saved every few seconds all the same

    def _update_status(self) -> None:
        self.status.show_progress(self.doc.article, self.doc.is_modified(), self.doc.path is not None)

    def _update_title(self, *_args: object) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Tsuji")
        self.setWindowModified(self.doc.is_modified())
        self._update_status()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.ctx.session.recent_files:
            act = self.recent_menu.addAction(name)
            act.triggered.connect(lambda _c=False, n=name: self.files.open_path(Path(n)))
        if not self.ctx.session.recent_files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- window events --------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.ctx.session.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.ctx.session.window_geometry.encode()))
        else:
            dock_layout.first_size(self)

    def resizeEvent(self, e: QResizeEvent) -> None:
        """Narrower than a laptop's 1,200 px, or wider again: the docks are arranged anew (tabbed
        together on the right in a narrow window), once they exist."""
        super().resizeEvent(e)
        narrow = e.size().width() < dock_layout.NARROW
        if self._painted and e.oldSize().width() > 0 and narrow != (e.oldSize().width() < dock_layout.NARROW):
            dock_layout.arrange(self, self.docks(), "")

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
        self._remember_row()
        self.ctx.session.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.ctx.session.window_state = bytes(self.saveState().toBase64().data()).decode()
        if self.panes is not None:
            self.ctx.session.splitter_state = bytes(self.panes.saveState().toBase64().data()).decode()
        self.ctx.session.save()
        self.files.clean_exit()
        self.doc.close()
        self.ctx.worker.shutdown()
        e.accept()
