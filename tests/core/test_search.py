"""Find and replace over the blocks, as the find bar and Replace All use them."""

from __future__ import annotations

import re

import pytest

from editor.core.model import Article, Block
from editor.core.search import Match, Query, find_all, find_next, replace_in


def article() -> Article:
    return Article(
        blocks=[
            Block("The Minister met the minister of ports.", draft="大臣は港湾大臣と会った。"),
            Block("Ports reopen; ministers agree.", draft="港が再開し、大臣らが合意した。"),
        ]
    )


def test_case_and_whole_words_narrow_the_matches() -> None:
    a = article()
    assert len(find_all(a, Query("minister"))) == 3
    assert [(m.row, m.start) for m in find_all(a, Query("Minister", case=True))] == [(0, 4)]
    assert len(find_all(a, Query("minister", whole_word=True))) == 2  # not "ministers"


def test_source_or_draft_only() -> None:
    a = article()
    assert {m.field for m in find_all(a, Query("大臣"))} == {"draft"}
    assert find_all(a, Query("大臣", in_draft=False)) == []
    assert len(find_all(a, Query("Ports", in_source=False))) == 0


def test_regex_and_a_bad_regex() -> None:
    a = article()
    assert [m.row for m in find_all(a, Query(r"港\w+", regex=True))] == [0, 1]
    with pytest.raises(re.error):
        find_all(a, Query("(", regex=True))
    assert find_all(a, Query("(")) == []  # a literal bracket is just a character


def test_next_and_previous_wrap_around() -> None:
    a = article()
    q = Query("minister")
    first = find_next(a, q, None)
    assert first == Match(0, "source", 4, 12)
    second = find_next(a, q, first)
    third = find_next(a, q, second)
    assert third is not None and third.row == 1
    assert find_next(a, q, third) == first  # past the last: back to the top
    assert find_next(a, q, first, backwards=True) == third
    assert find_next(a, Query("absent"), None) is None


def test_replace_one_or_all_and_backslashes_stay_literal() -> None:
    q = Query("minister")
    text = "the minister and the minister"
    assert replace_in(text, q, "envoy", start=21) == "the minister and the envoy"
    assert replace_in(text, q, "envoy", start=3) == text  # no match starts there
    assert replace_in(text, q, r"a\1b") == r"the a\1b and the a\1b"
    assert replace_in("x=1, y=2", Query(r"(\w)=(\d)", regex=True), r"\2=\1") == "1=x, 2=y"
