"""No lost work: autosave, crash recovery, lock files, changed files, closing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from editor.core import project
from editor.settings import Settings
from editor.ui.window.main_window import MainWindow
from tests.conftest import ROOT, SAMPLE_PROJECT, posix_only
from tests.ui.conftest import ScriptedPrompts, ime_type, ready

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from editor.settings import Settings
from editor.ui.window.main_window import MainWindow

app = QApplication([])
w = MainWindow(Settings.load())
w.show()
w.files.open_path(Path(sys.argv[1]))

def type_text():
    w.panes.go_to(0)
    ed = w.panes.editor()
    ed.selectAll()
    ev = QInputMethodEvent("", [])
    ev.setCommitString(sys.argv[2])
    QApplication.sendEvent(ed, ev)
    print("typed", flush=True)

QTimer.singleShot(300, type_text)
app.exec()
"""


HOLDER = """
import sys, time
from pathlib import Path
from editor.core.recovery import LockFile
LockFile(Path(sys.argv[1])).acquire()
print("locked", flush=True)
time.sleep(60)
"""


def autosaved(target: Path, text: str, home: Path) -> bool:
    """The typed text is on disk: in the project, or in a recovery file of an untitled document."""
    files = [target] if target.suffix == ".tsuji" else []
    files += list((home / "data" / "recovery").glob("*.tsuji"))
    return any(text in f.read_text("utf-8", "replace") for f in files if f.exists())


def run_and_kill(target: Path, text: str, home: Path) -> None:
    env = {**os.environ, "TSUJI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), text], stdout=subprocess.PIPE, cwd=ROOT, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"typed"
    # autosave runs 2.5 s after typing: wait for it, not for a time (the bound is generous: on a
    # loaded two-core CI machine the child once took over 10 s to get there)
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and not autosaved(target, text, home):
        time.sleep(0.1)
    saved = autosaved(target, text, home)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert saved, "the child never autosaved what it typed"


@posix_only
def test_sigkill_keeps_what_was_typed_in_a_project(
    window: MainWindow, qtbot, sample_copy: Path, tsuji_home: Path
) -> None:
    run_and_kill(sample_copy, "強制終了の前に打った訳文。", tsuji_home)
    assert project.load(sample_copy).article.blocks[0].draft == "強制終了の前に打った訳文。"
    assert window.files.open_path(sample_copy)  # the lock of the dead process is no obstacle
    assert window.doc.article.blocks[0].draft == "強制終了の前に打った訳文。"


@posix_only
def test_sigkill_of_an_untitled_import_is_offered_back(
    window: MainWindow, qtbot, tmp_path: Path, tsuji_home: Path, prompts: ScriptedPrompts
) -> None:
    article = tmp_path / "post.txt"
    article.write_text("A title\n\nFirst paragraph.\n\nSecond paragraph.\n", "utf-8")
    run_and_kill(article, "無題のまま打った訳文。", tsuji_home)
    prompts.answers.append(True)
    window.files.offer_recovery()
    assert prompts.asked and "did not close normally" in prompts.asked[0][2]
    assert window.doc.article.blocks[0].draft == "無題のまま打った訳文。"
    assert window.doc.path is None and window.isWindowModified()


def test_autosave_writes_the_project_within_seconds(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    ed = window.panes.editor()
    ed.selectAll()
    ime_type(ed, "自動保存される訳文。")
    qtbot.waitUntil(
        lambda: project.load(sample_copy).article.blocks[0].draft == "自動保存される訳文。",
        timeout=6000,
    )
    assert not window.isWindowModified()


def test_file_open_in_another_tsuji_warns(
    window: MainWindow, qtbot, sample_copy: Path, prompts: ScriptedPrompts
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(sample_copy)], stdout=subprocess.PIPE, cwd=ROOT
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        assert not window.files.open_path(sample_copy)  # the script says no
        assert prompts.asked and f"process {holder.pid}" in prompts.asked[0][2]
        assert window.doc.path is None
    finally:
        holder.kill()
        holder.wait()


def test_a_file_changed_by_another_program_is_not_overwritten_silently(
    window: MainWindow, qtbot, sample_copy: Path, prompts: ScriptedPrompts
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    other = sample_copy.read_text("utf-8").replace("ヴェロリア、", "外部の編集、", 1)
    sample_copy.write_text(other, "utf-8")
    ime_type(window.panes.editor(), "追記")
    assert not window.files.save()  # asked whether to overwrite; the script says no
    assert prompts.asked[-1][1] == "Changed on disk"
    assert sample_copy.read_text("utf-8") == other
    assert window.isWindowModified()


def test_broken_project_gives_a_message_not_a_traceback(
    window: MainWindow, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    broken = tmp_path / "broken.tsuji"
    broken.write_text('{"format": "tsuji", "version": 1, "article": {', "utf-8")
    assert not window.files.open_path(broken)
    assert prompts.asked[-1][0] == "error" and "broken JSON at line 1" in prompts.asked[-1][2]


def test_a_project_nested_five_hundred_levels_gives_a_message(
    window: MainWindow, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    deep: object = "x"
    for _ in range(500):
        deep = [deep]
    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    data["blocks"][0]["note"] = deep
    path = tmp_path / "deep.tsuji"
    path.write_text(json.dumps(data), "utf-8")
    assert not window.files.open_path(path)
    assert prompts.asked[-1][0] == "error" and "nested more than 32 levels deep" in prompts.asked[-1][2]


def test_drop_a_markdown_file_imports_it(window: MainWindow, qtbot, tmp_path: Path) -> None:
    md = tmp_path / "dropped.md"
    md.write_text("# Dropped post\n\nA paragraph.\n\n> A quote.\n", "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(md))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))
    assert window.doc.article.source_title == "Dropped post"
    assert [b.kind.value for b in window.doc.article.blocks] == ["paragraph", "quote"]


def test_closing_with_unsaved_changes_asks_and_can_cancel(
    window: MainWindow, qtbot, sample_copy: Path, prompts: ScriptedPrompts, tsuji_home: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.autosave.setInterval(60_000)
    ime_type(window.panes.editor(), "未保存")
    window.flush()
    prompts.answers.append("cancel")
    assert not window.close()
    assert window.isVisible()
    prompts.answers.append("save")
    window.resize(761, 653)  # as far as the window's docks let it be this small
    left = window.size()
    assert window.close()
    assert project.load(sample_copy).article.blocks[0].draft.endswith("未保存")
    saved = json.loads((tsuji_home / "config" / "session.json").read_text("utf-8"))
    assert saved["recent_files"][0] == str(sample_copy.resolve())
    assert saved["window_geometry"]  # where the window was is session state, not a preference
    assert not (tsuji_home / "config" / "settings.json").exists()
    again = MainWindow(Settings.load())
    qtbot.addWidget(again)
    assert again.size() == left and left.width() == 761


def test_the_shipped_sample_opens_as_an_untitled_copy(window: MainWindow, qtbot) -> None:
    from tests.conftest import SAMPLE_PROJECT

    before = SAMPLE_PROJECT.read_bytes()
    assert window.files.open_path(SAMPLE_PROJECT)
    ready(qtbot, window)
    assert window.doc.path is None and "shipped sample" in window.statusBar().currentMessage()
    ed = window.panes.editor()
    ed.selectAll()
    ime_type(ed, "見本を書き換える。")
    window.flush()
    window.files.autosave()
    assert SAMPLE_PROJECT.read_bytes() == before
