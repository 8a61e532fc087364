"""Preferences and session state are two files; an older settings.json that held both still
gives the user their recent projects and window once, and a damaged file loses nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from editor.settings import Session, Settings


def test_preferences_and_session_are_kept_apart(tmp_path: Path) -> None:
    prefs = Settings.load(tmp_path / "settings.json")
    prefs.blog_dir, prefs.mt_timeout = "/blog", 12.5
    prefs.save()
    session = Session.load(prefs.session_path())
    session.add_recent(tmp_path / "a.tsuji")
    session.window_state = "AAAA"
    session.save()
    on_disk = json.loads((tmp_path / "settings.json").read_text("utf-8"))
    assert on_disk["blog_dir"] == "/blog" and "recent_files" not in on_disk and "window_state" not in on_disk
    kept = json.loads((tmp_path / "session.json").read_text("utf-8"))
    assert kept["recent_files"] == [str((tmp_path / "a.tsuji").resolve())] and "blog_dir" not in kept
    assert Settings.load(tmp_path / "settings.json").mt_timeout == 12.5
    assert Session.load(tmp_path / "session.json").window_state == "AAAA"


def test_an_older_settings_file_gives_its_session_once(tmp_path: Path) -> None:
    old = {"blog_dir": "/b", "recent_files": ["/x.tsuji"], "last_rows": {"/x.tsuji": 7}, "font_size": 13}
    (tmp_path / "settings.json").write_text(json.dumps(old), "utf-8")
    prefs = Settings.load(tmp_path / "settings.json")
    session = Session.load(prefs.session_path())
    assert (prefs.blog_dir, prefs.font_size) == ("/b", 13)
    assert session.recent_files == ["/x.tsuji"] and session.last_rows == {"/x.tsuji": 7}
    session.recent_files = []
    session.save()
    assert Session.load(prefs.session_path()).recent_files == []  # the new file wins from then on


def test_a_damaged_file_says_so_and_uses_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", "utf-8")
    (tmp_path / "session.json").write_text("[1, 2]", "utf-8")
    prefs = Settings.load(tmp_path / "settings.json")
    session = Session.load(tmp_path / "session.json")
    assert "could not be read" in prefs.problem and prefs.profile == "hatena"
    assert "damaged" in session.problem and session.recent_files == []


def test_wrong_types_keep_the_default(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"font_size": "big", "mt_timeout": 30}), "utf-8")
    prefs = Settings.load(tmp_path / "settings.json")
    assert prefs.font_size == 0 and prefs.mt_timeout == 30.0
