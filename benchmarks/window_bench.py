"""Window start-up against a bare PySide6 window, block navigation, preview and memory.

    .venv/bin/python benchmarks/window_bench.py            (under Xvfb when it is installed, else offscreen)
    .venv/bin/python benchmarks/window_bench.py --startup  (start-up only, without navigation)
    .venv/bin/python benchmarks/window_bench.py --runs 9   (more runs than the 5 of the default)

Start-up is measured from before the process is spawned to the end of the
window's first paint, for Tsuji as the user starts it (``tsuji FILE``: the
command line, then the window; TSUJI_TRACE_START reports the first paint of the
draft column) and, in the same run, for a bare PySide6 window with a splitter,
a QPlainTextEdit and a QTextBrowser; the ratio is Tsuji's over the bare
window's. Tsuji keeps from one start for the next what PySide6 and Python would otherwise do
again (PySide6's support modules' code, regular expressions' tables: editor/ui/shell/warm_start.py),
which spares it part of PySide6's own start that the bare window pays; "kept s" is the bare
window keeping the same, and "own" Tsuji's start over that: the part of the ratio that is
Tsuji's own work. Navigation is the time of Ctrl+Down's work
(go_to the next block, open its editor, repaint), median of 200 moves. The
preview column is the longest the GUI thread spent showing one rendering.
The processes share one home, empty when the table starts (HOME and the XDG folders, not
TSUJI_HOME), so Tsuji finds its folders as it does for a user; the warm-up start before each
document's runs leaves in it what a user's first start leaves (settings, the export profile's
parsed copy, the start-up cache), and the runs measured are a user's later starts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
from editor.core import project
from editor.settings import Settings
from editor.ui.blocks.document import Document
from editor.ui.window.main_window import MainWindow

app = QApplication([])
doc = Document(project.load(Path(sys.argv[1])))
w = MainWindow(Settings.load(), doc)
%(watch)sw.panes.draft.viewport().installEventFilter(watch)
w.show()
while not painted:
    app.processEvents()
shown = painted[0]
for _ in range(5):
    app.processEvents()
shows = []
def timing(real):
    def run(*args):
        t = time.perf_counter()
        real(*args)
        shows.append((time.perf_counter() - t) * 1000)
    return run
w.preview._show = timing(w.preview._show)  # each step the GUI thread takes to show the preview:
w.preview._feeder.timeout.disconnect()     # the first piece, and each further piece
w.preview._feeder.timeout.connect(timing(w.preview._next_piece))
moves = []
for i in range(200):
    t = time.perf_counter()
    w.blocks.step(1)
    app.processEvents()
    moves.append((time.perf_counter() - t) * 1000)
    if i % 40 == 0:  # an edit now and then: the preview renders again; wait until it is all shown
        n = w.preview.rendered
        w.doc.push(__import__("editor.core.edits", fromlist=["x"]).set_meta(w.doc.article, title=f"題{i}"))
        deadline = time.time() + 10
        while w.preview.rendered == n and time.time() < deadline:
            app.processEvents()
w.doc.undo_stack.setClean()  # the benchmark's own edits: close without the save question
w.close()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"shown": shown, "move_ms": statistics.median(moves), "move_max": max(moves), "rss_mb": rss,
                  "preview_ms": max(shows) if shows else 0.0}))
"""

BARE = r"""
import json, sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter, QTextBrowser, QWidget

app = QApplication([])
w = QMainWindow()
split = QSplitter(w)
edit = QPlainTextEdit(split)
edit.setPlainText("A paragraph of text.\n" * 40)
QTextBrowser(split).setHtml("<p>Preview</p>")
w.setCentralWidget(split)
w.resize(1280, 820)
%(watch)s# the viewport found as a child: edit.viewport() would make PySide6 search every widget class
# (~28 ms, editor/ui/shell/viewports.py), a cost of this benchmark's watch, not of a bare window
edit.findChild(QWidget, "qt_scrollarea_viewport").installEventFilter(watch)
w.show()
while not painted:
    app.processEvents()
print(json.dumps({"shown": painted[0]}))
"""


BARE_KEPT = r"""
import sys
from pathlib import Path
from editor.ui.shell import warm_start
kept = Path(sys.argv[1])
_tables = warm_start.regex_tables_kept(kept / "regex-tables.bin")
_tables.__enter__()
with warm_start.support_code_kept(kept / "pyside-support.bin"):
    import shiboken6
""" + BARE.replace(
    'print(json.dumps({"shown": painted[0]}))',
    '_tables.__exit__(None, None, None)\nprint(json.dumps({"shown": painted[0]}))',
)
"""The bare window, keeping for its next start what Tsuji keeps (editor/ui/shell/warm_start.py)."""


WATCH = r"""
painted = []

class Watch(QObject):
    # the end of the first paint: the first event-loop turn after the viewport's first Paint event
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not painted:
            QTimer.singleShot(0, lambda: painted.append(time.time()))
        return False

watch = Watch()
"""
CHILD = CHILD.replace("%(watch)s", WATCH)
BARE = BARE.replace("%(watch)s", WATCH)
BARE_KEPT = BARE_KEPT.replace("%(watch)s", WATCH)


