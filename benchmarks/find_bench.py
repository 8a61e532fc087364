"""The find bar on a long article: finding every match and highlighting them, per search text.

    .venv/bin/python benchmarks/find_bench.py      (offscreen)

Both run on the GUI thread 150 ms after the last key typed in the find field. Highlighting
only groups the matches by row; each row moves its matches from the Markdown to the drawn
text when it is painted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["TSUJI_HOME"] = tempfile.mkdtemp()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.window_bench import big_article
    from editor.core.search import Query, find_all
    from editor.settings import Settings
    from editor.ui.window.main_window import MainWindow

    path = Path(tempfile.mkdtemp()) / "big.tsuji"
    big_article(path, 5000)
    app = QApplication([])
    w = MainWindow(Settings.load())
    w.resize(1366, 768)
    w.show()
    w.files.open_path(path)
    for _ in range(50):
        app.processEvents()
    w.findbar.open(False)
    print(
        f"{'search (5,000 blocks)':<22} {'matches':>8} {'find ms':>8} {'highlight ms':>13} {'repaint ms':>11}"
    )
    for text in ("the", "minister", "e", "zzz"):
        start = time.perf_counter()
        matches = find_all(w.doc.article, Query(text))
        found = time.perf_counter()
        w.finder.highlight(matches, None)
        shown = time.perf_counter()
        for view in (w.panes.source, w.panes.draft):
            view.viewport().repaint()
        painted = time.perf_counter()
        print(
            f"{text!r:<22} {len(matches):>8} {1000 * (found - start):>8.0f} {1000 * (shown - found):>13.0f}"
            f" {1000 * (painted - shown):>11.0f}"
        )
    w.doc.undo_stack.setClean()
    w.close()


if __name__ == "__main__":
    main()
