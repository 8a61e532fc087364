"""Export, blogsync push (a stand-in that rewrites the file as entry.go does), fix, export again."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from editor.core import edits, project
from editor.core.model import Article
from editor.io import frontmatter
from editor.io.destination import ExportRefused, Written
from editor.io.profiles import load_profile
from editor.io.publish import export_to_blog
from tests.blogsync_standin import rewrite
from tests.conftest import SAMPLE_PROJECT

WHEN = datetime.fromisoformat("2026-03-15T21:00:00+09:00")


def export(article: Article, blog: Path, **kw: object) -> Written:
    written = export_to_blog(article, load_profile("hatena"), blog, now=WHEN, **kw)  # type: ignore[arg-type]
    edits.record_export(article, "hatena", written.record).apply(article)
    return written


def files(blog: Path) -> list[str]:
    return sorted(p.relative_to(blog).as_posix() for p in blog.rglob("*") if p.is_file())


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    (tmp_path / "blog").mkdir()
    return tmp_path / "blog"


def test_a_pushed_post_keeps_its_server_keys_and_stays_published(blog: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    path = export(article, blog).path
    url = rewrite(path, publish=True)  # keys reordered, server keys added, Date normalised, Draft removed
    pushed = frontmatter.split(path.read_text("utf-8"))
    article.blocks[0].draft = "誤字を直した段落。"
    again = export(article, blog)  # no force: blogsync's rewrite is not a person's edit
    assert again.path == path and again.backup is None
    post = frontmatter.split(path.read_text("utf-8"))
    for key in ("URL", "EditURL", "PreviewURL", "Date"):
        assert post.keys[key] == pushed.keys[key]
    assert "Draft" not in post.keys  # published stays published
    assert "誤字を直した段落。" in post.body
    assert article.exports["hatena"].edit_url == pushed.text_value("EditURL")
    assert article.exports["hatena"].url == url
    assert files(blog) == [path.relative_to(blog).as_posix()]  # nothing left beside it


def test_a_pushed_draft_stays_a_draft(blog: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    path = export(article, blog).path
    rewrite(path, publish=False)
    article.blocks[1].draft = "もう一度。"
    export(article, blog)
    assert frontmatter.split(path.read_text("utf-8")).value("Draft") is True


def test_the_lost_urls_bug_through_a_saved_project(blog: Path, tmp_path: Path) -> None:
    """Export, push, export with overwrite, save, reopen, edit, export: URL and EditURL survive."""
    proj_path = tmp_path / "post.tsuji"
    proj = project.load(SAMPLE_PROJECT)
    path = export(proj.article, blog).path
    rewrite(path)
    export(proj.article, blog, force=True)
    project.save(project.Project(proj.article), proj_path)
    reopened = project.load(proj_path).article
    reopened.blocks[2].draft = "三段目を直した。"
    export(reopened, blog)
    post = frontmatter.split(path.read_text("utf-8"))
    assert post.text_value("URL").startswith("https://me.hatenablog.com/entry/")
    assert post.text_value("EditURL").startswith("https://blog.hatena.ne.jp/")
    assert "三段目を直した。" in post.body


def test_a_body_edited_by_hand_is_refused_then_backed_up_on_force(blog: Path, tsuji_home: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    path = export(article, blog).path
    rewrite(path)
    path.write_text(path.read_text("utf-8").replace("【本文】", "【本文】\n\n手で足した一文。"), "utf-8")
    by_hand = path.read_text("utf-8")
    article.blocks[0].draft = "新しい訳。"
    with pytest.raises(ExportRefused) as refused:
        export(article, blog)
    assert refused.value.reason == "edited"
    assert any(line.startswith("-") and "手で足した一文。" in line for line in refused.value.diff())
    assert path.read_text("utf-8") == by_hand
    written = export(article, blog, force=True)
    assert written.backup is not None and written.backup.is_relative_to(tsuji_home)
    assert written.backup.read_text("utf-8") == by_hand
    assert "EditURL" in frontmatter.split(path.read_text("utf-8")).keys
    assert files(blog) == [path.relative_to(blog).as_posix()]


def test_a_post_moved_to_draft_folder_is_found_by_its_edit_url(blog: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    path = export(article, blog).path
    rewrite(path, publish=False, entry_id="6802418398")
    export(article, blog)  # the project learns the EditURL
    moved = blog / "entry" / "_draft" / "6802418398.md"
    moved.parent.mkdir(parents=True)
    path.rename(moved)  # what a pull does to a draft without a custom path
    article.blocks[0].draft = "移動後の訳。"
    written = export(article, blog)
    assert written.path == moved
    assert "移動後の訳。" in moved.read_text("utf-8")
    assert not path.exists()
    assert article.exports["hatena"].path == "entry/_draft/6802418398.md"


def test_exported_files_get_the_users_normal_permissions(blog: Path) -> None:
    old = os.umask(0o022)
    try:
        path = export(project.load(SAMPLE_PROJECT).article, blog).path
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_own_output_is_recognised_when_the_project_save_was_lost(blog: Path) -> None:
    """The post was written but the project was not saved (a kill, a read-only folder)."""
    article = project.load(SAMPLE_PROJECT).article
    first = export(article, blog)
    stale = project.load(SAMPLE_PROJECT).article  # the project as it was before that export
    edits.record_export(stale, "hatena", first.record).apply(stale)
    article.blocks[0].draft = "保存されなかった版。"
    export(article, blog)  # written; imagine the save failing here
    stale.blocks[0].draft = "その後の版。"
    again = export(stale, blog)  # the record's hash is of the first export, yet no question
    assert again.backup is None
    assert "その後の版。" in again.path.read_text("utf-8")


def test_a_custom_path_places_the_post_and_sets_blogsyncs_custom_path(blog: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    article.custom_path = "2026/03/harbor-talks"
    path = export(article, blog).path
    assert path == blog / "entry/2026/03/harbor-talks.md"
    assert frontmatter.split(path.read_text("utf-8")).text_value("CustomPath") == "2026/03/harbor-talks"


@pytest.mark.parametrize("bad", ["../../etc/x", "a/../../b", "日本語/パス", "a//b", "a b", "x\\y"])
def test_a_custom_path_must_be_a_plain_url_path(blog: Path, bad: str) -> None:
    from editor.io.destination import UnsafeDestination

    article = project.load(SAMPLE_PROJECT).article
    article.custom_path = bad
    with pytest.raises(UnsafeDestination, match="URL path"):
        export(article, blog)
    assert files(blog) == []
