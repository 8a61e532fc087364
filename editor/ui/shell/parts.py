"""The window's parts, named once: each feature (files, blocks, find, publishing, assist,
proofing, updater, memory builder) is a part that the actions call by name, that follows the
current block, that retranslates itself, and that may own docks (keyed by their Ctrl+Alt+N)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtWidgets import QDockWidget

T = TypeVar("T")


@runtime_checkable
class Part(Protocol):
    """What the window asks of every part; ``PartDefaults`` gives the ones a part has no use for."""

    def retranslate(self) -> None:
        """Texts in the interface's language (after View → Interface Language)."""
        ...

    def current_changed(self, row: int) -> None:
        """The current block is now ``row`` (-1: none)."""
        ...

    def docks(self) -> dict[int, QDockWidget]:
        """The docks this part shows, by the number of their Ctrl+Alt key."""
        ...


class PartDefaults:
    """No texts, no interest in the current block, no docks."""

    def retranslate(self) -> None:
        pass

    def current_changed(self, row: int) -> None:
        pass

    def docks(self) -> dict[int, QDockWidget]:
        return {}


class Parts:
    """The parts by name, some built on first use (after the first paint, or when an action asks)."""

    def __init__(self, on_built: Callable[[Part], None] = lambda _p: None) -> None:
        self._made: dict[str, Any] = {}
        self._later: dict[str, Callable[[], Any]] = {}
        self._early: list[str] = []
        self._on_built = on_built

    def add(self, name: str, part: T) -> T:
        self._made[name] = part
        return part

    def add_later(self, name: str, build: Callable[[], Any], *, early: bool = False) -> None:
        """A part built when first asked for; ``early``: or right after the first paint."""
        self._later[name] = build
        if early:
            self._early.append(name)

    def build_early(self) -> None:
        """Build the parts wanted soon after the first paint (docks the user sees)."""
        for name in self._early:
            _ = self[name]
        self._early.clear()

    def __getitem__(self, name: str) -> Any:
        """The part called ``name``, built now if it was not yet."""
        if name not in self._made:
            part = self._made[name] = self._later.pop(name)()
            if isinstance(part, Part):
                self._on_built(part)
        return self._made[name]

    def __contains__(self, name: str) -> bool:
        return name in self._made or name in self._later

    def built(self, name: str) -> Any | None:
        """The part if it has been built, else None (without building it)."""
        return self._made.get(name)

    def __iter__(self) -> Iterator[Part]:
        """The parts built so far that follow the window (retranslate, current block, docks)."""
        return (p for p in list(self._made.values()) if isinstance(p, Part))

    def retranslate(self) -> None:
        for part in self:
            part.retranslate()

    def current_changed(self, row: int) -> None:
        for part in self:
            part.current_changed(row)

    def docks(self) -> dict[int, QDockWidget]:
        out: dict[int, QDockWidget] = {}
        for part in self:
            out.update(part.docks())
        return dict(sorted(out.items()))
