"""Source updates: version 1 of an article (translated in part) merged with version 2."""

from __future__ import annotations

import pytest

from editor.core.merge import UpdateRefused, merge, word_diff
from editor.core.model import Article, Block, BlockKind, Status

P1 = "The harbour authority met on Monday to discuss the new tariffs on imported steel."
P2 = "Shipping companies said the tariffs would raise costs for every container by a third."
P3 = "The minister refused to comment, saying only that talks would continue next week."
P4 = "Dock workers have threatened a strike if the tariffs reduce the volume of trade."
P5 = "Local traders expect the dispute to last until the end of the summer at least."
Q1 = "We will not accept a deal that punishes the port for decisions made elsewhere."
Q2 = "Our members have already lost a month of work this year."


def v1() -> Article:
    blocks = [
        Block(P1, draft="港湾当局は月曜日に会合を開いた。輸入鉄鋼への新関税を協議した。", status=Status.DONE),
        Block(P2, draft="海運会社は関税で費用が3分の1増えると述べた。", status=Status.DONE),
        Block(P3, draft="大臣はコメントを拒んだ。", status=Status.DRAFT, note="訳注あり"),
        Block(Q1, kind=BlockKind.QUOTE, quote_group="q", draft="我々は受け入れない。", status=Status.DONE),
        Block(P4, draft="港湾労働者はストを警告した。", status=Status.DONE),
        Block(P5, draft="地元の商人は夏まで続くと見ている。", status=Status.DONE),
    ]
    return Article(source_title="Harbour tariffs", source_lang="en", blocks=blocks)


def new(*sources: str | tuple[str, str], title: str = "Harbour tariffs") -> Article:
    blocks = []
    for s in sources:
        if isinstance(s, tuple):
            blocks.append(Block(s[0], kind=BlockKind.QUOTE, quote_group=s[1]))
        else:
            blocks.append(Block(s))
    return Article(source_title=title, source_lang="en", blocks=blocks)


def test_unchanged_update_keeps_everything() -> None:
    old = v1()
    blocks, report = merge(old, new(P1, P2, P3, (Q1, "g1"), P4, P5))
    assert report.nothing and report.kept == 6
    assert [b.draft for b in blocks] == [b.draft for b in old.blocks]
    assert [b.status for b in blocks] == [b.status for b in old.blocks]
    assert [b.id for b in blocks] == [b.id for b in old.blocks]
    assert blocks[3].quote_group == "g1"  # structure follows the new source


def test_edited_sentence_keeps_draft_loses_done_and_remembers_the_old_source() -> None:
    old = v1()
    edited = P2.replace("by a third", "by nearly a half")
    blocks, report = merge(old, new(P1, edited, P3, (Q1, "q"), P4, P5))
    assert (report.kept, report.changed) == (5, 1)
    b = blocks[1]
    assert b.id == old.blocks[1].id and b.source == edited and b.draft == old.blocks[1].draft
    assert b.status is Status.DRAFT and b.previous_source == P2
    diff = word_diff(b.previous_source, b.source)
    assert [t for op, t in diff if op == "-"] == ["third"]
    assert [t for op, t in diff if op == "+"] == ["nearly ", "half"]
    assert "".join(t for op, t in diff if op != "-") == b.source


def test_added_appended_and_removed_paragraphs() -> None:
    old = v1()
    added = "A second meeting has been called for Thursday, according to two officials."
    update = "Update: the ministry announced on Tuesday evening that the tariffs are suspended."
    blocks, report = merge(old, new(P1, added, P2, (Q1, "q"), P4, P5, update))
    assert (report.added, report.removed, report.kept) == (2, 1, 5)
    assert [b.source for b in blocks] == [P1, added, P2, P3, Q1, P4, P5, update]
    assert blocks[1].status is Status.UNTRANSLATED and not blocks[1].draft
    gone = blocks[3]
    assert gone.removed and gone.omit and gone.draft == "大臣はコメントを拒んだ。" and gone.note == "訳注あり"


def test_split_and_merge_carry_the_drafts() -> None:
    old = v1()
    first, second = "The harbour authority met on Monday.", "It discussed the new tariffs on imported steel."
    merged = P4 + " " + P5
    blocks, report = merge(old, new(first, second, P2, P3, (Q1, "q"), merged))
    assert (report.split, report.merged) == (1, 1)
    assert [b.source for b in blocks] == [first, second, P2, P3, Q1, merged]
    assert (
        blocks[0].draft == "港湾当局は月曜日に会合を開いた。"
        and blocks[1].draft == "輸入鉄鋼への新関税を協議した。"
    )
    assert blocks[0].id == old.blocks[0].id and blocks[0].previous_source == P1
    assert blocks[5].draft == "港湾労働者はストを警告した。\n地元の商人は夏まで続くと見ている。"
    assert all(b.status is Status.DRAFT for b in (blocks[0], blocks[1], blocks[5]))


def test_quote_grown_by_a_paragraph_and_reordered_pair() -> None:
    old = v1()
    blocks, report = merge(old, new(P1, P2, P3, (Q1, "g"), (Q2, "g"), P5, P4))
    assert [b.source for b in blocks] == [P1, P2, P3, Q1, Q2, P5, P4]
    assert [b.quote_group for b in blocks[3:5]] == ["g", "g"] and blocks[4].status is Status.UNTRANSLATED
    assert (
        blocks[5].draft == "地元の商人は夏まで続くと見ている。"
        and blocks[6].draft == "港湾労働者はストを警告した。"
    )
    assert report.moved == 1 and report.removed == 0 and report.added == 1


def test_a_different_article_is_refused() -> None:
    other = new(
        "The football club announced a new coach after a difficult season.",
        "Fans gathered outside the stadium to celebrate the decision.",
        title="Club names new coach",
    )
    with pytest.raises(UpdateRefused, match="not the same article"):
        merge(v1(), other)
