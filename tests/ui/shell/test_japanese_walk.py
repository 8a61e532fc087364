"""The Japanese interface, walked: every action of the window is used, every dialog it opens and
every message it gives is read, and no English is left that the translation did not put there.

What may stay in Latin letters: the article's own text (its English source, the paths of its
files), names of products and formats, and key names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from editor.app import release_clipboard
from editor.assist.proof import style_names
from editor.core import edits
from editor.settings import Settings
from editor.ui.shell import actions as acts
from editor.ui.shell import i18n
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ready

NAMES = {
    # products, formats and standards, written the same way in a Japanese interface
    "tsuji", "markdown", "html", "url", "urls", "blogsync", "deepl", "google", "libretranslate",
    "mymemory", "microsoft", "tmx", "api", "csv", "tsv", "utf", "json", "yaml", "http", "https",
    "nwn", "jtf", "custompath", "moa", "yyyy", "pdf", "png", "txt", "htm", "tsuji's", "prh",
    # keys
    "ctrl", "shift", "alt", "enter", "return", "tab", "esc", "del", "backspace", "space", "up",
    "down", "left", "right", "pgup", "pgdown", "home", "end", "ins",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")


def english(text: str, allowed: set[str]) -> list[str]:
    """The English words in ``text`` that are not the article's, a path's or a name's."""
    text = re.sub(r"<[^>]+>", " ", text)  # markup of rich-text labels
    text = re.sub(r"\b[a-z][a-z+.-]*://\S+", " ", text)  # addresses
    text = re.sub(r"(?:[A-Za-z]:)?[/\\][^\s:：（）()、。」]+", " ", text)  # file paths
    left = []
    for m in WORD.finditer(text):
        word = m.group().lower()
        cut = text[m.end() : m.end() + 1] == "…"  # an excerpt of the article cut mid-word
        if word in allowed or word in NAMES or (cut and any(a.startswith(word) for a in allowed)):
            continue
        left.append(m.group())
    return left


def widget_texts(root: QWidget) -> Iterator[str]:
    """What a person reads on a widget and its visible children."""
    yield root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            yield w.text()
        elif isinstance(w, QAbstractButton):
            yield w.text()
            yield w.toolTip()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    yield item.text()
        elif isinstance(w, QListWidget):
            yield from (w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QMenu):
            yield w.title()
            yield from (a.text() for a in w.actions())


class Walk:
    """Reads and closes every modal dialog that opens while an action runs."""

    def __init__(self) -> None:
        self.read: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close_modal)
        self.timer.start()
        self.where = ""

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        self.read += [(self.where, t) for t in widget_texts(dialog)]
        if isinstance(dialog, QMessageBox):
            self.read.append((self.where, dialog.informativeText()))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()


@pytest.fixture
def japanese(qtbot, tsuji_home: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    i18n.install(app, "ja")
    w = MainWindow(Settings.load())  # real dialogs: the walk reads each and closes it
    w.show()
    qtbot.waitExposed(w)
    try:
        yield w
    finally:
        w.ctx.prompts = ScriptedPrompts()  # closing the window: discard the walk's changes
        w.autosave.stop()
        w.close()
        w.deleteLater()
        release_clipboard(app)  # Copy as Markdown / HTML filled it: what the app does at exit
        QApplication.clipboard().clear()
        i18n.install(app, "en")


def test_every_dialog_and_message_of_the_japanese_interface_is_japanese(
    japanese: MainWindow, qtbot, sample_copy: Path, tmp_path: Path
) -> None:
    w = japanese
    w.settings.blog_dir = str(tmp_path / "no-blog-yet")  # Export asks for the settings first
    w.files.open_path(sample_copy)
    ready(qtbot, w)
    qtbot.waitUntil(
        lambda: w.parts.built("proofing") is not None and w.parts.built("assist") is not None, timeout=5000
    )
    article = w.doc.article
    allowed = (
        {
            word.lower()
            for b in article.blocks
            for word in WORD.findall(
                b.source + " " + b.draft + " " + (b.attribution.name if b.attribution else "")
            )
        }
        | {
            word.lower()
            for word in WORD.findall(" ".join([article.source_title, article.author, str(tmp_path)]))
        }
        | set(style_names())
    )  # a style's name is its file's, as a profile's is
    walk = Walk()
    w.ctx.message.connect(lambda text, _ms: walk.read.append((walk.where or "status bar", text)))
    skip = {"quit", "new"}  # quitting ends the walk; New is File → New: the sample is kept open
    try:
        for spec in acts.SPECS:
            if spec.name in skip or not w.actions_[spec.name].isEnabled():
                continue
            walk.where = spec.name
            w.actions_[spec.name].trigger()
            qtbot.wait(30)
        walk.where = "export findings"  # a blog folder now, and a post without a title
        (tmp_path / "blog").mkdir()
        w.settings.blog_dir = str(tmp_path / "blog")
        w.doc.push(edits.set_meta(w.doc.article, title=""))
        w.actions_["export"].trigger()
        qtbot.wait(30)
        walk.where = "file dialog"
        dialog = QFileDialog(w, "開く")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        walk.read += [("file dialog", t) for t in widget_texts(dialog)]
        dialog.reject()
    finally:
        walk.timer.stop()
    walk.read += [("window", t) for t in widget_texts(w)]
    walk.read += [("window", a.text()) for a in w.actions_.values()]
    walk.read.append(("status bar", w.statusBar().currentMessage()))
    walk.read += [("status bar", label.text()) for label in (w.progress, w.counts, w.saved)]
    assert [t for t in i18n.qt_gaps() if t.isascii()] == []  # what Qt's own catalog lacks
    left = [(where, text, words) for where, text in walk.read if (words := english(text, allowed))]
    assert left == []
    assert len(walk.read) > 200
    dialogs = {where for where, _t in walk.read}
    assert {
        "export_settings",
        "mt_settings",
        "file dialog",
        "export",
        "shortcuts",
        "export findings",
    } <= dialogs
