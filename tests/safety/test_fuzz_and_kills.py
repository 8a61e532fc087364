"""Fuzzing the project loader, killing export-and-save at spread offsets, and two exports at once.

HYPOTHESIS_PROFILE=hunt runs the fuzz tests with 30,000 examples each.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor.core import project, recovery
from tests.cli.test_cli import tsuji
from tests.conftest import ROOT, SAMPLE_PROJECT, posix_only

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
SAMPLE = json.loads(SAMPLE_PROJECT.read_text("utf-8"))
PATHS = [("article", k) for k in SAMPLE["article"]] + [("blocks", 0, k) for k in SAMPLE["blocks"][0]]


def loads_or_typed_error(raw: bytes) -> None:
    with contextlib.suppress(project.ProjectError):  # a one-line message: the only failure allowed
        project.loads(raw)


@given(JSON)
def test_any_json_gives_a_project_or_a_typed_error(value: object) -> None:
    loads_or_typed_error(json.dumps(value).encode())


@given(st.sampled_from(PATHS), JSON)
def test_any_field_replaced_by_anything(path: tuple[object, ...], value: object) -> None:
    data = json.loads(json.dumps(SAMPLE))
    target = data
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    loads_or_typed_error(json.dumps(data).encode())


@given(st.binary(max_size=300))
def test_any_bytes(raw: bytes) -> None:
    loads_or_typed_error(raw)


EXPORTER = """
import sys, time
from pathlib import Path
from editor.core import edits, project, recovery
from editor.io.profiles import load_profile
from editor.io.publish import export_to_blog
proj_path, blog = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
i = 0
while True:
    i += 1
    with recovery.exclusive(proj_path):
        proj = project.load(proj_path)
        proj.article.blocks[0].draft = "版 %d " % i + "長い訳文。" * 20000
        written = export_to_blog(proj.article, load_profile("hatena"), blog, force=False)
        edits.record_export(proj.article, "hatena", written.record).apply(proj.article)
        project.save(proj)
"""


@posix_only
def test_killed_between_export_and_save_the_next_export_needs_no_force(
    tmp_path: Path, tsuji_home: Path
) -> None:
    """Twelve kills at spread offsets into a loop of export then save (posts of about 1 MB)."""
    blog = tmp_path / "blog"
    blog.mkdir()
    proj = tmp_path / "p.tsuji"
    shutil.copy(SAMPLE_PROJECT, proj)
    env_home = {"TSUJI_HOME": str(tsuji_home)}
    for n in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", EXPORTER, str(proj), str(blog)],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env={**__import__("os").environ, **env_home},
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(0.2 + 0.061 * n)
        child.send_signal(signal.SIGKILL)
        child.wait()
        project.load(proj)  # the project always loads
        r = tsuji("export", str(proj), "--to", str(blog), home=tsuji_home)  # and no --force is needed
        assert r.returncode == 0, r.stderr
    leftovers = [p.name for p in (*tmp_path.iterdir(), *blog.rglob("*")) if p.name.endswith(".tmp")]
    assert leftovers == []
    assert [p.name for p in blog.rglob("*.md")] == ["veloria-blinks-the-harbor-talks-are-back-on.md"]


def test_two_exports_with_different_profiles_at_once_keep_both_records(
    tmp_path: Path, tsuji_home: Path
) -> None:
    blog = tmp_path / "blog"
    blog.mkdir()
    for _round in range(3):
        proj = tmp_path / "p.tsuji"
        shutil.copy(SAMPLE_PROJECT, proj)
        env = {**__import__("os").environ, "TSUJI_HOME": str(tsuji_home)}
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "editor.cli",
                    "export",
                    str(proj),
                    "--to",
                    str(blog),
                    "--profile",
                    name,
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for name in ("hatena", "markdown")
        ]
        for c in children:
            assert c.wait(60) == 0, c.stderr.read() if c.stderr else ""
        records = json.loads(proj.read_text("utf-8"))["exports"]
        assert set(records) == {"hatena", "markdown"}
        for p in list(blog.rglob("*.md")):
            p.unlink()


def test_a_lock_being_written_is_waited_for_and_a_stale_one_taken_over(tmp_path: Path) -> None:
    """Another process has created the lock (O_EXCL) but not yet written its pid: that is a
    writer, not a leftover; an empty lock from long ago is a leftover."""
    import os
    import time

    import pytest

    proj = tmp_path / "p.tsuji"
    shutil.copy(SAMPLE_PROJECT, proj)
    lock = recovery.lock_path(proj)
    lock.write_bytes(b"")  # created this instant, its owner not written yet
    with (
        pytest.raises(recovery.ProjectBusy, match="being opened by another Tsuji"),
        recovery.exclusive(proj, wait=0.3),
    ):
        pass
    assert lock.exists()  # never taken from under the other writer
    old = time.time() - 60
    os.utime(lock, (old, old))  # a minute old and still empty: its writer is gone
    with recovery.exclusive(proj, wait=0.3):
        assert json.loads(lock.read_text("utf-8"))["pid"] == os.getpid()
    assert not lock.exists()


def test_a_command_leaves_alone_a_lock_that_is_no_longer_its_own(tmp_path: Path) -> None:
    """If another process took the lock over (it judged ours stale), ending our work must not
    remove the other's lock and let a third writer in."""
    import os

    proj = tmp_path / "p.tsuji"
    shutil.copy(SAMPLE_PROJECT, proj)
    lock = recovery.lock_path(proj)
    theirs = json.dumps({"pid": os.getppid(), "host": "elsewhere", "since": 1.0})
    with recovery.exclusive(proj, wait=0.3):
        assert json.loads(lock.read_text("utf-8"))["pid"] == os.getpid()  # never seen empty
        lock.write_text(theirs, "utf-8")
    assert lock.read_text("utf-8") == theirs
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".new")] == []