def big_article(path: Path, n: int) -> None:
    from editor.core import project
    from editor.core.model import Article, Block, BlockKind, Status

    a = Article(title="長い記事", source_title="A long post", site_label="MoA", author="b")
    for i in range(n):
        quoted = i % 9 in (4, 5)
        done = i % 3 == 0
        a.blocks.append(
            Block(
                f"Paragraph {i}: the [minister](https://example.org/{i}) said that *talks* would go on. "
                * (1 + i % 4),
                kind=BlockKind.QUOTE if quoted else BlockKind.PARAGRAPH,
                quote_group=f"g{i // 9}" if quoted else None,
                draft=f"段落{i}の訳文。大臣は協議が続くと述べた。" * (1 + i % 4) if done else "",
                status=Status.DONE if done else Status.UNTRANSLATED,
            )
        )
    project.save(project.Project(a), path)


def display_env() -> tuple[dict[str, str], subprocess.Popen[bytes] | None, str]:
    """Xvfb when it is installed (a real X server, as on a desktop), else Qt's offscreen platform."""
    home = tempfile.mkdtemp()  # a user's empty home: the folders found as for a user (no TSUJI_HOME)
    xdg = {"XDG_CONFIG_HOME": ".config", "XDG_DATA_HOME": ".local/share", "XDG_CACHE_HOME": ".cache"}
    env = {**os.environ, "HOME": home, **{k: f"{home}/{v}" for k, v in xdg.items()}}
    env.pop("TSUJI_HOME", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install has its .pyc files
    if shutil.which("Xvfb") and "--offscreen" not in sys.argv:
        server, display = start_xvfb()
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        return env, server, f"Xvfb {display} 1366x768"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, None, "offscreen"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server of our own on a display nobody uses: Xvfb picks a free number itself
    (-displayfd) and writes it once it is ready to take clients."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number.isdigit():
        server.terminate()
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def timed(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    ).stdout
    data: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    data["startup_s"] = data["shown"] - start
    return data


RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
RATIOS: list[list[float]] = []
"""Each document's start-up ratio run by run (Tsuji's start over the bare window's beside it)."""

TSUJI = "import sys; from editor.cli import main; sys.exit(main())"
"""What the ``tsuji`` script runs."""


def tsuji_start(path: Path, env: dict[str, str]) -> float:
    """Seconds from spawning ``tsuji FILE`` to the end of its first paint."""
    start = time.time()
    err = subprocess.run(
        [sys.executable, "-c", TSUJI, str(path)],
        capture_output=True,
        text=True,
        env={**env, "TSUJI_TRACE_START": "1"},
        cwd=ROOT,
        check=True,
    ).stderr
    m = re.search(r"first paint at ([0-9.]+)", err)
    if m is None:
        raise SystemExit(f"tsuji did not report its first paint:\n{err}")
    return float(m.group(1)) - start


def run(path: Path, env: dict[str, str], runs: int = 5) -> dict[str, float]:
    """Tsuji and the bare window alternate, so both see the same machine load."""
    mine, bare, bare_kept, starts = [], [], [], []
    kept = tempfile.mkdtemp()
    tsuji_start(path, env)  # warm-up: byte code written, fonts cached, the start-up cache written
    timed(BARE_KEPT, [kept], env)
    for _ in range(runs):
        bare.append(timed(BARE, [], env)["startup_s"])
        bare_kept.append(timed(BARE_KEPT, [kept], env)["startup_s"])
        starts.append(tsuji_start(path, env))
    for _ in range(0 if "--startup" in sys.argv else runs):
        mine.append(timed(CHILD, [str(path)], env))
    keys = ("move_ms", "move_max", "rss_mb", "preview_ms")
    out = {k: statistics.median(r[k] for r in mine) if mine else float("nan") for k in keys}
    out["startup_s"] = statistics.median(starts)
    out["bare_s"] = statistics.median(bare)
    out["bare_kept_s"] = statistics.median(bare_kept)
    RATIOS.append([t / b for t, b in zip(starts, bare, strict=True)])
    out["ratio"] = out["startup_s"] / out["bare_s"]
    out["own"] = out["startup_s"] / out["bare_kept_s"]
    return out


def main() -> None:
    env, server, where = display_env()
    try:
        table(env, where)
    finally:
        if server is not None:
            server.terminate()


def table(env: dict[str, str], where: str) -> None:
    print(f"display: {where}")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.tsuji"
        big_article(big, 5000)
        sample = Path(tmp) / "sample.tsuji"  # a copy: autosave must never touch the shipped sample
        sample.write_bytes((ROOT / "resources/samples/harbor-talks.tsuji").read_bytes())
        rows = [("sample (13 blocks)", sample), ("generated 5,000 blocks", big)]
        print(
            f"{'document':<24} {'start s':>8} {'bare s':>7} {'ratio':>6} {'kept s':>7} {'own':>5} {'next block ms':>14}"
            f" {'worst ms':>9} {'preview ms':>11} {'max RSS MB':>11}"
        )
        for name, path in rows:
            r = run(path, env, RUNS)
            print(
                f"{name:<24} {r['startup_s']:>8.2f} {r['bare_s']:>7.2f} {r['ratio']:>6.2f} {r['bare_kept_s']:>7.2f}"
                f" {r['own']:>5.2f} {r['move_ms']:>14.1f}"
                f" {r['move_max']:>9.1f} {r['preview_ms']:>11.1f} {r['rss_mb']:>11.0f}"
            )
        for (name, _path), ratios in zip(rows, RATIOS, strict=True):
            print(f"start-up ratio run by run, {name}: " + "  ".join(f"{x:.2f}" for x in ratios))


if __name__ == "__main__":
    main()
