"""The corpus scorer's title matching (tests/io/corpus.py): what counts as having found a title."""

from __future__ import annotations

from tests.io.corpus import same_title


def test_a_title_without_the_site_name_the_truth_keeps_is_found() -> None:
    assert same_title("Faire Lieferketten", "Faire Lieferketten - Evangelisches Jugendwerk")
    assert same_title("Why the vote was put off | The Ledger", "Why the vote was put off")
    # a site's or a section's name after an underscore, in full-width parentheses, in brackets
    assert same_title("港口谈判再次推迟", "港口谈判再次推迟 _财经 _港报网")
    assert same_title("港の協議、また延期", "港の協議、また延期（港湾新聞） - ニュースサイト")
    assert same_title("Weekly Edition for May 2", "Weekly Edition for May 2 [The Ledger]")


def test_a_long_headline_a_letter_or_two_off_the_truth_is_found() -> None:
    # the truth's typo; a tag's wording beside the page's own <h1>; a soft hyphen in the truth,
    # however short the title
    assert same_title(
        "Flint tool covered by birch tar adds to evidence of complex thinking",
        "Flint tool covered by birch tar adds to evidence of complex thinkin",
    )
    assert same_title(
        "How we designed Dropbox ATF: an async task framework",
        "How we designed Dropbox’s ATF - an async task framework",
    )
    assert same_title("Deutschland hilft", "Deutsch\xadland hilft")


def test_a_headline_missing_a_word_or_a_short_one_off_by_a_word_is_not() -> None:
    assert not same_title("Senator calls the mayor of the city", "Senator calls the mayor of the city unfit")
    assert not same_title("Grenzen setzen", "Grenzen setzten")
    assert not same_title("Council delays vote", "Council delays votes")
    # an underscore inside a word of a spaced language, brackets inside the headline
    assert not same_title("snake", "snake_case names")
    assert not same_title("Vote", "Vote [1 of 3] on the harbour")
