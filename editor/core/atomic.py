"""Atomic file writes with a backup of the previous version.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, and only then replaces the target with ``os.replace``: a crash or a
full disk at any point leaves either the old file or the new one, never half
of either.

The replacement keeps what an editor is expected to keep: the file's mode (a new
file gets the user's umask, not mkstemp's 0600), and a symlink stays a link (the
write goes to its target). Temporary files are named with the writer's pid, so one
left by a killed writer is recognised and removed by the next write.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import threading
from pathlib import Path

from editor.core.processes import alive

_umask_lock = threading.Lock()


def _umask() -> int:
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def clean_stale_temps(path: Path, only: str = "") -> int:
    """Remove temporary files of ``path`` whose writer has died; how many were removed."""
    removed = 0
    found = [path.parent / only] if only else path.parent.glob(f".{glob.escape(path.name)}.*.tmp")
    for tmp in found:
        if tmp.is_symlink() or not tmp.name.startswith(f".{path.name}."):
            continue
        parts = tmp.name[len(path.name) + 2 :].split(".")
        if parts and parts[0].isdigit() and int(parts[0]) != os.getpid() and not alive(int(parts[0])):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed += 1
    return removed


MAX_SWEEP = 200_000
"""Files looked at when a folder tree is swept for stale temporary files."""


def clean_stale_temps_under(folder: Path) -> int:
    """Remove every temporary file Tsuji left under ``folder`` when killed mid-write (its writer
    is dead); how many were removed. Links are not followed."""
    removed, seen = 0, 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".git")]
        for name in files:
            seen += 1
            if seen > MAX_SWEEP:
                return removed
            if name.startswith(".") and name.endswith(".tmp"):
                removed += clean_stale_temps(Path(root) / _target_of(name), only=name)
    return removed


def _target_of(temp_name: str) -> str:
    """``.post.md.1234.abcd.tmp`` → ``post.md`` (what the temporary file was written for)."""
    parts = temp_name[1:].split(".")  # name…, pid, mkstemp's random part, "tmp"
    if len(parts) >= 4 and parts[-3].isdigit():
        return ".".join(parts[:-3])
    return temp_name


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _write_temp(folder: Path, stem: str, data: bytes, mode: int = 0o600) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.{os.getpid()}.", suffix=".tmp", dir=folder)
    try:
        if mode != 0o600 and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
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


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
"""Opening a path never follows a link planted there (0 where the system has no such flag)."""


def write_new(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Create ``path`` (a lock, a temporary file) and write ``data`` to it, never through a link:
    O_EXCL|O_NOFOLLOW. Something already there (a link another user planted, a leftover of ours)
    is removed first when ``replace``; else FileExistsError."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | getattr(os, "O_BINARY", 0)
    for attempt in (1, 2):
        try:
            fd = os.open(path, flags, 0o644)
        except FileExistsError:
            if not replace or attempt == 2:
                raise
            Path(path).unlink()  # a link is removed itself; what it points to is untouched
            continue
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        return


def replace_file(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` atomically without following a link at ``path`` (a lock file:
    unlike a project, it is never written through a link, so a link planted there cannot make
    Tsuji overwrite another file)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)  # replaces a link at ``path`` itself
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def atomic_write(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` with ``data``; keep the old content as ``path.bak``."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # write through the link, as editors do
    folder = path.parent
    clean_stale_temps(path)
    mode = _mode_for(path)
    try:
        tmp = _write_temp(folder, path.name, data, mode)
    except OSError as e:
        if e.filename:
            raise
        raise OSError(e.errno, e.strerror, str(path)) from e  # "No space left on device" names the file
    try:
        if backup and path.exists():
            old = path.read_bytes()
            bak = _write_temp(folder, path.name, old, mode)
            os.replace(bak, backup_path(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
