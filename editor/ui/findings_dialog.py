"""Before exporting: what the check found, one finding per line; clicking one goes to its block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

EXPORT = -1
"""The answer "export anyway" (any other answer is the row to go to, or None: cancel)."""

Finding = tuple[str, int | None]
"""A finding's text and the row of its block (None: about the whole post)."""


class FindingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, items: list[Finding], yes: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("export_findings")
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for message, row in items:
            item = QListWidgetItem(("→ " if row is not None else "• ") + message, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row)
            if row is not None:
                item.setToolTip(self.tr("Click to go to block %1").replace("%1", str(row + 1)))
        self.list.itemClicked.connect(self._go)
        self.list.itemActivated.connect(self._go)  # Enter on a finding
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        export = buttons.addButton(yes, QDialogButtonBox.ButtonRole.AcceptRole)
        export.setObjectName("export_anyway")
        export.setAutoDefault(False)  # Enter never exports by accident
        export.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.list.setFocus()  # arrows and Enter walk the findings; no button is pressed by Enter
        self.resize(640, min(520, 160 + 28 * len(items)))

    def _go(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, int):
            self.chosen = row
            self.accept()

    def _export(self) -> None:
        self.chosen = EXPORT
        self.accept()
