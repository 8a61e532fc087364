"""Stores opened from several threads and processes at once, and a store held by another writer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from editor.assist.glossary import Glossary
from editor.assist.memory import Memory
from editor.core import store
from editor.core.units import Unit
from tests.conftest import ROOT

OPENER = """
import sys, time
from pathlib import Path
from editor.assist.memory import Memory
from editor.core.units import Unit
from tests.conftest import ROOT
go = float(sys.argv[2])
while time.time() < go:
    pass
Memory(Path(sys.argv[1])).add(Unit("text " + sys.argv[3], "訳"))
"""


def test_many_processes_open_a_new_memory_at_once(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite"
    go = time.time() + 1.5
    children = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path), str(go), str(n)], cwd=ROOT, stderr=subprocess.PIPE
        )
        for n in range(6)
    ]
    failures = [c.stderr.read().decode() for c in children if c.wait(60) != 0]  # type: ignore[union-attr]
    assert failures == []
    assert len(Memory(path)) == 6


def test_many_threads_open_a_new_memory_at_once(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite"
    errors: list[BaseException] = []
    opened: list[Memory] = []
    start = threading.Barrier(8)

    def open_one() -> None:
        start.wait()
        try:
            m = Memory(path)
            m.add(Unit(f"text {threading.get_ident()}", "訳"))
            opened.append(m)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(Memory(path)) == 8


def test_a_store_held_by_another_writer_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite"
    Glossary(path)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(store.StoreBusy, match="busy: another Tsuji is writing to it"):
            store.connect(path, "CREATE TABLE IF NOT EXISTS t (x);", wait=0.5)
    finally:
        holder.rollback()
        holder.close()
