"""Summary panel, preview and one-click export, driven through the window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from editor.core import project
from editor.core.model import SummaryPoint
from editor.io import frontmatter
from editor.ui.publish.export_flow import ExportSettings
from editor.ui.window.main_window import MainWindow
from tests.blogsync_standin import rewrite
from tests.conftest import GOLDEN, SAMPLE_PROJECT
from tests.io.webserver import serve
from tests.ui.conftest import ScriptedPrompts, ime_type, ready

WHEN = datetime.fromisoformat("2026-03-15T21:00:00+09:00")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def blog(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "blog"
    folder.mkdir()
    window.settings.blog_dir = str(folder)
    window.settings.profile = "hatena"
    window.ctx.set_clock(lambda: WHEN)
    return folder


def click_later(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        for b in box.findChildren(QPushButton):
            if b.text().replace("&", "") == button_text:
                b.click()
                return
        raise AssertionError(f"no button {button_text!r}")

    QTimer.singleShot(50, click)


def test_one_click_export_writes_the_golden_post(
    window: MainWindow, qtbot, sample_copy: Path, blog: Path
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    qtbot.keyClick(window.panes.editor(), Qt.Key.Key_E, CTRL)
    written = blog / "entry/2026/03/15/veloria-blinks-the-harbor-talks-are-back-on.md"
    assert written.read_text("utf-8") == (GOLDEN / "harbor-talks.hatena.md").read_text("utf-8")
    box = window.publishing.flow.last_result
    assert box is not None and str(written) in box.text()
    buttons = [b.text() for b in box.buttons()]
    assert "Open folder" in buttons and "Copy path" in buttons
    next(b for b in box.buttons() if b.text() == "Copy path").click()
    assert QApplication.clipboard().text() == str(written)
    saved = project.load(sample_copy).article.exports["hatena"]
    assert saved.path == "entry/2026/03/15/veloria-blinks-the-harbor-talks-are-back-on.md"
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible())
    # a re-export after an edit updates the same file
    window.panes.go_to(0)
    ready(qtbot, window, 0)
    ed = window.panes.editor()
    assert ed is not None
    ed.selectAll()
    ime_type(ed, "書き直した。")
    window.actions_["export"].trigger()
    assert "書き直した。" in written.read_text("utf-8")
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]  # no .bak in the blog


def test_findings_are_shown_first_and_export_anyway_works(
    window: MainWindow, qtbot, tmp_path: Path, blog: Path, prompts: ScriptedPrompts
) -> None:
    source = tmp_path / "post.txt"
    source.write_text("A title\n\nOne paragraph here.\n\nAnother paragraph.\n", "utf-8")
    window.files.open_path(source)
    ready(qtbot, window)
    prompts.answers.append(False)  # Cancel
    assert window.publishing.flow.run() is None
    assert prompts.asked[-1][1] == "Before exporting" and "not translated" in prompts.asked[-1][2]
    assert not any(blog.rglob("*.md"))
    prompts.answers.append(True)  # Export anyway
    path = window.publishing.flow.run()
    assert path is not None and "【未訳】One paragraph here." in path.read_text("utf-8")


def test_clicking_a_finding_goes_to_its_block_and_does_not_export(
    window: MainWindow, qtbot, tmp_path: Path, blog: Path, prompts: ScriptedPrompts
) -> None:
    source = tmp_path / "post.txt"
    source.write_text("A title\n\n" + "".join(f"Paragraph number {n}.\n\n" for n in range(1, 9)), "utf-8")
    window.files.open_path(source)
    ready(qtbot, window)
    for n in range(len(window.doc.article.blocks)):
        if n != 5:  # every block translated but the sixth
            window.panes.go_to(n)
            ready(qtbot, window, n)
            ime_type(window.panes.editor(), f"第{n}段落。")
    window.flush()
    window.panes.go_to(0)
    ready(qtbot, window, 0)
    assert window.publishing.flow.run() is None  # cancelled: the findings are listed
    kind, _title, text = prompts.asked[-1]
    findings = text.splitlines()[1:]
    assert kind == "findings" and not any(blog.rglob("*.md"))

    def click(words: str) -> None:
        prompts.answers.append(next(i for i, f in enumerate(findings) if words in f))
        assert window.publishing.flow.run() is None
        assert not any(blog.rglob("*.md"))

    click("block 6 is not translated")
    ready(qtbot, window, 5)  # the window went there, its editor open
    click("no Japanese title")
    assert window.header.edits["title"].hasFocus()
    click("summary")
    assert window.publishing.summary_dock.isVisible()
    assert window.publishing.summary.buttons["add"].hasFocus()  # no point yet: Add


def test_the_findings_dialog_answers_with_the_finding_clicked(qtbot) -> None:
    from editor.ui.shell.findings_dialog import EXPORT, FindingsDialog

    items = [("a note about nothing", False), ("block 3 is not translated", True), ("block 9: 」", True)]
    for click, expected in ((None, None), (0, None), (2, 2), ("export", EXPORT)):
        dialog = FindingsDialog(None, "Before exporting", "Click a finding", items, "Export anyway")
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        if click == "export":
            qtbot.mouseClick(dialog.findChild(QPushButton, "export_anyway"), Qt.MouseButton.LeftButton)
        elif isinstance(click, int):
            rect = dialog.list.visualItemRect(dialog.list.item(click))
            qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        visible = click == 0  # a finding that goes nowhere: the dialog stays
        assert dialog.isVisible() is visible and dialog.chosen == expected


def test_foreign_file_asks_before_overwriting_and_keeps_a_backup(
    window: MainWindow, qtbot, sample_copy: Path, blog: Path, prompts: ScriptedPrompts, tsuji_home: Path
) -> None:
    target = blog / "entry/2026/03/15/veloria-blinks-the-harbor-talks-are-back-on.md"
    target.parent.mkdir(parents=True)
    target.write_text("hand-written\n", "utf-8")
    window.files.open_path(sample_copy)
    prompts.answers.append(False)
    assert window.publishing.flow.run() is None
    assert "not written by Tsuji" in prompts.asked[-1][2] and target.read_text("utf-8") == "hand-written\n"
    assert "--force" not in prompts.asked[-1][2]  # the window's words, not the command line's
    prompts.answers.append(True)
    assert window.publishing.flow.run() == target
    backups = list((tsuji_home / "data" / "backups").rglob("*.md"))
    assert [b.read_text("utf-8") for b in backups] == ["hand-written\n"]
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_preview_shows_title_summary_and_quote(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    preview = window.preview
    title = "NWN⚡️ヴェロリア、瞬きする:港湾協議が再開へ"
    qtbot.waitUntil(lambda: title in preview.document().toPlainText(), timeout=5000)
    text = preview.document().toPlainText()
    assert "政府の後退: 港湾運営権の取り消し" in text
    cursor = preview.document().find("運輸省の当局者は日曜日")
    first = preview.document().find("3週間にわたり")
    assert not cursor.isNull() and not first.isNull()
    # the quote is indented beyond the body's paragraphs
    assert cursor.blockFormat().leftMargin() > first.blockFormat().leftMargin()


def test_preview_follows_typing_within_a_second(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    qtbot.waitUntil(lambda: "3週間にわたり" in window.preview.document().toPlainText(), timeout=5000)
    ed = window.panes.editor()
    ed.selectAll()
    ime_type(ed, "新しい最初の段落。")
    qtbot.waitUntil(lambda: "新しい最初の段落。" in window.preview.document().toPlainText(), timeout=2000)


def test_html_in_a_draft_is_text_and_nothing_is_fetched(window: MainWindow, qtbot, sample_copy: Path) -> None:
    requests: list[str] = []
    with serve() as base:
        from tests.io import webserver

        original = webserver.Handler.do_GET

        def spy(self: webserver.Handler) -> None:
            requests.append(self.path)
            original(self)

        webserver.Handler.do_GET = spy  # type: ignore[method-assign]
        try:
            window.files.open_path(sample_copy)
            ready(qtbot, window)
            ed = window.panes.editor()
            ed.selectAll()
            ime_type(ed, f'<script>alert("x")</script> <img src="{base}/tracker.png"> 本文')
            window.flush()
            before = window.preview.rendered
            qtbot.waitUntil(lambda: window.preview.rendered > before, timeout=3000)
        finally:
            webserver.Handler.do_GET = original  # type: ignore[method-assign]
    text = window.preview.document().toPlainText()
    assert '<script>alert("x")</script>' in text
    assert f'<img src="{base}/tracker.png">' in text
    assert requests == []
    assert not [u for u in window.preview.refused if u.startswith("http")]


def test_summary_add_edit_reorder_remove_undo(window: MainWindow, qtbot, sample_copy: Path) -> None:
    window.files.open_path(sample_copy)
    panel = window.publishing.summary
    panel.add()
    assert len(window.doc.article.summary) == 4
    panel.table.item(3, 0).setText("補足")
    panel.table.item(3, 1).setText("長い" * 60)
    assert window.doc.article.summary[3] == SummaryPoint("補足", "長い" * 60)
    count = panel.table.item(3, 2)
    assert count.text() == str(len("補足: " + "長い" * 60))
    assert count.foreground().color().name() == "#c62828"  # over the profile's 80 characters
    panel.table.setCurrentCell(3, 1)
    panel.move_point(-1)
    assert [p.label for p in window.doc.article.summary] == [
        "政府の後退",
        "背景",
        "補足",
        "今後の展望",
    ]
    panel.remove()
    assert [p.label for p in window.doc.article.summary] == ["政府の後退", "背景", "今後の展望"]
    while window.doc.undo_stack.canUndo():
        window.undo_action.trigger()
    assert [p.label for p in window.doc.article.summary] == ["政府の後退", "背景", "今後の展望"]
    assert panel.table.rowCount() == 3


def test_suggest_proposes_points_from_the_draft(
    window: MainWindow, qtbot, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.files.open_path(sample_copy)
    window.ctx.prompts = ScriptedPrompts(True)
    panel = window.publishing.summary
    panel.buttons["suggest"].click()
    points = window.doc.article.summary
    drafts = " ".join(b.draft for b in window.doc.article.blocks)
    assert len(points) == 3
    assert all(p.text and p.text in drafts for p in points)  # extractive: sentences of the draft
    assert all(p.label for p in points)


def test_export_settings_sample_and_saved_profile(
    window: MainWindow, qtbot, sample_copy: Path, tmp_path: Path, tsuji_home: Path
) -> None:
    window.files.open_path(sample_copy)
    dialog = ExportSettings(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.fields["byline_pattern"].setText("原文:{author}({date})")
    dialog.fields["date_format"].setText("%Y/%m/%d")
    assert "原文:Martin Hale(2026/03/14)" in dialog.sample.text()
    assert "NWN⚡️ヴェロリア" in dialog.sample.text()
    dialog.fields["title_pattern"].setText("{nope}")
    assert dialog.sample.text().startswith("Pattern error")
    dialog.fields["title_pattern"].setText("[{label}] {title}")
    dialog.accept()
    saved = (tsuji_home / "config/profiles/hatena.toml").read_text("utf-8")
    assert 'byline_pattern = "原文:{author}({date})"' in saved
    assert window.settings.blog_dir == str(tmp_path)
    assert window.settings.blogs[0] == {"folder": str(tmp_path), "profile": "hatena"}
    qtbot.waitUntil(lambda: "[NWN] ヴェロリア" in window.preview.document().toPlainText(), timeout=3000)


def test_copy_as_markdown_and_html(
    window: MainWindow, qtbot, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.files.open_path(sample_copy)
    window.ctx.set_clock(lambda: WHEN)
    window.actions_["copy_markdown"].trigger()
    assert QApplication.clipboard().text() == (GOLDEN / "harbor-talks.hatena.md").read_text("utf-8")
    window.actions_["copy_html"].trigger()
    html = QApplication.clipboard().mimeData().html()
    assert "<blockquote>" in html and "<h1" in html


EXIT_AFTER_COPY = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from editor.app import release_clipboard
from editor.settings import Settings
from editor.ui.window.main_window import MainWindow
app = QApplication([])
w = MainWindow(Settings.load())
w.show()
w.files.open_path(Path(sys.argv[1]))
w.actions_["copy_html"].trigger()
w.close()
release_clipboard(app)
print("closed", flush=True)
"""


