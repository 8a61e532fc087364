"""The usage rules translators asked for: ら抜き言葉, 二重否定, 冗長な表現, 表記ゆれ in one post."""

from __future__ import annotations

import pytest

from editor.assist.proof import check_text, load_style, tokens
from editor.assist.proof.rules import ALL_RULES
from editor.assist.proof.styles import build


@pytest.fixture(scope="module", autouse=True)
def _tokens() -> None:
    tokens.load()


def of(rule: str, text: str) -> list[tuple[str, str | None]]:
    style = build("one", {"unlisted": "off", "rules": {rule: True}}, ALL_RULES)
    return [(p.excerpt, p.fix) for p in check_text(text, style)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("明日は朝早く起きれる。", [("起きれ", "起きられ")]),
        ("この服はまだ着れる。", [("着れ", "着られ")]),
        ("週末なら来れる。", [("来れ", "来られ")]),
        ("ここからは海が見れない。", [("見れ", "見られ")]),
        ("船が出れるかは天気次第だ。", [("出れ", "出られ")]),
    ],
)
def test_a_dropped_ra_is_found_with_its_fix(text: str, found: list[tuple[str, str]]) -> None:
    assert of("ra-nuki", text) == found


@pytest.mark.parametrize(
    "text",
    ["明日は朝早く起きられる。", "週末なら来られる。", "港まで走れる。", "英語で書ける。", "彼は帰れない。"],
)
def test_potentials_of_godan_verbs_and_full_forms_are_fine(text: str) -> None:
    assert of("ra-nuki", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "それが事件の発端だったといえなくもない。",  # textlint no-double-negative-ja's README
        "確かにそういった懸念はない事はない。",  # textlint no-double-negative-ja's README
        "合意が近くないこともない。",
        "交渉に応じないわけではありません。",
        "行かないでもない。",
    ],
)
def test_double_negatives_are_found(text: str) -> None:
    assert len(of("double-negative", text)) == 1


def test_single_negatives_are_not() -> None:
    assert of("double-negative", "合意は近くない。港は開いていない。行くことはない。") == []


def test_redundant_phrases_are_found_with_their_fix_and_off_by_default() -> None:
    assert of("redundant", "港を利用することができる。") == [("することができ", "でき")]
    assert of("redundant", "これは妥当であると言える。") == [("であると言え", "であ")]
    assert of("redundant", "港を利用できる。走ることができる。") == []  # 走る: no noun to take できる
    assert [p.rule for p in check_text("港を利用することができる。", load_style("blog"))] == []


def test_a_word_written_two_ways_in_one_post() -> None:
    text = "調査を行う。審議を行った。会議も行った。報告を行なった。"
    assert of("notation", text) == [("行なっ", None)]
    assert of("notation", "サーバーを見た。サーバーを直した。サーバを止めた。") == [("サーバ", None)]
    assert of("notation", "出来事を書く。港でできることを書く。") == []  # 出来事 is another word
    assert of("notation", "調査を行う。審議を行った。") == []
