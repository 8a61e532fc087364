from __future__ import annotations

import stat
from pathlib import Path

import pytest

from editor.assist import secrets
from editor.settings import Settings


def test_without_a_keyring_keys_go_to_a_private_file(tsuji_home: Path) -> None:
    where = secrets.set_key("deepl", "abc-123:fx")
    path = tsuji_home / "config" / "secrets.json"
    assert str(path) in where and "readable by you alone" in where
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secrets.get_key("deepl") == "abc-123:fx"
    assert secrets.where().endswith("(readable by you alone)")
    Settings.load().save()
    assert "abc-123" not in (tsuji_home / "config" / "settings.json").read_text("utf-8")
    secrets.set_key("deepl", "")
    assert secrets.get_key("deepl") == ""


def test_on_windows_the_note_says_why_the_file_is_private_and_no_mode_is_claimed(
    tsuji_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 0600 means nothing on Windows (it only sets the read-only flag): the key file is
    private there by living in the user's profile, and the note says that instead."""
    monkeypatch.setattr(secrets, "WINDOWS", True)
    changed: list[int] = []
    monkeypatch.setattr(Path, "chmod", lambda self, mode, **kw: changed.append(mode))
    where = secrets.set_key("deepl", "abc-123:fx")
    assert "in your Windows profile: other users of this computer cannot read it" in where
    assert "readable by you alone" not in secrets.where()
    assert changed == []  # no mode claimed: chmod would only touch the read-only flag there
    assert secrets.get_key("deepl") == "abc-123:fx"
    secrets.set_key("deepl", "new-key")  # and a second write still works
    assert secrets.get_key("deepl") == "new-key"
