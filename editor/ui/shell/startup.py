"""Three costs of start-up that are not the window's own work (see docs/ARCHITECTURE.md, start-up).

- **PySide6 compiles its own support modules from source at every start** (the signature and
  feature modules it carries inside its library as a zip of ``.py`` files: 14 modules, ~40 ms
  measured, about a tenth of a bare PySide6 window's start). While ``shiboken6`` is first
  imported, those compilations are answered from the code a start before compiled, kept in
  the cache folder as Python keeps a module's ``.pyc``: each with the exact source it was
  compiled from, under its file name and compiler flags, in a file marked with Python's bytecode
  version, so that other source (another PySide6) or another Python compiles afresh. A missing,
  cut-off or foreign file is compiled again; one that cannot be written (a read-only or full
  disk) is not kept.

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
import __future__

import builtins
import contextlib
import gc
import marshal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from editor.core.atomic import replace_file

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


SUPPORT_NAMES = ("shibokensupport/", "signature_bootstrap.py")
"""The file names PySide6 gives the support modules it compiles from its embedded zip."""
_FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag


@contextlib.contextmanager
def support_code_kept(bundle: Path) -> Iterator[None]:
    """While the block runs (the first ``import shiboken6``), ``compile`` of a support module is
    answered from ``bundle`` where it holds that module's code; what had to be compiled is kept
    there for the next start, with the code used this time only (a new PySide6's replaces an
    old one's). Any other compilation is Python's own, with the flags it would have had."""
    import importlib.util

    version = importlib.util.MAGIC_NUMBER
    kept = _read_bundle(bundle, version)
    used: dict[str, tuple[bytes, CodeType]] = {}
    missed = False
    theirs = builtins.compile

    def compile_kept(
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        nonlocal missed
        if not dont_inherit:  # the caller's future imports, as Python's compile takes them
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        plain = mode == "exec" and optimize == -1 and not more and not flags & ~_FUTURE_FLAGS
        if not (plain and isinstance(source, str | bytes) and str(filename).startswith(SUPPORT_NAMES)):
            return theirs(source, filename, mode, flags, True, optimize, **more)
        text = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
        key = f"{flags}:{filename}"
        held = kept.get(key)
        code = held[1] if held is not None and held[0] == text else None
        if code is None:
            code = theirs(source, filename, mode, flags, True, optimize)
            missed = True
        used[key] = (text, code)
        return code

    builtins.compile = compile_kept
    try:
        yield
    finally:
        if builtins.compile is compile_kept:
            builtins.compile = theirs
        if missed:
            with contextlib.suppress(OSError, ValueError):  # read-only or full: compiled next time too
                bundle.parent.mkdir(parents=True, exist_ok=True)
                replace_file(bundle, version + marshal.dumps(used))


def _read_bundle(bundle: Path, version: bytes) -> dict[str, tuple[bytes, CodeType]]:
    try:
        data = bundle.read_bytes()
    except OSError:
        return {}
    if not data.startswith(version):
        return {}  # another Python's bytecode
    try:
        held = marshal.loads(data[len(version) :])
    except (EOFError, ValueError, TypeError):
        return {}  # cut off or not a bundle
    if not isinstance(held, dict):
        return {}
    return {
        k: v
        for k, v in held.items()
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], bytes) and isinstance(v[1], CodeType)
    }
