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


class _Job(QRunnable):
    def __init__(self, rid: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.rid, self.fn, self.relay = rid, fn, relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
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
        self.pool.start(_Job(rid, fn, self.relay))
        return rid

    def cancel(self, channel: str) -> None:
        """Forget the channel's pending answer (the work itself runs out)."""
        self._latest.pop(channel, None)

    def busy(self, channel: str) -> bool:
        return channel in self._latest

    def _deliver(self, rid: int, result: Any, error: Any) -> None:
        handler = self._handlers.pop(rid, None)
        if handler is None or self._latest.get(handler[0]) != rid:
            return  # stale: a newer request replaced it, or it was cancelled
        channel, on_done, on_error = handler
        del self._latest[channel]
        if error is not None:
            on_error(error)
        else:
            on_done(result)
