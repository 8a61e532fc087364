"""A text of several lines asked for (a translator's note): Enter makes a new line, Tab moves on,
Ctrl+Enter accepts from anywhere in the dialog, and a changed text is never thrown away (Escape,
Cancel, closing the window) without asking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class TextDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str,
        discard: Callable[[], bool],
    ) -> None:
        """``discard`` asks whether to throw the changed text away (True: yes)."""
        super().__init__(parent)
        self.setObjectName("text_dialog")
        self.setWindowTitle(title)
        self.original = text
        self._discard = discard
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("text_dialog_edit")
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        hint = QCoreApplication.translate("TextDialog", "Ctrl+Enter: OK")
        caption = QLabel(f"{label}  ({hint})", self)
        caption.setBuddy(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(520, 260)
        self.edit.setFocus()

    def value(self) -> str:
        return self.edit.toPlainText()

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: a changed text is asked about first."""
        if self.value() != self.original and not self._discard():
            self.edit.setFocus()
            return
        super().reject()
