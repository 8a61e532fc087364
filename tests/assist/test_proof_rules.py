"""Writing rules and source ↔ draft rules, on sentences written for Tsuji."""

from __future__ import annotations

import pytest

from editor.assist.glossary import Glossary, Term
from editor.assist.proof import RULES_BY_ID, check_article, load_style, tokens
from editor.assist.proof.engine import check_segments, file_segments
from editor.assist.proof.styles import build
from editor.core.model import Article, Block, BlockKind, Status, SummaryPoint


def found(rule_id: str, text: str, **options: object) -> list[str]:
    style = build(
        "one", {"unlisted": "off", "rules": {rule_id: dict(options) or True}}, [RULES_BY_ID[rule_id]]
    )
    return [p.excerpt for p in check_segments(file_segments(text), style)]


@pytest.fixture(scope="module", autouse=True)
def _tokenizer() -> None:
    assert tokens.load() is not None


def test_doubled_joshi_as_no_doubled_joshi_judges_it() -> None:
    assert found("doubled-joshi", "私は彼は好きだ。") == ["は"]
    assert found("doubled-joshi", "材料不足で代替素材で製品を作った。") == ["で"]
    assert found("doubled-joshi", "私は彼が好きだ。") == []
    assert found("doubled-joshi", "港の船の帆を見た。") == []  # 連体化の
    assert found("doubled-joshi", "右が港、左が海だ。") == []  # 、 between
    assert found("doubled-joshi", "港も船も静かだ。") == []  # the parallel AもBも
    assert found("doubled-joshi", "私は港に行く。彼は船に乗る。") == []  # two sentences
    assert found("doubled-joshi", "私は彼は好きだ。", allow=["は"]) == []


def test_long_sentences_and_commas() -> None:
    long = "港の" * 60 + "船。"
    assert found("sentence-length", long, max=100) and not found("sentence-length", long, max=200)
    assert found("max-ten", "港が開き、船が出て、海が荒れ、空が曇り、雲が出た。", max=3) == ["、"]
    assert found("max-ten", "港、船、海。", max=3) == []
    # the 、 of an enumeration separate items, not clauses (items may carry a parenthesis)
    assert found("max-ten", "マーラーはカウベル、鞭、チェレスタ、マンドリン、鉄琴などを使った。", max=3) == []
    assert found("max-ten", "石炭（29万トン）、スズ（300トン）、塩（5000トン）、金に留まる。", max=3) == []


def test_doubled_words_and_ime_slips() -> None:
    assert found("doubled-word", "日本のの首相") == ["のの"]
    assert found("doubled-word", "走っているているところ") == ["ているている"]
    assert found("doubled-word", "日に日に強まる。いろいろな船。まだまだだ。") == []
    assert found("ime-slip", "新しいリイrースが出た") == ["r"]
    assert found("ime-slip", "iPhoneを買った。Tシャツを着た。") == []


def test_kanji_runs_kana_width_and_nfd() -> None:
    # a compound name or title is written as it is; an adverbial noun run into the next words wants 、
    assert found("kanji-run", "国家安全保障会議議長が来た", max=6) == []
    assert found("kanji-run", "1975年以降社会主義計画経済のもとにあった", max=6) == ["年以降社会主義計画経済"]
    assert found("kanji-run", "1975年以降、社会主義計画経済のもとにあった", max=6) == []
    assert found("hankaku-kana", "ﾆｭｰｽを見た") == ["ﾆｭｰｽ"]
    assert found("nfd", "か\u3099っこう") == ["か\u3099"]
    assert found("nfd", "がっこう") == []


def test_brackets_within_a_block() -> None:
    assert found("brackets", "「港」と『船』と（海）と(空)と［雲］と“星”") == []
    assert found("brackets", "港は静かだ」と彼は言った。") == ["」"]
    assert found("brackets", "「港は静かだ、と彼は言った。") == ["「"]
    assert found("brackets", "1) 港へ行く") == []  # an enumeration, not a bracket


def test_register_judges_body_headings_and_lists_apart() -> None:
    text = "港は静かだ。\n\n船は出た。\n\n漁師は休みです。\n\n## 港の朝です\n\n- 船が出る。\n- 港が開く。"
    assert found("mixed-register", text) == ["です"]
    assert found("mixed-register", "港は静かだ。\n\n彼は「休みです」と言った。") == []  # quoted speech
    # a text wholly in the other register is said once, where it starts; one odd ending is itself
    assert found("mixed-register", "港は静かです。\n\n船は出ました。", prefer="dearu") == ["です"]
    assert found("mixed-register", "港は静かです。\n\n船は出た。\n\n海は青い。", prefer="dearu") == ["です"]


def test_code_spans_and_urls_are_not_prose() -> None:
    assert found("jtf-4.2.7", "設定は`key:value`で、詳細は https://example.org/a:b を見る") == []
    assert found("jtf-3.1.1", "詳細はhttps://example.org/path を見る") == []
    assert found("jtf-3.1.2", "[記事 を](https://example.org/x)読む") == [" "]  # link words are prose


