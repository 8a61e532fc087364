"""User dictionaries in prh's YAML format: expected, pattern (a string, /regex/ or a list),
specs checked when the dictionary is read; the window and tsuji check use config/prh/*.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.assist.proof import check_text, load_style
from editor.assist.proof.prh import DictionaryError, entries
from editor.assist.proof.styles import StyleError
from editor.cli import main
from editor.flows.house_style import with_house

DICTIONARY = """\
version: 1
rules:
  - expected: JavaScript
    pattern:
      - /[Jj]ava[Ss]cript/
      - ジャバスクリプト
    specs:
      - from: javascript
        to: JavaScript
  - expected: ウェブ
    pattern: ウエブ
  - expected: GitHub
  - expected: $1年
    pattern: /(\\d+)ねん/
    specs:
      - from: 2026ねん
        to: 2026年
"""


def write(home: Path, text: str) -> None:
    folder = home / "config" / "prh"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.yml").write_text(text, "utf-8")


def test_a_dictionary_flags_and_fixes_what_it_says(tsuji_home: Path) -> None:
    write(tsuji_home, DICTIONARY)
    style = with_house(load_style("blog"), None)
    found = [
        (p.rule, p.excerpt, p.fix) for p in check_text("javascriptとウエブとgithubを2026ねんに使う。", style)
    ]
    assert [f for f in found if f[0] == "prh"] == [
        ("prh", "javascript", "JavaScript"),
        ("prh", "ウエブ", "ウェブ"),
        ("prh", "github", "GitHub"),
        ("prh", "2026ねん", "2026年"),
    ]
    assert not [p for p in check_text("JavaScriptとウェブとGitHub。", style) if p.rule == "prh"]


def test_a_spec_the_rule_does_not_meet_is_said_when_read() -> None:
    broken = {
        "rules": [
            {
                "expected": "JavaScript",
                "pattern": "Javascript",
                "specs": [{"from": "javascript", "to": "JavaScript"}],
            }
        ]
    }
    with pytest.raises(
        DictionaryError, match="turns 'javascript' into 'javascript', its spec says 'JavaScript'"
    ):
        entries(broken, "words.yml")
    with pytest.raises(DictionaryError, match="rule 1 has no expected"):
        entries({"rules": [{"pattern": "x"}]}, "words.yml")


def test_check_uses_the_dictionaries_and_names_a_broken_one(
    tsuji_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.md"
    post.write_text("ウエブで読んだ。\n", "utf-8")
    write(tsuji_home, DICTIONARY)
    assert main(["check", str(post)]) == 1
    assert "[prh]" in capsys.readouterr().out
    write(tsuji_home, "rules:\n  - expected: x\n    pattern: /(/\n")
    assert main(["check", str(post)]) == 2
    assert "words.yml: rule 1" in capsys.readouterr().err
    with pytest.raises(StyleError):
        with_house(load_style("blog"), None)
