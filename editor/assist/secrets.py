"""API keys: in the system keyring where one exists, else a file only the user can read.

Keys are never written to project files, exports or logs.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from editor.core.atomic import atomic_write
from editor.core.messages import Msg
from editor.core.paths import user_dirs

SERVICE = "tsuji"
WINDOWS = sys.platform == "win32"
"""There a file's mode bits mean nothing: the file is private by where it is (the user's profile,
whose access list shuts other users out), and the note says so instead of claiming 0600."""


def _file() -> Path:
    return user_dirs().config / "secrets.json"


def _keyring() -> object | None:
    if os.environ.get("TSUJI_NO_KEYRING"):
        return None
    try:
        import keyring

        if float(getattr(keyring.get_keyring(), "priority", 0)) <= 0:
            return None  # the "fail" backend: no keyring on this machine
        return keyring
    except Exception:  # no keyring package, or no backend on this machine
        return None


def where() -> Msg:
    """Where keys are kept, for the note shown beside the key field."""
    if _keyring() is not None:
        return Msg("the system keyring")
    return _file_note(_file())


def _file_note(path: Path) -> Msg:
    if WINDOWS:
        return Msg("{path} (in your Windows profile: other users of this computer cannot read it)", path=path)
    return Msg("{path} (readable by you alone)", path=path)


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def get_key(engine: str) -> str:
    kr = _keyring()
    if kr is not None:
        try:
            value = kr.get_password(SERVICE, engine)  # type: ignore[attr-defined]
            return value or ""
        except Exception:
            pass
    return _read_file().get(engine, "")


def set_key(engine: str, key: str) -> Msg:
    """Store the key; returns where it went."""
    kr = _keyring()
    if kr is not None:
        try:
            if key:
                kr.set_password(SERVICE, engine, key)  # type: ignore[attr-defined]
            else:
                kr.delete_password(SERVICE, engine)  # type: ignore[attr-defined]
            return Msg("the system keyring")
        except Exception:
            pass
    data = _read_file()
    if key:
        data[engine] = key
    else:
        data.pop(engine, None)
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data).encode("utf-8"), backup=False)
    if not WINDOWS:  # chmod there only sets the read-only flag
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return _file_note(path)
