"""Shared dialog scaffolding: a form above OK/Save and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def finish_form(dialog: QDialog, form: QFormLayout, *, save: bool = False) -> QDialogButtonBox:
    """Lay out ``form`` with the dialog's buttons under it and wire them."""
    accept = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    """Help → Keyboard Shortcuts: every key, as actions.py declares it."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcuts")
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard Shortcuts"))
    table = QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcut_table")
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Dialogs", "Action"), QCoreApplication.translate("Dialogs", "Keys")]
    )
    for r, (name, keys) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(keys))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(520, 560)
    dialog.open()
    return dialog
