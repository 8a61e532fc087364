"""Atomic file writes with a backup of the previous version.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, and only then replaces the target with ``os.replace``: a crash or a
full disk at any point leaves either the old file or the new one, never half
of either.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _write_temp(folder: Path, stem: str, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
    return Path(tmp)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` with ``data``; keep the old content as ``path.bak``."""
    path = Path(path)
    folder = path.parent
    tmp = _write_temp(folder, path.name, data)
    try:
        if backup and path.exists():
            old = path.read_bytes()
            bak = _write_temp(folder, path.name, old)
            os.replace(bak, backup_path(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
