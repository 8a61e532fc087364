"""Every interface string has a Japanese translation that Qt can find."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "tsuji_ja.ts"


def test_every_message_has_a_context_and_a_translation() -> None:
    root = ET.parse(TS).getroot()
    nameless = [m.findtext("source") for c in root if not c.findtext("name") for m in c.findall("message")]
    assert nameless == []  # a module-level tr() wrapper gives an empty context: never translated
    odd = [c.findtext("name") for c in root if not (c.findtext("name") or "").isidentifier()]
    assert odd == []  # lupdate misreads some expressions ("QCoreApplication.self"): never found
    missing = [
        (c.findtext("name"), m.findtext("source"))
        for c in root
        for m in c.findall("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished"
    ]
    assert missing == []


def _translations(context: str) -> dict[str, str]:
    root = ET.parse(TS).getroot()
    return {
        m.findtext("source") or "": m.findtext("translation") or ""
        for c in root
        if c.findtext("name") == context
        for m in c.findall("message")
    }


def test_every_message_made_below_the_ui_is_translated_with_the_same_values() -> None:
    import string

    from editor.ui.shell.i18n_update import templates

    made = templates(ROOT / "editor")
    assert len(made) > 100  # the import, export, project, MT and proofreading errors
    known = _translations("Messages")
    assert [t for t in made if not known.get(t)] == []

    def fields(text: str) -> set[str]:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}

    assert [t for t in made if fields(t) != fields(known[t])] == []


def test_messages_show_in_the_interface_language(qapp) -> None:

    from editor.core.decode import ImportFailed, read_bytes
    from editor.ui.shell import i18n
    from editor.ui.shell.messages import say

    missing = ROOT / "no-such-article.html"
    try:
        read_bytes(missing)
    except ImportFailed as e:
        error = e
    assert str(error) == f"{missing}: no such file"  # logs and the CLI: English
    assert say(error) == str(error)  # an English interface
    i18n.install(qapp, "ja")
    try:
        assert say(error) == f"{missing}: ファイルがありません"
    finally:
        i18n.install(qapp, "en")
