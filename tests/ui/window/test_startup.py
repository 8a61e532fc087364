"""Start-up as the user starts it: ``tsuji FILE`` shows the article without the parts it does not need."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from editor.settings import Settings
from editor.ui.window.main_window import MainWindow
from tests.conftest import ROOT, SAMPLE_PROJECT

LATER = ("editor.ui.shell.prompts", "_hashlib", "html.entities", "editor.core.search")
"""Modules the first paint does without (each costs 3-10 ms to load)."""


def test_tsuji_file_opens_the_article_and_reports_its_first_paint(
    tsuji_home: Path, sample_copy: Path
) -> None:
    code = (
        f"import sys; LATER = {LATER!r}; from editor.ui.blocks import panes; built = []; seen = [];"
        "from editor.ui.window import first_paint as fp; real_report = fp.report_and_close;"
        "fp.report_and_close = lambda w: (lambda done: lambda: (seen.extend(m for m in LATER"
        " if m in sys.modules), done()))(real_report(w));"
        "real = panes.BlockPanes.__init__;"
        "panes.BlockPanes.__init__ = lambda self, *a: (built.append(1), real(self, *a))[1];"
        "from editor.cli import main; status = main();"
        "names = sorted(m for m in sys.modules if m.startswith('editor.cli.'));"
        "print(' '.join(names)); print(len(built));"
        "print('loaded at the first paint:', *seen);"
        "sys.exit(status)"
    )
    r = _tsuji(code, sample_copy)
    assert "tsuji: first paint at" in r.stderr
    # the window imports no command: each brings its engines (proofreader, importers, memory)
    assert r.stdout.splitlines()[0].split() == ["editor.cli.common", "editor.cli.window"]
    # the article's rows are the only ones laid out: no empty first document before it
    assert r.stdout.splitlines()[1] == "1"
    # nor the dialogs (no question is asked), nor OpenSSL, nor html's table of entities
    assert r.stdout.splitlines()[2] == "loaded at the first paint:"


SUPPORT_CODE = (
    "__import__('json').dumps({f'{n}.{k}': [v.__code__.co_flags, v.__code__.co_code.hex()]"
    " for n, m in list(sys.modules.items()) if n.startswith('shibokensupport')"
    " for k, v in vars(m).items() if hasattr(v, '__code__')"
    " and v.__code__.co_filename.startswith('shibokensupport')})"
)
"""The compiled code of PySide6's support modules' functions, as loaded in this process (JSON)."""


def test_the_next_start_reads_the_export_profile_without_the_toml_parser(
    tsuji_home: Path, sample_copy: Path
) -> None:
    """The summary's character limit comes from the export profile before the first paint; the
    parser (~14 ms to import, with ``datetime``) is needed only the first time a profile file is
    read, and nothing else before the first paint brings ``datetime``."""
    code = (
        "import sys; from editor.ui.window import first_paint as fp; real = fp.report_and_close;"
        "fp.report_and_close = lambda w: (lambda done: lambda: (print('tomllib' in sys.modules, 'datetime' in sys.modules),"
        " done()))(real(w));"
        "from editor.cli import main; sys.exit(main())"
    )
    seen = [_tsuji(code, sample_copy).stdout.split() for _ in range(2)]
    assert seen == [["True", "True"], ["False", "False"]]


def test_the_next_start_compiles_neither_pysides_support_modules_nor_its_regular_expressions(
    tsuji_home: Path, sample_copy: Path
) -> None:
    """PySide6's support modules (~40 ms to compile from the source inside its library), the
    regular expressions compiled while the window is built (~50 ms) and the methods of its
    dataclasses (~20 ms) are computed at the first start only (but the class of the folders the
    cache is found in), and each start's support code is what PySide6 compiles without Tsuji."""
    code = (
        "import builtins, dataclasses, re, sys, editor.core.paths; real_compile = builtins.compile; support = [];"
        " tables = []; methods = []; real_exec = builtins.exec;"
        "builtins.compile = lambda s, f, *a, **k: (support.append(f) if str(f).startswith"
        "(('shibokensupport/', 'signature_bootstrap')) else methods.append(f) if '__create_fn__' in"
        " str(s) else None, real_compile(s, f, *a, **k))[1];"
        "builtins.exec = lambda s, *a: (methods.append(s) if isinstance(s, str) and '__create_fn__'"
        " in s else None, real_exec(s if not isinstance(s, str) else real_compile(s, '<string>',"
        " 'exec', 0, True), *a))[1];"
        "real_re = re._compiler.compile;"
        "counting = lambda p, f=0: (tables.append(p) if re._compiler.compile is not counting else None,"
        " real_re(p, f))[1];"
        "re._compiler.compile = counting;"
        "from editor.cli import main; status = main(); print(len(support), len(tables), len(methods));"
        f" print({SUPPORT_CODE});"
        "sys.exit(status)"
    )
    first, second = (_tsuji(code, sample_copy).stdout.splitlines() for _ in range(2))
    assert [int(n) >= 10 for n in first[0].split()] == [True, True, True]
    assert second[0] == "0 0 0"
    assert {p.name for p in (tsuji_home / "cache" / "start-up").iterdir()} == {
        "dataclass-code.bin",
        "pyside-support.bin",
        "regex-tables.bin",
    }
    plain = json.loads(_tsuji(f"import sys, PySide6.QtWidgets; print({SUPPORT_CODE})", sample_copy).stdout)
    for start in (first, second):
        mine = json.loads(start[1])
        assert mine == {name: plain[name] for name in mine}
        # all of it, but the source scan Tsuji answers from bytes (quicker_feature_scan)
        assert set(plain) - set(mine) == {"shibokensupport.feature._mod_uses_pyside"}