def test_quitting_after_copy_as_html_exits_cleanly(sample_copy: Path, tsuji_home: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TSUJI_HOME": str(tsuji_home)}
    r = subprocess.run(
        [sys.executable, "-c", EXIT_AFTER_COPY, str(sample_copy)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert (r.returncode, r.stdout.strip()) == (0, "closed"), r.stderr[-2000:]


def export(window: MainWindow) -> Path | None:
    """Ctrl+E, then close the "Exported" box as a person would."""
    path = window.publishing.flow.run()
    box = window.publishing.flow.last_result
    if box is not None:
        box.close()
    return path


def test_export_is_an_undoable_edit_that_marks_the_project_modified(
    window: MainWindow, qtbot, blog: Path, prompts: ScriptedPrompts
) -> None:
    window.files.open_path(SAMPLE_PROJECT)  # the shipped sample opens as an untitled copy
    ready(qtbot, window)
    assert not window.isWindowModified()
    window.actions_["export"].trigger()
    assert window.doc.article.exports["hatena"].path.startswith("entry/2026/03/15/")
    assert window.isWindowModified()  # closing now asks, so the record is not lost silently
    window.doc.undo_stack.undo()
    assert window.doc.article.exports == {} and not window.isWindowModified()
    window.doc.undo_stack.redo()
    assert window.files.confirm_discard()  # asked first (the script answers "discard")
    assert prompts.asked[-1][0] == "save_changes"


def test_blogsync_keys_survive_export_push_save_reopen_edit_export(
    window: MainWindow, qtbot, sample_copy: Path, blog: Path, prompts: ScriptedPrompts
) -> None:
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    path = export(window)
    assert path is not None
    rewrite(path)  # blogsync push
    pushed = frontmatter.split(path.read_text("utf-8"))
    assert export(window) == path  # no question: blogsync's rewrite is not an edit
    assert window.files.save()
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.panes.go_to(4)  # a block without links: replacing its draft loses none
    ready(qtbot, window, 4)
    ed = window.panes.editor()
    ed.selectAll()
    ime_type(ed, "直した訳。")
    assert export(window) == path
    post = frontmatter.split(path.read_text("utf-8"))
    assert [q for q in prompts.asked if q[0] == "confirm"] == []
    for key in ("URL", "EditURL", "PreviewURL", "Date"):
        assert post.keys[key] == pushed.keys[key]
    assert "Draft" not in post.keys and "直した訳。" in post.body


def test_push_from_the_window_through_blogsync(
    window: MainWindow,
    qtbot,
    sample_copy: Path,
    blog: Path,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from tests.conftest import ROOT

    standin = f'"{sys.executable}" "{ROOT / "tests" / "blogsync_standin.py"}"'
    monkeypatch.setenv("TSUJI_BLOGSYNC", standin)
    window.files.open_path(sample_copy)
    ready(qtbot, window)
    window.actions_["push"].trigger()  # not exported yet: says so
    assert "Export the post first" in prompts.asked[-1][2]
    path = export(window)
    window.actions_["push"].trigger()
    qtbot.waitUntil(
        lambda: prompts.asked[-1][1] == "Push" and "Pushed:" in prompts.asked[-1][2], timeout=10000
    )
    assert "PUT --->" in prompts.asked[-1][2]  # blogsync's output is shown
    record = window.doc.article.exports["hatena"]
    assert record.url.startswith("https://me.hatenablog.com/entry/") and record.edit_url
    assert path is not None and frontmatter.split(path.read_text("utf-8")).text_value("URL") == record.url
    monkeypatch.setenv("STANDIN_FAIL", "1")
    window.actions_["push"].trigger()
    qtbot.waitUntil(lambda: prompts.asked[-1][0] == "error", timeout=10000)
    assert "exit status 1" in prompts.asked[-1][2] and "401 Unauthorized" in prompts.asked[-1][2]
