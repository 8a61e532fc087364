"""Build the QApplication and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from editor.settings import Settings
    from editor.ui.window.main_window import MainWindow


COLLECTOR_PAUSED_AT_MOST_MS = 3000
"""A window started minimised may not be painted for hours: the collector runs again after this."""


def run(files: Sequence[str]) -> int:
    from editor.ui.shell import startup, warm_start

    startup.pause_collector()  # until the first paint (MainWindow._after_first_paint)
    kept = warm_start.folder()
    with (  # until the window is shown
        warm_start.regex_tables_kept(kept / "regex-tables.bin"),
        warm_start.dataclass_code_kept(kept / "dataclass-code.bin"),
    ):
        with warm_start.support_code_kept(kept / "pyside-support.bin"):
            import shiboken6  # noqa: F401 - PySide6's support modules, compiled at most once
        startup.quicker_feature_scan()
        app, window, keep = _shown(files)
    status = int(app.exec())
    window.close()  # a window still open at interpreter exit can crash PySide6's teardown
    del window, keep
    release_clipboard(app)
    return status


def _shown(files: Sequence[str]) -> tuple[QApplication, MainWindow, object]:
    """The application, its window shown (not yet painted), and its translators to keep alive."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.settings import Settings
    from editor.ui.shell import i18n, startup

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Tsuji")
    app.setOrganizationName("tsuji")
    settings = Settings.load()
    keep = i18n.install(app, i18n.choose(settings.ui_language))
    window = open_window(settings, files)
    QTimer.singleShot(COLLECTOR_PAUSED_AT_MOST_MS, startup.resume_collector)  # a window never painted
    if os.environ.get("TSUJI_TRACE_START"):
        from editor.ui.window.first_paint import FirstPaint, report_and_close

        FirstPaint(window.panes.draft.viewport() if window.panes else window, report_and_close(window))
    quit_after = os.environ.get("TSUJI_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # for smoke tests of a bundle: open, show, close
        QTimer.singleShot(int(quit_after), window.close)
    if settings.problem:
        window.statusBar().showMessage(settings.problem, 10000)
    return app, window, keep


def open_window(settings: Settings, files: Sequence[str]) -> MainWindow:
    """The window, shown: FILE opened before its first paint (only the article is laid out),
    after the question about unsaved work another Tsuji left behind, if any."""
    from editor.core import recovery
    from editor.ui.window.main_window import MainWindow

    window = MainWindow(settings, opening=bool(files))
    if recovery.orphans():  # the question is asked over the window
        window.show_document()
        window.show()
    window.files.offer_recovery()
    if files and not window.doc.is_modified():
        window.files.open_path(Path(files[0]))  # before show: the first paint is the article's
    window.show_document()  # the empty one, when nothing was opened (or FILE could not be)
    window.show()
    return window


def release_clipboard(app: object) -> None:
    """Hand rich clipboard data over as plain text before Qt shuts down.

    Mime data that Tsuji put on the clipboard (Copy as HTML) is deleted twice
    at exit otherwise, and the process crashes after the window has closed.
    """
    from PySide6.QtGui import QGuiApplication

    from editor.ui.publish import publishing

    clipboard = QGuiApplication.clipboard()
    if publishing.put_rich_data or clipboard.ownsClipboard():
        clipboard.setText(clipboard.text())
        publishing.put_rich_data = False
