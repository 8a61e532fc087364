"""What well-edited Japanese does on purpose is no error: each class of false alarm measured on
real text (benchmarks/proof_precision.py), in sentences of our own, beside the slip it must
still catch."""

from __future__ import annotations

import pytest

from editor.assist.proof import check_text, load_style, tokens


@pytest.fixture(scope="module", autouse=True)
def _tokens() -> None:
    tokens.load()


def rules(text: str, style: str = "blog") -> list[tuple[str, str]]:
    return [(p.rule, p.excerpt) for p in check_text(text, load_style(style))]


def of(rule: str, text: str, style: str = "blog") -> list[str]:
    return [e for r, e in rules(text, style) if r == rule]


def test_a_consistent_convention_is_the_texts_house_style_a_mixed_one_is_flagged() -> None:
    spaced = "".join(f"港で Port {i} を見た。" for i in range(12))
    assert of("jtf-3.1.1", spaced, "jtf") == []  # a space beside Latin every time: its style
    mixed = spaced + "".join(f"船でShip{i}を見た。" for i in range(12))
    assert len(of("jtf-3.1.1", mixed, "jtf")) == 24  # half and half: every space is a question
    colons = "".join(f"例{i}: 港の名前。" for i in range(6))
    assert of("jtf-4.2.7", colons, "jtf") == []


def test_a_desu_masu_text_against_a_dearu_style_is_said_once() -> None:
    text = "".join(f"港{i}は開いています。船が着きます。" for i in range(20))
    found = [p for p in check_text(text, load_style("blog")) if p.rule == "mixed-register"]
    assert len(found) == 1
    assert "throughout (40 places)" in found[0].message_en and "である" in found[0].message_en
    # one である sentence in a です・ます text is still an inconsistency, where it is
    odd = "港は開いています。船が着きます。荷は重い。海は静かです。"
    assert of("jtf-1.1.1", odd, "jtf") == ["い"]


def test_polite_requests_are_polite_and_plain_clauses_inside_a_sentence_are_no_ending() -> None:
    text = "設定を確認してください。港の地図をご覧下さい。詳しくは次の章を読んでください。"
    assert of("jtf-1.1.1", text + "港は広いです。", "jtf") == []
    embedded = "これは必須ではない、ということに注意してください。船は出ます。"
    assert of("jtf-1.1.1", embedded, "jtf") == []


def test_grammatical_repeats_are_no_doubled_particles() -> None:
    for text in (
        "この方法は簡単ではありません。",  # the は of a negation
        "読み込みが遅くなることがあります。",  # ことがある
        "港の整備には時間がかかることが多い。",  # 場合が多い / ことが多い
        "1955年に国連に加盟した。",  # a time and a place
        "冬が終わり春が来る。",  # two clauses
        "気温は25℃、湿度は80%である。",  # 、 read as one token with ℃
    ):
        assert of("doubled-joshi", text) == [], text
    assert of("doubled-joshi", "私は彼は好きだ。") == ["は"]


def test_monono_and_reduplication_are_no_doubled_words() -> None:
    assert of("doubled-word", "雨は降ったものの、船は出た。") == []
    assert of("doubled-word", "ひとつひとつ確かめる。") == []
    assert of("doubled-word", "港のの船") == ["のの"]


def test_markup_is_no_prose() -> None:
    text = (
        "## 導入 {#introduction}\n\n"
        "詳しくは[仕様][]と[[Feature #12]]を見てほしい。\n\n"
        "条件はバージョン>=1.58.0である。\n\n"
        '<Widget title="港の案内"\n  caption="船"/>\n\n'
        "<script>\nif (a) { b(\n</script>\n\n"
        "| 港 | 船 |\n|---|---|\n| 横浜 | 3隻 |\n"
    )
    assert [r for r, _ in rules(text)] == []


def test_enumerations_quotes_and_asides_are_no_clause_commas() -> None:
    items = "港には石炭（3万トン）、鉄鉱石、木材、羊毛、小麦、塩、砂糖、綿花が集まる。"
    assert of("max-ten", items) == []
    quoted = "彼は「港、船、海、空、雲、風、波、砂、岩」と書き、去った。"
    assert of("max-ten", quoted) == []
    clauses = "港が開き、船が出て、海が荒れ、空が曇り、雲が流れ、風が吹き、波が立ち、砂が舞い、岩が濡れた。"
    assert of("max-ten", clauses) == ["、"]


def test_names_and_terms_are_no_kanji_runs_a_missing_comma_is() -> None:
    assert of("kanji-run", "全日本学生自治会総連合が声明を出した。") == []
    assert of("kanji-run", "1990年以降国際社会経済協力体制が続いた。") == ["年以降国際社会経済協力体制"]


def test_small_things_edited_text_does_on_purpose() -> None:
    assert of("jtf-4.1.3", "さらに... 続く。", "jtf") == []  # an ellipsis
    assert of("jtf-1.2.1", "待って... 港へ行く。", "jtf") == []
    assert of("ime-slip", "シトクロムcなどの分子。") == []
    assert of("ime-slip", "新しいリイrースが出た。") == ["r"]
    assert of("jtf-3.1.2", "1946年6月 憲法草案を発表。", "jtf") == []
    assert of("jtf-3.1.2", "港の 朝", "jtf") == [" "]
    assert of("jtf-4.1.1", "港は閉じた。（船は翌日出た。）", "jtf") == []  # a parenthesis of its own
    assert of("jtf-4.1.1", "「港へ行く。」と言った。", "jtf") == ["。"]
    lists = "- `App.js` は：\n- 港を開く。\n- 船を出す。\n- [港の地図](https://example.org/map)\n"
    assert of("jtf-1.1.3", lists, "jtf") == []
    assert of("jtf-4.2.1", "番組『港だより!』が始まった。", "jtf") == []
    assert of("jtf-3.3", "論文「港湾論 : 「自由港」論を批判する」を発表した。", "jtf") == []
    assert of("jtf-3.3", "港の 「船」", "jtf") == [" "]
