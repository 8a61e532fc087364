"""What parts build the same way: a dock in the window, a cancellable progress dialog."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

Area = Qt.DockWidgetArea


def add_dock(
    host: QMainWindow,
    name: str,
    widget: QWidget,
    area: Area,
    *,
    tab_with: QDockWidget | None = None,
    hidden: bool = False,
) -> QDockWidget:
    """A dock holding ``widget`` at ``area`` of the window (named, so its place is remembered);
    tabbed behind ``tab_with``, which stays in front; ``hidden`` until asked for. A dock built
    after the window has restored the layout the user left takes its place in it instead (and
    is shown or hidden as it was)."""
    dock = QDockWidget(host)
    dock.setObjectName(name)
    dock.setWidget(widget)
    if host.restoreDockWidget(dock):
        return dock
    host.addDockWidget(area, dock)
    if tab_with is not None:
        host.tabifyDockWidget(tab_with, dock)
        tab_with.raise_()
    if hidden:
        dock.hide()
    return dock


def cancellable_progress(
    host: QWidget, name: str, text: str, cancel_text: str, maximum: int
) -> tuple[QProgressDialog, threading.Event]:
    """A window-modal progress dialog shown at once, and the event its Cancel sets (the work
    running on the worker checks it)."""
    cancel = threading.Event()
    from PySide6.QtWidgets import QProgressDialog  # not at start-up: the dialog classes' enums

    progress = QProgressDialog(text, cancel_text, 0, maximum, host)
    progress.setObjectName(name)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.canceled.connect(cancel.set)
    return progress, cancel
