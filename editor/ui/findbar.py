"""Find and replace across source and draft; replace works in drafts only."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from editor.core.search import Query


class FindBar(QWidget):
    findRequested = Signal(object, bool)  # Query, backwards
    replaceRequested = Signal(object, str, bool)  # Query, replacement, all
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("find_text")
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replace_text")
        self.replace_edit.setPlaceholderText(self.tr("Replace in drafts with"))
        self.regex = QCheckBox(self.tr("Regex"), self)
        self.case = QCheckBox(self.tr("Case"), self)
        self.word = QCheckBox(self.tr("Whole word"), self)
        self.source = QCheckBox(self.tr("Source"), self)
        self.source.setChecked(True)
        self.draft = QCheckBox(self.tr("Draft"), self)
        self.draft.setChecked(True)
        self.status = QLabel(self)
        buttons = {
            "prev": QPushButton(self.tr("Previous"), self),
            "next": QPushButton(self.tr("Next"), self),
            "replace": QPushButton(self.tr("Replace"), self),
            "all": QPushButton(self.tr("Replace all"), self),
            "close": QPushButton("✕", self),
        }
        widgets: list[QWidget] = [
            self.find_edit,
            buttons["prev"],
            buttons["next"],
            self.replace_edit,
        ]
        widgets += [buttons["replace"], buttons["all"], self.regex, self.case, self.word]
        widgets += [self.source, self.draft, self.status, buttons["close"]]
        for w in widgets:
            row.addWidget(w)
        self.find_edit.returnPressed.connect(lambda: self._find(False))
        self.replace_edit.returnPressed.connect(lambda: self._replace(False))
        buttons["next"].clicked.connect(lambda: self._find(False))
        buttons["prev"].clicked.connect(lambda: self._find(True))
        buttons["replace"].clicked.connect(lambda: self._replace(False))
        buttons["all"].clicked.connect(lambda: self._replace(True))
        buttons["close"].clicked.connect(self._close)

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
        self.replace_edit.setVisible(True)
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()