def _tsuji(code: str, file: Path) -> subprocess.CompletedProcess[str]:
    """``tsuji FILE`` as ``code`` runs it (offscreen, its first paint reported), which succeeded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TSUJI_TRACE_START": "1"}
    r = subprocess.run(
        [sys.executable, "-c", code, str(file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    return r


def test_a_file_opened_before_the_window_shows_never_builds_the_start_page(
    qtbot: QtBot, tsuji_home: Path
) -> None:
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.files.open_path(SAMPLE_PROJECT)
    w.resize(1280, 820)  # a desktop's size: Qt's offscreen screen is only 800 pixels wide
    w.show()
    qtbot.waitExposed(w)
    assert w._start is None
    assert w.panes is not None and w.panes.isVisible() and w.header.isVisible()
    # what was laid out while the window was hidden is laid out again at its real size
    table = w.publishing.summary.table
    assert table.rowCount() == 3
    qtbot.waitUntil(lambda: all(table.rowHeight(r) < 4 * table.fontMetrics().height() for r in range(3)))
    # the sample's notice, given before the window showed, is shown once it has, alone: the
    # bar's labels stay hidden under it, also once the parts built after the first paint (the
    # problems' counts) have put their labels in the bar
    qtbot.waitUntil(lambda: "Save As" in w.statusBar().currentMessage())
    qtbot.waitUntil(lambda: w.parts.built("proofing") is not None)
    qtbot.wait(50)  # Qt shows a re-laid-out bar's labels on the next turn of the event loop
    assert "Save As" in w.statusBar().currentMessage()
    assert not w.progress.isVisible() and not w.counts.isVisible()
    w.statusBar().clearMessage()
    assert w.progress.isVisible() and w.counts.isVisible()
    w.doc.undo_stack.setClean()


def test_without_a_file_the_start_page_is_what_shows(qtbot: QtBot, tsuji_home: Path) -> None:
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.start.isVisible()
    assert not w.header.isVisible()


def test_the_rows_are_laid_out_once_at_the_widths_the_panes_are_shown_at(
    qtbot: QtBot, tsuji_home: Path
) -> None:
    """The panes get their widths one after the other when the window first shows: the article's
    texts are not laid out at the other pane's placeholder width first (a long post paid for
    every row twice before the first paint)."""
    from editor.ui.window.first_paint import FirstPaint

    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    w.files.open_path(SAMPLE_PROJECT)
    w.resize(1280, 820)
    assert w.panes is not None
    panes, laid_out, painted = w.panes, [], []
    real = panes.metrics.cache.layout

    def layout(text: str, width: int, font: object, **kw: object) -> object:
        laid_out.append(width)
        return real(text, width, font, **kw)  # type: ignore[arg-type]

    panes.metrics.cache.layout = layout  # type: ignore[method-assign]
    FirstPaint(panes.draft.viewport(), lambda: painted.append(set(laid_out)))
    w.show()
    qtbot.waitUntil(lambda: bool(painted))
    metrics, blocks = panes.metrics, w.doc.article.blocks
    assert (metrics.source_width, metrics.draft_width) == (
        panes.source.viewport().width(),
        panes.draft.viewport().width(),
    )
    shown = {metrics.source_text_width(b) for b in blocks} | {metrics.draft_text_width(b) for b in blocks}
    # each text at the width its pane shows it at, and at no other: not at a width the panes had
    # before both were sized, nor the draft's before a scroll bar came (it is always there)
    assert painted[0] == shown


def test_the_toolbar_is_drawn_at_the_size_its_icons_give_it(qtbot: QtBot, tsuji_home: Path) -> None:
    """The icons are set after the first paint (an icon font to load): the toolbar has
    its final size from the start, so the header and the panes under it do not move when they
    come (a toolbar of words was wider and lower than the one of icons)."""
    from editor.ui.shell import actions as acts

    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    save = w.actions_["save"]
    assert not _drawn(save)  # a blank holds the icon's place until the icons come
    before = w.toolbar.sizeHint()
    acts.apply_icons(w.actions_)
    assert _drawn(save)
    assert w.toolbar.sizeHint() == before


def _drawn(action: QAction) -> bool:
    """Whether some pixel of the action's icon is not transparent (the real icon, not the blank)."""
    image = action.icon().pixmap(24).toImage()
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))


