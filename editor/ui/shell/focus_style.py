"""A focus outline one can see: the keyboard's place drawn as a 2-pixel line in the highlight
colour (Fusion draws a faint 1-pixel one, nearly invisible on a laptop screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

OUTLINE = QColor("#1f6fd1")


class FocusStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect or (
            focused and element == QStyle.PrimitiveElement.PE_PanelLineEdit
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(OUTLINE, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 2, 2)
            painter.restore()


def use_focus_style(app: QApplication) -> None:
    """Once per application: the current style, with the visible focus outline."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
