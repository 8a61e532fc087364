"""`tsuji update`: the source changed after import; the project keeps the translator's work."""

from __future__ import annotations

import json
from pathlib import Path

from editor.core import project
from editor.core.model import Status
from tests.cli.test_cli import no_traceback, tsuji
from tests.serving import serving
from tests.update_pages import OTHER, V1, V2, V2_EDIT, V2_QUOTE_MORE, V2_UPDATE, P, Pages


def _translated(tmp_path: Path, home: Path, source: str) -> Path:
    out = tmp_path / "harbour.tsuji"
    r = tsuji("import", source, "-o", str(out), home=home)
    assert r.returncode == 0, r.stderr
    proj = project.load(out)
    for i, b in enumerate(proj.article.blocks):
        b.draft, b.status = f"訳文{i}。", Status.DONE
    project.save(proj, force=True)
    return out


def test_update_from_the_projects_url_merges_and_reports(tmp_path: Path, tsuji_home: Path) -> None:
    Pages.current = V1
    with serving(Pages, "/post") as url:
        path = _translated(tmp_path, tsuji_home, url)
        before = project.load(path).article
        Pages.current = V2
        r = tsuji("update", str(path), "--json", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    counts = json.loads(r.stdout)
    old = [b.source for b in before.blocks]
    assert {k: counts[k] for k in ("kept", "changed", "added", "removed")} == {
        "kept": len(old) - 2,  # all but the edited and the removed paragraph
        "changed": 1,
        "added": 2,  # the quote's new paragraph and the appended update
        "removed": 1,
    }
    after = project.load(path).article
    sources = [b.source for b in after.blocks]
    by_source = {b.source: b for b in after.blocks}
    assert (
        by_source[V2_EDIT].draft == f"訳文{old.index(P[1])}。" and by_source[V2_EDIT].status is Status.DRAFT
    )
    assert by_source[V2_EDIT].previous_source == P[1]
    assert (
        by_source[P[2]].removed
        and by_source[P[2]].omit
        and by_source[P[2]].draft == f"訳文{old.index(P[2])}。"
    )
    assert by_source[V2_UPDATE].status is Status.UNTRANSLATED and sources[-1] == V2_UPDATE
    quote = [b for b in after.blocks if b.quote_group]
    assert [b.source for b in quote][-1] == V2_QUOTE_MORE and len({b.quote_group for b in quote}) == 1
    assert [b.id for b in after.blocks if b.source == P[0]] == [
        b.id for b in before.blocks if b.source == P[0]
    ]
    assert project.load(Path(str(path) + ".bak")).article.blocks == before.blocks


def test_update_from_a_saved_page_and_a_different_article(tmp_path: Path, tsuji_home: Path) -> None:
    v1, v2, other = tmp_path / "v1.html", tmp_path / "saved under any name.html", tmp_path / "o.html"
    v1.write_bytes(V1)
    v2.write_bytes(V2)
    other.write_bytes(OTHER)
    path = _translated(tmp_path, tsuji_home, str(v1))
    untouched = path.read_bytes()
    refused = tsuji("update", str(path), str(other), home=tsuji_home)
    assert refused.returncode == 2 and "not the same article" in refused.stderr
    no_traceback(refused)
    assert path.read_bytes() == untouched
    same = tsuji("update", str(path), str(v1), home=tsuji_home)
    assert same.returncode == 0 and "nothing to change" in same.stdout and path.read_bytes() == untouched
    r = tsuji("update", str(path), str(v2), home=tsuji_home)
    assert r.returncode == 0 and "1 changed, 2 added, 1 removed" in r.stdout


def test_a_transfer_cut_short_changes_nothing(tmp_path: Path, tsuji_home: Path) -> None:
    """Half a page is not a shorter article: no paragraph may be marked removed."""
    Pages.current, Pages.cut = V1, 0
    with serving(Pages, "/post") as url:
        path = _translated(tmp_path, tsuji_home, url)
        before = path.read_bytes()
        Pages.current, Pages.cut = V2, len(V2) // 2
        try:
            r = tsuji("update", str(path), home=tsuji_home)
        finally:
            Pages.cut = 0
    assert r.returncode == 2
    assert "the transfer was cut short" in r.stderr and f"of {len(V2):,} bytes arrived" in r.stderr
    no_traceback(r)
    assert path.read_bytes() == before
    assert not any(b.removed for b in project.load(path).article.blocks)
