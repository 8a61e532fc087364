"""Two costs of start-up that are not the window's own work (see docs/ARCHITECTURE.md, start-up;
``warm_start`` holds what one start keeps for the next).

- **The cyclic garbage collector** runs about sixty times while PySide6 builds its classes and
  enums and Tsuji's modules load (~13 ms measured), over objects that all live as long as the
  process. It is paused until the window's first paint and runs again right after it.
- **PySide6's look at every module imported after it** (for ``from __feature__ import …``): it
  asks ``inspect.getsource`` for the module's whole source, decoded and cached line by line,
  only to look for the word "PySide6" (~16 ms over the window's 77 modules). The same question
  is answered from the file's bytes, unread into the line cache; a module without a ``.py``
  file is left to PySide6's own answer.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

_paused = False


def pause_collector() -> None:
    """Until ``resume_collector``: nothing Tsuji builds before its first paint is garbage."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """The collector as it was before ``pause_collector`` (left alone if it was not paused)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def collector_paused() -> bool:
    return _paused


def quicker_feature_scan() -> bool:
    """PySide6's per-import source scan answered from bytes; False where PySide6 has no such scan
    (another version): then nothing is changed."""
    import shiboken6  # noqa: F401 - loads the feature module, as importing PySide6 would

    feature = sys.modules.get("shibokensupport.feature")
    theirs = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(theirs) or getattr(theirs, "tsuji_bytes", False):
        return False
    feature._mod_uses_pyside = _by_bytes(theirs)  # type: ignore[attr-defined]
    return True


def _by_bytes(theirs: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return theirs(module)
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return theirs(module)

    uses_pyside.tsuji_bytes = True  # type: ignore[attr-defined]
    return uses_pyside
