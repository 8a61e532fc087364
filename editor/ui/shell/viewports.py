"""A scroll area's viewport handed to Python without PySide6's search for its class.

The first time PySide6 wraps a widget that Qt made itself and returns as a plain ``QWidget *``
(a scroll area's ``viewport()``), it looks for the widget's most derived class among the widget
classes of QtWidgets, building the Python enums of each on the way (dialogs, wizards, tab bars:
~75 enums, ~28 ms measured, once a process, before the window's first paint). A widget found as
a child (``findChild``) is wrapped by the class name its meta-object gives, without the search;
``viewport()`` then returns that same wrapper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"
"""The object name Qt gives every scroll area's viewport (Qt 4 to 6)."""


def kept_viewport(area: QAbstractScrollArea) -> QWidget:
    """``area``'s viewport, wrapped as a child (keep the reference: its wrapper lives with it)."""
    found = area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()
