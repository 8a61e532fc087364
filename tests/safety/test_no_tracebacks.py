"""Hostile or unlucky files: a clear one-line message (or a clean success) and a bounded cost, never a traceback."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from editor.core import atomic
from tests.cli.test_cli import no_traceback, tsuji
from tests.conftest import SAMPLE_PROJECT


def sample_with(tmp_path: Path, change: object) -> Path:
    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    change(data)  # type: ignore[operator]
    path = tmp_path / "p.tsuji"
    path.write_text(json.dumps(data), "utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "deep.tsuji",
            '{"format":"tsuji","version":1,"article":' + "[" * 100_000 + "]" * 100_000 + "}",
            "nested too deeply",
        ),
        (
            "bigint.tsuji",
            '{"format":"tsuji","version":1,"article":{"title":' + "9" * 5000 + "}}",
            "5000 digits long",
        ),
    ],
)
def test_damaged_projects_give_one_line(
    tmp_path: Path, tsuji_home: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    r = tsuji("check", str(path), home=tsuji_home)
    assert r.returncode == 2 and message in r.stderr
    no_traceback(r)


def _nested(levels: int, leaf: object = "x") -> object:
    value = leaf
    for i in range(levels):
        value = [value] if i % 2 else {"a": value}
    return value


@pytest.mark.parametrize(
    "plant",
    [
        lambda d, v: d.update(extra=v),
        lambda d, v: d["article"].update(categories=[v]),
        lambda d, v: d["blocks"][0].update(note=v),
        lambda d, v: d.update(summary=[v]),
    ],
    ids=["top", "categories", "note", "summary"],
)
@pytest.mark.parametrize("command", ["check", "export"])
def test_a_project_nested_five_hundred_levels_is_one_line(
    tmp_path: Path, tsuji_home: Path, plant: object, command: str
) -> None:
    """Within what JSON reads, but deeper than a reader of it recursing can go."""
    path = sample_with(tmp_path, lambda d: plant(d, _nested(500)))  # type: ignore[operator]
    args = ("--stdout",) if command == "export" else ()
    r = tsuji(command, str(path), *args, home=tsuji_home)
    assert r.returncode == 2 and "not a Tsuji project (nested more than 32 levels deep)" in r.stderr
    no_traceback(r)


def test_a_list_level_of_ten_to_the_twelfth_is_refused(tmp_path: Path, tsuji_home: Path) -> None:
    path = sample_with(tmp_path, lambda d: d["blocks"][0].update(level=10**12))
    r = tsuji("export", str(path), "--stdout", home=tsuji_home)
    assert r.returncode == 2 and "level is 1000000000000, not between 0 and 32" in r.stderr
    no_traceback(r)


def test_a_lone_surrogate_is_repaired_not_a_crash(tmp_path: Path, tsuji_home: Path) -> None:
    path = sample_with(tmp_path, lambda d: d["article"].update(title="\ud800 題"))
    blog = tmp_path / "blog"
    blog.mkdir()
    r = tsuji("export", str(path), "--to", str(blog), home=tsuji_home)
    assert r.returncode == 0, r.stderr
    post = next(blog.rglob("*.md")).read_bytes().decode("utf-8")  # valid UTF-8
    assert "\ufffd 題" in post
    json.loads(path.read_text("utf-8"))  # and the project was saved


def test_a_deep_tmx_and_a_huge_csv_field(tmp_path: Path, tsuji_home: Path) -> None:
    tmx = tmp_path / "deep.tmx"
    tmx.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>'
        + "<hi>" * 100_000
        + "deep words"
        + "</hi>" * 100_000
        + '</seg></tuv><tuv xml:lang="ja"><seg>深い</seg></tuv></tu></body></tmx>',
        "utf-8",
    )
    r = tsuji("tm", "import", str(tmx), home=tsuji_home)
    assert r.returncode == 0 and "1 unit(s) added" in r.stdout, r.stderr
    csv_file = tmp_path / "big.csv"
    csv_file.write_text('source,target\n"' + "a" * 140_000 + '",x\n', "utf-8")
    r = tsuji("glossary", "import", str(csv_file), home=tsuji_home)
    assert r.returncode == 2 and "not a readable term list" in r.stderr
    no_traceback(r)


def test_an_impossible_date_in_front_matter_is_kept_as_text(tmp_path: Path, tsuji_home: Path) -> None:
    md = tmp_path / "post.md"
    md.write_text("---\ntitle: A title\ndate: 2026-13-45\n---\n\nSome words of the article.\n", "utf-8")
    r = tsuji("import", str(md), "--json", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["title"], data["date"]) == ("A title", "2026-13-45")


def test_spreadsheet_formulas_are_neutralised_and_read_back(tmp_path: Path, tsuji_home: Path) -> None:
    src = tmp_path / "terms.csv"
    src.write_text('source,target,note\n=HYPERLINK("http://x"),+cmd,@SUM(1)\n-2+3,x,plain\n', "utf-8")
    assert tsuji("glossary", "import", str(src), home=tsuji_home).returncode == 0
    out = tmp_path / "out.csv"
    assert tsuji("glossary", "export", str(out), home=tsuji_home).returncode == 0
    cells = [c for line in out.read_text("utf-8").splitlines()[1:] for c in line.split(",")]
    assert all(not c.lstrip('"').startswith(("=", "+", "-", "@")) for c in cells)
    again = tmp_path / "home2"
    assert tsuji("glossary", "import", str(out), home=again).returncode == 0
    back = tmp_path / "back.csv"
    assert tsuji("glossary", "export", str(back), home=again).returncode == 0
    assert back.read_text("utf-8") == out.read_text("utf-8")


def test_a_full_disk_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    target = tmp_path / "post.md"
    with pytest.raises(OSError) as err:
        atomic.atomic_write(target, b"x")
    assert err.value.filename == str(target)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_oversized_markdown_and_stdin_are_refused(tmp_path: Path, tsuji_home: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    r = tsuji("import", str(big), "--json", home=tsuji_home)
    assert r.returncode == 2 and "too large" in r.stderr
    no_traceback(r)


def test_a_profile_with_nul_in_its_path_pattern(tmp_path: Path, tsuji_home: Path) -> None:
    (tsuji_home / "config" / "profiles").mkdir(parents=True)
    (tsuji_home / "config" / "profiles" / "bad.toml").write_text(
        'name = "bad"\npath_pattern = "entry/\\u0000{slug}.md"\n', "utf-8"
    )
    blog = tmp_path / "blog"
    blog.mkdir()
    r = tsuji("export", str(SAMPLE_PROJECT), "--to", str(blog), "--profile", "bad", home=tsuji_home)
    assert r.returncode == 2 and "path_pattern must be a plain relative path" in r.stderr
    no_traceback(r)


def test_to_a_file_says_it_wants_the_blog_folder(tmp_path: Path, tsuji_home: Path) -> None:
    afile = tmp_path / "post.md"
    afile.write_text("x", "utf-8")
    r = tsuji("export", str(SAMPLE_PROJECT), "--to", str(afile), home=tsuji_home)
    assert r.returncode == 2 and "--to takes the blog folder" in r.stderr
    no_traceback(r)


def test_a_refused_key_counts_nothing_as_translated() -> None:
    from editor.assist import pretranslate
    from editor.assist.mt import MTError

    items = [pretranslate.Todo("a", 1, "One.", "en"), pretranslate.Todo("b", 2, "Two.", "en")]

    def refused(text: str, lang: str, cancel: object) -> str:
        raise MTError("bad_key", "the server answered 403: key refused")

    outcome = pretranslate.run(items, refused)
    assert outcome.translated == {} and len(outcome.failures) == 1 and outcome.left == 1
    assert outcome.stopped_by == "bad_key"
