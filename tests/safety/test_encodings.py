"""Pages and term lists in the encodings people really send: UTF-16/32 with or without a BOM,
a UTF-16 page that says it is UTF-8, a Latin-1 glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.assist.glossary import Glossary
from editor.core.decode import ImportFailed
from editor.io.importers import import_web_bytes
from tests.conftest import FIXTURES

PAGE = (FIXTURES / "web" / "typepad-post.html").read_text("utf-8")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_with_or_without_a_bom(encoding: str) -> None:
    article = import_web_bytes(PAGE.encode(encoding), "page.html")
    assert article.source_title == "Port Talks Resume Under Pressure"
    assert len(article.blocks) > 10


def test_a_utf16_page_labelled_utf8() -> None:
    assert 'charset="utf-8"' in PAGE
    article = import_web_bytes(PAGE.encode("utf-16-le"), "page.html")
    assert article.source_title == "Port Talks Resume Under Pressure"


def test_binary_is_still_refused() -> None:
    with pytest.raises(ImportFailed, match="binary"):
        import_web_bytes(bytes(range(256)) * 20, "page.html")


def test_a_latin1_glossary_reads_as_western_text(tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_bytes(
        "source,target,note\nNaïve,ナイーブ,\nCafé society,カフェ社交界,\n".encode("cp1252", "replace")
    )
    terms.write_bytes("source,target,note\nNaïve,naive,French\nCafé society,salon,\n".encode("latin-1"))
    glossary = Glossary(tmp_path / "g.sqlite")
    assert glossary.import_file(terms) == 2
    assert sorted(t.source for t in glossary.terms()) == ["Café society", "Naïve"]
