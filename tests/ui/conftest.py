from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor.app import release_clipboard
from editor.core import project
from editor.settings import Settings
from editor.ui.blocks.document import Document
from editor.ui.shell.context import AppContext
from editor.ui.window.main_window import MainWindow
from tests.conftest import SAMPLE_PROJECT


@pytest.fixture
def window(qtbot, tsuji_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # A dialog in a test would wait forever: the window's questions are answered from a script
    # (cautious answers: no, cancel, discard) unless a test adds its own answers.
    w = MainWindow(Settings.load())
    w.ctx.prompts = ScriptedPrompts()
    w.resize(1280, 820)  # a desktop's size: Qt's offscreen screen is only 800 pixels wide
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.autosave.stop()
    release_clipboard(QApplication.instance())  # what the app does at exit
    QApplication.clipboard().clear()  # and what tests put there themselves


class FakeCursor:
    """The panes as a part sees them (shell.context.Cursor), without any widget: a current row,
    a selection, and the marks parts asked to draw."""

    def __init__(self, row: int = 0, selected: list[int] | None = None) -> None:
        self.row = row
        self.selected = selected or []
        self.went: list[int] = []
        self.found: dict[tuple[str, str], tuple[tuple[int, int, str], ...]] = {}
        self.problems: dict[str, tuple[tuple[int, int, str], ...]] = {}
        self.flagged: dict[str, str] = {}
        self.terms: dict[str, list[tuple[int, int]]] = {}

    def current_row(self) -> int:
        return self.row

    def selected_rows(self) -> list[int]:
        return list(self.selected)

    def select_rows(self, rows: list[int]) -> None:
        self.selected = list(rows)

    def go_to(self, row: int, *, focus_draft: bool = True, flush: bool = True, centre: bool = False) -> None:
        self.row = row
        self.selected = [row]
        self.went.append(row)

    def editor(self) -> None:
        return None

    def viewer(self) -> None:
        return None

    def show_found(self, found: dict[tuple[str, str], tuple[tuple[int, int, str], ...]]) -> None:
        self.found = found

    def show_problems(
        self, marks: dict[str, tuple[tuple[int, int, str], ...]], flagged: dict[str, str]
    ) -> None:
        self.problems, self.flagged = marks, flagged

    def set_highlights(self, block_id: str, ranges: list[tuple[int, int]]) -> None:
        self.terms[block_id] = ranges

    def laid_out(self) -> bool:
        return True


@pytest.fixture
def ctx(qapp, tsuji_home: Path) -> Iterator[AppContext]:
    """An application context without a window, holding a copy of the sample article: parts are
    built on it and driven through their methods, as the window's actions call them."""
    context = AppContext(Settings.load(), ScriptedPrompts())
    context.set_document(Document(project.load(SAMPLE_PROJECT)))
    context.doc.project.path = None  # never written back over the shipped sample
    cursor = FakeCursor()
    context.cursor = lambda: cursor
    yield context
    context.worker.shutdown()
    context.doc.close()


class ScriptedPrompts:
    """Answers the window's questions from a script, and records what was asked.

    ``answers`` are taken in order; once they run out, every question gets the
    cautious answer (no, cancel, discard unsaved changes, no file).
    """

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str, str]] = []
        """(kind, title, text) of every question."""

    def _next(self, kind: str, title: str, text: str, default: object) -> object:
        self.asked.append((kind, title, text))
        return self.answers.pop(0) if self.answers else default

    def confirm(
        self, title: str, text: str, *, yes: str = "", detail: str = "", warning: bool = False
    ) -> bool:
        return bool(self._next("confirm", title, text + ("\n" + detail if detail else ""), False))

    def findings(self, title: str, text: str, items: list[tuple[str, bool]], *, yes: str) -> int | None:
        """True: ``yes`` (-1); an int: the index of the finding clicked; else cancel."""
        answer = self._next("findings", title, "\n".join([text, *(m for m, _r in items)]), None)
        if answer is True:
            return -1
        return None if answer is None or answer is False else int(answer)  # type: ignore[call-overload]

    def save_changes(self, title: str, text: str) -> str:
        return str(self._next("save_changes", title, text, "discard"))

    def choose(self, title: str, text: str, options: list[str], *, detail: str = "") -> int | None:
        answer = self._next("choose", title, text, None)
        return None if answer is None else int(answer)  # type: ignore[call-overload]

    def inform(self, title: str, text: str, *, error: bool = False, detail: str = "") -> None:
        self._next("error" if error else "inform", title, text + ("\n" + detail if detail else ""), None)

    def open_path(self, title: str, folder: str, filters: str) -> Path | None:
        return self._next("open_path", title, folder, None)  # type: ignore[return-value]

    def save_path(self, title: str, start: str, filters: str) -> Path | None:
        return self._next("save_path", title, start, None)  # type: ignore[return-value]

    def folder(self, title: str, start: str) -> Path | None:
        return self._next("folder", title, start, None)  # type: ignore[return-value]

    def text(self, title: str, label: str, text: str = "", *, multiline: bool = False) -> str | None:
        return self._next("text", title, label, None)  # type: ignore[return-value]


@pytest.fixture
def prompts(window: MainWindow) -> ScriptedPrompts:
    """The window's questions answered from a script (``prompts.answers.append(...)``)."""
    scripted = window.ctx.prompts
    assert isinstance(scripted, ScriptedPrompts)
    return scripted


def ready(qtbot, window: MainWindow, row: int | None = None) -> None:
    """Wait, by condition rather than by time, until a block is current with its editor open
    (``row``: that block)."""

    def shown() -> bool:
        panes = window.panes
        return (
            panes is not None
            and panes.current_row() >= 0
            and panes.editor() is not None
            and (row is None or panes.current_row() == row)
        )

    qtbot.waitUntil(shown, timeout=5000)


def ime_type(widget, text: str) -> None:
    """What an input method sends when the user confirms a conversion."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
