"""A list view's place kept through a relayout of its rows.

The panes lay a long post out in batches of rows (``QListView.Batched``: the first paint does not
wait for every row). Any change of a row's height lays the rows out again from the first batch,
and while it runs the scroll bar's range is that of the rows laid out so far: a place further
down was cut to it, and the row being written in jumped out of sight (a post of 300 blocks, row
290 growing by a line). The place is taken back once the range holds it again."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar


class HeldScroll(QObject):
    def __init__(self, bar: QScrollBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._want: int | None = None
        """The place a shorter range cut, until the range holds it again or the view moves."""
        self._cut_to: int | None = None
        self.cutting = False
        """The last change of value was such a cut: the other pane, kept in step, is not cut too."""
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._value_changed)

    def _range_changed(self, _low: int, high: int) -> None:
        # emitted before the bar cuts its value to the new range: the value is still the old one
        place = self._want if self._want is not None else self._bar.value()
        if place > high:
            self._want, self._cut_to = place, high
        elif self._want is not None:
            self._want = None
            self._bar.setValue(place)

    def _value_changed(self, value: int) -> None:
        self.cutting = self._cut_to is not None and value == self._cut_to
        self._cut_to = None
        if not self.cutting:
            self._want = None  # the translator (or a jump) moved the view: that place is the one
