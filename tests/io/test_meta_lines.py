"""Dates and meta lines in the languages of the pages the translator imports (io/meta_lines.py)."""

from __future__ import annotations

import pytest

from editor.io import meta_lines


@pytest.mark.parametrize(
    "text",
    [
        "May 20, 2019",
        "20. Mai 2019",
        "5. Dezember 2022",
        "12 février 2020",
        "4 de agosto de 2022",
        "26 dicembre",
    ],
)
def test_dates_in_the_languages_of_the_pages_are_dates(text: str) -> None:
    assert meta_lines.has_date(text)


@pytest.mark.parametrize("text", ["26 Mailänder Läden", "3 generations", "won in 3 sets"])
def test_a_months_name_inside_another_word_is_no_date(text: str) -> None:
    assert not meta_lines.has_date(text)


def test_a_date_line_with_a_french_time_of_day_is_a_date_line() -> None:
    assert meta_lines.is_date_line("Publié le 12 février 2020 à 08h30")
    assert not meta_lines.is_date_line("Le 12 février 2020, le port a rouvert ses quais.")
