"""Render resources/icons/tsuji.svg to PNGs at 16–512 px (run when the SVG changes).

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and image plugins need one
    renderer = QSvgRenderer(str(ICONS / "tsuji.svg"))
    if not renderer.isValid():
        print("tsuji.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"tsuji-{size}.png"))
    print(f"rendered {len(SIZES)} sizes into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
