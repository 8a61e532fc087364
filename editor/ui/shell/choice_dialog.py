"""One of several options, each shown whole (a link's words and its full address, say): a list
the arrows walk, Enter or a double click takes, Escape leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ChoiceDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("choice_dialog")
        self.setWindowTitle(title)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("choices")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for option in options:
            QListWidgetItem(option, self.list)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        label.setBuddy(self.list)
        self.resize(560, min(480, 140 + 48 * len(options)))
        self.list.setFocus()

    def chosen(self) -> int:
        return self.list.currentRow()
