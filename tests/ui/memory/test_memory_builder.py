"""Tools → Build Memory from Blog in the window: progress on the worker, the report, and the
glossary names added only when the translator accepts them."""

from __future__ import annotations

from pathlib import Path

from editor.ui.window.main_window import MainWindow
from tests.align_posts import A_PAIRS, B_PAIRS, write
from tests.ui.conftest import ScriptedPrompts


def _run(window: MainWindow, qtbot, prompts: ScriptedPrompts, tmp_path: Path, accept: bool) -> None:
    blog, sources = tmp_path / "blog", tmp_path / "saved"
    write(blog, sources)
    window.settings.blog_dir = str(blog)
    prompts.answers += [0, sources, None, accept]  # saved pages, the folder, the report, the names
    window.actions_["build_memory"].trigger()
    qtbot.waitUntil(lambda: any(a[1] == "Names for the glossary" for a in prompts.asked), timeout=20000)


def test_build_memory_reports_and_adds_names_when_accepted(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    _run(window, qtbot, prompts, tmp_path, accept=True)
    report = next(a for a in prompts.asked if a[1] == "Build Memory from Blog" and a[0] == "inform")
    assert "2 posts aligned, 2 skipped: 10 pairs added to the memory, 0 held back" in report[2]
    names = next(a for a in prompts.asked if a[1] == "Names for the glossary")
    # Clara Voss is named in both posts; Brussels in one only, which is no evidence yet
    assert "Clara Voss → クララ・フォス" in names[2] and "Brussels" not in names[2]
    memory, glossary = window.ctx.stores.get()
    assert sorted((u.source, u.target) for u in memory.all_units()) == sorted(A_PAIRS + B_PAIRS)
    assert {(t.source, t.target) for t in glossary.terms()} == {("Clara Voss", "クララ・フォス")}


def test_names_are_never_added_silently(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    _run(window, qtbot, prompts, tmp_path, accept=False)
    assert window.ctx.stores.glossary().terms() == []
    assert len(window.ctx.stores.memory().all_units()) == 10