def test_without_icons_the_toolbar_shows_the_actions_words(
    qtbot: QtBot, tsuji_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.ui.shell import actions as acts
    from editor.ui.shell import glyph_icons

    monkeypatch.setitem(sys.modules, "qtawesome", None)  # import qtawesome fails
    monkeypatch.setattr(glyph_icons, "_loaded", {})
    monkeypatch.setattr(glyph_icons, "fonts_folder", lambda: None)  # and its fonts are not there
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    button = w.toolbar.widgetForAction(w.actions_["import_url"])
    acts.apply_icons(w.actions_)
    assert w.actions_["import_url"].icon().isNull()
    words = button.fontMetrics().horizontalAdvance(button.text())
    assert button.sizeHint().width() >= words > 2 * w.toolbar.iconSize().width()


def test_tsuji_file_that_cannot_be_opened_says_why_and_shows_the_start_page(
    qtbot: QtBot, tsuji_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor import app
    from editor.ui.shell import prompts as dialogs
    from tests.ui.conftest import ScriptedPrompts

    prompts = ScriptedPrompts()
    monkeypatch.setattr(dialogs, "DialogPrompts", lambda _parent: prompts)
    broken = tmp_path / "post.tsuji"
    broken.write_text('{"format": 3, "article": {"blocks": [', encoding="utf-8")
    w = app.open_window(Settings.load(), [str(broken)])
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    assert [kind for kind, _title, _text in prompts.asked] == ["error"]
    assert prompts.asked[0][1] == "Cannot open" and "not a valid project file" in prompts.asked[0][2]
    assert w.start.isVisible() and not w.header.isVisible()
    assert broken.read_text(encoding="utf-8").endswith("[")  # the file is left as it was


def test_the_parts_after_the_first_paint_find_their_modules_without_qt_already_imported() -> None:
    """What the suggestions and problems docks need besides their widgets (machine translation,
    memory, proofreading, sockets, SSL, SQLite) is imported on a worker thread first
    (``later_parts.BACKGROUND``): on the window's thread it held the window for 0.6 s right after
    the article appeared. Building the parts then imports only the window's own modules."""
    code = (
        "import sys; from editor.ui.window import main_window, later_parts;"
        "later_parts.import_in_background(); before = set(sys.modules);"
        "import editor.ui.assist.assistance, editor.ui.proofing.proofreading;"
        "from editor.ui.shell import context;"
        "print(sorted(m for m in set(sys.modules) - before if not m.startswith('editor.ui.')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_docks_after_the_first_paint_are_built_once_their_modules_are_imported(
    qtbot: QtBot, tsuji_home: Path, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The imports run on a worker, not on the window's thread, and the docks are built after
    them (building them first would import everything on the window's thread again)."""
    import threading

    from editor.ui.window import later_parts

    seen: list[str] = []
    real = later_parts.import_in_background

    def imports() -> None:
        real()
        seen.append("main" if threading.current_thread() is threading.main_thread() else "worker")

    monkeypatch.setattr(later_parts, "import_in_background", imports)
    w = MainWindow(Settings.load())
    qtbot.addWidget(w)
    build = w.parts.build_early
    monkeypatch.setattr(w.parts, "build_early", lambda: (seen.append("docks"), build()))
    w.files.open_path(sample_copy)
    w.show()
    qtbot.waitUntil(lambda: w.parts.built("assist") is not None and w.parts.built("proofing") is not None)
    assert seen == ["worker", "docks"]
    assert w.findChild(QDockWidget, "assist_dock").widget().findChildren(QWidget)  # its panel came
