"""The editors a block opens in place: the draft's text editor and the source's viewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextBrowser, QTextEdit, QWidget

from editor.core import inline
from editor.core.inline import safe_url
from editor.ui.shell.viewports import kept_viewport

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl


def set_marks(
    editor: QPlainTextEdit | QTextEdit, kind: str, selections: list[QTextEdit.ExtraSelection]
) -> None:
    """The extra selections of one kind ("proof", "find") in an open editor, the others kept."""
    marks: dict[str, list[QTextEdit.ExtraSelection]] = getattr(editor, "marks", {})
    marks[kind] = selections
    editor.setExtraSelections([s for group in marks.values() for s in group])


class DraftEditor(QPlainTextEdit):
    """The in-place editor of the current block's translation."""

    def __init__(self, parent: QWidget, reserved: set[str]) -> None:
        super().__init__(parent)
        self.kept_viewport = kept_viewport(self)  # before any viewport(): see shell/viewports.py
        self.reserved = reserved
        self.marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(0)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUndoRedoEnabled(False)  # one undo history: the window's
        self.setTabChangesFocus(True)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.setPlaceholderText(self.tr("Type the translation…"))
        # Wrapped text never needs a sideways scroll, but the cursor's width
        # makes QPlainTextEdit scroll a few pixels and clip the first glyph.
        bar = self.horizontalScrollBar()
        bar.valueChanged.connect(self._no_sideways)

    def _no_sideways(self, value: int) -> None:
        if value:
            self.horizontalScrollBar().setValue(0)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            seq = QKeySequence(e.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
            if seq in self.reserved:
                e.ignore()  # let the window's action have it
                return False
        return super().event(e)


def open_safe_link(url: QUrl) -> bool:
    """Open a link with the system, if its scheme is http, https or mailto; anything else
    (smb:, ms-msdt:, search-ms:, file:, javascript:) is never handed over."""
    if url.scheme().lower() in inline.SAFE_SCHEMES and safe_url(url.toString()):
        return bool(QDesktopServices.openUrl(url))
    return False


class SourceViewer(QTextBrowser):
    """Read-only, selectable source text of the current block; links open."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.kept_viewport = kept_viewport(self)  # before any viewport(): see shell/viewports.py
        self.marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(0)
        self.setOpenLinks(False)  # only http, https and mailto are handed to the system
        self.anchorClicked.connect(open_safe_link)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
