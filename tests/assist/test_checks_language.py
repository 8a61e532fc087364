from __future__ import annotations

from editor.assist.checks import check
from editor.core import project
from editor.core.language import detect, detect_article
from editor.core.model import Article, Block, Status, SummaryPoint
from tests.conftest import SAMPLE_PROJECT


def test_sample_is_clean() -> None:
    assert check(project.load(SAMPLE_PROJECT).article) == []


def test_findings_name_the_blocks() -> None:
    a = Article(title="", summary=[SummaryPoint("label", "")])
    a.blocks = [
        Block("Done.", draft="済み", status=Status.DONE),
        Block("Missing translation here."),
        Block("Machine but emptied.", status=Status.MACHINE),
        Block("Dropped.", omit=True),
    ]
    findings = check(a)
    assert [(f.code, f.block) for f in findings] == [
        ("empty-title", None),
        ("empty-summary", None),
        ("untranslated", 2),
        ("untranslated", 3),
    ]
    assert "Missing translation here." in findings[2].message


def test_language_is_deterministic_and_never_crashes() -> None:
    german = (
        "Die Regierung hat am Montag angekündigt, dass die Gespräche über den Hafen "
        "in der kommenden Woche fortgesetzt werden sollen, obwohl die Opposition protestiert."
    )
    assert {detect(german) for _ in range(5)} == {"de"}
    assert detect("") is None and detect("12345 67") is None and detect("!!") is None
    assert detect_article(["The talks resume this week in the capital.", "Officials confirmed it."]) == "en"


def test_a_long_article_is_told_by_samples_from_all_of_it() -> None:
    german = (
        "Die Regierung hat am Montag angekündigt, dass die Gespräche über den Hafen in der kommenden"
        " Woche fortgesetzt werden sollen, obwohl die Opposition protestiert."
    )
    english = "The minister said the talks on the harbour would go on next week despite the protests."
    # a long German quotation opens an English post: the post is English
    assert detect_article([german] * 20 + [english] * 200) == "en"
    assert detect_article([english] * 200 + [german] * 20) == "en"
