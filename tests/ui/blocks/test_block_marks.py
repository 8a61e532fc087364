"""Show what the block holds: a note marker with the note on hover, a language badge, an image's
address and alt text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor.core import project
from editor.core.model import Article, Block, BlockKind, Status
from editor.ui.window.main_window import MainWindow
from tests.ui.conftest import ready


def test_captions_and_hover_say_what_a_block_holds(window: MainWindow, qtbot, tmp_path: Path) -> None:
    art = Article(
        source_lang="en",
        blocks=[
            Block("The port is quiet.", draft="港は静かだ。", status=Status.DRAFT, note="Lisvan は架空の港"),
            Block("Der Hafen ist ruhig.", draft="港は静かだ。", status=Status.DRAFT, lang="de"),
            Block("The pier at dawn", kind=BlockKind.IMAGE, image_url="https://img.example/pier.jpg"),
        ],
    )
    path = tmp_path / "m.tsuji"
    project.save(project.Project(art, path), path)
    window.files.open_path(path)
    ready(qtbot, window)
    metrics, model = window.panes.metrics, window.doc.model
    assert metrics.caption(0) == "✎ Note"
    assert "Lisvan は架空の港" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert metrics.caption(1) == "[de]"
    assert metrics.caption(2) == "Image: https://img.example/pier.jpg"
    tip = model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    assert "https://img.example/pier.jpg" in tip and "The pier at dawn" in tip
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) is None
