"""The end of start-up: the first paint of the draft column, which ``TSUJI_TRACE_START`` reports."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after ``widget`` is first painted: what the
    user sees has reached the screen by then."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        self._seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._then)
        return False


def report_and_close(window: QWidget) -> Callable[[], None]:
    """For ``benchmarks/window_bench.py``: the wall-clock time of the first paint on stderr,
    then the window closes (the measured run leaves nothing behind)."""

    def done() -> None:
        print(f"tsuji: first paint at {time.time():.6f}", file=sys.stderr, flush=True)
        window.close()

    return done
