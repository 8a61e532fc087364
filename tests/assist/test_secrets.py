from __future__ import annotations

import stat
from pathlib import Path

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
