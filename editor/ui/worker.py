"""Run slow work off the GUI thread and deliver the answer back on it.

Each request gets an id; a newer request on the same channel makes older
answers stale, and stale answers are dropped. Work functions must not
touch Qt widgets: they take plain values and return plain values.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object, object)  # request id, result, error
    progress = Signal(int, object)  # request id, what the work reported


class _Job(QRunnable):
    def __init__(self, rid: int, fn: Callable[..., Any], relay: _Relay, reports: bool) -> None:
        super().__init__()
        self.rid, self.fn, self.relay, self.reports = rid, fn, relay, reports

    def _report(self, payload: object) -> None:
        self.relay.progress.emit(self.rid, payload)

    def run(self) -> None:
        try:
            result = self.fn(self._report) if self.reports else self.fn()
            error = None
        except Exception as e:  # delivered to the caller's error handler, never lost
            result, error = None, e
        self.relay.done.emit(self.rid, result, error)


class Worker(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.relay = _Relay(self)
        self.relay.done.connect(self._deliver)
        self.relay.progress.connect(self._progress)
        self._progress_handlers: dict[int, Callable[[Any], None]] = {}
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._handlers: dict[int, tuple[str, Callable[[Any], None], Callable[[Exception], None]]] = {}

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
        self.pool.start(_Job(rid, fn, self.relay, True))
        return rid

    def _progress(self, rid: int, payload: Any) -> None:
        handler = self._handlers.get(rid)
        on_progress = self._progress_handlers.get(rid)
        if handler is not None and on_progress is not None and self._latest.get(handler[0]) == rid:
            on_progress(payload)

    def cancel(self, channel: str) -> None:
        """Forget the channel's pending answer (the work itself runs out)."""
        self._latest.pop(channel, None)

    def busy(self, channel: str) -> bool:
        return channel in self._latest

    def _deliver(self, rid: int, result: Any, error: Any) -> None:
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
