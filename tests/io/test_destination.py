from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core import edits, project
from editor.core.model import Article
from editor.io.destination import ExportRefused, Written, article_slug, slugify
from editor.io.profiles import load_profile
from editor.io.publish import export_to_blog
from tests.conftest import GOLDEN, SAMPLE_PROJECT

WHEN = datetime.fromisoformat("2026-03-15T21:00:00+09:00")


@given(st.text())
def test_slug_is_always_safe(text: str) -> None:
    slug = slugify(text)
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    assert ".." not in slug and "/" not in slug and len(slug) <= 60
    assert slug.lower() not in {"con", "nul", "aux", "prn", "com1", "lpt1"}


def test_slug_comes_from_source_title_then_url() -> None:
    assert article_slug(Article(source_title="Veloria Blinks: Talks Are Back!")) == (
        "veloria-blinks-talks-are-back"
    )
    a = Article(
        title="日本語だけ",
        source_title="日本語",
        source_url="https://x.example/2026/03/port-deal.html",
    )
    assert article_slug(a) == "port-deal"
    assert article_slug(Article(title="日本語")).startswith("post-")
    assert slugify("CON") == "con-post"


def export(article: Article, blog: Path, **kw: object) -> Written:
    """Export as the command line does: write, then apply the record to the article."""
    written = export_to_blog(article, load_profile("hatena"), blog, **kw)  # type: ignore[arg-type]
    edits.record_export(article, "hatena", written.record).apply(article)
    return written


def test_export_writes_hatena_path_and_reexport_updates_it(tmp_path: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    blog = tmp_path / "blog"
    blog.mkdir()
    first = export_to_blog(article, load_profile("hatena"), blog, now=WHEN)
    assert article.exports == {}  # writing does not change the article: the record is an edit
    edits.record_export(article, "hatena", first.record).apply(article)
    rel = "entry/2026/03/15/veloria-blinks-the-harbor-talks-are-back-on.md"
    assert first.path == blog / rel
    assert first.path.read_text("utf-8") == (GOLDEN / "harbor-talks.hatena.md").read_text("utf-8")
    assert article.exports["hatena"].path == rel

    article.blocks[0].draft = "書き直した段落。"
    later = datetime.fromisoformat("2026-04-01T08:00:00+09:00")
    second = export(article, blog, now=later)
    assert second.path == first.path  # the same entry, and its date kept
    text = second.path.read_text("utf-8")
    assert "書き直した段落。" in text and "Date: 2026-03-15T21:00:00+09:00" in text
    assert sorted(p.name for p in second.path.parent.iterdir()) == [second.path.name]


def test_foreign_file_is_not_overwritten_without_force(tmp_path: Path, tsuji_home: Path) -> None:
    article = project.load(SAMPLE_PROJECT).article
    target = tmp_path / "entry/2026/03/15/veloria-blinks-the-harbor-talks-are-back-on.md"
    target.parent.mkdir(parents=True)
    target.write_text("my own hand-written post\n")
    with pytest.raises(ExportRefused, match="not written by Tsuji"):
        export(article, tmp_path, now=WHEN)
    assert target.read_text() == "my own hand-written post\n"
    written = export(article, tmp_path, now=WHEN, force=True)
    assert written.backup is not None and written.backup.is_relative_to(tsuji_home)
    assert written.backup.read_text() == "my own hand-written post\n"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no .bak in the blog


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_files_of_a_killed_export_are_swept_from_the_whole_blog(tmp_path: Path) -> None:
    """A writer killed during fsync leaves ``.post.md.PID.xxxx.tmp``; the next export of any post
    takes it away (a live writer's file is left alone)."""
    blog = tmp_path / "blog"
    old = blog / "entry" / "2025" / "12" / "01"
    old.mkdir(parents=True)
    (old / "other-post.md").write_text("---\nTitle: x\n---\nbody\n", "utf-8")
    stale = old / f".other-post.md.{_dead_pid()}.k2j4h1xq.tmp"
    stale.write_bytes(b"half a post")
    import os

    live = old / f".other-post.md.{os.getppid()}.a8s7d6f5.tmp"  # a writer still running
    live.write_bytes(b"being written")
    export_to_blog(project.load(SAMPLE_PROJECT).article, load_profile("hatena"), blog, now=WHEN)
    assert not stale.exists() and live.exists()
    assert (old / "other-post.md").exists()


def test_a_full_disk_leaves_no_empty_date_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from editor.io import destination

    def full(path: Path, data: bytes, *, backup: bool = True) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(destination, "atomic_write", full)
    blog = tmp_path / "blog"
    (blog / "entry" / "2026").mkdir(parents=True)  # the year was there before
    with pytest.raises(OSError, match="No space left"):
        export_to_blog(project.load(SAMPLE_PROJECT).article, load_profile("hatena"), blog, now=WHEN)
    assert [p.relative_to(blog).as_posix() for p in sorted(blog.rglob("*"))] == ["entry", "entry/2026"]
