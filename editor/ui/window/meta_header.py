"""The article details above the panes: title, source, label, author, date, …"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from editor.core.model import Article
from editor.ui.blocks.editors import open_safe_link

FIELDS = (
    "title",
    "source_url",
    "site_label",
    "author",
    "published",
    "source_lang",
    "categories",
    "custom_path",
)


class MetaHeader(QWidget):
    """Emits metaEdited(field, value) when the user changes a field."""

    metaEdited = Signal(str, object)
    metaTyping = Signal(str, object)
    """A field's value as it is being typed (not yet an edit): the preview follows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"meta_{name}")
            edit.editingFinished.connect(lambda n=name: self._finished(n))
            edit.textEdited.connect(lambda _t, n=name: self.metaTyping.emit(n, self._value(n)))
            self.edits[name] = edit
        self.open_url = QToolButton(self)
        self.open_url.setText("↗")
        self.open_url.clicked.connect(self._open_source)
        self.source_title = QLabel(self)
        self.source_title.setObjectName("source_title")
        self.source_title.setWordWrap(True)
        grey = self.source_title.palette()  # a palette, not a style sheet: no style engine at start-up
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#555"))
        self.source_title.setPalette(grey)

        # One line (the title and the label) is always there; the rest folds away (Ctrl+Alt+0).
        top = QHBoxLayout()
        top.setContentsMargins(8, 3, 8, 3)
        top.setSpacing(8)
        self.labels["title"] = QLabel(self)
        top.addWidget(self.labels["title"])
        top.addWidget(self.edits["title"], 1)
        self.labels["site_label"] = QLabel(self)
        top.addWidget(self.labels["site_label"])
        self.edits["site_label"].setMaximumWidth(110)
        top.addWidget(self.edits["site_label"])
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("header_details")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.set_folded_from_button)
        top.addWidget(self.toggle)
        self.details = QWidget(self)
        grid = QGridLayout(self.details)
        grid.setContentsMargins(8, 0, 8, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)

        def put(row: int, col: int, name: str, span: int = 1) -> None:
            self.labels[name] = QLabel(self.details)
            grid.addWidget(self.labels[name], row, col)
            grid.addWidget(self.edits[name], row, col + 1, 1, span)

        grid.addWidget(self.source_title, 0, 1, 1, 7)
        put(1, 0, "source_url", 4)
        grid.addWidget(self.open_url, 1, 6)
        put(2, 0, "author")
        put(2, 2, "published")
        put(2, 4, "source_lang")
        put(3, 0, "categories", 3)
        put(3, 4, "custom_path", 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(5, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(top)
        outer.addWidget(self.details)
        self.article: Article | None = None
        self.details.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Every label in the interface's language (at start and when it is switched)."""
        labels = {
            "title": self.tr("Japanese title"),
            "source_url": self.tr("Source URL"),
            "site_label": self.tr("Site label"),
            "author": self.tr("Author"),
            "published": self.tr("Date"),
            "source_lang": self.tr("Language"),
            "categories": self.tr("Categories"),
            "custom_path": self.tr("URL path"),
        }
        placeholders = {
            "title": self.tr("The post's title in Japanese"),
            "site_label": self.tr("e.g. MoA"),
            "published": "YYYY-MM-DD",
            "source_lang": "en",
            "categories": self.tr("comma-separated"),
            "custom_path": self.tr("e.g. 2026/03/port-talks (blogsync's CustomPath)"),
        }
        for name, label in self.labels.items():
            label.setText(labels[name])
        for name, edit in self.edits.items():
            edit.setPlaceholderText(placeholders.get(name, ""))
        self.open_url.setToolTip(self.tr("Open the source in the browser"))
        self.toggle.setToolTip(self.tr("Show or hide the article's details (Ctrl+Alt+0)"))
        self.set_folded(not self.details.isVisibleTo(self))
        source = self.article.source_title if self.article is not None else ""
        self.source_title.setText(self.tr("Source title: %1").replace("%1", source) if source else "")

    def focus_title(self) -> None:
        self.edits["title"].setFocus()
        self.edits["title"].selectAll()

    def set_folded(self, folded: bool) -> None:
        """One line (title and label), or every detail of the article."""
        self.details.setVisible(not folded)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not folded)
        self.toggle.blockSignals(False)
        self.toggle.setText(self.tr("Details ▸") if folded else self.tr("Details ▾"))

    def set_folded_from_button(self, open_: bool) -> None:
        self.set_folded(not open_)
        if open_:
            self.edits["source_url"].setFocus()

    def toggle_details(self) -> None:
        self.set_folded(self.details.isVisible())

    def show_article(self, article: Article) -> None:
        self.article = article
        for name, edit in self.edits.items():
            value = getattr(article, name)
            text = ", ".join(value) if name == "categories" else value
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)
        source = article.source_title
        self.source_title.setText(self.tr("Source title: %1").replace("%1", source) if source else "")
        self.open_url.setEnabled(article.source_url.startswith(("http://", "https://")))

    def _value(self, name: str) -> object:
        text = self.edits[name].text().strip()
        return [c.strip() for c in text.split(",") if c.strip()] if name == "categories" else text

    def _finished(self, name: str) -> None:
        if self.article is None:
            return
        text = self.edits[name].text().strip()
        value: object = [c.strip() for c in text.split(",") if c.strip()] if name == "categories" else text
        if value != getattr(self.article, name):
            self.metaEdited.emit(name, value)

    def _open_source(self) -> None:
        if self.article is not None:
            from PySide6.QtCore import QUrl

            open_safe_link(QUrl(self.article.source_url))
