"""The suggestions dock: machine translation, memory matches, glossary terms, concordance."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from editor.assist.glossary import Hit
from editor.assist.memory import Match
from editor.core.units import Unit

DIFF = "background:#ffe08a"


class AssistPanel(QWidget):
    """Shows; the window decides. Emits translateRequested and concordanceRequested."""

    translateRequested = Signal()
    stopRequested = Signal()
    retryRequested = Signal()
    concordanceRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mt_label = QLabel(self)
        self.mt_text = QLabel(self)
        self.mt_text.setObjectName("mt_text")
        self.mt_text.setWordWrap(True)
        self.mt_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mt_notes = QLabel(self)
        self.mt_notes.setObjectName("mt_notes")
        self.mt_notes.setWordWrap(True)
        self.mt_notes.hide()
        self.busy = False
        self.mt_button = QPushButton(self)
        self.mt_button.setObjectName("mt_button")
        self.mt_button.clicked.connect(
            lambda: (self.stopRequested if self.busy else self.translateRequested).emit()
        )
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry_button")
        self.retry_button.hide()  # shown beside the offline notice
        self.retry_button.clicked.connect(self.retryRequested.emit)
        self.matches = QTextBrowser(self)
        self.matches.setTabChangesFocus(True)
        self.matches.setObjectName("tm_matches")
        self.matches.setOpenLinks(False)
        self.terms = QTextBrowser(self)
        self.terms.setTabChangesFocus(True)
        self.terms.setObjectName("glossary_terms")
        self.terms.setMaximumHeight(110)
        self.search = QLineEdit(self)
        self.search.setObjectName("concordance")
        self.search.returnPressed.connect(lambda: self.concordanceRequested.emit(self.search.text()))
        self.results = QTextBrowser(self)
        self.results.setTabChangesFocus(True)
        self.results.setObjectName("concordance_results")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for w in (self.mt_label, self.mt_text, self.mt_notes, self.mt_button, self.retry_button):
            layout.addWidget(w)
        self.tm_label, self.terms_label = QLabel(self), QLabel(self)
        layout.addWidget(self.tm_label)
        layout.addWidget(self.matches, 2)
        layout.addWidget(self.terms_label)
        layout.addWidget(self.terms, 1)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        self.current_matches: list[Match] = []
        self.current_terms: list[Hit] = []
        self.mt_result = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Labels in the interface's language (at start and when it is switched)."""
        self.mt_label.setText(self.tr("Machine translation"))
        self.mt_button.setText(self.tr("Stop (Esc)") if self.busy else self.tr("Translate (Ctrl+Shift+T)"))
        self.retry_button.setText(self.tr("Retry now"))
        self.search.setPlaceholderText(self.tr("Search the memory (concordance)"))
        self.tm_label.setText(self.tr("Translation memory (Ctrl+1, Ctrl+2, Ctrl+3 insert)"))
        self.terms_label.setText(self.tr("Glossary (Alt+1 … Alt+9 insert)"))

    def set_busy(self, busy: bool) -> None:
        """While an answer streams in, the button stops it (as Escape does)."""
        self.busy = busy
        self.retranslate()

    def show_notes(self, notes: list[str]) -> None:
        """What the check after an answer found: glossary terms not used, numbers or links lost."""
        self.mt_notes.setVisible(bool(notes))
        self.mt_notes.setText("".join(f'<div style="color:#b35900">⚠ {html.escape(n)}</div>' for n in notes))

    def show_mt(self, text: str, *, error: bool = False, note: str = "") -> None:
        self.mt_result = "" if error else text
        color = "#c62828" if error else "#222"
        extra = f' <span style="color:#888">({html.escape(note)})</span>' if note else ""
        self.mt_text.setText(f'<span style="color:{color}">{html.escape(text)}</span>{extra}')

    def show_matches(self, query: str, matches: list[Match]) -> None:
        self.current_matches = matches
        if not matches:
            self.matches.setHtml(
                f'<p style="color:#888">{html.escape(self.tr("No match in the memory"))}</p>'
            )
            return
        parts = []
        for n, m in enumerate(matches, 1):
            source = "".join(
                f'<span style="{DIFF}">{html.escape(p)}</span>' if differs else html.escape(p)
                for p, differs in m.diff(query)
            )
            parts.append(
                f"<p><b>{n}. {m.score:.0f}%</b> {source}<br>"
                f'<span style="color:#1a5fb4">{html.escape(m.unit.target)}</span></p>'
            )
        self.matches.setHtml("".join(parts))

    def show_terms(self, hits: list[Hit]) -> None:
        unique: dict[str, Hit] = {}
        for h in hits:
            unique.setdefault(h.term.source.casefold(), h)
        self.current_terms = list(unique.values())[:9]
        if not self.current_terms:
            self.terms.setHtml(f'<p style="color:#888">{html.escape(self.tr("No glossary term here"))}</p>')
            return
        rows = [
            f"<b>Alt+{n}</b> {html.escape(h.term.source)} → <b>{html.escape(h.term.target)}</b>"
            + (f' <span style="color:#888">{html.escape(h.term.note)}</span>' if h.term.note else "")
            for n, h in enumerate(self.current_terms, 1)
        ]
        self.terms.setHtml("<br>".join(rows))

    def show_concordance(self, units: list[Unit]) -> None:
        if not units:
            self.results.setHtml(f'<p style="color:#888">{html.escape(self.tr("Nothing found"))}</p>')
            return
        blue = '<span style="color:#1a5fb4">'
        self.results.setHtml(
            "".join(f"<p>{html.escape(u.source)}<br>{blue}{html.escape(u.target)}</span></p>" for u in units)
        )
