"""Take the README screenshots at 1366x768, in English and Japanese (run by hand).

.venv/bin/python docs/tools/screenshots.py      (offscreen; fonts-noto-cjk for Japanese)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TSUJI_HOME"] = tempfile.mkdtemp()


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from editor.settings import Session, Settings
    from editor.ui.shell import i18n
    from editor.ui.window.main_window import MainWindow

    app = QApplication([])

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for lang, suffix in (("en", ""), ("ja", "-ja")):
        i18n.install(app, lang)
        settings = Settings.load()
        copy = Path(tempfile.mkdtemp()) / "harbor-talks.tsuji"
        shutil.copy(ROOT / "resources/samples/harbor-talks.tsuji", copy)
        session = Session.load(settings.session_path())
        session.recent_files = [str(copy)]
        session.save()
        w = MainWindow(settings)
        w.resize(1366, 768)
        w.show()
        wait(600)
        w.grab().save(str(ROOT / "docs" / f"start{suffix}.png"))  # no article yet: the start page
        w.files.open_path(copy)
        wait(300)
        w.panes.go_to(3)
        wait(900)
        w.grab().save(str(ROOT / "docs" / f"screenshot{suffix}.png"))
        w.doc.undo_stack.setClean()
        w.close()
        print("wrote", ROOT / "docs" / f"screenshot{suffix}.png", "and", f"start{suffix}.png")
    i18n.install(app, "en")


if __name__ == "__main__":
    main()
