"""An export profile read again at the next start comes from its JSON copy while the file is
unchanged, and from the file the moment it changes."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from editor.io.profiles import ProfileError, load_profile, save_profile
from editor.io.toml_cache import read_toml


def _no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> None:
        raise AssertionError("the TOML parser was asked")

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_a_file_read_before_is_read_from_its_copy(
    tsuji_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "blog.toml"
    f.write_text('title = "一つ目"\nmax = 80\ntags = ["a", "b"]\nflag = true\n', encoding="utf-8")
    first = read_toml(f)
    assert first == {"title": "一つ目", "max": 80, "tags": ["a", "b"], "flag": True}
    _no_parser(monkeypatch)
    assert read_toml(f) == first


def test_a_changed_file_is_read_again_even_at_the_same_size(
    tsuji_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "blog.toml"
    f.write_text("max = 80\n", encoding="utf-8")
    assert read_toml(f) == {"max": 80}
    st = f.stat()
    f.write_text("max = 90\n", encoding="utf-8")  # another program's edit, the same length
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))  # even with the old modification time
    assert read_toml(f) == {"max": 90}


def test_a_broken_or_foreign_copy_is_ignored(tsuji_home: Path, tmp_path: Path) -> None:
    f = tmp_path / "blog.toml"
    f.write_text("max = 80\n", encoding="utf-8")
    read_toml(f)
    (copy,) = (tsuji_home / "cache" / "toml").iterdir()
    copy.write_text('{"file": "', encoding="utf-8")  # cut off by a crash
    assert read_toml(f) == {"max": 80}
    g = tmp_path / "other" / "blog.toml"
    g.parent.mkdir()
    g.write_text("max = 70\n", encoding="utf-8")
    assert read_toml(g) == {"max": 70}  # the same name in another folder: a copy of its own
    assert read_toml(f) == {"max": 80}


def test_no_copy_where_none_can_be_written(tsuji_home: Path, tmp_path: Path) -> None:
    (tsuji_home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    f = tmp_path / "blog.toml"
    f.write_text("max = 80\n", encoding="utf-8")
    assert read_toml(f) == {"max": 80}
    assert read_toml(f) == {"max": 80}


def test_dates_are_read_but_not_copied(tsuji_home: Path, tmp_path: Path) -> None:
    f = tmp_path / "dated.toml"
    f.write_text("when = 2026-12-04\n", encoding="utf-8")
    assert str(read_toml(f)["when"]) == "2026-12-04"
    assert not (tsuji_home / "cache" / "toml").exists()


def test_a_profile_saved_in_the_window_is_the_one_loaded_next(
    tsuji_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = load_profile()
    profile.summary_max_chars = 64
    save_profile(profile)
    assert load_profile().summary_max_chars == 64
    with monkeypatch.context() as patched:
        _no_parser(patched)
        assert load_profile().summary_max_chars == 64
    path = tsuji_home / "config" / "profiles" / f"{profile.name}.toml"
    path.write_text(path.read_text("utf-8") + "nonsense =\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"profile .*hatena\.toml"):
        load_profile()
