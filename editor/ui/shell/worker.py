"""Run slow work off the GUI thread and deliver the answer back on it.

Each request gets an id; a newer request on the same channel makes older
answers stale, and stale answers are dropped. Work functions must not
touch Qt widgets: they take plain values and return plain values.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object, object)  # request id, result, error
    progress = Signal(int, object)  # request id, what the work reported


class _Job(QRunnable):
    def __init__(self, rid: int, fn: Callable[..., Any], relay: _Relay, reports: bool) -> None:
        super().__init__()
        self.rid, self.relay, self.reports = rid, relay, reports
        self.fn: Callable[..., Any] | None = fn

    def _report(self, payload: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window has been closed
            self.relay.progress.emit(self.rid, payload)

    def run(self) -> None:
        fn, self.fn = self.fn, None  # the Worker holds the other reference, released on delivery
        try:
            assert fn is not None
            result = fn(self._report) if self.reports else fn()
            error = None
        except Exception as e:  # delivered to the caller's error handler, never lost
            result, error = None, e
        del fn  # before the answer goes: the GUI thread may drop its reference right after
        with contextlib.suppress(RuntimeError):  # the window that asked has been closed
            self.relay.done.emit(self.rid, result, error)


class Worker(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The application's pool, not one owned by this object: a pool destroyed with its owner
        # waits for running work while holding Python's lock, which that work needs (a deadlock).
        self.pool = QThreadPool.globalInstance()
        self.pool.setMaxThreadCount(2)
        self.relay = _Relay(self)
        self.relay.done.connect(self._deliver)
        self.relay.progress.connect(self._progress)
        self._progress_handlers: dict[int, Callable[[Any], None]] = {}
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._handlers: dict[int, tuple[str, Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._work: dict[int, Callable[..., Any]] = {}
        """Each request's function, until its answer is delivered: the last reference to it (and to
        what it holds, such as an Event whose method is a slot) must go on the GUI thread, never
        in a pool thread, where PySide would disconnect a Qt connection and crash."""

    def submit(
        self,
        channel: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> int:
        rid = next(self._ids)
        self._latest[channel] = rid
        self._handlers[rid] = (channel, on_done, on_error)
        self._work[rid] = fn
        self.pool.start(_Job(rid, fn, self.relay, False))
        return rid

    def submit_with_progress(
        self,
        channel: str,
        fn: Callable[[Callable[[object], None]], Any],
        on_progress: Callable[[Any], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> int:
        """Like ``submit``; ``fn`` gets a ``report`` function whose payloads reach
        ``on_progress`` on the GUI thread while the request is current."""
        rid = next(self._ids)
        self._latest[channel] = rid
        self._handlers[rid] = (channel, on_done, on_error)
        self._progress_handlers[rid] = on_progress
        self._work[rid] = fn
        self.pool.start(_Job(rid, fn, self.relay, True))
        return rid

    def _progress(self, rid: int, payload: Any) -> None:
        handler = self._handlers.get(rid)
        on_progress = self._progress_handlers.get(rid)
        if handler is not None and on_progress is not None and self._latest.get(handler[0]) == rid:
            on_progress(payload)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Forget every answer and wait for the running work to end. The pool's own destructor
        would wait holding Python's lock, which the work needs to finish: a deadlock."""
        self._latest.clear()
        deadline = time.monotonic() + timeout
        while self.pool.activeThreadCount() and time.monotonic() < deadline:
            time.sleep(0.01)  # releases Python's lock: the work can finish

    def cancel(self, channel: str) -> None:
        """Forget the channel's pending answer (the work itself runs out)."""
        self._latest.pop(channel, None)

    def busy(self, channel: str) -> bool:
        return channel in self._latest

    def _deliver(self, rid: int, result: Any, error: Any) -> None:
        work = self._work.pop(rid, None)  # released here, on the GUI thread
        try:
            self._answer(rid, result, error)
        finally:
            del work

    def _answer(self, rid: int, result: Any, error: Any) -> None:
        handler = self._handlers.pop(rid, None)
        self._progress_handlers.pop(rid, None)
        if handler is None or self._latest.get(handler[0]) != rid:
            return  # stale: a newer request replaced it, or it was cancelled
        channel, on_done, on_error = handler
        del self._latest[channel]
        if error is not None:
            on_error(error)
        else:
            on_done(result)
