"""Proofreading in the window: findings underlined in the drafts, a Problems dock, F8 / Shift+F8,
one-click fixes, ignores kept in the project, and the counts in the status bar.

Checks run on the worker thread a moment after typing stops (the tokenizer loads there too, on
the first check); the window only draws the answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.assist.proof import Problem, Severity, StyleError, load_style, tokens
from editor.assist.proof.engine import article_segments, check_segments
from editor.assist.proof.styles import Style
from editor.core import edits
from editor.ui.blocks.editors import set_marks
from editor.ui.blocks.rich_text import UNDERLINE_COLORS, plain_ranges
from editor.ui.shell import i18n
from editor.ui.shell.context import AppContext
from editor.ui.shell.frames import Area, add_dock
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults

COLORS = {Severity(k): v for k, v in UNDERLINE_COLORS.items()}
SIGNS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.HINT: "ℹ"}
DELAY_MS = 250


def message_of(p: Problem) -> str:
    """A problem's message in the interface's language (the engine gives both)."""
    return p.message if i18n.current() == "ja" else p.message_en


def place_of(p: Problem) -> str:
    """Where a problem is, as the Problems list and the export check say it."""
    if p.field == "title":
        return QCoreApplication.translate("Proofreading", "Title")
    if p.field in ("summary", "label"):
        return QCoreApplication.translate("Proofreading", "Summary %1").replace("%1", str(p.block))
    if p.field == "note":
        return QCoreApplication.translate("Proofreading", "Block %1 (note)").replace("%1", str(p.block))
    return QCoreApplication.translate("Proofreading", "Block %1").replace("%1", str(p.block))


class ProblemsPanel(QWidget):
    activated = Signal(int)
    fixRequested = Signal(int)
    ignoreRequested = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setObjectName("problems_list")
        self.summary = QLabel(self)
        self.fix = QPushButton(self)
        self.ignore = QPushButton(self)
        self.fix.setObjectName("problems_fix")
        self.ignore.setObjectName("problems_ignore")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.fix)
        buttons.addWidget(self.ignore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(lambda item: self.activated.emit(self.list.row(item)))
        self.list.itemClicked.connect(lambda item: self.activated.emit(self.list.row(item)))
        self.list.currentRowChanged.connect(self._enable)
        self.fix.clicked.connect(lambda: self.fixRequested.emit(self.list.currentRow()))
        self.ignore.clicked.connect(lambda: self.ignoreRequested.emit(self.list.currentRow()))
        self.fixable: list[bool] = []
        self._enable(-1)
        self.retranslate()

    def retranslate(self) -> None:
        self.fix.setText(self.tr("&Fix"))
        self.ignore.setText(self.tr("&Ignore in This Block"))

    def _enable(self, row: int) -> None:
        self.fix.setEnabled(0 <= row < len(self.fixable) and self.fixable[row])
        self.ignore.setEnabled(row >= 0)

    def show_problems(self, rows: list[tuple[Severity, str, str, bool]]) -> None:
        keep = self.list.currentRow()
        self.list.clear()
        for severity, where, message, _fixable in rows:
            item = QListWidgetItem(f"{SIGNS[severity]} {where}  {message}")
            item.setForeground(COLORS[severity])
            self.list.addItem(item)
        self.fixable = [r[3] for r in rows]
        if rows:
            self.list.setCurrentRow(min(max(keep, 0), len(rows) - 1))
        self._enable(self.list.currentRow())


class Proofreading(QObject, PartDefaults):
    """Keeps the current document's problems and shows them."""

    changed = Signal()

    def __init__(self, ctx: AppContext, host: QMainWindow, status: QStatusBar) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.host = host
        self.problems: list[Problem] = []
        self.panel = ProblemsPanel(host)
        # F8 or View → Problems shows it; the status bar always counts
        self.dock = add_dock(host, "problems_dock", self.panel, Area.BottomDockWidgetArea, hidden=True)
        self.counts = QLabel(host)
        self.counts.setObjectName("problem_counts")
        status.addWidget(self.counts)
        self.dock.setWindowTitle(self.tr("Problems"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        self._styles: dict[str, Style] = {}
        self._doc: Any = None
        self.panel.activated.connect(self.go)
        self.panel.fixRequested.connect(self.fix)
        self.panel.ignoreRequested.connect(self.ignore)
        ctx.documentChanged.connect(self.attach)
        ctx.settingsChanged.connect(self.schedule)  # another profile may name another style
        self.attach(ctx.doc)

    # --- checking ------------------------------------------------------------------

    def attach(self, doc: Any) -> None:
        if self._doc is doc:
            return
        self._doc = doc
        self.problems = []
        doc.changed.connect(self.schedule)
        doc.metaChanged.connect(self.schedule)
        self.schedule()

    def schedule(self) -> None:
        self.timer.start()

    def style(self) -> Style | None:
        from editor.flows.house_style import with_house
        from editor.flows.proofread import style_name

        name = style_name(self.ctx.profile())
        if name not in self._styles:
            try:
                self._styles[name] = load_style(name)
            except StyleError as e:
                self.ctx.notify(say(e), 10000)
                return None
        try:
            return with_house(self._styles[name], self.ctx.settings.blog_dir)
        except StyleError as e:  # a user dictionary that cannot be used: said, checked without it
            self.ctx.notify(say(e), 10000)
            return self._styles[name]

    def show_style(self) -> None:
        """Assist → Proofreading Style: the style, the blog's learnt house style, the dictionaries."""
        from editor.ui.proofing.style_dialog import StyleDialog

        StyleDialog(self.ctx, self.host, self.learn_style).exec()

    def learn_style(self) -> None:
        """Assist → Learn House Style from Blog: read the blog's posts, keep what they show, say it,
        and check the draft against it."""
        from editor.assist.proof.learn import describe
        from editor.flows.blog import configured_folder
        from editor.flows.house_style import learn_blog, save

        title = self.tr("Learn House Style from Blog")
        blog = configured_folder(self.ctx.settings.blog_dir)
        if blog is None:
            self.ctx.prompts.inform(
                title, self.tr("Set up the blog folder first (File → Export Settings)."), error=True
            )
            return
        self.ctx.notify(self.tr("Reading the blog's posts…"), 30000)

        def work() -> object:
            learned = learn_blog(blog)
            if learned.posts:
                save(blog, learned)
            return learned

        def done(learned: object) -> None:
            lines = describe(learned)  # type: ignore[arg-type]
            japanese = i18n.current() == "ja"
            text = "\n".join(ja if japanese else en for ja, en in lines)
            if not getattr(learned, "posts", 0):
                text = self.tr("No posts were found in the blog folder.")
            self.ctx.notify("", 1)
            self.ctx.prompts.inform(title, text)
            self.run()

        self.ctx.worker.submit(
            "learn-style", work, done, lambda e: self.ctx.prompts.inform(title, say(e), error=True)
        )

    def run(self) -> None:
        """Check the document now (on the worker); the answer replaces the problems shown. Not
        while the panes are still measuring a long post that just opened: the check and the
        measuring are both Python and share its lock, and each took the other's time (2,000
        blocks measured in 6.2 s beside the first check, 2.0 s alone)."""
        cursor = self.ctx.cursor()
        if cursor is not None and not cursor.laid_out():
            self.timer.start()
            return
        style = self.style()
        if style is None:
            return
        segments = article_segments(self.ctx.doc.article)
        stores = self.ctx.stores

        def job() -> list[Problem]:
            tokens.load()
            return check_segments(segments, style, stores.glossary())

        self.ctx.worker.submit("proofread", job, self._done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.ctx.notify(self.tr("Proofreading failed: %1").replace("%1", say(error)), 10000)

    def _done(self, problems: list[Problem]) -> None:
        self.problems = problems
        self._show()
        self.changed.emit()

    def message(self, p: Problem) -> str:
        return message_of(p)

    def where(self, p: Problem) -> str:
        return place_of(p)

    def docks(self) -> dict[int, QDockWidget]:
        return {4: self.dock}

    def current_changed(self, row: int) -> None:
        self.mark_editor()

    def retranslate(self) -> None:
        """The dock, its buttons and the problems' messages in the interface's language."""
        self.dock.setWindowTitle(self.tr("Problems"))
        self.panel.retranslate()
        self._show()

    def _show(self) -> None:
        rows = [(p.severity, self.where(p), self.message(p), p.fix is not None) for p in self.problems]
        self.panel.show_problems(rows)
        errors = sum(p.severity is Severity.ERROR for p in self.problems)
        warnings = sum(p.severity is Severity.WARNING for p in self.problems)
        hints = len(self.problems) - errors - warnings
        self.counts.setText(f"✖ {errors}  ⚠ {warnings}")
        self.counts.setToolTip(
            self.tr("Proofreading: %1 errors, %2 warnings, %3 hints (F8: next)")
            .replace("%1", str(errors))
            .replace("%2", str(warnings))
            .replace("%3", str(hints))
        )
        self.panel.summary.setText(self.counts.toolTip())
        self._mark_rows()
        self.mark_editor()

    def _mark_rows(self) -> None:
        panes = self.ctx.cursor()
        if panes is None:
            return
        by_block: dict[str, list[tuple[int, int, str]]] = {}
        flagged: dict[str, str] = {}
        for p in self.problems:
            if p.field != "draft" or p.block_id is None:
                continue
            if p.end > p.start:
                by_block.setdefault(p.block_id, []).append((p.start, p.end, str(p.severity)))
            else:
                flagged.setdefault(p.block_id, str(p.severity))
        article = self.ctx.doc.article
        marks = {}
        for block in article.blocks:
            if block.id in by_block:
                marks[block.id] = plain_ranges(block.draft, by_block[block.id])
        panes.show_problems(marks, flagged)

    def mark_editor(self) -> None:
        """Wavy underlines in the open draft editor (its text is the Markdown itself)."""
        panes = self.ctx.cursor()
        editor = panes.editor() if panes is not None else None
        if editor is None:
            return
        row = panes.current_row() if panes is not None else -1
        article = self.ctx.doc.article
        if not 0 <= row < len(article.blocks):
            return
        block = article.blocks[row]
        selections = []
        if editor.toPlainText() == block.draft:  # stale ranges would land on the wrong words
            for p in self.problems:
                if p.block_id != block.id or p.field != "draft" or p.end <= p.start:
                    continue
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(editor.document())
                cursor.setPosition(p.start)
                cursor.setPosition(p.end, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(COLORS[p.severity])
                fmt.setToolTip(self.message(p))
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
        set_marks(editor, "proof", selections)

    # --- going to, fixing and ignoring ------------------------------------------------

    def _rows_of(self, p: Problem) -> int:
        if p.block_id is None:
            return -1
        try:
            return self.ctx.doc.article.index_of(p.block_id)
        except KeyError:
            return -1

    def go(self, index: int) -> None:
        if not 0 <= index < len(self.problems):
            return
        p = self.problems[index]
        self.panel.list.setCurrentRow(index)
        self.ctx.notify(f"{SIGNS[p.severity]} {self.message(p)}  [{p.rule}]", 8000)
        row = self._rows_of(p)
        panes = self.ctx.cursor()
        if row < 0 and p.field in ("title", "summary", "label"):
            self.ctx.reveal(p.field, p.block or 0)
            return
        if row < 0 or panes is None:
            return
        panes.go_to(row, centre=True)
        editor = panes.editor()
        if (
            editor is not None
            and p.field == "draft"
            and editor.toPlainText() == self.ctx.doc.article.blocks[row].draft
        ):
            cursor = editor.textCursor()
            cursor.setPosition(min(p.start, len(editor.toPlainText())))
            cursor.setPosition(min(p.end, len(editor.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
        self.mark_editor()

    def step(self, forward: bool) -> None:
        """F8 / Shift+F8: the next (previous) problem after (before) the cursor, wrapping."""
        if not self.problems:
            self.ctx.notify(self.tr("No problems found"), 3000)
            return
        self.dock.show()
        self.dock.raise_()  # in front of the summary it shares the bottom with
        self.ctx.flush()
        panes = self.ctx.cursor()
        row = panes.current_row() if panes is not None else -1
        editor = panes.editor() if panes is not None else None
        keys = [(self._rows_of(p), p.start) for p in self.problems]
        on = self._selected(row, editor)
        if on is not None:  # a problem is selected: the one after (before) it
            here = keys[on]
            after = [i for i, k in enumerate(keys) if k > here]
            before = [i for i, k in enumerate(keys) if k < here]
        else:  # none selected: the current block's own problems come first, wherever the cursor is
            after = [i for i, k in enumerate(keys) if k[0] >= row]
            before = [i for i, k in enumerate(keys) if k[0] <= row]
        wrap = 0 if forward else len(keys) - 1
        found = after[:1] if forward else before[-1:]
        self.go(found[0] if found else wrap)

    def _selected(self, row: int, editor: Any) -> int | None:
        """The problem whose words are selected in the open draft, if one is."""
        if editor is None or not editor.textCursor().hasSelection():
            return None
        cursor = editor.textCursor()
        for i, p in enumerate(self.problems):
            if self._rows_of(p) == row and (p.start, p.end) == (
                cursor.selectionStart(),
                cursor.selectionEnd(),
            ):
                return i
        return None

    def next(self) -> None:
        self.step(True)

    def previous(self) -> None:
        self.step(False)

    def fix(self, index: int) -> None:
        if not 0 <= index < len(self.problems) or self.problems[index].fix is None:
            return
        self.ctx.flush()
        p = self.problems[index]
        article = self.ctx.doc.article
        current = _text_of(article, p)
        if current is None or current[p.start : p.end] != p.excerpt:
            self.ctx.notify(self.tr("The text changed since the check; checking again"), 4000)
            self.run()
            return
        fixed = current[: p.start] + (p.fix or "") + current[p.end :]
        self.ctx.doc.push(edits.proof_fix(article, p.field, p.block_id, p.block, fixed), p.block_id)
        self.run()

    def ignore(self, index: int) -> None:
        if not 0 <= index < len(self.problems):
            return
        p = self.problems[index]
        block_id = p.block_id if p.field in ("draft", "note") else None
        self.ctx.doc.push(edits.ignore_finding(self.ctx.doc.article, block_id, p.key), block_id)
        self.run()

    def fix_current(self) -> None:
        self.fix(self.panel.list.currentRow())

    def ignore_current(self) -> None:
        self.ignore(self.panel.list.currentRow())


def _text_of(article: Any, p: Problem) -> str | None:
    if p.field == "title":
        return str(article.title)
    if p.field in ("summary", "label") and p.block and p.block <= len(article.summary):
        point = article.summary[p.block - 1]
        return str(point.text if p.field == "summary" else point.label)
    if p.block_id is not None:
        try:
            return str(getattr(article.block(p.block_id), p.field))
        except KeyError:
            return None
    return None
