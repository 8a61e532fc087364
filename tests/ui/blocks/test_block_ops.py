"""BlockOps on a context without a window: what the block keys do to the article, through the
narrow cursor the part is given."""

from __future__ import annotations

from editor.core.model import Block
from editor.ui.blocks.block_ops import BlockOps
from editor.ui.shell.context import AppContext


def test_tagging_the_selection_as_a_quote_and_undoing_it(ctx: AppContext) -> None:
    confirmed: list[Block] = []
    ops = BlockOps(ctx, confirmed.append)
    blocks = ctx.doc.article.blocks
    plain = [r for r, b in enumerate(blocks) if not b.is_quote][:2]
    cursor = ctx.cursor()
    assert cursor is not None
    cursor.go_to(plain[0])
    cursor.selected_rows = lambda: plain  # type: ignore[method-assign]
    ops.toggle_quote()
    assert all(ctx.doc.article.blocks[r].is_quote for r in plain)
    ctx.doc.undo_stack.undo()
    assert not any(ctx.doc.article.blocks[r].is_quote for r in plain)


def test_stepping_moves_the_cursor_within_the_article(ctx: AppContext) -> None:
    ops = BlockOps(ctx, lambda _b: None)
    cursor = ctx.cursor()
    assert cursor is not None
    ops.step(1)
    ops.step(1)
    assert cursor.current_row() == 2
    ops.step(-10)
    assert cursor.current_row() == 0
    ops.step(10_000)
    assert cursor.current_row() == len(ctx.doc.article.blocks) - 1


def test_without_panes_the_keys_do_nothing(ctx: AppContext) -> None:
    ctx.cursor = lambda: None
    before = [b.is_quote for b in ctx.doc.article.blocks]
    ops = BlockOps(ctx, lambda _b: None)
    ops.toggle_quote()
    ops.step(1)
    assert [b.is_quote for b in ctx.doc.article.blocks] == before
    assert not ctx.doc.undo_stack.count()
