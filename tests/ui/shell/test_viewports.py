"""A scroll area's viewport reaches Python without PySide6's search through every widget class."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import enum, sys
made = []
theirs = enum.EnumType.__call__
def noting(cls, value, names=None, *args, **kwargs):
    if names is None:
        return theirs(cls, value, *args, **kwargs)
    made.append(kwargs.get("qualname") or value)
    return theirs(cls, value, names, *args, **kwargs)
enum.EnumType.__call__ = noting
from PySide6.QtWidgets import QApplication
app = QApplication([])
from editor.ui.blocks.editors import DraftEditor, SourceViewer
from editor.ui.blocks.panes import PaneView
from editor.ui.publish.preview_panel import SafeBrowser
pane = PaneView("draft")
editor, viewer, preview = DraftEditor(pane, set()), SourceViewer(pane), SafeBrowser()
same = [w.viewport() is w.kept_viewport for w in (pane, editor, viewer, preview)]
width = pane.viewport().width()  # as the panes ask while the window is laid out
height = preview.viewport().height()  # as the preview asks when it first follows the block
print(all(same), any(name.startswith("Wizard") for name in made))
"""


def test_the_panes_editors_and_previews_viewports_are_wrapped_without_pysides_class_search() -> None:
    """In a process of its own: the search happens once a process, the suite's is long past."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert r.returncode == 0, r.stderr
    same, searched = r.stdout.split()
    assert same == "True"  # viewport() hands back the wrapper kept from the start
    assert searched == "False"  # the search builds every widget class's enums, QWizard's among them
