"""Counting words in any script (the importer's "is there an article here" test reads it)."""

from __future__ import annotations

from editor.core.language import word_count


def test_words_are_counted_between_spaces_and_by_characters_where_there_are_none() -> None:
    assert word_count("The vote was put off until the spring.") == 8
    assert word_count("予算案の採決は春まで延期された。") == 7  # 15 kana and kanji: about 7 words
    assert word_count("经济学家认为") == 3
    assert word_count("Der Haushalt 2026 und 予算案") == 5
    assert word_count("  \n ") == 0
