"""Where the docks go: the window's width and the layout the user left decide."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

NARROW = 1200
"""Below this width (a 1024-pixel laptop) every dock is tabbed together on the right."""


def arrange(window: QMainWindow, docks: dict[int, QDockWidget], saved: str) -> None:
    """The docks by their keys (1 summary, 2 preview, 3 suggestions, 4 problems). Problems share
    the bottom with the summary; a narrow window tabs every dock together on the right; a saved
    layout (``saved``, base64 of QMainWindow.saveState) wins over both."""
    summary, preview, problems = docks[1], docks[2], docks.get(4)
    if problems is not None:
        window.tabifyDockWidget(summary, problems)
        summary.raise_()
    if window.width() < NARROW:
        for dock in (summary, problems):
            if dock is not None:
                window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
                window.tabifyDockWidget(preview, dock)
        preview.raise_()
    if saved:
        window.restoreState(QByteArray.fromBase64(saved.encode()))


FRAME = 48
"""Pixels a window's title bar and borders take beyond its own size (more than most have)."""


def first_size(window: QMainWindow) -> None:
    """The first start: 1280×820 where it fits, else the screen's free area less room for the
    title bar and borders (a window as tall as the free area put its status bar below the
    bottom edge of a 1366×768 laptop screen)."""
    free = window.screen().availableGeometry()
    window.resize(min(1280, free.width() - FRAME // 3), min(820, free.height() - FRAME))
    window.move(free.center() - window.rect().center())
