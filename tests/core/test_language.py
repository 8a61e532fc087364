"""Counting words in any script (the importer's "is there an article here" test reads it), and telling
the language of a text."""

from __future__ import annotations

from editor.core.language import detect, word_count


def test_words_are_counted_between_spaces_and_by_characters_where_there_are_none() -> None:
    assert word_count("The vote was put off until the spring.") == 8
    assert word_count("予算案の採決は春まで延期された。") == 7  # 15 kana and kanji: about 7 words
    assert word_count("经济学家认为") == 3
    assert word_count("Der Haushalt 2026 und 予算案") == 5
    assert word_count("  \n ") == 0


def test_traditional_chinese_is_not_taken_for_korean() -> None:
    # langdetect alone calls each of these Korean (0.57 to 1.0), though no Hangul is in them
    for text in (
        "今天我們到山上的小學參觀，楓樹已經變成金黃色，營地的主人很熱情地招待我們喝茶。",
        "港口的會議延期了，市長說預算問題還沒有解決，議員們很不滿意。",
        "營區裡有很多木頭做的裝飾品，老闆說這些都是他自己做的，非常有特色。",
    ):
        assert detect(text) == "zh"


def test_each_language_keeps_its_own_script() -> None:
    assert detect("港口の会議は春まで延期され、市長は予算の問題がまだ解決していないと述べた。") == "ja"
    assert detect("항구 회의가 연기되었고 시장은 예산 문제가 아직 해결되지 않았다고 말했다.") == "ko"
    assert detect("寒流來了，山上的溫度很低，我們在民宿裡吃湯圓，大家都說很好吃。") == "zh"
    assert detect("The harbour meeting was put off until the spring, the mayor said.") == "en"
