"""Every interface string has a Japanese translation that Qt can find."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "tsuji_ja.ts"


def test_every_message_has_a_context_and_a_translation() -> None:
    root = ET.parse(TS).getroot()
    nameless = [m.findtext("source") for c in root if not c.findtext("name") for m in c.findall("message")]
    assert nameless == []  # a module-level tr() wrapper gives an empty context: never translated
    missing = [
        (c.findtext("name"), m.findtext("source"))
        for c in root
        for m in c.findall("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished"
    ]
    assert missing == []
