"""Importing from the web in the window never blocks it."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from editor.ui.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.io.webserver import closed_port, serve


def test_import_from_url_runs_in_the_background(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serve() as base:
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (base + "/slow", True))
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


def test_failed_url_import_shows_the_reason(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/post"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(str(a[2])))
    window.actions_["import_url"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "refused the connection" in shown[0]
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
