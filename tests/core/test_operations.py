"""Whole-article operations that return edits and change nothing themselves."""

from __future__ import annotations

from editor.core import operations
from editor.core.model import Article, Block, BlockKind, Status
from editor.core.search import Query


def test_replace_all_returns_one_edit_per_changed_draft_and_keeps_done() -> None:
    a = Article(
        blocks=[
            Block("a", draft="スミス氏が来た。", status=Status.DONE),
            Block("b", draft="誰も来ない。", status=Status.DRAFT),
            Block("c", draft="スミス氏とスミス夫人。", status=Status.DRAFT),
        ]
    )
    changes = operations.replace_all(a, Query("スミス"), "スミッス")
    assert len(changes) == 2
    assert a.blocks[0].draft == "スミス氏が来た。"  # nothing applied yet
    for edit in changes:
        edit.apply(a)
    assert [b.draft for b in a.blocks] == ["スミッス氏が来た。", "誰も来ない。", "スミッス氏とスミッス夫人。"]
    assert a.blocks[0].status is Status.DONE
    again = Article(blocks=[Block("a", draft="スミス", status=Status.DONE)])
    for edit in operations.replace_all(again, Query("スミス"), "X", keep_done=False):
        edit.apply(again)
    assert again.blocks[0].status is not Status.DONE


def test_split_cuts_the_source_at_the_sentence_end_nearest_the_draft_position() -> None:
    source = "First sentence here. Second one is longer than the first. Third."
    cut = operations.split_point(source, 10, 30)  # a third of the draft: after the first sentence
    assert source[:cut].rstrip() == "First sentence here."
    cut = operations.split_point(source, 29, 30)  # near its end: before the last sentence
    assert source[cut:].strip() == "Third."
    assert operations.split_point("x", 0, 0) == 1
    a = Article(blocks=[Block(source, draft="一文目。二文目は長い。三文目。")])
    edit = operations.split(a, a.blocks[0].id, len("一文目。"))
    edit.apply(a)
    assert [b.source for b in a.blocks] == [
        "First sentence here.",
        "Second one is longer than the first. Third.",
    ]
    assert [b.draft for b in a.blocks] == ["一文目。", "二文目は長い。三文目。"]


def test_progress_counts_what_needs_translating() -> None:
    a = Article(
        blocks=[
            Block("One two three.", draft="一 二", status=Status.DONE),
            Block("Four five.", status=Status.UNTRANSLATED),
            Block("", kind=BlockKind.IMAGE, image_url="https://x/y.png"),
        ]
    )
    p = operations.progress(a)
    assert (p.done, p.total, p.percent) == (1, 2, 50)
    assert p.draft_chars == 2 and p.source_words == 5
    assert operations.progress(Article()).percent == 0
    # counted again after an edit: the new texts' counts, not the old ones remembered
    a.blocks[0].draft = "一 二 **三**"
    a.blocks[1].source = "Four five six seven."
    p = operations.progress(a)
    assert p.draft_chars == 3 and p.source_words == 7
