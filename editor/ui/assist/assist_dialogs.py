"""The glossary term dialog and the translation settings dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor.assist import secrets
from editor.assist.glossary import Term
from editor.assist.llm import chat
from editor.assist.llm.chat import DEFAULT_URLS
from editor.assist.mt import CHAT_ENGINES, ENGINES, EngineConfig
from editor.flows.machine import chat_config
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
    """The engine and how to reach it. A language model server (OpenAI-compatible or Ollama) has
    a URL, a model picked from the server's list, a temperature and a timeout; Test connection
    says what is wrong, or that the model answers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assist_settings")
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("Assistance", "Translation settings"))
        s = ctx.settings
        self.engine = QComboBox(self)
        self.engine.setObjectName("engine")
        for key, name in ENGINES.items():
            self.engine.addItem(name, key)
        self.engine.setCurrentIndex(list(ENGINES).index(s.mt_engine) if s.mt_engine in ENGINES else 0)
        self.url = QLineEdit(self)
        self.url.setObjectName("url")
        self.model = QComboBox(self)
        self.model.setObjectName("model")
        self.model.setEditable(True)
        self.model.setCurrentText(s.llm_model)
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setRange(0, 2)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(s.llm_temperature)
        self.region = QLineEdit(s.mt_region, self)
        self.key = QLineEdit(secrets.get_key(s.mt_engine), self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(2, 600)
        self.test = QPushButton(QCoreApplication.translate("Assistance", "Test connection"), self)
        self.test.setObjectName("test_connection")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("test_result")
        self.verdict.setWordWrap(True)
        self.where = QLabel(
            QCoreApplication.translate("Assistance", "Keys are kept in %1.").replace(
                "%1", say(secrets.where())
            ),
            self,
        )
        self.where.setWordWrap(True)
        self.form = form = QFormLayout()
        form.addRow(QCoreApplication.translate("Assistance", "Engine"), self.engine)
        form.addRow(QCoreApplication.translate("Assistance", "Server URL"), self.url)
        form.addRow(QCoreApplication.translate("Assistance", "Model"), self.model)
        form.addRow(QCoreApplication.translate("Assistance", "Temperature"), self.temperature)
        form.addRow(QCoreApplication.translate("Assistance", "Region (Microsoft)"), self.region)
        form.addRow(QCoreApplication.translate("Assistance", "API key"), self.key)
        form.addRow(QCoreApplication.translate("Assistance", "Timeout (seconds)"), self.timeout)
        form.addRow(self.test, self.verdict)
        form.addRow("", self.where)
        finish_form(self, form, save=True)
        self.shown = ""
        self._engine_changed()
        self.engine.currentIndexChanged.connect(lambda _i: self._engine_changed())
        self.test.clicked.connect(self.test_connection)

    def chosen(self) -> str:
        return str(self.engine.currentData())

    def _engine_changed(self) -> None:
        """Show the fields the engine uses, with its own URL, key and timeout."""
        s, engine = self.ctx.settings, self.chosen()
        chat_engine = engine in CHAT_ENGINES
        if self.shown:  # keep what was typed for the engine shown before
            self._keep(self.shown)
        self.shown = engine
        self.url.setText(s.llm_url if chat_engine else s.mt_url)
        self.url.setPlaceholderText(DEFAULT_URLS.get(engine, "http://localhost:5000/"))
        self.timeout.setValue(s.llm_timeout if chat_engine else s.mt_timeout)
        self.key.setText(secrets.get_key(engine))
        for row, on in (
            (self.url, chat_engine or engine == "libre"),
            (self.model, chat_engine),
            (self.temperature, chat_engine),
            (self.region, engine == "microsoft"),
            (self.test, chat_engine),
        ):
            self.form.setRowVisible(row, on)
        self.verdict.clear()
        if chat_engine:
            self.load_models()

    def _keep(self, engine: str) -> None:
        s = self.ctx.settings
        if engine in CHAT_ENGINES:
            s.llm_url, s.llm_timeout = self.url.text().strip(), self.timeout.value()
        else:
            s.mt_url, s.mt_timeout = self.url.text().strip(), self.timeout.value()

    def config(self) -> EngineConfig:
        engine = self.chosen()
        return EngineConfig(
            engine,
            self.key.text().strip(),
            self.url.text().strip() or DEFAULT_URLS.get(engine, ""),
            self.region.text().strip(),
            timeout=self.timeout.value(),
            model=self.model.currentText().strip(),
            temperature=self.temperature.value(),
        )

    def load_models(self) -> None:
        """Fill the model list from the server, quietly (the test says what is wrong)."""
        cfg = chat_config(self.config())

        def fill(found: list[str]) -> None:
            typed = self.model.currentText()
            self.model.clear()
            self.model.addItems(found)
            self.model.setCurrentText(typed or (found[0] if found else ""))

        self.ctx.worker.submit("llm-models", lambda: chat.models(cfg), fill, lambda _e: None)

    def test_connection(self) -> None:
        cfg = chat_config(self.config())
        self.verdict.setText(QCoreApplication.translate("Assistance", "Testing…"))
        self.test.setEnabled(False)

        def done(message: str) -> None:
            self.test.setEnabled(True)
            self.verdict.setText(
                f'<span style="color:#2e7d32">✔ {html.escape(say(message), quote=False)}</span>'
            )
            self.load_models()

        def failed(error: Exception) -> None:
            self.test.setEnabled(True)
            self.verdict.setText(
                f'<span style="color:#c62828">✖ {html.escape(say(error), quote=False)}</span>'
            )

        self.ctx.worker.submit("llm-test", lambda: chat.check_connection(cfg), done, failed)

    def accept(self) -> None:
        s = self.ctx.settings
        s.mt_engine = self.chosen()
        self._keep(s.mt_engine)
        s.mt_region = self.region.text().strip()
        if s.mt_engine in CHAT_ENGINES:
            s.llm_model, s.llm_temperature = self.model.currentText().strip(), self.temperature.value()
        where = secrets.set_key(s.mt_engine, self.key.text().strip())
        s.save()
        self.ctx.notify(
            QCoreApplication.translate("Assistance", "Saved; the key is kept in %1").replace(
                "%1", say(where)
            ),
            6000,
        )
        super().accept()
