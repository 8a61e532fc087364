"""Headings and list items are units of their own on both sides, untranslated text is never a
translation, and confidence says how often such a pair is right."""

from __future__ import annotations

from editor.assist.align import Pair, Para, align, calibrate
from editor.io.post_body import read_body
from editor.io.profiles import load_profile

POST = """\
---
Title: 港の話
---
[https://example.org/harbour:embed:cite]

## ✒️要約
- 港: 再開した

## 【本文】

港は月曜日に再開した。

## 交渉の行方
- 第一に、関税である。
- 第二に、割当である。
- 第三に、期限である。

【未訳】The minister did not say when the talks would end.

The harbour authority has not said anything about the schedule for next week at all.

船は沖で待っている。
"""


def test_a_post_reads_as_headings_list_items_and_paragraphs_without_untranslated_text() -> None:
    body = read_body(POST, load_profile("hatena"))
    assert [(p.kind, p.text) for p in body.paragraphs] == [
        ("paragraph", "港は月曜日に再開した。"),
        ("heading", "交渉の行方"),
        ("list_item", "第一に、関税である。"),
        ("list_item", "第二に、割当である。"),
        ("list_item", "第三に、期限である。"),
        ("paragraph", "船は沖で待っている。"),
    ]


def test_a_heading_aligns_with_a_heading_alone() -> None:
    source = [
        Para("The port reopened on Monday after three weeks of closure, officials said."),
        Para("How the port authority plans to handle the backlog of ships waiting offshore", kind="heading"),
        Para("Talks resume Thursday."),
        Para("The union agreed."),
    ]
    # the Japanese heading is two characters: by length alone it would be glued to a paragraph
    target = [
        Para("当局者によると、港は3週間の閉鎖を経て月曜日に再開した。"),
        Para("滞船", kind="heading"),
        Para("交渉は木曜日に再開される。"),
        Para("組合は同意した。"),
    ]
    pairs = [(p.source, p.target) for p in align(source, target)]
    assert pairs == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]


def test_a_whole_list_may_be_one_paragraph_but_items_do_not_mix_with_paragraphs() -> None:
    source = [
        Para("Three things matter."),
        Para("Tariffs on steel.", kind="list_item"),
        Para("Quotas on grain.", kind="list_item"),
        Para("The ship moved on.", kind="paragraph"),
    ]
    target = [Para("三つのことが重要だ。"), Para("鉄鋼の関税と穀物の割当だ。"), Para("船は去った。")]
    pairs = [(p.source, p.target) for p in align(source, target)]
    assert ((1, 2), (1,)) in pairs


def test_a_list_of_five_items_written_as_one_paragraph_keeps_the_pairs_after_it() -> None:
    items = ["Tariffs on steel.", "Quotas on grain.", "A deadline in May.", "Inspections.", "A review."]
    source = [
        Para("The deal has five parts."),
        *(Para(t, kind="list_item") for t in items),
        Para("The minister signed it on Tuesday, 4 March."),
        Para("Unions said they would study it."),
    ]
    target = [
        Para("合意は五つの部分からなる。"),
        Para("鉄鋼の関税、穀物の割当、5月の期限、検査、そして見直しである。"),
        Para("大臣は3月4日火曜日にこれに署名した。"),
        Para("組合はこれを検討すると述べた。"),
    ]
    pairs = align(source, target)
    assert [(p.source, p.target) for p in pairs] == [
        ((0,), (0,)),
        ((1, 2, 3, 4, 5), (1,)),
        ((6,), (2,)),
        ((7,), (3,)),
    ]
    # paragraphs never merge three to one: only a list does
    plain = [Para(t) for t in items]
    assert all(len(p.source) <= 2 for p in align([source[0], *plain, *source[6:]], target))


def test_confidence_follows_the_path_around_a_pair() -> None:
    path = [
        Pair((0,), (0,), 0.5),
        Pair((1,), (1,), 0.5),
        Pair((2, 3), (2,), 0.7),  # a merge beside a skip
        Pair((4,), (), 0.0),  # a paragraph left out
        Pair((5,), (3,), 0.5),
        Pair((6,), (4,), 0.5),
        Pair((7,), (5,), 0.5),
        Pair((8, 9), (6,), 0.7),  # a merge inside a clean path
        Pair((10,), (7,), 0.5),
        Pair((11,), (8,), 0.5),
    ]
    conf = [p.confidence for p in calibrate(path)]
    assert conf[0] >= 0.97 and conf[5] >= 0.97  # between one-to-one pairs
    assert 0.7 <= conf[4] < 0.97  # beside the skip
    assert conf[2] < 0.75  # a merge beside a skip: held for review
    assert conf[7] >= 0.75  # a merge in a clean path: stored
