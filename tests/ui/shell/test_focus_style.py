"""The keyboard's place is drawn so it can be seen: a 2-pixel outline in the highlight blue."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from editor.ui.shell.focus_style import OUTLINE, FocusStyle
from editor.ui.window.main_window import MainWindow


def _outline_pixels(image: QImage) -> int:
    n = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - OUTLINE.red())
                + abs(c.green() - OUTLINE.green())
                + abs(c.blue() - OUTLINE.blue())
                < 60
            ):
                n += 1
    return n


def test_a_focused_button_and_field_show_a_clear_outline(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.style(), FocusStyle))  # after the first paint
    button = window.start.buttons["sample"]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    focused = _outline_pixels(button.grab().toImage())
    window.start.buttons["open"].setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    unfocused = _outline_pixels(button.grab().toImage())
    perimeter = 2 * (button.width() + button.height())
    assert focused >= perimeter and unfocused < perimeter // 4
