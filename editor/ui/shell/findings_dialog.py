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
"""The answer "export anyway" (any other answer is the index of the finding to go to, or None:
cancel)."""

Finding = tuple[str, bool]
"""A finding's text, and whether it can be gone to (its block, the title, a summary point)."""


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
        for index, (message, goable) in enumerate(items):
            item = QListWidgetItem(("→ " if goable else "• ") + message, self.list)
            if goable:
                item.setData(Qt.ItemDataRole.UserRole, index)
                item.setToolTip(self.tr("Click to go there"))
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
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.chosen = index
            self.accept()

    def _export(self) -> None:
        self.chosen = EXPORT
        self.accept()
