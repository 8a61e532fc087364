"""The blog folder as an archive, and pushing with blogsync (a stand-in written for the tests)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from editor.io import archive
from tests.cli.test_cli import tsuji
from tests.conftest import ROOT, SAMPLE_PROJECT, posix_only


def post(
    blog: Path, rel: str, title: str, date: str, source: str, *, url: str = "", draft: bool = False
) -> Path:
    path = blog / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    head = [f"Title: {title}", "Category:", "- 翻訳", f"Date: {date}"]
    if url:
        head += [
            f"URL: {url}",
            f"EditURL: https://blog.hatena.ne.jp/me/b/atom/entry/{abs(hash(url)) % 10**10}",
        ]
    if draft:
        head.append("Draft: true")
    body = f"[{source}:embed:cite]\n\nb著:03/01/2026\n\n✒️要約\n\n- 要点: 本文\n\n【本文】\n\n段落。\n"
    path.write_text("---\n" + "\n".join(head) + "\n---\n" + body, "utf-8")
    return path


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    b = tmp_path / "blog"
    post(
        b,
        "entry/2026/03/01/a.md",
        "MoA⚡️港の協議",
        "2026-03-01T21:00:00+09:00",
        "https://www.moonofalabama.org/2026/03/port.html",
        url="https://me.hatenablog.com/entry/a",
    )
    post(
        b,
        "entry/2026/03/05/b.md",
        "NC⚡️金利の話",
        "2026-03-05T08:00:00+09:00",
        "https://www.nakedcapitalism.com/2026/03/rates.html",
        draft=True,
    )
    post(b, "entry/_draft/123.md", "題名だけ", "2026-03-07T10:00:00+09:00", "https://example.org/x")
    (b / "entry/2026/03/06").mkdir(parents=True)
    (b / "entry/2026/03/06/broken.md").write_text("---\nTitle: [unclosed\nDate: x\n---\nbody\n", "utf-8")
    (b / "entry/2026/03/06/nofront.md").write_text("just text\n", "utf-8")
    (b / "entry/2026/03/06/latin1.md").write_bytes("---\nTitle: caf\xe9\n---\n".encode("latin-1"))
    return b


def test_list_reads_posts_and_reports_bad_files(blog: Path) -> None:
    listing = archive.list_posts(blog)
    assert [p.path for p in listing.posts] == [
        "entry/_draft/123.md",
        "entry/2026/03/05/b.md",
        "entry/2026/03/01/a.md",
    ]
    a = listing.posts[-1]
    assert (a.title, a.label, a.url, a.draft) == (
        "MoA⚡️港の協議",
        "MoA",
        "https://me.hatenablog.com/entry/a",
        False,
    )
    assert a.source_url == "https://www.moonofalabama.org/2026/03/port.html"
    assert listing.posts[1].draft and listing.posts[1].label == "NC"
    problems = dict(listing.problems)
    assert set(problems) == {
        "entry/2026/03/06/broken.md",
        "entry/2026/03/06/nofront.md",
        "entry/2026/03/06/latin1.md",
    }
    assert (
        "YAML" in problems["entry/2026/03/06/broken.md"] and "UTF-8" in problems["entry/2026/03/06/latin1.md"]
    )


def test_the_index_is_refreshed_by_mtime(blog: Path) -> None:
    assert archive.list_posts(blog).posts[-1].title == "MoA⚡️港の協議"
    path = blog / "entry/2026/03/01/a.md"
    path.write_text(path.read_text("utf-8").replace("港の協議", "港の協議(改)"), "utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert archive.list_posts(blog).posts[-1].title == "MoA⚡️港の協議(改)"


def test_same_article_url_ignores_what_does_not_name_the_article() -> None:
    a = archive.same_article_url("https://www.moonofalabama.org/2026/03/port.html?utm_source=x#comments")
    assert a == archive.same_article_url("http://moonofalabama.org/2026/03/port.html")
    assert a != archive.same_article_url("https://moonofalabama.org/2026/03/other.html")


def test_archive_list_on_the_command_line(blog: Path, tsuji_home: Path) -> None:
    r = tsuji("archive", "list", "--blog", str(blog), "--json", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data["posts"]) == 3 and len(data["skipped"]) == 3
    assert "Traceback" not in r.stderr and "skipped entry/2026/03/06/broken.md" in r.stderr
    plain = tsuji("archive", "list", "--blog", str(blog), home=tsuji_home)
    assert (
        "3 post(s)" in plain.stdout
        and "source: https://www.moonofalabama.org/2026/03/port.html" in plain.stdout
    )


def test_import_warns_when_the_article_was_translated_before(
    blog: Path, tsuji_home: Path, tmp_path: Path
) -> None:
    (tsuji_home / "config").mkdir(parents=True, exist_ok=True)
    (tsuji_home / "config" / "settings.json").write_text(json.dumps({"blog_dir": str(blog)}), "utf-8")
    page = tmp_path / "port.html"
    page.write_text(
        "<html><head><title>Port</title>"
        '<link rel="canonical" href="https://www.moonofalabama.org/2026/03/port.html"></head>'
        "<body><article><h1>Port</h1>"
        + "<p>The port talks went on for many more hours today.</p>" * 8
        + "</article></body></html>",
        "utf-8",
    )
    r = tsuji("import", str(page), "-o", str(tmp_path / "port.tsuji"), home=tsuji_home)
    assert r.returncode == 0, r.stderr
    assert "already translated in entry/2026/03/01/a.md (2026-03-01)" in r.stderr
    assert "https://me.hatenablog.com/entry/a" in r.stderr


def standin(tmp_path: Path) -> Path:
    """A `blogsync` on the PATH that runs tests/blogsync_standin.py."""
    bindir = tmp_path / "bin"
    bindir.mkdir(exist_ok=True)
    exe = bindir / "blogsync"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ROOT / "tests" / "blogsync_standin.py"}" "$@"\n')
    exe.chmod(0o755)
    return bindir


def run_export(tmp_path: Path, home: Path, path_dirs: list[Path], **env: str) -> object:
    blog = tmp_path / "blog"
    blog.mkdir(exist_ok=True)
    proj = tmp_path / "p.tsuji"
    if not proj.exists():
        proj.write_bytes(SAMPLE_PROJECT.read_bytes())
    old = os.environ.copy()
    os.environ["PATH"] = os.pathsep.join([*map(str, path_dirs), "/usr/bin", "/bin"])
    os.environ.update(env)
    try:
        return tsuji("export", str(proj), "--to", str(blog), "--push", home=home)
    finally:
        os.environ.clear()
        os.environ.update(old)


@posix_only
def test_push_through_blogsync_records_the_entry(tmp_path: Path, tsuji_home: Path) -> None:
    r = run_export(tmp_path, tsuji_home, [standin(tmp_path)])
    assert r.returncode == 0, r.stderr  # type: ignore[attr-defined]
    assert "PUT --->" in r.stderr  # type: ignore[attr-defined]  # blogsync's output is shown
    record = json.loads((tmp_path / "p.tsuji").read_text("utf-8"))["exports"]["hatena"]
    assert record["url"].startswith("https://me.hatenablog.com/entry/")
    assert record["edit_url"].startswith("https://blog.hatena.ne.jp/") and record["preview_url"]
    again = run_export(tmp_path, tsuji_home, [standin(tmp_path)])  # fix, export, push again: no question
    assert again.returncode == 0, again.stderr  # type: ignore[attr-defined]


@posix_only
def test_a_failing_push_says_why_and_keeps_the_export(tmp_path: Path, tsuji_home: Path) -> None:
    r = run_export(tmp_path, tsuji_home, [standin(tmp_path)], STANDIN_FAIL="1")
    assert r.returncode == 1  # type: ignore[attr-defined]
    assert "blogsync push failed (exit status 1): Error: 401 Unauthorized" in r.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in r.stderr  # type: ignore[attr-defined]
    assert any((tmp_path / "blog").rglob("*.md"))


def test_a_missing_blogsync_gets_a_clear_message(tmp_path: Path, tsuji_home: Path) -> None:
    r = run_export(tmp_path, tsuji_home, [tmp_path / "nothing-here"])
    assert r.returncode == 1  # type: ignore[attr-defined]
    assert "blogsync is not installed (or not on the PATH)" in r.stderr  # type: ignore[attr-defined]


def test_a_post_with_an_impossible_date_is_skipped_with_a_reason(tmp_path: Path) -> None:
    entry = tmp_path / "entry"
    entry.mkdir()
    (entry / "bad.md").write_text("---\nTitle: 壊れた日付\nDate: 2026-13-45\n---\n本文\n", "utf-8")
    listing = archive.list_posts(tmp_path, use_cache=False)
    assert listing.posts == []
    assert listing.problems == [("entry/bad.md", "its front matter is not valid YAML")]
