"""blogsync that misbehaves: invalid UTF-8, a flood of output, a hang with children of its own,
and a push run from another folder with a relative blog path."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from editor.io.push import MAX_OUTPUT, PushFailed, push

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell stand-ins and process groups")

POST = "---\nTitle: 題\nEditURL: https://blog.hatena.ne.jp/me/b/atom/entry/1\n---\n本文\n"


def _fake(tmp_path: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    exe = tmp_path / "fake-blogsync"
    exe.write_text("#!/bin/sh\n" + script)
    exe.chmod(0o755)
    monkeypatch.setenv("TSUJI_BLOGSYNC", str(exe))
    post = tmp_path / "blog" / "entry" / "p.md"
    post.parent.mkdir(parents=True)
    post.write_text(POST, "utf-8")
    return post


def test_invalid_utf8_and_a_flood_of_output_are_shown_shortened(tmp_path: Path, monkeypatch) -> None:
    post = _fake(
        tmp_path,
        "printf 'bad \\377\\376 bytes\\n'\nhead -c 3000000 /dev/zero | tr '\\0' x\necho\nexit 1\n",
        monkeypatch,
    )
    with pytest.raises(PushFailed) as e:
        push(post)
    assert "exit status 1" in str(e.value)
    assert "bad \ufffd\ufffd bytes" in e.value.output
    assert len(e.value.output) < MAX_OUTPUT + 200 and "characters left out" in e.value.output


def test_a_hang_ends_with_its_children(tmp_path: Path, monkeypatch) -> None:
    marker = tmp_path / "child-alive"
    post = _fake(tmp_path, f"(sleep 3; touch {marker}) &\nsleep 30\n", monkeypatch)
    start = time.monotonic()
    with pytest.raises(PushFailed) as e:
        push(post, timeout=1)
    assert "did not finish within 1 s" in str(e.value) and time.monotonic() - start < 5
    time.sleep(3.5)
    assert not marker.exists()  # the grandchild was ended with it


def test_a_relative_post_path_is_pushed_from_its_folder(tmp_path: Path, monkeypatch) -> None:
    seen = tmp_path / "seen"
    post = _fake(tmp_path, f'test -f "$2" && echo "$2" > {seen}\n', monkeypatch)
    monkeypatch.chdir(tmp_path)
    push(Path(os.path.relpath(post, tmp_path)))
    assert Path(seen.read_text().strip()) == post
