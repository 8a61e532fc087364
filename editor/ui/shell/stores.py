"""The translation memory and the glossary, opened once for the window, by whichever thread
needs them first (suggestions, proofreading, export checks)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.assist.glossary import Glossary
    from editor.assist.memory import Memory


class Stores:
    """The memory and the glossary, opened once, by whichever thread needs them first. The
    modules load on first use: start-up does not pay for them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._memory: Memory | None = None
        self._glossary: Glossary | None = None

    def get(self) -> tuple[Memory, Glossary]:
        return self.memory(), self.glossary()

    def memory(self) -> Memory:
        with self._lock:
            if self._memory is None:
                from editor.assist.memory import Memory

                self._memory = Memory()
            return self._memory

    def glossary(self) -> Glossary:
        with self._lock:
            if self._glossary is None:
                from editor.assist.glossary import Glossary

                self._glossary = Glossary()
            return self._glossary
