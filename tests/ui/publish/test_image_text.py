"""An image's words (its alt text or caption) are translated like any block: the pane asks for a
translation, the export check lists a missing one, and the post carries the Japanese."""

from __future__ import annotations

from pathlib import Path

from editor.assist.checks import check
from editor.core import project
from editor.core.model import Article, Block, BlockKind, Status
from editor.io.export import render
from editor.io.profiles import load_profile
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ime_type, ready

URL = "https://img.example/port.png"


def _article() -> Article:
    return Article(
        title="港の話",
        source_title="Port",
        blocks=[
            Block("The port reopened.", draft="港が再開した。", status=Status.DONE),
            Block("A map of the southern terminals", kind=BlockKind.IMAGE, image_url=URL),
            Block("", kind=BlockKind.IMAGE, image_url="https://img.example/plain.png"),
        ],
    )


def test_an_image_with_words_needs_a_translation_and_one_without_does_not() -> None:
    article = _article()
    found = [(f.code, f.block) for f in check(article)]
    assert ("untranslated", 2) in found and ("untranslated", 3) not in found


def test_the_translated_alt_text_reaches_the_post(window: MainWindow, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "img.tsuji"
    project.save(project.Project(_article()), path)
    window.files.open_path(path)
    ready(qtbot, window)
    window.panes.go_to(1)
    ready(qtbot, window, 1)
    ime_type(window.panes.editor(), "南部ターミナルの地図")
    window.flush()
    post = render(
        window.doc.article, load_profile("hatena"), post_date=window.ctx.post_date(window.ctx.profile())
    )
    assert f"![南部ターミナルの地図]({URL})" in post
    assert "A map of the southern terminals" not in post
    assert not [f for f in check(window.doc.article) if f.code == "untranslated"]
