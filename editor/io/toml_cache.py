"""A TOML file's parsed contents, kept as JSON beside the user's caches.

Python's TOML parser costs ~14 ms to import (its regular expressions and ``datetime``); the
window needs the export profile before its first paint (the summary's character limit), so a
file read before is read again from its JSON copy while the file is unchanged: the same size,
modification and change times and file number, as Python itself trusts a ``.pyc``. A copy that
is missing, unreadable or of another file is ignored and written again; one that cannot be
written (a read-only or full disk) is simply not kept. Values JSON cannot hold (TOML dates)
are never cached.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from pathlib import Path
from typing import Any

from editor.core.atomic import replace_file
from editor.core.paths import user_dirs


def read_toml(path: Path) -> dict[str, Any]:
    """The file's table. Raises OSError, or ValueError for a file that is not UTF-8 TOML."""
    stamp = _stamp(path)  # taken before the read: a file changed meanwhile is read again next time
    file = str(path.resolve())
    copy = user_dirs().cache / "toml" / f"{path.stem[:40]}-{zlib.crc32(file.encode()):08x}.json"
    kept = _kept(copy, file, stamp)
    if kept is not None:
        return kept
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    _keep(copy, file, stamp, data)
    return data


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _kept(copy: Path, file: str, stamp: list[int]) -> dict[str, Any] | None:
    try:
        held = json.loads(copy.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(held, dict) or held.get("file") != file or held.get("stamp") != stamp:
        return None
    data = held.get("data")
    return data if isinstance(data, dict) else None


def _keep(copy: Path, file: str, stamp: list[int], data: dict[str, Any]) -> None:
    try:
        text = json.dumps({"file": file, "stamp": stamp, "data": data}, ensure_ascii=False)
    except (TypeError, ValueError):
        return  # a date or time: TOML has them, JSON has not
    with contextlib.suppress(OSError):  # a read-only or full disk: the file is parsed next time too
        copy.parent.mkdir(parents=True, exist_ok=True)
        replace_file(copy, text.encode("utf-8"))  # never half a copy, even with two Tsujis starting
