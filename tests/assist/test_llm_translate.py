"""A block translated in its article's context: what each request carries, how the answer is
cleaned and checked, and a missed glossary term asked for once more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from editor.assist.glossary import Glossary, Term
from editor.assist.llm import answer, context, prompt
from editor.assist.llm.chat import OLLAMA, OPENAI, ChatConfig
from editor.assist.llm.translate import translate
from editor.assist.memory import Memory
from editor.assist.mt import MTError
from editor.assist.proof import load_style
from editor.core.model import Article, Attribution, Block, BlockKind, SummaryPoint
from editor.core.units import Unit
from editor.flows.machine import style_guide
from tests.assist.llm_server import standin


def article() -> Article:
    blocks = [
        Block("The port strike entered its third week.", draft="港湾ストは3週目に入った。"),
        Block("Talks resumed on Monday.", draft="交渉は月曜日に再開された。"),
        Block("Governor Alvarez said the [deal](https://example.org/deal) was close."),
        Block("We will not give up the pensions.", quote_group="q1", attribution=Attribution("Maria Lenz")),
        Block("What comes next", kind=BlockKind.HEADING, level=2),
        Block("Shipping lines wait offshore."),
    ]
    return Article(
        source_title="Port strike drags on",
        title="長引く港湾スト",
        site_name="Harbour Notes",
        author="J. Reyes",
        source_lang="en",
        summary=[SummaryPoint("港湾スト", "3週目に入った")],
        blocks=blocks,
    )


def user_text(body: dict[str, Any]) -> str:
    return body["messages"][-1]["content"]


def test_a_request_carries_the_article_around_the_block(tmp_path: Path) -> None:
    glossary = Glossary(tmp_path / "g.sqlite")
    glossary.add(Term("Alvarez", "アルバレス", "州知事"))
    glossary.add(Term("pension", "年金"))  # not in the block: not sent
    memory = Memory(tmp_path / "m.sqlite")
    memory.add(
        Unit(
            "Governor Alvarez said the deal was near.", "アルバレス知事は合意が近いと述べた。", "en", "ja", ""
        )
    )
    memory.add(Unit("Fish prices rose sharply in the north.", "北部で魚価が急騰した。", "en", "ja", ""))
    art = article()
    req = context.build(
        context.view(art),
        art.blocks[2].id,
        glossary=glossary,
        memory=memory,
        guide=style_guide(load_style("blog")),
    )
    system, user = (m["content"] for m in prompt.messages(req))
    assert "である調" in system and "never です" in system  # the blog's register
    assert "url exactly as given" in system and "translation of the block only" in system
    assert "Title: Port strike drags on" in user and "長引く港湾スト" in user
    assert "J. Reyes, Harbour Notes" in user and "- 港湾スト: 3週目に入った" in user
    assert "- Alvarez → アルバレス (州知事)" in user and "年金" not in user
    assert "アルバレス知事は合意が近いと述べた" in user and "魚価" not in user  # ≥ 75 % only
    # the two blocks before with their drafts, the one after without
    assert "Source: The port strike entered its third week.\nTranslation: 港湾ストは3週目に入った。" in user
    assert "Translation: 交渉は月曜日に再開された。" in user
    assert "Paragraph after (for context only)\nSource: We will not give up the pensions." in user
    assert user.index("<<<\nGovernor Alvarez said the [deal](https://example.org/deal) was close.\n>>>")
    glossary.close()
    memory.close()


def test_a_quote_says_whose_words_and_a_heading_is_a_heading() -> None:
    art = article()
    quote = prompt.messages(context.build(context.view(art), art.blocks[3].id))[1]["content"]
    assert "is a quotation from Maria Lenz" in quote
    heading = prompt.messages(context.build(context.view(art), art.blocks[4].id))[1]["content"]
    assert "is a heading" in heading


def test_a_desu_masu_style_asks_for_desu_masu() -> None:
    guide = prompt.guide({"mixed-register": {"prefer": "desumasu"}, "jtf-4.3.1": {}})
    assert any("です・ます調" in g for g in guide) and any("（）" in g for g in guide)
    assert not any("である調" in g for g in guide)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Here is the translation:\n\n港は閉鎖された。", "港は閉鎖された。"),
        ("Sure! Here's the Japanese translation:\n港は閉鎖された。", "港は閉鎖された。"),
        ("以下が翻訳です。\n港は閉鎖された。", "港は閉鎖された。"),
        ("翻訳：港は閉鎖された。", "港は閉鎖された。"),
        ("```\n港は閉鎖された。\n```", "港は閉鎖された。"),
        ("```markdown\n港は閉鎖された。\n```", "港は閉鎖された。"),
        ("「港は閉鎖された。」", "港は閉鎖された。"),
        ('"港は閉鎖された。"', "港は閉鎖された。"),
        ("<think>The user wants Japanese.</think>\n港は閉鎖された。", "港は閉鎖された。"),
        ("港は閉鎖された。\n\nNote: I translated port as 港.", "港は閉鎖された。"),
        ("港は閉鎖された。\n\n(注:原文の port を港と訳した)", "港は閉鎖された。"),
        ("「閉鎖だ」と彼は言った。", "「閉鎖だ」と彼は言った。"),  # a quote inside stays
    ],
)
def test_chatty_answers_are_cleaned(raw: str, clean: str) -> None:
    assert answer.accept(raw, "The port was closed, he said firmly today.", "M") == clean


def test_an_answer_in_the_wrong_language_or_far_too_long_is_refused() -> None:
    source = "The port was closed after the strike began on Monday."
    with pytest.raises(MTError, match="not in Japanese"):
        answer.accept("The port was closed after the strike began.", source, "M")
    with pytest.raises(MTError, match="characters for"):
        answer.accept("港" * 2000, source, "M")
    assert answer.accept("ポート", "Port", "M") == "ポート"  # too short to judge: kept


def test_link_targets_changed_by_the_model_are_put_back() -> None:
    source = "See [the deal](https://example.org/deal?id=7) and [the vote](https://example.org/v)."
    raw = "[合意](https://example.org/deal?id=8)と[投票](https://example.org/V)を参照。"
    assert answer.accept(raw, source, "M") == (
        "[合意](https://example.org/deal?id=7)と[投票](https://example.org/v)を参照。"
    )


@pytest.mark.parametrize("kind", [OPENAI, OLLAMA])
def test_a_missed_glossary_term_is_asked_for_once_more(kind: str) -> None:
    def reply(body: dict[str, Any]) -> str:
        again = len(body["messages"]) > 2
        return "アルバレス知事は合意が近いと述べた。" if again else "アルヴァレス知事は合意が近いと述べた。"

    art = article()
    glossary = [Term("Alvarez", "アルバレス")]
    req = context.Request(context.view(art).pieces[2], terms=tuple(glossary))
    with standin(answer=reply) as server:
        url = server.url + "/v1" if kind == OPENAI else server.url
        restarted: list[bool] = []
        result = translate(req, ChatConfig(kind, url, "m"), on_restart=lambda: restarted.append(True))
        assert result.text == "アルバレス知事は合意が近いと述べた。" and result.missed == ()
        assert result.asked_again and restarted == [True]
        second = server.bodies()[1]["messages"]
        assert second[-2]["role"] == "assistant" and "- Alvarez → アルバレス" in second[-1]["content"]


def test_a_term_still_missed_and_a_lost_number_are_reported() -> None:
    art = article()
    art.blocks[2].source = "Governor Alvarez said 40 ships wait."
    req = context.Request(context.view(art).pieces[2], terms=(Term("Alvarez", "アルバレス"),))
    with standin(answer=lambda body: "アルヴァレス知事は多くの船が待っていると述べた。") as server:
        result = translate(req, ChatConfig(OPENAI, server.url, "m"))
        assert len(server.requests) == 2  # asked once more, no more
        assert [t.source for t in result.missed] == ["Alvarez"]
        assert [p.rule for p in result.problems] == ["numbers"]
        assert "40" in result.problems[0].message
