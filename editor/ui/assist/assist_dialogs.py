"""The glossary term dialog and the translation settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QWidget

from editor.assist import secrets
from editor.assist.glossary import Term
from editor.assist.mt import ENGINES
from editor.ui.shell.context import AppContext
from editor.ui.shell.forms import finish_form
from editor.ui.shell.messages import say


class TermDialog(QDialog):
    def __init__(self, parent: QWidget | None, source: str, target: str) -> None:
        super().__init__(parent)
        self.setObjectName("term_dialog")
        self.setWindowTitle(QCoreApplication.translate("Assistance", "Add term to glossary"))
        self.source, self.target, self.note = (
            QLineEdit(source, self),
            QLineEdit(target, self),
            QLineEdit(self),
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Assistance", "Term"), self.source)
        form.addRow(QCoreApplication.translate("Assistance", "Translation"), self.target)
        form.addRow(QCoreApplication.translate("Assistance", "Note"), self.note)
        finish_form(self, form)
        (self.target if source else self.source).setFocus()

    def term(self) -> Term:
        return Term(self.source.text().strip(), self.target.text().strip(), self.note.text().strip())


class AssistSettings(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assist_settings")
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("Assistance", "Translation settings"))
        s = ctx.settings
        self.engine = QComboBox(self)
        for key, name in ENGINES.items():
            self.engine.addItem(name, key)
        self.engine.setCurrentIndex(list(ENGINES).index(s.mt_engine) if s.mt_engine in ENGINES else 0)
        self.url = QLineEdit(s.mt_url, self)
        self.url.setPlaceholderText("http://localhost:5000/")
        self.region = QLineEdit(s.mt_region, self)
        self.key = QLineEdit(secrets.get_key(s.mt_engine), self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(2, 120)
        self.timeout.setValue(s.mt_timeout)
        self.where = QLabel(
            QCoreApplication.translate("Assistance", "Keys are kept in %1.").replace(
                "%1", say(secrets.where())
            ),
            self,
        )
        self.where.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Assistance", "Engine"), self.engine)
        form.addRow(QCoreApplication.translate("Assistance", "Server URL (LibreTranslate)"), self.url)
        form.addRow(QCoreApplication.translate("Assistance", "Region (Microsoft)"), self.region)
        form.addRow(QCoreApplication.translate("Assistance", "API key"), self.key)
        form.addRow(QCoreApplication.translate("Assistance", "Timeout (seconds)"), self.timeout)
        form.addRow("", self.where)
        finish_form(self, form, save=True)
        self.engine.currentIndexChanged.connect(
            lambda _i: self.key.setText(secrets.get_key(self.engine.currentData()))
        )

    def accept(self) -> None:
        s = self.ctx.settings
        s.mt_engine = str(self.engine.currentData())
        s.mt_url, s.mt_region, s.mt_timeout = (
            self.url.text().strip(),
            self.region.text().strip(),
            self.timeout.value(),
        )
        where = secrets.set_key(s.mt_engine, self.key.text().strip())
        s.save()
        self.ctx.notify(
            QCoreApplication.translate("Assistance", "Saved; the key is kept in %1").replace(
                "%1", say(where)
            ),
            6000,
        )
        super().accept()
