"""Window start-up, block navigation and memory (run by hand, offscreen).

    .venv/bin/python benchmarks/window_bench.py

Start-up is measured from before the child process is spawned to the end of
the window's first paint. Navigation is the time of Ctrl+Down's work
(go_to the next block, open its editor, repaint), median of 200 moves.
"""

from __future__ import annotations

import json
import os
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
from editor.ui.document import Document
from editor.ui.main_window import MainWindow

app = QApplication([])
doc = Document(project.load(Path(sys.argv[1])))
w = MainWindow(Settings.load(), doc)
painted = []

class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not painted:
            QTimer.singleShot(0, lambda: painted.append(time.time()))
        return False

watch = Watch()
w.panes.draft.viewport().installEventFilter(watch)
w.show()
while not painted:
    app.processEvents()
shown = painted[0]
for _ in range(5):
    app.processEvents()
moves = []
for i in range(200):
    t = time.perf_counter()
    w.step(1)
    app.processEvents()
    moves.append((time.perf_counter() - t) * 1000)
w.close()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"shown": shown, "move_ms": statistics.median(moves), "move_max": max(moves), "rss_mb": rss}))
"""


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


def run(path: Path, runs: int = 3) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TSUJI_HOME": tempfile.mkdtemp()}
    results = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        ).stdout
        data = json.loads(out.strip().splitlines()[-1])
        data["startup_s"] = data["shown"] - start
        results.append(data)
    return {
        k: statistics.median(r[k] for r in results) for k in ("startup_s", "move_ms", "move_max", "rss_mb")
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.tsuji"
        big_article(big, 5000)
        sample = Path(tmp) / "sample.tsuji"  # a copy: autosave must never touch the shipped sample
        sample.write_bytes((ROOT / "resources/samples/harbor-talks.tsuji").read_bytes())
        rows = [("sample (13 blocks)", sample), ("generated 5,000 blocks", big)]
        print(
            f"{'document':<24} {'start to window s':>18} {'next block ms':>14} {'worst ms':>9} {'max RSS MB':>11}"
        )
        for name, path in rows:
            r = run(path)
            print(
                f"{name:<24} {r['startup_s']:>18.2f} {r['move_ms']:>14.1f} {r['move_max']:>9.1f} {r['rss_mb']:>11.0f}"
            )


if __name__ == "__main__":
    main()
