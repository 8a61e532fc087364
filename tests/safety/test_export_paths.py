"""A project file is data from anywhere: nothing in it may make export write outside the blog."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.cli.test_cli import tsuji
from tests.conftest import SAMPLE_PROJECT, posix_only


def hostile_project(tmp_path: Path, export_path: str, sha_of: Path | None = None) -> Path:
    data = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
    sha = hashlib.sha256(sha_of.read_bytes()).hexdigest() if sha_of and sha_of.exists() else ""
    data["exports"] = {
        "hatena": {
            "path": export_path,
            "profile": "hatena",
            "post_date": "2026-03-15T21:00:00+09:00",
            "sha256": sha,
        }
    }
    proj = tmp_path / "hostile.tsuji"
    proj.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return proj


@pytest.fixture
def blog(tmp_path: Path) -> Path:
    (tmp_path / "blog").mkdir()
    return tmp_path / "blog"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside the blog folder whose hash the attacker knows (an empty file, a stock dotfile)."""
    (tmp_path / "home").mkdir()
    target = tmp_path / "home" / ".bashrc"
    target.write_text("")
    return target


def refused(r: object, victim: Path) -> None:
    assert r.returncode == 2, r.stdout + r.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in r.stderr  # type: ignore[attr-defined]
    assert "outside the blog folder" in r.stderr or "leaves the blog folder" in r.stderr  # type: ignore[attr-defined]
    assert victim.read_text() == ""
    assert [p.name for p in victim.parent.iterdir()] == [".bashrc"]


@pytest.mark.parametrize("how", ["dotdot", "absolute", "dotdot-inside", "nul"])
def test_a_recorded_path_outside_the_blog_is_refused_even_with_force(
    tmp_path: Path, blog: Path, victim: Path, tsuji_home: Path, how: str
) -> None:
    path = {
        "dotdot": "../home/.bashrc",
        "absolute": str(victim),
        "dotdot-inside": "entry/../../home/.bashrc",
        "nul": "entry/x.md\x00../../home/.bashrc",
    }[how]
    proj = hostile_project(tmp_path, path, victim)
    for extra in ([], ["--force"]):
        r = tsuji("export", str(proj), "--to", str(blog), "--allow-untranslated", *extra, home=tsuji_home)
        if how == "nul":
            assert r.returncode == 2 and "Traceback" not in r.stderr and victim.read_text() == ""
        else:
            refused(r, victim)


@posix_only
def test_a_symlinked_entry_folder_leading_out_is_refused(
    tmp_path: Path, blog: Path, victim: Path, tsuji_home: Path
) -> None:
    (blog / "entry").symlink_to(victim.parent)
    proj = hostile_project(tmp_path, "entry/.bashrc", victim)
    r = tsuji("export", str(proj), "--to", str(blog), "--force", home=tsuji_home)
    refused(r, victim)
    fresh = tmp_path / "fresh.tsuji"  # no record at all: the profile's own entry/ path is refused too
    fresh.write_bytes(SAMPLE_PROJECT.read_bytes())
    r = tsuji("export", str(fresh), "--to", str(blog), home=tsuji_home)
    refused(r, victim)


@posix_only
def test_a_symlinked_post_leading_out_is_refused(
    tmp_path: Path, blog: Path, victim: Path, tsuji_home: Path
) -> None:
    (blog / "entry").mkdir()
    (blog / "entry" / "post.md").symlink_to(victim)
    proj = hostile_project(tmp_path, "entry/post.md", victim)
    r = tsuji("export", str(proj), "--to", str(blog), "--force", home=tsuji_home)
    refused(r, victim)


def test_a_path_inside_the_blog_still_works(tmp_path: Path, blog: Path, tsuji_home: Path) -> None:
    proj = hostile_project(tmp_path, "entry/2026/03/15/kept-here.md")
    r = tsuji("export", str(proj), "--to", str(blog), home=tsuji_home)
    assert r.returncode == 0, r.stderr
    assert (blog / "entry/2026/03/15/kept-here.md").is_file()
    saved = json.loads(proj.read_text("utf-8"))["exports"]["hatena"]
    assert saved["path"] == "entry/2026/03/15/kept-here.md" and saved["body_sha256"]
