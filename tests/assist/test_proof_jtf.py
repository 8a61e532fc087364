"""Conformance: every jtf-* rule on sentences written for Tsuji (valid, invalid, and the fixed text).

The textlint JTF preset's own verdicts are replayed by docs/tools/jtf_conformance.py against a
checkout of that project (251 of 256 agree; docs/proofreading.md lists the five differences)."""

from __future__ import annotations

import pytest

from editor.assist.proof import RULES_BY_ID
from editor.assist.proof.engine import check_segments, file_segments, fix_text
from editor.assist.proof.styles import build

# rule: (texts with no finding, [(text with a finding, the text after the safe fix, or None)])
CASES: dict[str, tuple[list[str], list[tuple[str, str | None]]]] = {
    "jtf-1.1.1": (
        [
            "港は静かです。\n\n船は出ました。",
            "港は静かである。\n\n船は出たのだ。",
            "- 港は静かです。\n- 船は出た。",
        ],
        [("港は静かである。\n\n船は沖にいる。\n\n漁師は休みです。", None)],
    ),
    "jtf-1.1.2": (["## 港の朝", "港の朝。"], [("## 港の朝。", "## 港の朝")]),
    "jtf-1.1.3": (
        ["- 船が出る。\n- 港が開く。", "- 船が出ます\n- 港が開きます"],
        [("- 船が出る。\n- 港が開く", None), ("- 船が出ます。\n- 港が開く。\n- 海が荒れます。", None)],
    ),
    "jtf-1.2.1": (["1,200人と3.5%。", "Node.js で書く"], [("港へ,船で行く.", "港へ、船で行く。")]),
    "jtf-1.2.2": (["3.14と1,000"], [("値は３．１４", "値は３.１４")]),
    "jtf-2.1.5": (["カモメが鳴く"], [("ｶﾓﾒが鳴く", "カモメが鳴く")]),
    "jtf-2.1.8": (["第2埠頭"], [("第２埠頭", "第2埠頭")]),
    "jtf-2.1.9": (["NATOの会議"], [("ＮＡＴＯの会議", "NATOの会議")]),
    "jtf-2.1.10": (["0.75秒", "1,200隻"], [("0,75秒", "0.75秒")]),
    "jtf-2.2.2": (
        ["3つの港", "第5章", "数十隻の船", "一時的な封鎖", "第三者の目", "何万人もの人"],
        [("三つの港", "3つの港"), ("第五章", "第5章"), ("1時的な封鎖", "一時的な封鎖"), ("二十回", "20回")],
    ),
    "jtf-3.1.1": (["NATOの艦隊", "G7で合意"], [("NATO の艦隊", "NATOの艦隊"), ("艦隊 NATO", "艦隊NATO")]),
    "jtf-3.1.2": (["港の朝", "ジョン スミス"], [("港の 朝", "港の朝")]),
    "jtf-3.2": (["ジョン・スミス", "ジョン スミス"], [("ジョン\u3000スミス", "ジョン・スミス")]),
    "jtf-3.3": (["「港」へ", "港 (Port) へ"], [("「 港」へ", "「港」へ"), ("港 「船」", "港「船」")]),
    "jtf-4.1.1": (["「出港する」と言った。"], [("「出港する。」と言った。", "「出港する」と言った。")]),
    "jtf-4.1.3": (["v1.2を使う", "港。"], [("港に着いた.", "港に着いた。")]),
    "jtf-4.2.1": (["嵐だ！", "Wow!"], [("嵐だ!", "嵐だ！"), ("嵐だ！ 港へ急げ。", "嵐だ！\u3000港へ急げ。")]),
    "jtf-4.2.2": (["本当か？", "Why?"], [("本当か?", "本当か？")]),
    "jtf-4.2.4": (["日・米", "日･2"], [("日･米", "日・米")]),
    "jtf-4.2.5": (["3〜5隻", "約~5"], [("3~5隻", "3〜5隻")]),
    "jtf-4.2.6": (["港-3番", "well-known"], [("港-船", None)]),
    "jtf-4.2.7": (["例：港", "1: 港"], [("例:港", "例：港")]),
    "jtf-4.2.8": (["a;b"], [("港;船", None)]),
    "jtf-4.2.9": (["港（湾）"], [("港――湾", None)]),
    "jtf-4.3.1": (["港（湾）", "f(x)"], [("港(湾)", "港（湾）")]),
    "jtf-4.3.2": (["［保存］を押す", "[x]"], [("設定[保存]", "設定［保存］")]),
    "jtf-4.3.3": (["「港」と「船」"], [("港」と", None), ("「港と", None)]),
    "jtf-4.3.4": (["『港の歴史』"], [("『港の歴史", None)]),
    "jtf-4.3.5": (['"港"と言う'], [('"港と言う', None)]),
    "jtf-4.3.6": (["{港}"], [("{港", None)]),
    "jtf-4.3.7": (["<港>"], [("<港", None)]),
    "jtf-4.3.8": (["‘港’", "the port's"], [("‘港", None)]),
}


def _run(rule_id: str, text: str) -> list:  # type: ignore[type-arg]
    style = build("one", {"unlisted": "off", "rules": {rule_id: True}}, [RULES_BY_ID[rule_id]])
    return check_segments(file_segments(text), style)


def test_every_jtf_rule_the_issue_names_has_cases() -> None:
    wanted = [
        "1.1.1",
        "1.1.2",
        "1.1.3",
        "1.2.1",
        "1.2.2",
        "2.1.5",
        "2.1.8",
        "2.1.9",
        "2.1.10",
        "2.2.2",
        "3.1.1",
        "3.1.2",
        "3.2",
        "3.3",
        "4.1.1",
        "4.1.3",
    ]
    wanted += ["4.2.1", "4.2.2", "4.2.4", "4.2.5", "4.2.6", "4.2.7", "4.2.8", "4.2.9"]
    wanted += [f"4.3.{n}" for n in range(1, 9)]
    assert {f"jtf-{n}" for n in wanted} <= set(CASES) <= set(RULES_BY_ID)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_valid_sentences_pass(rule_id: str) -> None:
    for text in CASES[rule_id][0]:
        assert _run(rule_id, text) == [], text


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_invalid_sentences_are_found_and_fixed(rule_id: str) -> None:
    for text, fixed in CASES[rule_id][1]:
        found = _run(rule_id, text)
        assert found, text
        assert all(p.rule == rule_id and p.message and p.message_en for p in found)
        if fixed is None:
            continue
        style = build("one", {"unlisted": "off", "rules": {rule_id: True}}, [RULES_BY_ID[rule_id]])
        result, n = fix_text(text, style)
        assert n >= 1
        assert result == fixed
        assert _run(rule_id, result) == []
