"""Two paragraphs a page sets apart with one line break inside a <p> become two blocks; the lines
of a poem, an address or a list written as text stay one block (io/web/line_breaks.py)."""

from __future__ import annotations

from editor.core import inline
from editor.core.model import Block, BlockKind
from editor.io.importers import import_web_bytes
from editor.io.web import line_breaks

ONE = "The harbour board met on Tuesday and voted to delay the new terminal by at least a year."
TWO = "“We were told the dredging would cost half as much,” said one member, who voted against it."
THREE = "The mayor called the decision a failure of nerve and said the city would look at its own funds."


def _import(inner: str) -> list[str]:
    page = (
        "<html lang='en'><head><title>Terminal delayed</title></head><body><article>"
        f"<h1>Terminal delayed</h1>{inner}</article></body></html>"
    )
    return [inline.to_plain(b.source) for b in import_web_bytes(page.encode(), "page.html").blocks]


def test_a_line_break_between_two_sentences_of_prose_starts_a_new_paragraph() -> None:
    assert _import(f"<p>{ONE}<br>\n{TWO}</p><p>{THREE}</p>") == [ONE, TWO, THREE]
    japanese = "港湾委員会は火曜日に会合を開き、新しいターミナルの建設を少なくとも一年延期することを決めた。"
    second = "浚渫の費用は半分で済むと聞いていたと、反対票を投じた委員の一人は語った。"
    blocks = line_breaks.split_paragraphs([Block(f"{japanese}\n{second}")])
    assert [b.source for b in blocks] == [japanese, second]
    assert len({b.id for b in blocks}) == 2


def test_lines_that_are_not_two_paragraphs_stay_one_block() -> None:
    cases = [
        f"{ONE[:-1]}, and then\n{TWO}",  # the line does not end a sentence
        "Price: $5.\nDate: 3 May.",  # short lines
        "+ Added a ferry timetable to the terminal page, with prices for every crossing?\n"
        "+ Added the new quay to the harbour map, with its berths and its cranes.",  # a list as text
    ]
    for text in cases:
        assert [b.source for b in line_breaks.split_paragraphs([Block(text)])] == [text]
    quote = Block(f"{ONE}\n{TWO}", kind=BlockKind.QUOTE, quote_group="q1")
    assert line_breaks.split_paragraphs([quote]) == [quote]  # a quoted passage keeps its lines


def test_numbered_questions_and_labels_among_paragraphs_start_their_own_blocks() -> None:
    q1 = "1. Why did the board delay the new terminal at the harbour again?"
    q2 = "2. When will the work on the new quay and its cranes start again?"
    faq = f"{ONE}<br>{q1}<br>{TWO}<br>{q2}<br>{THREE}"
    assert _import(f"<p>{faq}</p>") == [ONE, q1, TWO, q2, THREE]
    labelled = f"{ONE}\nThe new ferry timetable:\n{TWO}\nWhat the council does next:\n{THREE}"
    assert [b.source for b in line_breaks.split_paragraphs([Block(labelled)])] == [
        ONE,
        f"The new ferry timetable:\n{TWO}",
        f"What the council does next:\n{THREE}",
    ]
    # a list written as lines under its lead-in stays one block, as does a label over no prose
    as_list = (
        f"{ONE}\n1. The ferry timetable changes on the first of May this year.\n"
        "2. The new quay opens to cargo ships in the autumn of next year."
    )
    short = f"{ONE}\nMore on this:\nSee the board's minutes."
    for text in (as_list, short):
        assert [b.source for b in line_breaks.split_paragraphs([Block(text)])] == [text]
