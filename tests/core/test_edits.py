from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core import edits
from editor.core.model import Article, Block, BlockKind, Status
from editor.core.project import to_dict


def make_article() -> Article:
    a = Article(title="t")
    texts = ["One.", "Two.", "Three.", "Four.", "Five.", "Six."]
    a.blocks = [Block(t, id=f"b{i}") for i, t in enumerate(texts)]
    for b in a.blocks[2:4]:
        b.kind, b.quote_group = BlockKind.QUOTE, "g1"
    return a


def groups(a: Article) -> list[str | None]:
    return [b.quote_group for b in a.blocks]


def test_edit_draft_sets_status_and_undoes() -> None:
    a = make_article()
    before = to_dict(a)
    e = edits.edit_draft(a, "b0", "一。")
    e.apply(a)
    assert a.blocks[0].draft == "一。"
    assert a.blocks[0].status is Status.DRAFT
    e.revert(a)
    assert to_dict(a) == before


def test_clearing_a_draft_makes_it_untranslated_again() -> None:
    a = make_article()
    edits.edit_draft(a, "b0", "一。").apply(a)
    edits.edit_draft(a, "b0", "  ").apply(a)
    assert a.blocks[0].status is Status.UNTRANSLATED


def test_tag_quote_gives_one_group_and_untag_middle_splits_group() -> None:
    a = make_article()
    edits.set_quote(a, ["b0", "b1"], True).apply(a)
    assert a.blocks[0].kind is BlockKind.QUOTE
    assert a.blocks[0].quote_group == a.blocks[1].quote_group is not None
    assert a.blocks[1].quote_group != a.blocks[2].quote_group

    a = make_article()
    edits.set_quote(a, ["b2", "b3", "b4"], True).apply(a)
    g = a.blocks[2].quote_group
    assert g is not None and groups(a)[2:5] == [g, g, g]
    edits.set_quote(a, ["b3"], False).apply(a)
    assert a.blocks[3].quote_group is None and a.blocks[3].kind is BlockKind.PARAGRAPH
    assert a.blocks[2].quote_group is not None and a.blocks[4].quote_group is not None
    assert a.blocks[2].quote_group != a.blocks[4].quote_group


def test_merge_keeps_first_id_and_revert_restores_both() -> None:
    a = make_article()
    edits.edit_draft(a, "b0", "一。").apply(a)
    edits.edit_draft(a, "b1", "二。").apply(a)
    before = to_dict(a)
    e = edits.merge_with_next(a, "b0")
    e.apply(a)
    assert [b.id for b in a.blocks[:2]] == ["b0", "b2"]
    assert a.blocks[0].source == "One. Two."
    assert a.blocks[0].draft == "一。二。"
    e.revert(a)
    assert to_dict(a) == before


def test_merge_last_block_is_refused() -> None:
    a = make_article()
    with pytest.raises(edits.EditError):
        edits.merge_with_next(a, "b5")


def test_split_keeps_id_and_redo_reuses_new_id() -> None:
    a = make_article()
    a.blocks[0].source = "First sentence. Second sentence."
    a.blocks[0].draft, a.blocks[0].status = "一文目。二文目。", Status.DRAFT
    e = edits.split_block(a, "b0", len("First sentence. "), len("一文目。"))
    e.apply(a)
    assert a.blocks[0].id == "b0"
    assert (a.blocks[0].source, a.blocks[1].source) == ("First sentence.", "Second sentence.")
    assert (a.blocks[0].draft, a.blocks[1].draft) == ("一文目。", "二文目。")
    new_id = a.blocks[1].id
    e.revert(a)
    e.apply(a)
    assert a.blocks[1].id == new_id


def test_split_at_the_edge_is_refused() -> None:
    a = make_article()
    with pytest.raises(edits.EditError):
        edits.split_block(a, "b0", 0, 0)


def test_move_and_omit() -> None:
    a = make_article()
    edits.move_block(a, "b0", 5).apply(a)
    assert a.blocks[-1].id == "b0"
    edits.set_omit(a, ["b1"], True).apply(a)
    assert a.blocks[0].omit


def test_meta_and_summary_edits_revert() -> None:
    a = make_article()
    before = to_dict(a)
    e = edits.set_meta(a, title="新しい題", categories=["翻訳"])
    e.apply(a)
    assert a.title == "新しい題" and a.categories == ["翻訳"]
    e.revert(a)
    assert to_dict(a) == before
    with pytest.raises(edits.EditError):
        edits.set_meta(a, blocks=[])


ops = st.lists(
    st.tuples(
        st.sampled_from(["draft", "status", "quote", "unquote", "merge", "split", "move", "omit"]),
        st.integers(0, 20),
        st.integers(0, 20),
        st.text(max_size=8),
    ),
    max_size=25,
)


@settings(deadline=None)
@given(ops)
def test_any_sequence_of_edits_reverts_to_the_start(seq: list[tuple[str, int, int, str]]) -> None:
    a = make_article()
    start = copy.deepcopy(to_dict(a))
    done: list[edits.Edit] = []
    for op, i, j, text in seq:
        ids = [b.id for b in a.blocks]
        bid = ids[i % len(ids)]
        other = ids[j % len(ids)]
        try:
            e: edits.Edit
            if op == "draft":
                e = edits.edit_draft(a, bid, text)
            elif op == "status":
                e = edits.set_status(a, bid, list(Status)[j % 4])
            elif op in ("quote", "unquote"):
                lo, hi = sorted((i % len(ids), j % len(ids)))
                e = edits.set_quote(a, ids[lo : hi + 1], op == "quote")
            elif op == "merge":
                e = edits.merge_with_next(a, bid)
            elif op == "split":
                e = edits.split_block(a, bid, j, 0)
            elif op == "move":
                e = edits.move_block(a, bid, j % len(ids))
            else:
                e = edits.set_omit(a, [bid, other], True)
        except edits.EditError:
            continue
        e.apply(a)
        done.append(e)
        # quote groups stay contiguous and consistent with the kind
        seen: list[str] = []
        for b in a.blocks:
            assert (b.kind is BlockKind.QUOTE) == (b.quote_group is not None)
            if b.quote_group and (not seen or seen[-1] != b.quote_group):
                assert b.quote_group not in seen
                seen.append(b.quote_group)
        assert len({b.id for b in a.blocks}) == len(a.blocks)
    for e in reversed(done):
        e.revert(a)
    assert to_dict(a) == start
