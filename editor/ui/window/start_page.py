"""What the window shows with no article: recent projects, Import, Open, the sample."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.resources import resources_dir

MAX_RECENT = 12


class StartPage(QWidget):
    """Each button but the sample's triggers one of the window's actions (see actions.py) and shows
    its keys; a recent project is opened by its path."""

    sampleRequested = Signal()
    recentChosen = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, open_path: Callable[[Path], object] | None = None
    ) -> None:
        """``open_path``: how the window opens a project (the sample's and the recent ones)."""
        super().__init__(parent)
        self.setObjectName("start_page")
        if open_path is not None:
            self.sampleRequested.connect(
                lambda: open_path(resources_dir() / "samples" / "harbor-talks.tsuji")
            )
            self.recentChosen.connect(lambda name: open_path(Path(name)))
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.tagline = QLabel(self)
        self.tagline.setWordWrap(True)
        self.start_label, self.recent_label = QLabel(self), QLabel(self)
        for label in (self.start_label, self.recent_label):
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("import", "import_url", "paste_article", "open", "sample"):
            button = QPushButton(self)
            button.setObjectName(f"start_{name}")
            button.setMinimumHeight(32)
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            if name == "sample":
                button.clicked.connect(self.sampleRequested.emit)
            self.buttons[name] = button
        self.recent = QListWidget(self)
        self.recent.setObjectName("start_recent")
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemClicked.connect(self._chosen)
        self.drop = QLabel(self)
        self.drop.setStyleSheet("color: #666;")
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.addWidget(self.start_label, 0, 0)
        grid.addWidget(self.recent_label, 0, 1)
        column = QVBoxLayout()
        for button in self.buttons.values():
            column.addWidget(button)
        column.addStretch(1)
        grid.addLayout(column, 1, 0)
        grid.addWidget(self.recent, 1, 1)
        grid.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(12)
        outer.addWidget(self.heading)
        outer.addWidget(self.tagline)
        outer.addLayout(grid, 1)
        outer.addWidget(self.drop)
        self._recent: list[str] = []
        self.keys: dict[str, str] = {}
        """The keys of the actions the buttons stand for."""
        self.retranslate()

    def use_actions(self, actions: Mapping[str, QAction]) -> None:
        """The window's actions behind the buttons: a click triggers one, its keys are shown."""
        for name, button in self.buttons.items():
            if name in actions:
                button.clicked.connect(actions[name].trigger)
                self.keys[name] = actions[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, as Space does (a page is not a dialog: Qt gives
        its buttons no default)."""
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QPushButton):
            focused.click()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        """Every label in the interface's language (at start and when it is switched)."""
        self.heading.setText("Tsuji")
        self.tagline.setText(
            self.tr("Translate an article paragraph by paragraph and export it to the blog.")
        )
        self.start_label.setText(self.tr("Start"))
        self.recent_label.setText(self.tr("Recent projects"))
        texts = {
            "import": self.tr("Import an article from a file…"),
            "import_url": self.tr("Import an article from the web…"),
            "paste_article": self.tr("Paste an article"),
            "open": self.tr("Open a project…"),
            "sample": self.tr("Open the sample article"),
        }
        for name, button in self.buttons.items():
            keys = self.keys.get(name, "")
            button.setText(texts[name] + (f"  ({keys})" if keys else ""))
        self.drop.setText(self.tr("Or drop a saved page, a Markdown or text file, or a project here."))
        self.show_recent(self._recent)

    def show_recent(self, paths: list[str]) -> None:
        """Recent projects, newest first; one that is gone is shown, greyed, not opened."""
        self._recent = list(paths)
        self.recent.clear()
        for name in paths[:MAX_RECENT]:
            path = Path(name)
            there = path.is_file()
            label = f"{path.name}    {path.parent}"
            if not there:
                label += "    " + self.tr("(not found)")
            item = QListWidgetItem(label, self.recent)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            if not there:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        if not paths:
            item = QListWidgetItem(self.tr("No project yet: import an article to start one."), self.recent)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _chosen(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(name, str) and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.recentChosen.emit(name)
