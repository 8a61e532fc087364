"""Find and replace across source and draft; replace works in drafts only."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.search import Query

ONE_ROW_WIDTH = 900
"""The bar's width from which the replace fields stand beside the find field."""


class FindBar(QWidget):
    findRequested = Signal(object, bool)  # Query, backwards
    replaceRequested = Signal(object, str, bool)  # Query, replacement, all
    closed = Signal()
    queryEdited = Signal()
    """The search text or an option changed (the matches are highlighted as it is typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 2, 6, 2)
        rows.setSpacing(2)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("find_text")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replace_text")
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(240)
            edit.setMaximumWidth(520)
        options = self.options = QToolButton(self)
        options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(options)
        self.regex = self._option(menu, False)
        self.case = self._option(menu, False)
        self.word = self._option(menu, False)
        menu.addSeparator()
        self.source = self._option(menu, True)
        self.draft = self._option(menu, True)
        options.setMenu(menu)
        self.status = QLabel(self)
        self.status.setObjectName("find_status")
        self.status.setMinimumWidth(110)  # "3 of 17" or a message never widens the window
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)
        self.find_edit.textChanged.connect(self.queryEdited)
        buttons: dict[str, QPushButton | QToolButton] = {
            "prev": QToolButton(self),  # small: the bar fits a 1024-pixel window beside its docks
            "next": QToolButton(self),
            "replace": QPushButton(self),
            "all": QPushButton(self),
            "close": QToolButton(self),
        }
        self.buttons = buttons
        buttons["close"].setText("✕")
        first = QHBoxLayout()
        for w in (self.find_edit, buttons["prev"], buttons["next"], options, self.status):
            first.addWidget(w, 3 if w is self.find_edit else 0)
        first.addStretch(1)
        first.addWidget(buttons["close"])
        self.replace_row = QWidget(self)
        second = QHBoxLayout(self.replace_row)
        second.setContentsMargins(0, 0, 0, 0)
        for w in (self.replace_edit, buttons["replace"], buttons["all"]):
            second.addWidget(w, 3 if w is self.replace_edit else 0)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addWidget(self.replace_row)
        self._rows, self._first = rows, first
        self._one_row = False
        self.find_edit.returnPressed.connect(lambda: self._find(False))
        self.replace_edit.returnPressed.connect(lambda: self._replace(False))
        buttons["next"].clicked.connect(lambda: self._find(False))
        buttons["prev"].clicked.connect(lambda: self._find(True))
        buttons["replace"].clicked.connect(lambda: self._replace(False))
        buttons["all"].clicked.connect(lambda: self._replace(True))
        buttons["close"].clicked.connect(self._close)
        self.retranslate()

    def retranslate(self) -> None:
        """Every label in the interface's language (at start and when it is switched)."""
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit.setPlaceholderText(self.tr("Replace in drafts with"))
        self.options.setText(self.tr("Options"))
        for action, text in (
            (self.regex, self.tr("Regular expression")),
            (self.case, self.tr("Match case")),
            (self.word, self.tr("Whole word")),
            (self.source, self.tr("Search the source")),
            (self.draft, self.tr("Search the drafts")),
        ):
            action.setText(text)
        for name, text in (
            ("prev", "▲ " + self.tr("Previous")),
            ("next", "▼ " + self.tr("Next")),
            ("replace", self.tr("Replace")),
            ("all", self.tr("Replace all")),
        ):
            self.buttons[name].setText(text)
        self.buttons["close"].setToolTip(self.tr("Close"))

    def _option(self, menu: QMenu, checked: bool) -> QAction:
        action = menu.addAction("")
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(self.queryEdited)
        return action

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wide enough (a 1366-pixel laptop with the docks beside): find and replace share one row,
        and the panes keep the height the second row would take; narrower, two rows."""
        super().resizeEvent(event)
        one = event.size().width() >= ONE_ROW_WIDTH
        if one == self._one_row:
            return
        self._one_row = one
        if one:
            self._rows.removeWidget(self.replace_row)
            self._first.insertWidget(self._first.count() - 2, self.replace_row, 3)
        else:
            self._first.removeWidget(self.replace_row)
            self._rows.addWidget(self.replace_row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape anywhere in the bar (a button, an option) closes it, as in its fields."""
        if event.key() == Qt.Key.Key_Escape:
            self._close()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Shift+Enter in the find field: the previous match (Enter: the next one); Escape in
        either field closes the bar."""
        if (
            obj in (self.find_edit, self.replace_edit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self._close()
            return True
        if (
            obj is self.find_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._find(True)
            return True
        return super().eventFilter(obj, event)

    def query(self, *, drafts_only: bool = False) -> Query | None:
        q = Query(
            self.find_edit.text(),
            regex=self.regex.isChecked(),
            case=self.case.isChecked(),
            whole_word=self.word.isChecked(),
            in_source=self.source.isChecked() and not drafts_only,
            in_draft=self.draft.isChecked() or drafts_only,
        )
        try:
            q.compile()
        except re.error as e:
            self.status.setText(self.tr("Bad pattern: %1").replace("%1", str(e)))
            return None
        return q if q.text else None

    def _find(self, backwards: bool) -> None:
        q = self.query()
        if q is not None:
            self.findRequested.emit(q, backwards)

    def _replace(self, everywhere: bool) -> None:
        q = self.query(drafts_only=True)
        if q is not None:
            self.replaceRequested.emit(q, self.replace_edit.text(), everywhere)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

    def open(self, replace: bool, seed: str = "") -> None:
        self.show()
        if seed:
            self.find_edit.setText(seed)
        self.replace_row.setVisible(replace)
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()
