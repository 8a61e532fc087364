"""Importing from the web in the window never blocks it."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QApplication

from editor.ui.window.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.io.webserver import closed_port, serve
from tests.ui.conftest import ScriptedPrompts


def test_import_from_url_runs_in_the_background(window: MainWindow, qtbot, prompts: ScriptedPrompts) -> None:
    # the window has finished starting: the docks built after the first paint are there
    qtbot.waitUntil(
        lambda: window.parts.built("assist") is not None and window.parts.built("proofing") is not None
    )
    with serve() as base:
        prompts.answers.append(base + "/slow")  # the address typed
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(10)
        window.actions_["import_url"].trigger()
        assert window.worker.busy("import")
        qtbot.waitUntil(lambda: window.doc.article.source_title != "", timeout=10_000)
        timer.stop()
    assert window.doc.article.site_label == "MoA"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 100 and max(gaps) < 0.25  # the window kept turning while it waited


def test_failed_url_import_shows_the_reason(window: MainWindow, qtbot, prompts: ScriptedPrompts) -> None:
    url = f"http://127.0.0.1:{closed_port()}/post"
    prompts.answers.append(url)
    window.actions_["import_url"].trigger()
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in prompts.asked), timeout=5000)
    assert "refused the connection" in prompts.asked[-1][2]
    assert window.doc.article.blocks == []


def test_import_html_from_the_clipboard(window: MainWindow, qtbot) -> None:
    mime = QMimeData()
    mime.setHtml((FIXTURES / "web" / "typepad-post.html").read_text("utf-8"))
    mime.setText("Port Talks Resume Under Pressure ...")
    QApplication.clipboard().setMimeData(mime)
    window.actions_["paste_article"].trigger()
    qtbot.waitUntil(lambda: window.doc.article.source_title != "", timeout=10_000)
    assert window.doc.article.source_title == "Port Talks Resume Under Pressure"
    assert window.isWindowModified()


def test_open_saved_page(window: MainWindow, qtbot) -> None:
    window.files.open_path(Path(FIXTURES / "web" / "typepad-post.html"))
    qtbot.waitUntil(lambda: len(window.doc.article.blocks) > 5, timeout=10_000)
    assert window.header.edits["site_label"].text() == "MoA"
