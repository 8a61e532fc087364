"""Opening Tsuji's SQLite stores (memory, glossary, MT cache) safely from several places at once.

Two Tsuji processes, or two threads of one, may open a store together. SQLite's
busy timeout covers ordinary reads and writes, but not switching a new database
to WAL or creating its schema while another connection does the same: those fail
at once with "database is locked". ``connect`` retries them until ``wait`` runs out,
then raises ``StoreBusy`` with a message for the user.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from editor.core.messages import Msg


class StoreBusy(RuntimeError):
    """Another Tsuji holds the store for longer than we could wait."""


class StoreUnavailable(RuntimeError):
    """The store cannot be opened: a read-only or full data folder, a damaged file, a folder where
    the file should be. The message names the store and its place."""


def is_busy(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error).lower()


def busy_message(path: Path) -> str:
    return f"{path.name} is busy: another Tsuji is writing to it; try again when it has finished"


def connect(path: Path, schema: str, *, wait: float = 30.0) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    delay = 0.02
    while True:
        db = sqlite3.connect(path, check_same_thread=False, timeout=max(1.0, wait))
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(schema)
            db.commit()
            return db
        except sqlite3.OperationalError as e:
            db.close()
            if not is_busy(e):
                raise
            if time.monotonic() > deadline:
                raise StoreBusy(busy_message(path)) from e
            time.sleep(delay)
            delay = min(0.5, delay * 2)


class Store:
    """One of the user's SQLite files (memory, glossary, machine translations): opened with
    ``connect``, its folder made, used under one lock by whichever thread asks."""

    SCHEMA = ""
    WHAT = Msg("the store")
    """What the user knows this store as, for messages (a template: the window translates it)."""

    def __init__(self, path: Path, *, reentrant: bool = False) -> None:
        self.path = path
        self._lock: threading.Lock | threading.RLock = threading.RLock() if reentrant else threading.Lock()
        try:
            self.db = connect(self.path, self.SCHEMA)
        except StoreBusy:
            raise
        except (OSError, sqlite3.DatabaseError) as e:
            reason: str = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            if isinstance(e, FileExistsError | NotADirectoryError):
                reason = Msg("{folder} is a file, not a folder", folder=path.parent)
            raise StoreUnavailable(
                Msg("{what} cannot be used ({path}): {reason}", what=self.WHAT, path=path, reason=reason)
            ) from e

    def close(self) -> None:
        with self._lock:
            self.db.close()
