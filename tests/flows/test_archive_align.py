"""`tsuji archive align`: the blog's posts aligned with their sources, into the memory."""

from __future__ import annotations

import json
from pathlib import Path

from editor.assist.memory import Memory
from tests.align_posts import A_PAIRS, B_PAIRS, write
from tests.cli.test_cli import no_traceback, tsuji


def test_align_stores_the_exact_pairs_and_is_idempotent(tmp_path: Path, tsuji_home: Path) -> None:
    blog, sources = tmp_path / "blog", tmp_path / "saved"
    write(blog, sources)
    r = tsuji("archive", "align", "--blog", str(blog), "--sources", str(sources), "--json", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert sorted(d["post"] for d in out["posts_done"]) == [
        "entry/2026/02/20/brussels.md",
        "entry/2026/02/20/reserves.md",
    ]
    skipped = {s["post"]: s["reason"] for s in out["posts_skipped"]}
    assert set(skipped) == {"entry/2026/02/20/missing.md", "entry/2026/02/20/no-card.md"}
    assert "source not found" in skipped["entry/2026/02/20/missing.md"]
    assert "no source card" in skipped["entry/2026/02/20/no-card.md"]
    memory = Memory(tsuji_home / "data" / "memory.sqlite")
    try:
        units = memory.all_units()
        assert sorted((u.source, u.target) for u in units) == sorted(A_PAIRS + B_PAIRS)
        assert out["pairs_stored"] == len(A_PAIRS + B_PAIRS) and out["pairs_held"] == 0
        assert {u.article for u in units} == {
            "https://me.hatenablog.com/entry/" + u.article.rsplit("/", 1)[1] for u in units
        }
        # Clara Voss is named in both posts; Brussels, three times in one post only, is no evidence
        assert [(n["source"], n["target"], n["posts"]) for n in out["names"]] == [
            ("Clara Voss", "クララ・フォス", 2)
        ]
        again = tsuji(
            "archive", "align", "--blog", str(blog), "--sources", str(sources), "--json", home=tsuji_home
        )
        assert again.returncode == 0 and len(memory.all_units()) == len(units)  # no duplicates
        assert json.loads(again.stdout)["pairs_stored"] == 0  # and it says nothing new was stored
    finally:
        memory.close()


def test_dry_run_stores_nothing_and_bad_folders_are_one_line(tmp_path: Path, tsuji_home: Path) -> None:
    blog, sources = tmp_path / "blog", tmp_path / "saved"
    write(blog, sources)
    r = tsuji(
        "archive", "align", "--blog", str(blog), "--sources", str(sources), "--dry-run", home=tsuji_home
    )
    assert r.returncode == 0 and "2 post(s) aligned, 2 skipped; 10 pair(s) found" in r.stdout
    assert not (tsuji_home / "data" / "memory.sqlite").exists()
    bad = tsuji("archive", "align", "--blog", str(tmp_path / "none"), home=tsuji_home)
    assert bad.returncode == 2 and "does not exist" in bad.stderr
    no_traceback(bad)
