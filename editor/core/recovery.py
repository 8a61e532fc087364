"""Lock files and crash-recovery files (no Qt).

A lock file beside a project says which Tsuji process has it open, so a
second one can warn. Documents without a file of their own are autosaved
to the recovery folder; whatever is left there by a process that no longer
runs is offered back at the next start.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.core.atomic import atomic_write, replace_file, write_new
from editor.core.messages import Msg
from editor.core.paths import user_dirs
from editor.core.processes import alive, host_name


@dataclass
class LockOwner:
    """The Tsuji that has a project open: its process, machine and since when."""

    pid: int
    host: str
    since: float


def lock_path(project: Path) -> Path:
    return project.with_name(f".~lock.{project.name}#")


class LockFile:
    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self.held = False

    def owner(self) -> LockOwner | None:
        """Another live Tsuji that has the project open, if any."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            owner = LockOwner(int(data["pid"]), str(data["host"]), float(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if owner.host == host_name() and (owner.pid == os.getpid() or not alive(owner.pid)):
            return None
        return owner

    def acquire(self) -> None:
        data = {"pid": os.getpid(), "host": host_name(), "since": time.time()}
        with contextlib.suppress(OSError):
            replace_file(self.path, json.dumps(data).encode())
            self.held = True

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                data = json.loads(self.path.read_text("utf-8"))
                if data.get("pid") == os.getpid():
                    self.path.unlink()
            self.held = False


class ProjectBusy(OSError):
    """Another live Tsuji holds the project."""


FRESH_LOCK_S = 2.0
"""A lock file younger than this whose owner cannot be read yet is being written, not stale (only
where the lock is made with O_EXCL, see _create_lock)."""


def _being_written(path: Path) -> bool:
    """Another process created the lock file (O_EXCL) this instant and has not written its pid
    yet: taking the lock over now would let two writers in at once."""
    try:
        info = path.stat()
        text = path.read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return not text.endswith("}") and time.time() - info.st_mtime < FRESH_LOCK_S


@contextlib.contextmanager
def exclusive(project: Path, wait: float = 30.0) -> Iterator[None]:
    """Hold the project's lock file for a load-change-save, waiting up to ``wait`` seconds
    for another Tsuji (a window, a second command) to let go; a dead holder's lock is taken over."""
    path = lock_path(project)
    data = json.dumps({"pid": os.getpid(), "host": host_name(), "since": time.time()}).encode()
    deadline = time.monotonic() + wait
    while True:
        try:
            _create_lock(path, data)
            break
        except FileExistsError:
            owner = LockFile(project).owner()
            if owner is None and not _being_written(path):
                with contextlib.suppress(OSError):
                    path.unlink()  # left by a process that is gone
                continue
            if time.monotonic() > deadline:
                if owner is None:
                    raise ProjectBusy(
                        Msg("{project} is being opened by another Tsuji", project=project)
                    ) from None
                raise ProjectBusy(
                    Msg(
                        "{project} is open in another Tsuji (process {pid} on {host}); close it "
                        "there, or wait for it to finish",
                        project=project,
                        pid=owner.pid,
                        host=owner.host,
                    )
                ) from None
            time.sleep(0.1)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if path.read_bytes() == data:  # ours still (never another's that took a stale one over)
                path.unlink()


def _create_lock(path: Path, data: bytes) -> None:
    """Create the lock file with its content in one step, or raise FileExistsError: it is written
    beside the lock and hard-linked into place, so no other process ever reads it half written.
    Where hard links are not supported (FAT, some network shares): O_EXCL, then the content."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.new")
    try:
        write_new(tmp, data)
        try:
            os.link(tmp, path)  # a link planted at ``path`` exists: FileExistsError, as a lock
        except FileExistsError:
            raise
        except OSError:
            write_new(path, data, replace=False)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()  # removes a planted link itself, never what it points to


@dataclass
class Orphan:
    """A recovery copy no running Tsuji owns: work another Tsuji left behind."""

    path: Path
    """The recovery copy (a project file)."""
    original: str
    """The project it belonged to, or "" for an untitled document."""
    saved_at: float


def recovery_dir() -> Path:
    return user_dirs().recovery


def recovery_file(pid: int | None = None) -> Path:
    return recovery_dir() / f"session-{pid or os.getpid()}.tsuji"


def write_recovery(data: bytes, original: Path | None) -> Path:
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = recovery_file()
    # What the copy is first, then the copy: a process killed between the two leaves a described
    # copy (the previous one, or none yet), never a copy nobody would offer back.
    meta = {"original": str(original or ""), "pid": os.getpid(), "saved_at": time.time()}
    atomic_write(target.with_suffix(".json"), json.dumps(meta).encode(), backup=False)
    atomic_write(target, data, backup=False)
    return target


def discard_recovery() -> None:
    for p in (recovery_file(), recovery_file().with_suffix(".json")):
        with contextlib.suppress(OSError):
            p.unlink()


def orphans() -> list[Orphan]:
    """Recovery copies left by Tsuji processes that are no longer running."""
    found: list[Orphan] = []
    folder = recovery_dir()
    if not folder.is_dir():
        return found
    for copy in sorted(folder.glob("session-*.tsuji")):
        try:
            pid = int(copy.stem.removeprefix("session-"))
            saved_at = copy.stat().st_mtime
        except (OSError, ValueError):
            continue
        meta: dict[str, object] = {}
        with contextlib.suppress(OSError, ValueError):
            read = json.loads(copy.with_suffix(".json").read_text("utf-8"))
            meta = read if isinstance(read, dict) else {}
        if pid == os.getpid() or alive(pid):
            continue
        # a copy whose description is missing or damaged is still offered, as untitled
        when = meta.get("saved_at")
        if isinstance(when, (int, float)):
            saved_at = float(when)
        found.append(Orphan(copy, str(meta.get("original", "")), saved_at))
    return found


def forget(orphan: Orphan) -> None:
    for p in (orphan.path, orphan.path.with_suffix(".json")):
        with contextlib.suppress(OSError):
            p.unlink()
