"""The keyboard and the docks: focus never enters a dock the user cannot see (one behind another
tab), a dock is entered with its Ctrl+Alt key and left with Escape, and F6 walks the panes and
the docks in front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


def dock_of(widget: QWidget | None) -> QDockWidget | None:
    while widget is not None:
        if isinstance(widget, QDockWidget):
            return widget
        widget = widget.parentWidget()
    return None


def in_front(dock: QDockWidget) -> bool:
    """Shown and not behind another dock's tab (Qt keeps such a dock "visible" but draws none of it)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def reachable(widget: QWidget) -> bool:
    """The user can see it: not inside a dock hidden behind another tab."""
    dock = dock_of(widget)
    return dock is None or in_front(dock)


def focus_into(dock: QDockWidget) -> None:
    """The dock in front, and the keyboard in its first widget that takes focus."""
    dock.show()
    dock.raise_()
    target = dock.widget()
    if target is None:
        return
    first = target if target.focusPolicy() & Qt.FocusPolicy.TabFocus else target.nextInFocusChain()
    for _ in range(200):  # the first widget inside the dock that takes Tab focus
        if first is None or (not target.isAncestorOf(first) and first is not target):
            break
        if first.isEnabled() and first.focusPolicy() & Qt.FocusPolicy.TabFocus and first.isVisible():
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        first = first.nextInFocusChain()
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)


class EscapeLeaves(QObject):
    """Escape in a dock that nothing inside took (no cell being edited, no popup) puts the
    keyboard back in the draft."""

    def __init__(self, back: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.back = back

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            self.back()
            return True
        return False


class DockKeys(QObject):
    """Ctrl+Alt+N and F6 over the window's docks (by their keys)."""

    def __init__(
        self, docks: Callable[[], dict[int, QDockWidget]], back: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.docks, self.back = docks, back

    def toggle(self, n: int) -> None:
        """A hidden dock, or one behind another tab, comes to the front with the keyboard in it;
        one in front is hidden (the keyboard back in the draft if it was there)."""
        dock = self.docks().get(n)
        if dock is None:
            return
        if in_front(dock):
            focus = QApplication.focusWidget()
            had_focus = focus is not None and dock.isAncestorOf(focus)
            dock.hide()
            if had_focus:
                self.back()
            return
        focus_into(dock)

    def cycle(self, step: int, panes: QWidget | None) -> None:
        """F6 / Shift+F6: the draft, then each dock in front, in the order of their keys."""
        stops: list[QWidget] = [panes] if panes is not None else []
        stops += [d for _n, d in sorted(self.docks().items()) if in_front(d)]
        if not stops:
            return
        focus = QApplication.focusWidget()
        here = next(
            (i for i, w in enumerate(stops) if focus is not None and (w is focus or w.isAncestorOf(focus))),
            -1,
        )
        target = stops[(here + step) % len(stops)]
        if isinstance(target, QDockWidget):
            focus_into(target)
        else:
            self.back()
