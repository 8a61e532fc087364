"""What start-up spares: the collector's runs before the first paint, PySide6's reading of every
module's source."""

from __future__ import annotations

import gc
import json
import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import editor.core.model
import editor.ui.window.main_window
from editor.settings import Settings
from editor.ui.shell import startup
from editor.ui.window.main_window import MainWindow
from tests.conftest import SAMPLE_PROJECT


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as the suite runs it, whatever a test left paused."""
    yield
    startup.resume_collector()
    gc.enable()


def test_pysides_question_about_a_module_gets_its_own_answer_without_the_source_read(
    tmp_path: Path,
) -> None:
    startup.quicker_feature_scan()
    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    assert ours.tsuji_bytes
    assert not startup.quicker_feature_scan()  # asked again, the answer is not wrapped twice
    model = editor.core.model
    linecache.checkcache()
    linecache.cache.pop(model.__file__, None)
    assert ours(editor.ui.window.main_window) is True
    assert ours(model) is False
    assert ours(json) is False
    assert ours(sys) is False  # built in: PySide6's own answer
    # the modules' text is not kept line by line for the life of the process
    assert model.__file__ not in linecache.cache
    # a module whose file has gone (a source-less install) is left to PySide6
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert ours(gone) is False


@pytest.mark.usefixtures("collector")
def test_the_collector_is_paused_until_the_windows_first_paint(qtbot: QtBot, tsuji_home: Path) -> None:
    startup.pause_collector()
    assert not gc.isenabled() and startup.collector_paused()
    w = MainWindow(Settings.load(), opening=True)
    qtbot.addWidget(w)
    w.files.open_path(SAMPLE_PROJECT)
    w.show_document()
    w.resize(1280, 820)
    assert not gc.isenabled()
    w.show()
    qtbot.waitUntil(gc.isenabled)
    assert w._painted and not startup.collector_paused()
    w.doc.undo_stack.setClean()


@pytest.mark.usefixtures("collector")
def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    startup.pause_collector()
    startup.resume_collector()
    assert not gc.isenabled()
