"""What start-up spares: the collector's runs before the first paint, PySide6's reading of every
module's source, PySide6's compiling of its own support modules."""

from __future__ import annotations
import __future__

import builtins
import gc
import importlib.util
import json
import linecache
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import editor.core.model
import editor.ui.window.main_window
from editor.settings import Settings
from editor.ui.shell import startup
from editor.ui.window.main_window import MainWindow
from tests.conftest import SAMPLE_PROJECT


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as the suite runs it, whatever a test left paused."""
    yield
    startup.resume_collector()
    gc.enable()


def test_pysides_question_about_a_module_gets_its_own_answer_without_the_source_read(
    tmp_path: Path,
) -> None:
    startup.quicker_feature_scan()
    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    assert ours.tsuji_bytes
    assert not startup.quicker_feature_scan()  # asked again, the answer is not wrapped twice
    model = editor.core.model
    linecache.checkcache()
    linecache.cache.pop(model.__file__, None)
    assert ours(editor.ui.window.main_window) is True
    assert ours(model) is False
    assert ours(json) is False
    assert ours(sys) is False  # built in: PySide6's own answer
    # the modules' text is not kept line by line for the life of the process
    assert model.__file__ not in linecache.cache
    # a module whose file has gone (a source-less install) is left to PySide6
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert ours(gone) is False


@pytest.mark.usefixtures("collector")
def test_the_collector_is_paused_until_the_windows_first_paint(qtbot: QtBot, tsuji_home: Path) -> None:
    startup.pause_collector()
    assert not gc.isenabled() and startup.collector_paused()
    w = MainWindow(Settings.load(), opening=True)
    qtbot.addWidget(w)
    w.files.open_path(SAMPLE_PROJECT)
    w.show_document()
    w.resize(1280, 820)
    assert not gc.isenabled()
    w.show()
    qtbot.waitUntil(gc.isenabled)
    assert w._painted and not startup.collector_paused()
    w.doc.undo_stack.setClean()


@pytest.mark.usefixtures("collector")
def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    startup.pause_collector()
    startup.resume_collector()
    assert not gc.isenabled()


SUPPORT = "shibokensupport/signature/demo.py"
SOURCE = "def f(x: Undefined) -> int:\n    return 1\n"
ANNOTATIONS = __future__.annotations.compiler_flag


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names Python's own ``compile`` is asked to compile, from now on (not ``typing``'s
    and ``ast``'s strings, "<string>", "<unknown>", compiled as the modules they need load)."""
    calls: list[str] = []
    real = builtins.compile

    def counting(source: Any, filename: Any, *args: Any, **kwargs: Any) -> Any:
        if not str(filename).startswith("<"):
            calls.append(str(filename))
        return real(source, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting)
    return calls


def test_pysides_support_modules_are_compiled_once_then_read_from_the_cache(
    tmp_path: Path, compiles: list[str]
) -> None:
    bundle = tmp_path / "cache" / "pyside" / "support.bin"
    with startup.support_code_kept(bundle):
        first = compile(SOURCE, SUPPORT, "exec")
    assert compiles == [SUPPORT] and bundle.is_file()
    compiles.clear()
    with startup.support_code_kept(bundle):
        again = compile(SOURCE, SUPPORT, "exec")
        changed = compile(SOURCE + "y = 2\n", SUPPORT, "exec")  # another PySide6's text
        mine = compile(SOURCE, "editor/mine.py", "exec")  # not PySide6's: never kept
    assert compiles == [SUPPORT, "editor/mine.py"]
    assert again == first and changed != first and mine.co_filename == "editor/mine.py"
    ns: dict[str, Any] = {}
    exec(again, ns)
    assert ns["f"](0) == 1 and ns["f"].__annotations__ == {"x": "Undefined", "return": "int"}
    assert "counting" in builtins.compile.__name__  # Python's own compile put back


def test_kept_support_code_has_the_future_imports_of_the_code_that_compiles_it(
    tmp_path: Path, compiles: list[str]
) -> None:
    """Python's ``compile`` takes its caller's ``from __future__`` imports (PySide6's loader has
    ``annotations``): the kept code must be what Python would have compiled, caller by caller."""
    bundle = tmp_path / "support.bin"
    plain_caller = builtins.compile("c = compile(S, N, 'exec')", "<plain>", "exec", dont_inherit=True)
    for _ in range(2):  # compiled, then read from the cache
        with startup.support_code_kept(bundle):
            here = compile(SOURCE, SUPPORT, "exec")  # this module imports annotations
            ns = {"S": SOURCE, "N": SUPPORT}
            exec(plain_caller, ns)
        assert here.co_flags & ANNOTATIONS
        assert not ns["c"].co_flags & ANNOTATIONS
    assert compiles.count(SUPPORT) == 2  # once for each caller, not again


def test_a_broken_foreign_or_unwritable_cache_costs_a_compile_and_nothing_else(
    tmp_path: Path, compiles: list[str]
) -> None:
    bundle = tmp_path / "support.bin"
    with startup.support_code_kept(bundle):
        compile(SOURCE, SUPPORT, "exec")
    good = bundle.read_bytes()
    version = importlib.util.MAGIC_NUMBER
    for bad in (good[: len(good) // 2], b"\x00" * 4 + good[4:], version + b"\xffjunk", b"not a bundle"):
        bundle.write_bytes(bad)  # cut off, another Python's bytecode, damaged, something else
        compiles.clear()
        with startup.support_code_kept(bundle):
            code = compile(SOURCE, SUPPORT, "exec")
        assert compiles == [SUPPORT] and code.co_filename == SUPPORT
        with startup.support_code_kept(bundle):  # written again: read the next time
            assert compile(SOURCE, SUPPORT, "exec") == code
        assert compiles == [SUPPORT]
    blocked = tmp_path / "file" / "support.bin"
    blocked.parent.write_text("a file where the cache folder should be")
    with startup.support_code_kept(blocked):
        assert compile(SOURCE, SUPPORT, "exec").co_filename == SUPPORT
    with pytest.raises(RuntimeError), startup.support_code_kept(bundle):
        raise RuntimeError("an import that failed")
    assert "counting" in builtins.compile.__name__
