"""Typing without a pause is saved all the same: a process killed while the translator types
loses nothing older than five seconds, in a saved project and in an untitled one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_PROJECT, posix_only

TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from editor.settings import Settings
from editor.ui.window.main_window import MainWindow

app = QApplication([])
w = MainWindow(Settings.load())
w.resize(1280, 820)
w.show()
w.files.open_path(Path(sys.argv[1]))
typed = [0]

def key() -> None:
    ed = w.panes.editor()
    if ed is None:
        w.panes.go_to(0)
        return
    QTest.keyClick(ed, Qt.Key.Key_Q)  # one key every 80 ms, never a pause
    typed[0] += 1
    print(typed[0], time.monotonic(), flush=True)

timer = QTimer()
timer.timeout.connect(key)
timer.start(80)
app.exec()
"""


def q_run(text: str) -> int:
    """How many keys of the run reached the text (the typist appends 'q' after the draft)."""
    return len(text) - len(text.rstrip("q"))


def saved_keys(target: Path, home: Path) -> int:
    if target.suffix == ".tsuji":
        return q_run(json.loads(target.read_text("utf-8"))["blocks"][0]["draft"])
    found = [
        q_run(json.loads(f.read_text("utf-8"))["blocks"][0]["draft"])
        for f in (home / "data" / "recovery").glob("*.tsuji")
    ]
    return max(found, default=0)


@posix_only
@pytest.mark.slow
@pytest.mark.parametrize("kind", ["project", "untitled"])
def test_seven_seconds_of_typing_then_kill_loses_at_most_five(
    tmp_path: Path, tsuji_home: Path, kind: str
) -> None:
    if kind == "project":
        target = tmp_path / "p.tsuji"
        target.write_bytes(SAMPLE_PROJECT.read_bytes())
    else:
        target = tmp_path / "post.txt"
        target.write_text("A title\n\nFirst paragraph.\n\nSecond paragraph.\n", "utf-8")
    env = {**os.environ, "TSUJI_HOME": str(tsuji_home), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(target)], stdout=subprocess.PIPE, cwd=ROOT, env=env, text=True
    )
    assert child.stdout is not None
    keys: list[tuple[int, float]] = []
    try:
        for line in child.stdout:
            n, when = line.split()
            keys.append((int(n), float(when)))
            if keys[-1][1] - keys[0][1] >= 7.0:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    killed_at = time.monotonic()
    assert len(keys) > 40  # it really typed, without a pause, for seven seconds
    due = max(n for n, when in keys if when <= killed_at - 5.0)
    assert saved_keys(target, tsuji_home) >= due
