"""Publishing is one flow: ``tsuji export`` stops where the window's Export stops, and a push
leaves one record whichever front end ran it."""

from __future__ import annotations

import json
from pathlib import Path

from editor.assist.proof import load_style
from editor.core import project
from editor.core.model import ExportRecord
from editor.flows import publish
from editor.io.push import Pushed
from tests.cli.test_cli import tsuji
from tests.conftest import SAMPLE_PROJECT
from tests.io.test_archive import run_export, standin


def _project(tmp_path: Path, draft_of_block_3: str | None = None, untranslate: int | None = None) -> Path:
    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    if draft_of_block_3 is not None:
        data["blocks"][2]["draft"] = draft_of_block_3
    if untranslate is not None:
        data["blocks"][untranslate]["draft"] = ""
        data["blocks"][untranslate]["status"] = "untranslated"
    path = tmp_path / "p.tsuji"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def _posts(blog: Path) -> list[Path]:
    return sorted(blog.rglob("*.md"))


def test_cli_export_refuses_what_the_window_refuses(tmp_path: Path, tsuji_home: Path) -> None:
    proj = _project(tmp_path, "運輸省の当局者は日曜日、協議が再開されると語った」。")
    blog = tmp_path / "blog"
    blog.mkdir()
    r = tsuji("export", str(proj), "--to", str(blog), home=tsuji_home)
    assert r.returncode == 1, r.stderr
    assert "[brackets]" in r.stderr and "block 3" in r.stderr
    assert "not exported: 1 finding(s)" in r.stderr and "--force" in r.stderr
    assert "Traceback" not in r.stderr
    assert _posts(blog) == []  # nothing written
    assert (
        "exports" not in json.loads(proj.read_text("utf-8"))
        or not json.loads(proj.read_text("utf-8"))["exports"]
    )
    forced = tsuji("export", str(proj), "--to", str(blog), "--force", home=tsuji_home)
    assert forced.returncode == 0, forced.stderr
    assert len(_posts(blog)) == 1


def test_the_window_and_the_cli_find_the_same_blockers(tmp_path: Path) -> None:
    """The list the window shows before Export is the flow's list, the one the CLI refuses on."""
    proj = project.load(_project(tmp_path, "協議が再開される」。", untranslate=5))
    found = publish.blockers(proj.article, load_style("blog"), None)
    assert [(b.code, b.place) for b in found] == [("untranslated", ("block", 5)), ("brackets", ("block", 2))]
    assert publish.standing(found, force=False, allow_untranslated=True)[0].code == "brackets"
    assert [b.code for b in publish.standing(found, force=True, allow_untranslated=False)] == ["untranslated"]
    assert publish.standing(found, force=True, allow_untranslated=True) == []


def test_untranslated_blocks_need_allow_untranslated(tmp_path: Path, tsuji_home: Path) -> None:
    proj = _project(tmp_path, untranslate=4)
    blog = tmp_path / "blog"
    blog.mkdir()
    r = tsuji("export", str(proj), "--to", str(blog), "--force", home=tsuji_home)
    assert r.returncode == 1 and "untranslated: block 5 is not translated" in r.stderr
    assert "give --allow-untranslated" in r.stderr
    ok = tsuji("export", str(proj), "--to", str(blog), "--allow-untranslated", home=tsuji_home)
    assert ok.returncode == 0, ok.stderr
    assert "【未訳】" in _posts(blog)[0].read_text("utf-8")


def test_a_push_without_an_address_keeps_the_one_known(tmp_path: Path, tsuji_home: Path) -> None:
    first = run_export(tmp_path, tsuji_home, [standin(tmp_path)])
    assert first.returncode == 0, first.stderr  # type: ignore[attr-defined]
    proj = tmp_path / "p.tsuji"
    url = json.loads(proj.read_text("utf-8"))["exports"]["hatena"]["url"]
    assert url.startswith("https://me.hatenablog.com/entry/")
    again = run_export(tmp_path, tsuji_home, [standin(tmp_path)], STANDIN_NO_URL="1")
    assert again.returncode == 0, again.stderr  # type: ignore[attr-defined]
    record = json.loads(proj.read_text("utf-8"))["exports"]["hatena"]
    assert record["url"] == url  # the CLI blanked it before; the window kept it
    assert record["edit_url"].startswith("https://blog.hatena.ne.jp/")


def test_pushed_record_takes_the_new_hash_and_keeps_what_blogsync_left_out(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("after blogsync\n", "utf-8")
    old = ExportRecord(
        path="entry/x.md", url="https://b/entry/1", preview_url="https://b/draft/1", sha256="0"
    )
    new = publish.pushed_record(old, post, Pushed("out", "", "https://edit/1", ""))
    assert (new.url, new.edit_url, new.preview_url) == (
        "https://b/entry/1",
        "https://edit/1",
        "https://b/draft/1",
    )
    assert new.sha256 != "0" and new.path == "entry/x.md"
