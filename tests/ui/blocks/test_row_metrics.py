"""Row heights are kept between layouts (a long post is laid out again after one row grew):
whatever the translator does, a kept height is the one measured afresh."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFont

from editor.core import edits, project
from editor.core.model import Article, Attribution, Block, Status
from editor.ui.blocks.document import Document
from editor.ui.blocks.row_metrics import RowMetrics


def _doc() -> Document:
    article = Article(title="見出し", source_title="Heights")
    for i in range(8):
        draft = "訳文。" * (4 + 9 * (i % 3))
        article.blocks.append(
            Block(f"Paragraph {i} " + "word " * (6 * (i % 4)), draft=draft, status=Status.DRAFT)
        )
    return Document(project.Project(article))


def _same_as_afresh(metrics: RowMetrics) -> None:
    fresh = RowMetrics(metrics.model)
    fresh.set_font(metrics.font)
    fresh.source_width, fresh.draft_width = metrics.source_width, metrics.draft_width
    fresh.live = dict(metrics.live)
    rows = metrics.model.rowCount()
    assert [metrics.height(r) for r in range(rows)] == [fresh.height(r) for r in range(rows)]


def test_kept_heights_follow_every_change_to_the_rows(qapp) -> None:
    doc = _doc()
    metrics = RowMetrics(doc.model)
    metrics.source_width, metrics.draft_width = 320, 280
    blocks = doc.article.blocks
    _same_as_afresh(metrics)

    def run(edit: edits.Edit) -> None:
        doc.push(edit)
        _same_as_afresh(metrics)

    run(edits.set_quote(doc.article, [blocks[2].id, blocks[3].id], True))  # row 2 gets "Quote"
    group = blocks[2].quote_group
    quoted = replace(blocks[3], attribution=Attribution(name="A long name of somebody quoted " * 4))
    doc.model.replace_rows(3, 1, [quoted])  # who it is from: shown on the quote's first row
    _same_as_afresh(metrics)
    assert blocks[2].quote_group == group
    run(edits.merge_with_next(doc.article, blocks[1].id))  # the quote's second row opens it now
    assert blocks[2].quote_group == group and blocks[1].quote_group != group
    run(edits.set_quote(doc.article, [blocks[1].id], True))
    run(edits.set_note(doc.article, blocks[5].id, "確認すること"))
    run(edits.split_block(doc.article, blocks[6].id, 5, 2))
    run(edits.merge_with_next(doc.article, blocks[0].id))
    run(edits.move_block(doc.article, blocks[4].id, 1))
    run(edits.edit_draft(doc.article, blocks[2].id, "短い。"))
    doc.undo_stack.undo()
    _same_as_afresh(metrics)
    metrics.live[3] = "打ち込み中の訳文\n二行目\n三行目"  # the open editor's text
    _same_as_afresh(metrics)
    del metrics.live[3]
    _same_as_afresh(metrics)
    metrics.source_width = 180  # a pane made narrower
    _same_as_afresh(metrics)
    metrics.set_font(QFont("Sans", 17))
    _same_as_afresh(metrics)
