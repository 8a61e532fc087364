"""The summary dock: the ✒️要約 points, each a label and a text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import SummaryPoint

WARN = QColor("#c62828")


class SummaryPanel(QWidget):
    """Emits pointsEdited(list of SummaryPoint) for every change; suggestRequested for Suggest."""

    pointsEdited = Signal(list)
    suggestRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = 80
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("summary_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        # a row's height follows the width of its text: laid out while the window was still
        # hidden (a file opened at start-up), a point stood 700 pixels tall
        header.sectionResized.connect(self._text_column_resized)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().sectionMoved.connect(lambda *_a: self._emit())
        self.table.verticalHeader().setSectionsMovable(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton | QToolButton] = {
            "add": QPushButton(self),
            "remove": QPushButton(self),
            "up": QToolButton(self),  # narrow: the dock fits beside the panes in a 1024-pixel window
            "down": QToolButton(self),
            "suggest": QPushButton(self),
        }
        self.buttons["up"].setText("↑")
        self.buttons["down"].setText("↓")
        self.retranslate()
        for b in self.buttons.values():
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["remove"].clicked.connect(self.remove)
        self.buttons["up"].clicked.connect(lambda: self.move_point(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_point(1))
        self.buttons["suggest"].clicked.connect(self.suggestRequested.emit)
        for keys, fn in (
            ("Alt+Up", lambda: self.move_point(-1)),
            ("Alt+Down", lambda: self.move_point(1)),
            ("Ctrl+Del", self.remove),
        ):
            QShortcut(QKeySequence(keys), self.table, fn)
        self._loading = False

    def retranslate(self) -> None:
        """Headers and buttons in the interface's language (at start and when it is switched)."""
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Text"), self.tr("Chars")])
        for name, text in (
            ("add", self.tr("Add")),
            ("remove", self.tr("Remove")),
            ("suggest", self.tr("Suggest")),
        ):
            self.buttons[name].setText(text)
        self.buttons["up"].setToolTip(self.tr("Move up (Alt+Up)"))
        self.buttons["down"].setToolTip(self.tr("Move down (Alt+Down)"))
        self.buttons["suggest"].setToolTip(self.tr("Propose points from the translation"))
        if self.table.rowCount():
            self._counts()

    def preferred_height(self) -> int:
        """Room for the points there are (one empty row when there are none) and the buttons."""
        rows = max(1, self.table.rowCount())
        row_h = sum(self.table.rowHeight(r) for r in range(self.table.rowCount())) or (
            self.table.verticalHeader().defaultSectionSize()
        )
        if self.table.rowCount() == 0:
            row_h *= rows
        header = self.table.horizontalHeader().sizeHint().height()
        button = next(iter(self.buttons.values())).sizeHint().height()
        title = self.fontMetrics().height() + 8  # the dock's title bar
        return header + row_h + button + 2 * self.table.frameWidth() + title + 24

    def points(self) -> list[SummaryPoint]:
        header = self.table.verticalHeader()
        out = []
        for visual in range(self.table.rowCount()):
            row = header.logicalIndex(visual)
            label = self.table.item(row, 0)
            text = self.table.item(row, 1)
            out.append(SummaryPoint(label.text() if label else "", text.text() if text else ""))
        return out

    def show_points(self, points: list[SummaryPoint], max_chars: int) -> None:
        self.max_chars = max_chars
        if points == self.points() and self.table.verticalHeader().sectionsMoved() is False:
            self._counts()
            return
        self._loading = True
        current = self.table.currentRow()
        self.table.verticalHeader().reset()
        self.table.setRowCount(0)
        self.table.setRowCount(len(points))
        for row, p in enumerate(points):
            self.table.setItem(row, 0, QTableWidgetItem(p.label))
            self.table.setItem(row, 1, QTableWidgetItem(p.text))
            count = QTableWidgetItem()
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 2, count)
        self._counts()
        if 0 <= current < len(points):
            self.table.setCurrentCell(current, 1)
        self.table.resizeRowsToContents()
        self._loading = False

    def _text_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 1:
            self.table.resizeRowsToContents()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        self.table.resizeRowsToContents()

    def _counts(self) -> None:
        self._loading, was = True, self._loading
        for row in range(self.table.rowCount()):
            label, text, count = (self.table.item(row, c) for c in range(3))
            if count is None:
                continue
            n = len((label.text() if label else "") + ": " + (text.text() if text else ""))
            count.setText(str(n))
            over = n > self.max_chars
            count.setForeground(WARN if over else QColor("#555"))
            count.setToolTip(
                self.tr("Longer than %1 characters").replace("%1", str(self.max_chars)) if over else ""
            )
        self._loading = was

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() < 2:
            self._emit()

    def _emit(self) -> None:
        self.pointsEdited.emit(self.points())

    def add(self) -> None:
        self.pointsEdited.emit([*self.points(), SummaryPoint("", "")])
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def remove(self) -> None:
        row = self.table.currentRow()
        points = self.points()
        if 0 <= row < len(points):
            del points[row]
            self.pointsEdited.emit(points)

    def move_point(self, delta: int) -> None:
        row = self.table.currentRow()
        points = self.points()
        to = row + delta
        if 0 <= row < len(points) and 0 <= to < len(points):
            points[row], points[to] = points[to], points[row]
            self.pointsEdited.emit(points)
            self.table.setCurrentCell(to, self.table.currentColumn())
