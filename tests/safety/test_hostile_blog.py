"""Posts that explode: a blog folder holding a YAML alias bomb, deep YAML, odd tags, a named pipe
or a link to a device is listed in bounded time, every such file skipped with its reason."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from editor.io import archive, safe_yaml
from editor.io.destination import find_by_edit_url
from editor.io.markdown_import import import_markdown
from tests.cli.test_cli import tsuji

BOMB = "\n".join(
    ['Title: "ok"', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]"
        for i in range(9)
    ]
)
DEEP = "Title: x\nDeep: " + "[" * 500 + "]" * 500


def _post(folder: Path, name: str, front: str, body: str = "本文\n") -> Path:
    path = folder / "entry" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}\n---\n{body}", "utf-8")
    return path


def test_safe_yaml_refuses_aliases_depth_and_size_but_reads_plain_yaml() -> None:
    for text in (
        BOMB,
        DEEP,
        "k: " + "x" * (safe_yaml.MAX_CHARS + 1),
        "d: !!timestamp 'x'",
        "b: !!bool 'maybe'",
    ):
        with pytest.raises(safe_yaml.Refused):
            safe_yaml.load(text)
    assert safe_yaml.load("Title: 題\nCategory:\n- 政治\nDraft: true") == {
        "Title": "題",
        "Category": ["政治"],
        "Draft": True,
    }


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/zero are POSIX")
def test_archive_list_skips_exploding_posts_in_bounded_time(tmp_path: Path, tsuji_home: Path) -> None:
    blog = tmp_path / "blog"
    _post(blog, "good.md", "Title: 良い記事\nDate: 2026-03-01T09:00:00+09:00")
    _post(blog, "bomb.md", BOMB)
    _post(blog, "deep.md", DEEP)
    _post(blog, "tags.md", "Title: !!timestamp 'x'\nDraft: !!bool 'maybe'")
    os.mkfifo(blog / "entry" / "pipe.md")
    (blog / "entry" / "zero.md").symlink_to("/dev/zero")
    start = time.monotonic()
    r = tsuji("archive", "list", "--blog", str(blog), home=tsuji_home)
    assert time.monotonic() - start < 30
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "良い記事" in r.stdout and "1 post(s)" in r.stdout
    skipped = {line.split(":")[0] for line in r.stderr.splitlines() if line.startswith("skipped")}
    assert skipped == {f"skipped entry/{n}.md" for n in ("bomb", "deep", "tags", "pipe", "zero")}
    assert find_by_edit_url(blog, "https://blog.hatena.ne.jp/x/atom/entry/1") is None  # no hang on the pipe
    listing = archive.list_posts(blog, use_cache=False)
    assert [p.title for p in listing.posts] == ["良い記事"]


def test_markdown_with_an_alias_bomb_imports_its_body(tmp_path: Path) -> None:
    start = time.monotonic()
    article = import_markdown(f"---\n{BOMB}\n---\n# 見出し\n\nThe body survives.\n")
    assert time.monotonic() - start < 5
    assert any("The body survives." in b.source for b in article.blocks)
