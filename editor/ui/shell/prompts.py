"""Asking the user with dialogs: the one place that uses QMessageBox and QFileDialog.

Everything else asks through ``AppContext.prompts`` (see context.py), so tests can
answer from a script instead of patching Qt's dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from editor.ui.shell.choice_dialog import ChoiceDialog
from editor.ui.shell.text_dialog import TextDialog

Button = QMessageBox.StandardButton


class DialogPrompts:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.last_box: QMessageBox | None = None
        self.last_text_dialog: TextDialog | None = None
        self.last_choice_dialog: ChoiceDialog | None = None

    def confirm(
        self, title: str, text: str, *, yes: str = "", detail: str = "", warning: bool = False
    ) -> bool:
        if not yes and not detail:
            ask = QMessageBox.warning if warning else QMessageBox.question
            answer = ask(self.parent, title, text, Button.Yes | Button.Cancel)
            return answer in (Button.Yes, Button.Save, Button.Open, Button.Ok)
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question, title, text)
        box.setParent(self.parent, box.windowFlags())
        if detail:
            box.setDetailedText(detail)
        ok = box.addButton(
            yes or QCoreApplication.translate("Prompts", "Yes"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(Button.Cancel)
        self.last_box = box
        box.exec()
        return box.clickedButton() is ok

    def findings(self, title: str, text: str, items: list[tuple[str, bool]], *, yes: str) -> int | None:
        """A list of findings: ``EXPORT`` (-1) for ``yes``, the index of a finding clicked, or None."""
        from editor.ui.shell.findings_dialog import FindingsDialog

        dialog = FindingsDialog(self.parent, title, text, items, yes)
        return dialog.chosen if dialog.exec() else None

    def save_changes(self, title: str, text: str) -> str:
        """ "save", "discard" or "cancel"."""
        answer = QMessageBox.question(self.parent, title, text, Button.Save | Button.Discard | Button.Cancel)
        return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")

    def choose(self, title: str, text: str, options: list[str], *, detail: str = "") -> int | None:
        if detail or (len(options) <= 3 and all(len(o) <= 48 and "\n" not in o for o in options)):
            box = QMessageBox(QMessageBox.Icon.Question, title, text)
            box.setParent(self.parent, box.windowFlags())
            if detail:
                box.setDetailedText(detail)
            buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
            box.addButton(Button.Cancel)
            self.last_box = box
            box.exec()
            clicked = box.clickedButton()
            return next((i for i, b in enumerate(buttons) if b is clicked), None)
        dialog = ChoiceDialog(self.parent, title, text, options)  # long options: shown whole
        self.last_choice_dialog = dialog
        return dialog.chosen() if dialog.exec() == ChoiceDialog.DialogCode.Accepted else None

    def inform(self, title: str, text: str, *, error: bool = False, detail: str = "") -> None:
        if detail:
            icon = QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information
            box = QMessageBox(icon, title, text)
            box.setParent(self.parent, box.windowFlags())
            box.setDetailedText(detail)
            self.last_box = box
            box.exec()
        elif error:
            QMessageBox.critical(self.parent, title, text)
        else:
            QMessageBox.information(self.parent, title, text)

    def open_path(self, title: str, folder: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return Path(name) if name else None

    def save_path(self, title: str, start: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, start, filters)
        return Path(name) if name else None

    def folder(self, title: str, start: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, title, start)
        return Path(name) if name else None

    def text(self, title: str, label: str, text: str = "", *, multiline: bool = False) -> str | None:
        if multiline:
            dialog = TextDialog(self.parent, title, label, text, self._discard_text)
            self.last_text_dialog = dialog
            return dialog.value() if dialog.exec() == TextDialog.DialogCode.Accepted else None
        else:
            value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def _discard_text(self) -> bool:
        answer = QMessageBox.question(
            self.last_text_dialog,
            QCoreApplication.translate("Prompts", "Discard changes?"),
            QCoreApplication.translate("Prompts", "Throw away the text you changed?"),
            Button.Discard | Button.Cancel,
            Button.Cancel,
        )
        return answer == Button.Discard


class _HasResult(Protocol):
    last_result: QWidget | None


def show_result_box(owner: _HasResult, path: Path, text: str) -> None:
    """A non-modal "Exported" box with Open folder and Copy path, kept open after either."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Prompts", "Exported"), text)
    parent = QApplication.activeWindow()
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setObjectName("export_result")
    folder = box.addButton(
        QCoreApplication.translate("Prompts", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    copy = box.addButton(
        QCoreApplication.translate("Prompts", "Copy path"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(Button.Close)
    folder.clicked.disconnect()  # keep the box open after an action
    copy.clicked.disconnect()
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
    owner.last_result = box
    box.open()
