"""Proofreading in the window, as a translator uses it: underlines, the Problems dock, F8,
one-click fixes (undoable), ignores kept in the project, counts, and the export check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.assist.proof import Severity
from editor.core import project
from editor.core.model import Article, Block, Status, SummaryPoint
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, ime_type, ready


def _open(window: MainWindow, tmp_path: Path) -> Path:
    art = Article(
        source_lang="en",
        title="港の話",
        summary=[SummaryPoint("要点", "港が開いた")],
        blocks=[
            Block(source="The port is quiet.", draft="港は静かだ。", status=Status.DONE),
            Block(
                source="He said: the port is open.",
                draft="港は開いている」と彼は言った。",
                status=Status.DRAFT,
            ),
            Block(source="Ships left, slowly.", draft="船は出た,ゆっくりと。", status=Status.DONE),
        ],
    )
    path = tmp_path / "port.tsuji"
    project.save(project.Project(art, path), path)
    window.files.open_path(path)
    return path


def _checked(qtbot, window: MainWindow, n: int | None = None) -> None:
    qtbot.waitUntil(lambda: window.parts.built("proofing") is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            bool(window.parts["proofing"].problems)
            if n is None
            else len(window.parts["proofing"].problems) == n
        ),
        timeout=10000,
    )


def test_findings_are_underlined_counted_and_f8_walks_them(window: MainWindow, qtbot, tmp_path: Path) -> None:
    _open(window, tmp_path)
    ready(qtbot, window)
    _checked(qtbot, window, 2)
    proof = window.parts["proofing"]
    assert [(p.rule, p.block) for p in proof.problems] == [("brackets", 2), ("jtf-1.2.1", 3)]
    assert proof.counts.text() == "✖ 2  ⚠ 0"
    ids = [b.id for b in window.doc.article.blocks]
    assert window.panes.metrics.problems[ids[1]] == ((7, 8, "error"),)  # the stray 」 in the painted row
    window.panes.draft.setFocus()
    QTest.keyClick(window.panes.editor() or window, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.panes.current_row() == 1 and window.panes.editor() is not None)
    assert proof.dock.isVisible()
    editor = window.panes.editor()
    assert editor.textCursor().selectedText() == "」"
    assert [s.cursor.selectedText() for s in editor.extraSelections()] == ["」"]
    QTest.keyClick(editor, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.panes.current_row() == 2)
    assert window.panes.editor().textCursor().selectedText() == ","
    QTest.keyClick(window.panes.editor(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.panes.current_row() == 1)


def test_one_click_fix_is_one_undo_step_and_keeps_done(window: MainWindow, qtbot, tmp_path: Path) -> None:
    _open(window, tmp_path)
    ready(qtbot, window)
    _checked(qtbot, window, 2)
    proof = window.parts["proofing"]
    proof.dock.show()
    proof.panel.list.setCurrentRow(1)
    assert proof.panel.fix.isEnabled()
    qtbot.mouseClick(proof.panel.fix, Qt.MouseButton.LeftButton)
    block = window.doc.article.blocks[2]
    assert block.draft == "船は出た、ゆっくりと。" and block.status is Status.DONE
    _checked(qtbot, window, 1)
    proof.panel.list.setCurrentRow(0)
    assert not proof.panel.fix.isEnabled()  # a missing 「 has no safe fix
    window.undo_action.trigger()
    assert window.doc.article.blocks[2].draft == "船は出た,ゆっくりと。"
    _checked(qtbot, window, 2)


def test_ignore_is_kept_in_the_project(window: MainWindow, qtbot, tmp_path: Path) -> None:
    path = _open(window, tmp_path)
    ready(qtbot, window)
    _checked(qtbot, window, 2)
    proof = window.parts["proofing"]
    proof.panel.list.setCurrentRow(0)
    qtbot.mouseClick(proof.panel.ignore, Qt.MouseButton.LeftButton)
    _checked(qtbot, window, 1)
    assert window.doc.article.blocks[1].proof_ignored == ["brackets:」"]
    window.files.save()
    assert project.load(path).article.blocks[1].proof_ignored == ["brackets:」"]


def test_typing_a_slip_is_found_and_export_lists_errors(
    window: MainWindow, qtbot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    _open(window, tmp_path)
    ready(qtbot, window, 0)
    window.panes.go_to(0)
    ready(qtbot, window, 0)
    editor = window.panes.editor()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    ime_type(editor, "彼は『港へ行く")
    qtbot.waitUntil(
        lambda: any(p.block == 1 and p.excerpt == "『" for p in window.parts["proofing"].problems),
        timeout=10000,
    )
    window.settings.blog_dir = str(tmp_path / "blog")
    (tmp_path / "blog").mkdir()
    assert window.publishing.flow.run() is None  # the cautious answer: do not export
    _kind, title, text = prompts.asked[-1]
    assert title == "Before exporting"
    assert "[brackets]" in text and "Block 2" in text and "Block 1" in text
    assert all(
        p.severity is not Severity.HINT for p in window.parts["proofing"].problems if p.rule == "brackets"
    )


def test_going_to_a_problem_in_the_title_or_summary_puts_the_cursor_there(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    from editor.core import edits

    _open(window, tmp_path)
    ready(qtbot, window)
    _checked(qtbot, window, 2)
    article = window.doc.article
    window.doc.push(edits.set_meta(article, title="港の「話"))
    window.doc.push(edits.set_summary(article, [SummaryPoint("要点", "港が開いた」")]))
    _checked(qtbot, window, 4)
    fields = [p.field for p in window.parts["proofing"].problems]
    window.parts["proofing"].go(fields.index("title"))
    assert window.header.edits["title"].hasFocus()
    window.parts["proofing"].go(fields.index("summary"))
    table = window.publishing.summary.table
    assert table.hasFocus() and (table.currentRow(), table.currentColumn()) == (0, 1)


def _blog(tmp_path: Path) -> Path:
    """A blog folder of five posts that write 行なう."""
    blog = tmp_path / "blog"
    for n in range(5):
        post = blog / "entry" / f"{n}.md"
        post.parent.mkdir(parents=True, exist_ok=True)
        post.write_text(f"---\nTitle: 港 {n}\n---\n\n港の調査を行なった。船は{n}隻出た。\n", "utf-8")
    return blog


def test_learning_the_blogs_house_style_changes_what_is_flagged(
    window: MainWindow, qtbot, tmp_path: Path, tsuji_home: Path
) -> None:
    blog = _blog(tmp_path)
    window.settings.blog_dir = str(blog)
    art = Article(
        source_lang="en",
        title="港の話",
        summary=[SummaryPoint("要点", "港が開いた")],
        blocks=[Block(source="They inspected the port.", draft="港の検査を行った。", status=Status.DONE)],
    )
    path = tmp_path / "port.tsuji"
    project.save(project.Project(art, path), path)
    window.files.open_path(path)
    qtbot.waitUntil(lambda: window.parts.built("proofing") is not None, timeout=5000)
    prompts = ScriptedPrompts()
    window.ctx.prompts = prompts
    window.actions_["learn_style"].trigger()
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=10000)
    assert "Learnt from 5 post(s)" in prompts.asked[-1][2] and "Prefers “行なう”" in prompts.asked[-1][2]
    qtbot.waitUntil(
        lambda: any(p.rule == "notation" for p in window.parts["proofing"].problems), timeout=10000
    )  # the draft's 行った against the blog's 行なった


def test_the_style_dialog_shows_the_learnt_house_style(
    window: MainWindow, qtbot, tmp_path: Path, tsuji_home: Path
) -> None:
    from editor.flows.house_style import learn_blog, save
    from editor.ui.proofing.style_dialog import StyleDialog

    blog = _blog(tmp_path)
    window.settings.blog_dir = str(blog)
    learned: list[bool] = []
    dialog = StyleDialog(window.ctx, window, lambda: learned.append(True))
    qtbot.addWidget(dialog)
    assert "not learnt yet" in dialog.body.text() and "blog" in dialog.body.text()
    dialog.learn_button.click()
    assert learned == [True]
    save(blog, learn_blog(blog))
    dialog.refresh()
    assert "Learnt from 5 post(s)" in dialog.body.text() and "Prefers “行なう”" in dialog.body.text()
    window.settings.blog_dir = ""
    dialog.refresh()
    assert not dialog.learn_button.isEnabled()


def test_a_long_post_is_checked_once_its_rows_are_laid_out(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """The first check and the panes' measuring of a long post share Python's lock: the check
    waits for the rows, then finds the problems."""
    art = Article(source_lang="en", title="長い記事")
    for i in range(900):
        draft = "港は開いた,ゆっくりと。" if i == 880 else f"{i}番目の段落はこう訳した。" * (1 + i % 3)
        art.blocks.append(Block(f"Paragraph {i}: the port opened again. " * (1 + i % 4), draft=draft))
    path = tmp_path / "long.tsuji"
    project.save(project.Project(art, path), path)
    submitted: list[bool] = []
    real = window.ctx.worker.submit

    def watching(channel, fn, on_done, on_error):  # type: ignore[no-untyped-def]
        if channel == "proofread":
            submitted.append(window.panes is not None and window.panes.laid_out())
        return real(channel, fn, on_done, on_error)

    window.ctx.worker.submit = watching  # type: ignore[method-assign]
    window.files.open_path(path)
    ready(qtbot, window)
    assert window.panes is not None and not window.panes.laid_out()  # 900 rows: in batches
    qtbot.waitUntil(lambda: bool(submitted), timeout=30000)
    assert submitted == [True]
    proofing = window.parts.built("proofing")
    qtbot.waitUntil(lambda: any(p.block == 881 for p in proofing.problems), timeout=30000)
