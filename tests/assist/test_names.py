"""Glossary names proposed from the archive's aligned pairs: only where the evidence holds."""

from __future__ import annotations

from editor.assist.names import propose_names, transliterates


def test_a_transliteration_is_told_from_a_translation_or_a_neighbour() -> None:
    for name, run in [
        ("Trump", "トランプ"),
        ("Voss", "フォス"),
        ("Greece", "ギリシャ"),
        ("Ingrid Halvorsen", "イングリッド・ハルヴォルセン"),
        ("Chelmsford", "チェルムスフォード"),
        ("Xavier", "ザビエル"),
    ]:
        assert transliterates(name, run), (name, run)
    for name, run in [
        ("Covid", "コロナウイルス"),  # translated, not written as it sounds
        ("Senate", "ドル"),
        ("Responding", "イベント"),
        ("Treasury", "トランプ"),  # a neighbour that shares its first consonant
        ("Bennett", "ネット"),  # a word that sounds like its end
        ("Iranian", "イラン"),  # the adjective; the katakana is the country's
        ("Resetting State", "リセット"),  # one side writes a word more
    ]:
        assert not transliterates(name, run), (name, run)


def pair(en: str, ja: str, post: str) -> tuple[str, str, str]:
    return en, ja, post


def test_a_name_needs_several_posts_and_the_same_katakana_in_most_pairs() -> None:
    pairs = [
        pair("Ingrid Halvorsen met the envoy.", "イングリッド・ハルヴォルセンは特使と会った。", "a"),
        pair("Halvorsen said the talks went well.", "ハルヴォルセンは協議は順調だったと述べた。", "a"),
        pair("On Friday, Ingrid Halvorsen flew home.", "金曜、イングリッド・ハルヴォルセンは帰国した。", "b"),
        # named often, but in one post only: no evidence yet
        pair("Tamsin Okafor resigned.", "タムシン・オカフォーは辞任した。", "a"),
        pair("Okafor gave no reason.", "オカフォーは理由を述べなかった。", "a"),
        pair("Tamsin Okafor left at noon.", "タムシン・オカフォーは正午に去った。", "a"),
    ]
    got = {(p.source, p.target): p.posts for p in propose_names(pairs)}
    assert got == {("Ingrid Halvorsen", "イングリッド・ハルヴォルセン"): 2}
    # once she turns up in a second post, she is proposed too
    more = [*pairs, pair("Tamsin Okafor returned.", "タムシン・オカフォーが戻った。", "c")]
    assert ("Tamsin Okafor", "タムシン・オカフォー") in {(p.source, p.target) for p in propose_names(more)}
    # a katakana that is in under six of ten of the name's pairs is no consistent transliteration
    mixed = [*more, *(pair("Tamsin Okafor spoke.", "オカフォー氏が話した。", f"d{k}") for k in range(4))]
    assert "Tamsin Okafor" not in {p.source for p in propose_names(mixed)}


def test_titles_sentence_openers_and_forenames_are_not_part_of_a_name() -> None:
    pairs = [
        pair(
            "Prime Minister Ingrid Halvorsen spoke first. Officials said nothing.",
            "イングリッド・ハルヴォルセン首相が最初に話した。当局者は何も言わなかった。",
            "a",
        ),
        pair(
            "Officials met Prime Minister Ingrid Halvorsen.",
            "当局者はイングリッド・ハルヴォルセン首相と会った。",
            "b",
        ),
        pair("The officials left.", "当局者たちは去った。", "b"),
        # the English gives the surname, the Japanese the whole name: Meadows is メドウズ
        pair("Meadows declined to comment.", "マーク・メドウズはコメントを控えた。", "a"),
        pair("A spokesman for Meadows said no.", "メドウズの広報担当者は否定した。", "b"),
    ]
    got = {(p.source, p.target) for p in propose_names(pairs)}
    assert got == {("Ingrid Halvorsen", "イングリッド・ハルヴォルセン"), ("Meadows", "メドウズ")}


def test_known_terms_and_katakana_already_given_are_not_proposed_again() -> None:
    pairs = [
        pair("On Monday Halvorsen won on points.", "月曜、ハルヴォルセンが判定で勝った。", "a"),
        pair("Then Halvorsen lost, and then left.", "その後ハルヴォルセンは負け、去った。", "b"),
    ]
    assert [p.source for p in propose_names(pairs)] == ["Halvorsen"]
    assert propose_names(pairs, known={"halvorsen"}) == []
