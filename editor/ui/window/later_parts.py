"""The parts the window builds after its first paint, or when an action first asks for one.

None of them is needed to show the article, so their modules are imported only then."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from editor.core import inline
from editor.ui.shell.context import AppContext
from editor.ui.shell.frames import Area, add_dock
from editor.ui.shell.parts import Parts

if TYPE_CHECKING:
    from editor.ui.assist.assistance import Assistance
    from editor.ui.find.find_ops import FindOps
    from editor.ui.shell.worker import Worker

BACKGROUND = (
    "editor.io.publish",  # the preview's first rendering: the post's date as the blog writes it
    "editor.flows.machine",
    "editor.flows.proofread",
    "editor.assist.proof.engine",
    "editor.assist.pretranslate",
    "editor.assist.secrets",
    "editor.assist.glossary",
    "editor.assist.memory",
    "editor.assist.mt_cache",
    "editor.assist.llm.chat",
    "editor.assist.llm.context",
    "editor.core.units",
    "html",  # its entities' table, for the suggestions' texts
)
"""The modules without Qt that the parts built after the first paint import (machine
translation, memory, glossary, proofreading and their standard library: sockets, SSL, SQLite,
e-mail parsing), first in the order the window needs them. Imported on a worker thread before
those parts are built (``import_in_background``): on the window's thread they held it for
0.6 s right after the article appeared, where the translator's first keys waited; on a
worker, Python hands the window its turn every few milliseconds."""


def import_in_background() -> None:
    """Import ``BACKGROUND`` and build the Markdown parser the rows and the preview share: run on
    a worker thread, never on the window's (one job: two would take Python's lock by turns)."""
    inline.parser()  # first: the preview's first rendering wants it soonest
    for name in BACKGROUND:
        importlib.import_module(name)


def after_imports(worker: Worker, then: Callable[[object], None]) -> None:
    """``then`` on the window's thread once ``import_in_background`` has run on a worker (also
    when an import failed: building the part then says why)."""
    worker.submit("later_parts", import_in_background, then, then)


Switch = Callable[[tuple[str, ...], bool], None]
Tip = Callable[[tuple[str, ...], str], None]


def add_later_parts(
    parts: Parts,
    ctx: AppContext,
    window: QMainWindow,
    column: QVBoxLayout,
    beside: QDockWidget,
    actions: tuple[Switch, Tip],
) -> None:
    """``column``: the central column the find bar goes in; ``beside``: the dock the suggestions
    dock is tabbed with; ``actions``: how assistance turns its actions on and off, and says why."""

    # the suggestions dock's frame is there at the first paint (its tab beside the preview's),
    # its contents come with the part: the window does not change once shown
    shell = add_dock(window, "assist_dock", QWidget(), Area.RightDockWidgetArea, tab_with=beside)
    shell.setWindowTitle(QCoreApplication.translate("Assistance", "Suggestions"))

    def assistance() -> Assistance:
        from editor.ui.assist.assistance import Assistance

        a = Assistance(ctx, window, shell)
        a.set_actions_enabled, a.set_actions_tip = actions
        return a

    def proofreading() -> object:
        from editor.ui.proofing.proofreading import Proofreading

        return Proofreading(ctx, window, window.statusBar())

    def find() -> FindOps:
        from editor.ui.find.find_bar import FindBar
        from editor.ui.find.find_ops import FindOps

        bar = FindBar(window)
        bar.hide()
        column.insertWidget(1, bar)  # under the header, above the panes
        return FindOps(ctx, bar)

    def updater() -> object:
        from editor.ui.update.source_update import SourceUpdate

        return SourceUpdate(ctx, window)

    def memory_builder() -> object:
        from editor.ui.memory.memory_builder import MemoryBuilder

        return MemoryBuilder(ctx, window)

    parts.add_later("assist", assistance, early=True)  # MT, memory, keyring
    parts.add_later("proofing", proofreading, early=True)  # and the tokenizer
    parts.add_later("find", find)  # its bar is hidden until Ctrl+F
    parts.add_later("updater", updater)
    parts.add_later("memory_builder", memory_builder)
