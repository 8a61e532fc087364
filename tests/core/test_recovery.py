"""Recovery copies of a killed session are offered back, whatever moment the kill came at."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.core import recovery


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_copy_of_a_killed_session_is_offered_with_what_it_belonged_to(tsuji_home: Path) -> None:
    here = recovery.write_recovery(b"project bytes", Path("/posts/harbour.tsuji"))
    pid = dead_pid()
    for suffix in (".tsuji", ".json"):
        here.with_suffix(suffix).rename(recovery.recovery_file(pid).with_suffix(suffix))
    (orphan,) = recovery.orphans()
    assert orphan.path == recovery.recovery_file(pid) and orphan.original == "/posts/harbour.tsuji"
    assert orphan.path.read_bytes() == b"project bytes" and orphan.saved_at > 0


def test_a_copy_whose_description_was_never_written_is_still_offered(tsuji_home: Path) -> None:
    # killed after the copy and before its description, or the description damaged
    for description in (None, b"{not json", b"[1, 2]"):
        copy = recovery.recovery_file(dead_pid())
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(b"the typed work")
        if description is not None:
            copy.with_suffix(".json").write_bytes(description)
        (orphan,) = recovery.orphans()
        assert orphan.path == copy and orphan.original == "" and orphan.saved_at > 0
        recovery.forget(orphan)
    assert recovery.orphans() == []


def test_the_running_sessions_own_copy_is_not_an_orphan(tsuji_home: Path) -> None:
    recovery.write_recovery(b"mine", None)
    assert recovery.orphans() == []
