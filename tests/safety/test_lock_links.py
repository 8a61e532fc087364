"""A lock never writes through a link: links planted where Tsuji puts its lock file, or the
temporary file it makes the lock from, leave the files they point to as they were."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from editor.core import recovery
from tests.conftest import SAMPLE_PROJECT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX symbolic links")

PRECIOUS = b"someone else's file\n"


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    project = tmp_path / "p.tsuji"
    project.write_bytes(SAMPLE_PROJECT.read_bytes())
    victim = tmp_path / "elsewhere" / "victim.txt"
    victim.parent.mkdir()
    victim.write_bytes(PRECIOUS)
    return project, victim


def test_opening_a_project_never_writes_through_a_planted_lock_link(tmp_path: Path) -> None:
    project, victim = _setup(tmp_path)
    lock = recovery.lock_path(project)
    lock.symlink_to(victim)
    holder = recovery.LockFile(project)
    holder.acquire()  # what opening the project in the window does
    assert victim.read_bytes() == PRECIOUS
    assert not lock.is_symlink() and b'"pid"' in lock.read_bytes()
    holder.release()
    assert victim.read_bytes() == PRECIOUS


def test_a_command_never_writes_through_planted_links(tmp_path: Path) -> None:
    project, victim = _setup(tmp_path)
    lock = recovery.lock_path(project)
    planted = lock.with_name(f"{lock.name}.{os.getpid()}.new")  # the name the lock is made under
    planted.symlink_to(victim)
    with recovery.exclusive(project, wait=2):
        assert victim.read_bytes() == PRECIOUS
        assert lock.exists() and not lock.is_symlink()
    assert victim.read_bytes() == PRECIOUS and not lock.exists()
    lock.symlink_to(victim)  # a link where the lock goes: no lock of a live Tsuji, taken over
    with recovery.exclusive(project, wait=2):
        assert not lock.is_symlink()
    assert victim.read_bytes() == PRECIOUS