def _article(*pairs: tuple[str, str], lang: str = "en") -> Article:
    blocks = [Block(source=s, draft=d, status=Status.DRAFT) for s, d in pairs]
    return Article(
        source_lang=lang, title="港の話", summary=[SummaryPoint("要点", "港が開いた")], blocks=blocks
    )


def rules_of(article: Article, *rule_ids: str, glossary: object = None) -> list[tuple[str, int | None, str]]:
    style = build(
        "some",
        {"unlisted": "off", "rules": dict.fromkeys(rule_ids, True)},
        [RULES_BY_ID[r] for r in rule_ids],
    )
    return [(p.rule, p.block, p.message_en) for p in check_article(article, style, glossary)]


def test_numbers_with_japanese_units() -> None:
    good = _article(
        ("The port cost $2.5 billion.", "港には25億ドルかかった。"),
        ("About 1,200 ships, 3 million tons.", "約千二百隻、300万トン。"),
        ("Prices rose 40% on February 21, 2026.", "2026年2月21日に物価が4割上がった。"),
        ("The 1990s were quiet.", "1990年代は静かだった。"),
    )
    assert rules_of(good, "numbers") == []
    bad = _article(("The port cost $2.5 billion in 2024.", "港には2.5億ドルかかった。"))
    msgs = [m for _, _, m in rules_of(bad, "numbers")]
    assert any("2,500,000,000" in m for m in msgs) and any("2,024" in m or "2024" in m for m in msgs)


def test_south_asian_scale_words_and_grouping() -> None:
    good = _article(
        ("Over 50 lakh people were displaced.", "500万人以上が避難を強いられた。"),
        ("The scheme costs Rs 3 crore a year.", "この制度には年に3000万ルピーかかる。"),
        ("A budget of 1 lakh crore rupees.", "1兆ルピーの予算。"),
        ("The fine was 50,00,000 rupees.", "罰金は500万ルピーだった。"),
    )
    assert rules_of(good, "numbers") == []
    bad = _article(("Over 50 lakh people were displaced.", "50万人以上が避難を強いられた。"))
    assert [m for _, _, m in rules_of(bad, "numbers") if "5,000,000" in m]


def test_links_english_left_and_inconsistency() -> None:
    art = _article(
        ("Read [the report](https://example.org/r).", "[報告書](https://example.org/r)を読め。"),
        ("See [this](https://example.org/s).", "これを見よ。"),
        ("He said it is what it is and left.", "彼は it is what it is and left と言った。"),
        ("He read The Art of the Deal.", "彼は The Art of the Deal を読んだ。"),
        ("The ships are leaving the port.", "船が港を出ていく。"),
        ("The ships are leaving the port.", "船団が港を離れる。"),
    )
    got = rules_of(art, "links", "english-left", "inconsistent")
    assert [(r, b) for r, b, _ in got] == [("links", 2), ("english-left", 3), ("inconsistent", 6)]
    assert "https://example.org/s" in got[0][2]


def test_glossary_terms_live_in_the_engine(tmp_path: object) -> None:
    from pathlib import Path

    g = Glossary(Path(str(tmp_path)) / "g.sqlite")
    try:
        g.add(Term("Yves Smith", "イヴ・スミス"))
        art = _article(
            ("Yves Smith wrote it.", "イブ・スミスが書いた。"),
            ("Yves Smith agreed.", "イヴ・スミスは同意した。"),
        )
        assert rules_of(art, "glossary", glossary=g) == [
            ("glossary", 1, "Glossary: \u201cYves Smith\u201d should be \u201cイヴ・スミス\u201d.")
        ]
    finally:
        g.close()


def test_title_summary_and_notes_are_checked_and_ignores_hold() -> None:
    art = _article(("The port.", "港。"))
    art.title = "港の朝。"
    art.summary = [SummaryPoint("要点", "港が開いた」")]
    art.blocks[0].note = "訳注:港は,東にある"
    art.blocks.append(Block(source="", draft="## 見出し", kind=BlockKind.HEADING, status=Status.DRAFT))
    style = load_style("jtf")
    where = {(p.field, p.rule) for p in check_article(art, style)}
    assert {("title", "jtf-1.1.2"), ("summary", "jtf-4.3.3"), ("note", "jtf-1.2.1")} <= where
    problems = [p for p in check_article(art, style) if p.field == "note"]
    art.blocks[0].proof_ignored = [problems[0].key]
    assert [p for p in check_article(art, style) if p.key == problems[0].key] == []


def test_docs_list_every_rule_as_the_rules_say() -> None:
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("rules_doc", root / "docs/tools/proof_rules_doc.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text = (root / "docs/proofreading.md").read_text(encoding="utf-8")
    assert tool.table() in text  # regenerate with docs/tools/proof_rules_doc.py
    for rule in RULES_BY_ID.values():
        assert f"| `{rule.id}` |" in text and rule.summary and rule.right and rule.wrong
