"""What Tsuji wrote where: lets an export recognise its own last output by content.

The project file remembers the last export, but a save can fail after the post was
written (a read-only folder, a kill, a second Tsuji). The log, in the user's data
folder (so a project file from elsewhere cannot forge it), keeps the body hashes
Tsuji wrote to each path, the last ``KEEP`` of them.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from editor.core.paths import user_dirs

KEEP = 50


def _log(target: Path) -> Path:
    key = hashlib.sha256(str(target.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return user_dirs().data / "exports" / f"{key}.log"


def remember(target: Path, body_hash: str) -> None:
    """Record before writing: a crash after this line leaves a file Tsuji knows as its own."""
    log = _log(target)
    log.parent.mkdir(parents=True, exist_ok=True)
    lines = [*_read(log)[-(KEEP - 1) :], body_hash]
    with contextlib.suppress(OSError), log.open("a", encoding="ascii") as f:
        f.write(body_hash + "\n")
    if len(lines) >= KEEP:
        with contextlib.suppress(OSError):
            log.write_text("\n".join(lines) + "\n", "ascii")


def wrote(target: Path, body_hash: str) -> bool:
    return body_hash in _read(_log(target))


def _read(log: Path) -> list[str]:
    try:
        return [line for line in log.read_text("ascii", "replace").split("\n") if len(line) == 64]
    except OSError:
        return []
