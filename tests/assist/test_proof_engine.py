"""Checking a post again after an edit reads again only the texts that changed, and finds what a
first check of the edited post finds: the glossary and the user dictionary are read afresh."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from editor.assist.glossary import Glossary, Term
from editor.assist.proof import check_article, load_style, prh
from editor.assist.proof.engine import _HITS, article_segments, check_segments
from editor.assist.proof.model import Hit, Options, Rule, Segment, Severity
from editor.assist.proof.styles import build
from editor.core.model import Article, Block, Status


def _post(n: int) -> Article:
    article = Article(title="港の話")
    for i in range(n):
        draft = f"委員会は{i}日に会合を開いた。。" if i % 2 else f"委員会は{i}日に会合を開いた。"
        article.blocks.append(Block(f"The board met on day {i}.", draft=draft, status=Status.DRAFT))
    return article


def test_a_second_check_reads_only_the_texts_that_changed() -> None:
    read: list[str] = []

    def check(seg: Segment, options: Options) -> Iterator[Hit]:
        read.append(seg.text)
        at = seg.text.find("。。")
        if at >= 0:
            yield Hit(at, at + 2, "。")

    rule = Rule("doubled-stop", Severity.WARNING, "句点が重なっています。", "Doubled full stop.", check=check)
    style = build("one", {"unlisted": "off", "rules": {"doubled-stop": True}}, [rule])
    article = _post(40)
    first = check_segments(article_segments(article), style)
    assert len(read) == 41 and len(first) == 20
    read.clear()
    article.blocks[3] = replace(article.blocks[3], draft="委員会は三日に会合を開いた。")  # fixed
    again = check_segments(article_segments(article), style)
    assert read == ["委員会は三日に会合を開いた。"]
    assert [p.block for p in again] == [p.block for p in first if p.block != 4]
    _HITS.clear()
    assert [(p.block, p.start) for p in check_segments(article_segments(article), style)] == [
        (p.block, p.start) for p in again
    ]


def test_terms_added_to_the_glossary_are_found_in_texts_already_checked(tmp_path: Path) -> None:
    glossary = Glossary(tmp_path / "g.sqlite")
    article = Article(title="t")
    article.blocks = [Block("Yves Smith wrote it.", draft="イブ・スミスが書いた。", status=Status.DONE)]
    style = load_style("blog")
    assert [p for p in check_article(article, style, glossary) if p.rule == "glossary"] == []
    glossary.add(Term("Yves Smith", "イヴ・スミス"))
    found = [p.message_en for p in check_article(article, style, glossary) if p.rule == "glossary"]
    assert found == ["Glossary: “Yves Smith” should be “イヴ・スミス”."]


def test_a_word_added_to_the_user_dictionary_is_found_in_texts_already_checked() -> None:
    article = Article(title="t")
    article.blocks = [Block("It runs Javascript.", draft="Javascriptで動く。", status=Status.DONE)]
    style = load_style("blog")
    assert [p for p in check_article(article, style) if p.rule == "prh"] == []
    entries = prh.entries({"rules": [{"expected": "JavaScript", "pattern": "Javascript"}]}, "mine.yml")
    setting = style.settings["prh"]
    style.settings["prh"] = replace(setting, options={**setting.options, "entries": entries})
    assert [p.excerpt for p in check_article(article, style) if p.rule == "prh"] == ["Javascript"]


def test_a_variant_added_to_a_long_dictionary_rule_is_found() -> None:
    """A rule of many variants is one long pattern; the variant added at its end counts."""
    article = Article(title="t")
    article.blocks = [Block("Tsuji uses it.", draft="ツジは使っている。", status=Status.DONE)]
    style = load_style("blog")
    setting = style.settings["prh"]
    variants = [f"ツージ{'ー' * n}" for n in range(1, 40)]  # a pattern of more than 200 characters

    def found_with(patterns: list[str]) -> list[str]:
        rules = {"rules": [{"expected": "辻", "patterns": patterns}]}
        entries = prh.entries(rules, "names.yml")
        style.settings["prh"] = replace(setting, options={**setting.options, "entries": entries})
        return [p.excerpt for p in check_article(article, style) if p.rule == "prh"]

    assert found_with(variants) == []
    assert found_with([*variants, "ツジ"]) == ["ツジ"]
