"""The two panes: source on the left, draft on the right, rows aligned.

Both are list views over the same BlockModel sharing one selection model.
A row's height is the larger of its source and draft heights, computed by
one RowMetrics object from both panes' widths, so a long paragraph on one
side grows its row on both. The current row's draft is edited in place.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from editor.core.model import Block, BlockKind, Status
from editor.ui.blocks.document import BlockModel, BlockRole
from editor.ui.blocks.editors import DraftEditor, SourceViewer
from editor.ui.blocks.held_scroll import HeldScroll
from editor.ui.blocks.rich_text import UNDERLINE_COLORS, Mark, diff_html, to_html
from editor.ui.blocks.row_metrics import BAR, INDENT, PAD, STRIPE, RowMetrics
from editor.ui.shell.viewports import kept_viewport

Index = QModelIndex | QPersistentModelIndex
LAYOUT_WAIT_MS, LAYOUT_WAITS = 100, 600
"""How often, and how many times, a jump to a row not laid out yet looks again (a minute)."""
STATUS_COLORS = {
    Status.UNTRANSLATED: QColor("#d64545"),
    Status.MACHINE: QColor("#8e5bd6"),
    Status.DRAFT: QColor("#e0a800"),
    Status.DONE: QColor("#2e9d4f"),
}
QUOTE_COLOR = QColor("#c77d00")
CHANGED_COLOR = QColor("#1f6fd1")
"""The stripe of a block whose source changed in an update, until it is confirmed again."""
CURRENT_BG = QColor("#e7f0fd")
SELECTED_BG = QColor("#c9defc")
SELECTED_EDGE = QColor("#2f6fd6")
OMIT_FG = QColor("#9a9a9a")


def keep_cursor_visible(view: QAbstractItemView, editor: QWidget) -> None:
    """Scroll the pane so the draft's text cursor is in sight: a draft taller than the pane grows
    its row, and typing at its end would otherwise go on below the bottom edge."""
    try:
        if not isinstance(editor, DraftEditor) or not editor.isVisible():
            return
    except RuntimeError:  # the editor was closed in the meantime
        return
    viewport = view.viewport()
    rect = editor.cursorRect()
    top = editor.viewport().mapTo(viewport, rect.topLeft()).y()
    bottom = top + rect.height()
    margin = max(8, rect.height() // 2)
    bar = view.verticalScrollBar()
    if bottom + margin > viewport.height():
        bar.setValue(bar.value() + bottom + margin - viewport.height())
    elif top - margin < 0:
        bar.setValue(bar.value() + top - margin)


MAX_COMMIT_DELAY = 1.0
"""Seconds at most between a key typed into a draft and the document holding it."""


class BlockDelegate(QStyledItemDelegate):
    def __init__(self, metrics: RowMetrics, side: str, parent: QObject) -> None:
        super().__init__(parent)
        self.metrics, self.side = metrics, side
        self.reserved: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # the preview follows within 300 ms of the last key
        self._pending: DraftEditor | None = None
        self._pending_since = 0.0
        self._timer.timeout.connect(self._commit_pending)

    # --- sizes and painting ----------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(10, self.metrics.height(index.row()))

    def text_rect(self, rect: QRect, row: int) -> QRect:
        block = self.metrics.model.block(row)
        x = rect.x() + self.metrics.indent(block) + (STRIPE if self.side == "draft" else 0)
        y = rect.y() + PAD + self.metrics.caption_height(row)
        width = (
            self.metrics.draft_text_width(block)
            if self.side == "draft"
            else self.metrics.source_text_width(block)
        )
        return QRect(x, y, width, rect.bottom() - PAD - y + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m = self.metrics
        row = index.row()
        block: Block = index.data(BlockRole)
        rect = option.rect
        painter.save()
        view = self.parent()
        # The selection is asked of the view, not read off option.state: that flag's type is
        # QStyle's, and touching it builds QStyle's twelve Python enums before the first paint.
        chosen = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        current = chosen is not None and chosen.currentIndex().row() == row
        several = chosen is not None and chosen.isSelected(index) and len(chosen.selectedRows()) > 1
        # Filled with a brush and no pen: fillRect's overloads build QGradient's Python enums
        # (5 ms) the first time they are tried, on the window's first paint.
        painter.setPen(Qt.PenStyle.NoPen)
        if several:  # a multi-block selection shows on every row of it, on both panes
            _fill(painter, rect, SELECTED_BG)
            _fill(painter, QRect(rect.right() - 3, rect.y(), 4, rect.height()), SELECTED_EDGE)
        else:
            _fill(painter, rect, CURRENT_BG if current else option.palette.color(QPalette.ColorRole.Base))
        painter.setPen(QColor("#e3e3e3"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(Qt.PenStyle.NoPen)
        x0 = rect.x() + (STRIPE if self.side == "draft" else 0)
        if self.side == "draft":
            _fill(
                painter,
                QRect(rect.x(), rect.y(), STRIPE - 2, rect.height()),
                CHANGED_COLOR if block.previous_source and not block.removed else STATUS_COLORS[block.status],
            )
        if block.quote_group is not None:
            _fill(painter, QRect(x0 + PAD, rect.y(), BAR, rect.height()), QUOTE_COLOR)
        caption = m.caption(row)
        if caption:
            painter.setFont(m.caption_font())
            painter.setPen(QUOTE_COLOR if block.quote_group else OMIT_FG)
            cap = QRect(x0 + m.indent(block), rect.y() + PAD // 2, rect.width(), m.caption_height(row))
            painter.drawText(cap, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, caption)
        tr = self.text_rect(rect, row)
        if block.kind is BlockKind.LIST_ITEM:
            painter.setFont(m.font)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRect(tr.x() - INDENT, tr.y(), INDENT, tr.height()), 0, "•")
        fg = OMIT_FG if block.omit else option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(fg)
        font = m.text_font(block)
        source_marks: tuple[Mark, ...] = ()
        if self.side == "source":
            text, md, source_marks = m.source_text(block)
        else:
            text, md = block.draft, True
            if not text.strip():
                painter.setPen(OMIT_FG)
                placeholder = QFont(font)
                placeholder.setItalic(True)
                painter.setFont(placeholder)
                label = (
                    self.tr("(not translated yet)")
                    if block.needs_translation or block.omit
                    else self.tr("(image: no translation needed)")
                )
                painter.drawText(tr, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
                painter.restore()
                return
        marks: tuple[Mark, ...] = source_marks if self.side == "source" else m.problems.get(block.id, ())
        marks += m.found_marks(block, self.side)
        m.cache.draw(painter, text, tr.x(), tr.y(), tr.width(), font, markdown=md, marks=marks)
        severity = m.flagged.get(block.id) if self.side == "draft" else None
        if severity:  # a finding about the whole draft: a dot at the row's end
            painter.setBrush(UNDERLINE_COLORS[severity])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRect(rect.right() - 12, rect.y() + PAD, 7, 7))
        painter.restore()

    # --- editors ---------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        block: Block = index.data(BlockRole)
        if self.side == "source":
            viewer = SourceViewer(parent)
            viewer.setFont(self.metrics.text_font(block))
            return viewer
        editor = DraftEditor(parent, self.reserved)
        editor.setFont(self.metrics.text_font(block))
        row = index.row()

        def typed() -> None:
            before = self.metrics.height(row)
            self.metrics.live[row] = editor.toPlainText()
            if self.metrics.height(row) != before:  # a relayout costs: only when needed
                self.metrics.rowResized.emit(row)
            if not editor.property("loading"):
                now = time.monotonic()
                if self._pending is None:
                    self._pending_since = now
                self._pending = editor
                # 200 ms after the last key, but never more than a second after the first one
                # not yet committed: typing without a pause still reaches the document (and
                # autosave) every second.
                if not self._timer.isActive() or now - self._pending_since < MAX_COMMIT_DELAY - 0.2:
                    self._timer.start()

        editor.textChanged.connect(typed)
        view = parent.parentWidget()
        if isinstance(view, QAbstractItemView):
            follow = lambda: QTimer.singleShot(0, lambda: keep_cursor_visible(view, editor))  # noqa: E731
            editor.cursorPositionChanged.connect(follow)  # after the row has grown to fit
        return editor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Focus leaving the draft (a dialog, the header, another window) commits the typing
        but keeps the editor open: the translator comes back to the cursor where it was."""
        if isinstance(obj, DraftEditor) and event.type() == QEvent.Type.FocusOut:
            self.flush()
            return False
        return bool(super().eventFilter(obj, event))

    def _commit_pending(self) -> None:
        if self._pending is not None:
            editor, self._pending = self._pending, None
            self.commitData.emit(editor)

    def flush(self) -> None:
        """Commit what is being typed now (before save, undo, navigation)."""
        self._timer.stop()
        self._commit_pending()

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        block: Block = index.data(BlockRole)
        if isinstance(editor, SourceViewer):
            if block.previous_source and not block.removed:  # the words the update changed
                editor.setHtml(diff_html(block.previous_source, block.source))
            else:
                editor.setHtml(to_html(block.source))
        elif isinstance(editor, DraftEditor) and editor.toPlainText() != block.draft:
            editor.setProperty("loading", True)
            editor.setPlainText(block.draft)
            editor.setProperty("loading", False)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DraftEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if self._pending is editor:
            self._timer.stop()
            self._pending = None
        if isinstance(editor, DraftEditor) and index.row() in self.metrics.live:
            before = self.metrics.height(index.row())
            del self.metrics.live[index.row()]
            if index.row() < self.metrics.model.rowCount() and self.metrics.height(index.row()) != before:
                self.metrics.rowResized.emit(index.row())
        super().destroyEditor(editor, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(self.text_rect(option.rect, index.row()))


def _fill(painter: QPainter, rect: QRect, color: QColor) -> None:
    painter.setBrush(color)
    painter.drawRect(rect)


class PaneView(QListView):
    resized = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.kept_viewport = kept_viewport(self)  # before any viewport(): see shell/viewports.py
        self.has_width = False
        """Its viewport has had its width: a pane first shown beside the other is resized after
        it, and until then its viewport's width is Qt's placeholder (98 px)."""
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.held = HeldScroll(self.verticalScrollBar())
        self._measuring = QTimer(self)
        self._measuring.setInterval(100)
        self._measuring.timeout.connect(self._measured)
        self._measuring.start()
        self.setAccessibleName(side)

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool:
        """A block becoming current opens its editor, except while Shift extends the selection:
        the keyboard stays in the pane, so each Shift+Down adds exactly one block."""
        if trigger is None:
            super().edit(index)
            return True
        extending = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        if trigger == QAbstractItemView.EditTrigger.CurrentChanged and extending:
            return False
        return bool(super().edit(index, trigger, event))  # type: ignore[arg-type]  # Qt passes no event here

    def resizeEvent(self, e: Any) -> None:
        self.has_width = True
        super().resizeEvent(e)
        self.resized.emit()

    def relayout(self) -> None:
        """Every row measured again (new widths, another font): in batches, so the pane answers
        meanwhile (a long post takes seconds); see ``_measured``."""
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.scheduleDelayedItemsLayout()
        self._measuring.start()

    def _measured(self) -> None:
        """Once every row has its place, later layouts (a row grown by a line, a block split)
        run in one pass over the heights already measured: a batched one started again from the
        first row and, while it ran, rows further down had no place, so the editor of the block
        being written in was hidden and the keys typed next were lost."""
        rows = self.model().rowCount() if self.model() is not None else 0
        if rows and not self.visualRect(self.model().index(rows - 1, 0)).isValid():
            return
        self._measuring.stop()
        self.setLayoutMode(QListView.LayoutMode.SinglePass)


class BlockPanes(QSplitter):
    """The splitter holding both panes; rows, selection and scrolling in step."""

    def __init__(self, model: BlockModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = model
        self.metrics = RowMetrics(model)
        self.metrics.sized = False  # until both panes have their widths (_widths_changed)
        self.source = PaneView("source", self)
        self.draft = PaneView("draft", self)
        self.source_delegate = BlockDelegate(self.metrics, "source", self.source)
        self.draft_delegate = BlockDelegate(self.metrics, "draft", self.draft)
        self.source.setItemDelegate(self.source_delegate)
        self.draft.setItemDelegate(self.draft_delegate)
        self.source.setModel(model)
        self.draft.setModel(model)
        self.draft.setSelectionModel(self.source.selectionModel())
        self._several = False
        self.source.selectionModel().selectionChanged.connect(self._selection_changed)
        self.source.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there: the draft's texts keep their width (a bar coming as a post grows past the
        # pane narrowed it and every row was laid out again, at start-up too)
        self.draft.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.addWidget(self.source)
        self.addWidget(self.draft)
        self.setChildrenCollapsible(False)
        self._syncing = False
        self.source.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.draft, v))
        self.draft.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.source, v))
        self.source.resized.connect(self._widths_changed)
        self.draft.resized.connect(self._widths_changed)
        self.metrics.rowResized.connect(self._row_resized)
        model.dataChanged.connect(self._data_changed)
        model.rowsInserted.connect(lambda *_a: self._relayout())
        model.rowsRemoved.connect(lambda *_a: self._relayout())

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        """Relayout (costly in a long article) only when a changed row changed height."""
        for row in range(top.row(), bottom.row() + 1):
            old = self.metrics.laid_out.get(self.model.block(row).id)
            if old != self.metrics.height(row):
                self._relayout()
                return
        self.source.viewport().update()
        self.draft.viewport().update()

    def _sync(self, other: PaneView, value: int) -> None:
        mover = self.draft if other is self.source else self.source
        if self._syncing or mover.held.cutting:  # a relayout's passing cut stays in its pane
            return
        self._syncing = True
        other.verticalScrollBar().setValue(value)
        self._syncing = False

    def _widths_changed(self) -> None:
        if not (self.source.has_width and self.draft.has_width):
            return  # the first one shown: rows are laid out once both widths are known
        sw = self.source.viewport().width()
        dw = self.draft.viewport().width()
        if (sw, dw) != (self.metrics.source_width, self.metrics.draft_width) or not self.metrics.sized:
            self.metrics.source_width, self.metrics.draft_width = sw, dw
            self.metrics.sized = True
            self._relayout()

    def _relayout(self) -> None:
        self.source.relayout()
        self.draft.relayout()

    def _row_resized(self, row: int) -> None:
        index = self.model.index(row)
        self.source_delegate.sizeHintChanged.emit(index)
        self.draft_delegate.sizeHintChanged.emit(index)

    def set_reserved_shortcuts(self, keys: set[str]) -> None:
        self.draft_delegate.reserved = keys

    def set_text_font(self, font: QFont) -> None:
        """All rows, and the open editor and source viewer of the current one, at once."""
        self.metrics.set_font(font)
        index = self.source.currentIndex()
        if index.isValid():
            block = self.model.block(index.row())
            for view in (self.source, self.draft):
                widget = view.indexWidget(index)
                if widget is not None:
                    widget.setFont(self.metrics.text_font(block))
        self._relayout()

    def current_row(self) -> int:
        return self.source.currentIndex().row()

    def laid_out(self) -> bool:
        rows = self.model.rowCount()
        last = self.model.index(rows - 1)
        return rows == 0 or (self.source.visualRect(last).isValid() and self.draft.visualRect(last).isValid())

    def editor(self) -> DraftEditor | None:
        w = self.draft.indexWidget(self.draft.currentIndex())
        return w if isinstance(w, DraftEditor) else None

    def viewer(self) -> SourceViewer | None:
        """The current block's open source text (selectable, links clickable)."""
        w = self.source.indexWidget(self.source.currentIndex())
        return w if isinstance(w, SourceViewer) else None

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.source.selectionModel().selectedRows()})

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly ``rows`` (the current block stays current)."""
        model = self.source.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection = QItemSelection()
        for r in rows:
            if 0 <= r < self.model.rowCount():
                index = self.model.index(r)
                selection.select(index, index)
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def show_problems(
        self, marks: dict[str, tuple[tuple[int, int, str], ...]], flagged: dict[str, str]
    ) -> None:
        """Proofreading underlines in the drafts (plain-text ranges by block id), and the blocks
        with a finding about the whole draft (its severity)."""
        self.metrics.problems = marks
        self.metrics.flagged = flagged
        self.draft.viewport().update()

    def set_highlights(self, block_id: str, ranges: list[tuple[int, int]]) -> None:
        """Glossary terms found in a block's source."""
        self.metrics.set_highlights(block_id, ranges)

    def show_found(self, found: dict[tuple[str, str], tuple[tuple[int, int, str], ...]]) -> None:
        """Highlight the find bar's matches in both panes (``{}``: none)."""
        if found == self.metrics.found:
            return
        self.metrics.found = found
        for view in (self.source, self.draft):
            view.viewport().update()

    def flush(self) -> None:
        self.draft_delegate.flush()

    def _selection_changed(self, *_args: object) -> None:
        """Qt repaints the rows whose selection changed; when a selection grows past one row
        (or shrinks back), the rows already selected must show it too."""
        several = len(self.source.selectionModel().selectedRows()) > 1
        if several or several != self._several:
            for view in (self.source, self.draft):
                view.viewport().update()
        self._several = several

    def go_to(self, row: int, *, focus_draft: bool = True, flush: bool = True, centre: bool = False) -> None:
        """Make ``row`` current (and the only selected row), scroll it fully into view
        (centred for a jump), and put the cursor in its draft."""
        if not 0 <= row < self.model.rowCount():
            return
        if flush:
            self.flush()
        index = self.model.index(row)
        # Moving to a block collapses the selection to it, whatever modifiers are held
        # (setCurrentIndex would add every block passed with Ctrl down to the selection).
        flags = QItemSelectionModel.SelectionFlag
        self.draft.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        hint = QAbstractItemView.ScrollHint
        self.draft.scrollTo(index, hint.PositionAtCenter if centre else hint.EnsureVisible)
        if focus_draft:
            self.draft.setFocus()
            editor = self.editor()
            if editor is None:
                self.draft.edit(index)
                editor = self.editor()
            if editor is not None:
                editor.setFocus()
        QTimer.singleShot(0, lambda: self._keep_visible(row))

    def _keep_visible(self, row: int, scrolled: int | None = None, tries: int = LAYOUT_WAITS) -> None:
        """After the row has grown to fit its editor: never leave it cut off at the bottom.
        A row the view has not laid out yet (a long post is laid out in batches of rows after
        it opens: a jump to where work stopped, to a match, to a problem far down) is scrolled
        to once it is, unless the translator has moved to another block or scrolled meanwhile."""
        bar = self.draft.verticalScrollBar()
        if self.current_row() != row or not 0 <= row < self.model.rowCount():
            return
        if scrolled is not None and bar.value() != scrolled:
            return
        index = self.model.index(row)
        self.draft.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        editor = self.editor()
        if editor is not None:  # a row taller than the pane: the cursor in sight, not its top
            keep_cursor_visible(self.draft, editor)
        if tries > 0 and not self.draft.viewport().rect().intersects(self.draft.visualRect(index)):
            QTimer.singleShot(LAYOUT_WAIT_MS, lambda: self._keep_visible(row, bar.value(), tries - 1))
