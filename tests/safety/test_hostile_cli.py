"""Second round of hostile input on the command line: odd styles and profiles, a reader that
stops reading, a search for SQL's wildcard, escape sequences in a post's title."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.assist.memory import Memory
from editor.core.units import Unit
from tests.cli.test_cli import no_traceback, tsuji
from tests.conftest import ROOT, SAMPLE_PROJECT


def _profile(home: Path, name: str, old: str, new: str) -> None:
    text = (ROOT / "resources/profiles/hatena.toml").read_text("utf-8")
    folder = home / "config" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.toml").write_text(
        text.replace('name = "hatena"', f'name = "{name}"').replace(old, new), "utf-8"
    )


def test_bad_styles_and_profiles_are_one_line_and_exit_2(tsuji_home: Path) -> None:
    styles = tsuji_home / "config" / "styles"
    styles.mkdir(parents=True)
    (styles / "neg.toml").write_text("[rules.sentence-length]\nmax = -1\n", "utf-8")
    r = tsuji("check", str(SAMPLE_PROJECT), "--style", "neg", home=tsuji_home)
    assert r.returncode == 2 and "sentence-length.max should be more than 0" in r.stderr
    no_traceback(r)
    _profile(tsuji_home, "attr", 'title_pattern = "{label}⚡️{title}"', 'title_pattern = "{title.nope}"')
    _profile(tsuji_home, "cats", "categories = []", "categories = [1]")
    for name, said in (("attr", "is not a valid pattern"), ("cats", "categories should be a list of texts")):
        r = tsuji("export", str(SAMPLE_PROJECT), "--stdout", "--profile", name, home=tsuji_home)
        assert r.returncode == 2 and said in r.stderr, r.stderr
        no_traceback(r)


def test_a_reader_that_stops_early_gets_no_broken_pipe(tsuji_home: Path) -> None:
    env = {**os.environ, "TSUJI_HOME": str(tsuji_home)}
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    child = subprocess.Popen(
        [sys.executable, "-m", "editor.cli", "export", str(SAMPLE_PROJECT), "--stdout"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()  # like `| head -1`
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(60) == 0
    assert "Broken pipe" not in err and "Traceback" not in err


def test_a_search_for_a_percent_sign_finds_only_percent_signs(tsuji_home: Path) -> None:
    memory = Memory()
    memory.add_many([Unit("Prices rose.", "物価が上がった。"), Unit("Up 5%.", "5%上昇。")])
    memory.close()
    r = tsuji("tm", "search", "%", home=tsuji_home)
    assert r.returncode == 0
    assert "5%上昇" in r.stdout and "物価" not in r.stdout


def test_escape_sequences_in_a_title_are_shown_not_obeyed(tmp_path: Path, tsuji_home: Path) -> None:
    entry = tmp_path / "blog" / "entry"
    entry.mkdir(parents=True)
    (entry / "p.md").write_text('---\nTitle: "x\\e]0;pwned\\ay"\nDate: 2026-03-01\n---\n本文\n', "utf-8")
    r = tsuji("archive", "list", "--blog", str(tmp_path / "blog"), home=tsuji_home)
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "x\\x1b]0;pwned\\x07y" in r.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_check_on_a_named_pipe_is_one_line_not_a_hang(tmp_path: Path, tsuji_home: Path) -> None:
    for name in ("post.md", "project.tsuji"):  # a text file, and a project (the window opens these too)
        pipe = tmp_path / name
        os.mkfifo(pipe)
        r = tsuji("check", str(pipe), home=tsuji_home)
        assert r.returncode == 2 and "not a regular file" in r.stderr
        no_traceback(r)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_an_export_onto_a_named_pipe_says_so(tmp_path: Path, tsuji_home: Path) -> None:
    import json

    blog = tmp_path / "blog"
    target = blog / "entry" / "pipe.md"
    target.parent.mkdir(parents=True)
    os.mkfifo(target)
    proj = tmp_path / "p.tsuji"
    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    data["exports"] = {"hatena": {"path": "entry/pipe.md", "profile": "hatena"}}
    proj.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    r = tsuji("export", str(proj), "--to", str(blog), home=tsuji_home)
    assert r.returncode == 2 and "is not a regular file" in r.stderr and "is a folder" not in r.stderr
    no_traceback(r)


def test_a_damaged_memory_or_glossary_file_is_one_line(tmp_path: Path, tsuji_home: Path) -> None:
    data = tsuji_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "memory.sqlite").write_bytes(b"this is not a database" * 100)
    (data / "glossary.sqlite").mkdir()  # what a full disk or a stray folder leaves: not openable
    terms = tmp_path / "t.csv"
    terms.write_text("Ankara,アンカラ\n", "utf-8")
    for args, what in (
        (("tm", "search", "port"), "the translation memory"),
        (("glossary", "import", str(terms)), "the glossary"),
    ):
        r = tsuji(*args, home=tsuji_home)
        assert r.returncode == 2, (args, r.stderr)
        assert f"{what} cannot be used ({data / 'x'}".replace("/x", "/") in r.stderr
        no_traceback(r)


def test_two_posts_with_one_edit_url_are_refused_naming_both(tmp_path: Path, tsuji_home: Path) -> None:
    import json

    edit_url = "https://blog.hatena.ne.jp/me/me.hatenablog.com/atom/entry/42"
    blog = tmp_path / "blog"
    posts = [blog / "entry" / "_draft" / "42.md", blog / "entry" / "aaa-decoy.md"]
    for post in posts:
        post.parent.mkdir(parents=True, exist_ok=True)
        post.write_text(f"---\nTitle: 題\nEditURL: {edit_url}\n---\n本文\n", "utf-8")
    proj = tmp_path / "p.tsuji"
    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    data["exports"] = {
        "hatena": {"path": "entry/2026/03/01/gone.md", "profile": "hatena", "edit_url": edit_url}
    }
    proj.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    r = tsuji("export", str(proj), "--to", str(blog), "--force", home=tsuji_home)
    assert r.returncode == 2 and "two posts carry the entry's EditURL" in r.stderr
    assert "aaa-decoy.md" in r.stderr and "42.md" in r.stderr
    no_traceback(r)
    assert all(p.read_text("utf-8").endswith("本文\n") for p in posts)  # neither was overwritten
