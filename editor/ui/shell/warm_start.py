"""What one start of the window keeps for the next (see docs/ARCHITECTURE.md, start-up).

Three kinds of work a start repeats although their result depends only on text that does not
change between starts, kept in the cache folder as Python keeps a module's ``.pyc``:

- **PySide6's support modules**, which PySide6 carries inside its library as a zip of ``.py``
  files and compiles from source at every start (14 modules, ~40 ms measured, about a tenth of
  a bare PySide6 window's start). While ``shiboken6`` is first imported, those compilations are
  answered from code kept with the exact source it was compiled from, under its file name and
  compiler flags, in a file marked with Python's bytecode version: other source (another
  PySide6) or another Python compiles afresh.
- **The tables of regular expressions** compiled while the window is built (PySide6's signature
  parser's three long patterns alone take ~35 ms; ~50 patterns in all): Python's ``re`` parses a
  pattern and computes its matching code in Python each time a process first compiles it. The
  code is kept with the pattern and its flags, in a file marked with the Python and ``re``
  engine it was computed by, and handed to the engine (which checks it) at the next start.
- **The methods of dataclasses**: ``dataclasses`` writes a class's ``__init__``, ``__repr__``,
  ``__eq__``… as source and Python compiles each (57 before the first paint, ~20 ms). The code
  is kept with the source it was compiled from and used when a class asks for the same.

A missing, cut-off or foreign file costs the work again; one that cannot be written (a
read-only or full disk) is not kept. Support code is kept for what a start used only (a new
PySide6's replaces an old one's). Regular expressions differ with the document opened (one
with links and emphasis brings the Markdown parser's ~50 patterns), so the tables a start used
are kept with those kept before, up to ``MAX_TABLES``: alternating between two posts computes
nothing again. Dataclass methods are kept the same way, up to ``MAX_METHODS``.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import marshal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from editor.core.atomic import replace_file


def folder() -> Path:
    """Where a start's work is kept for the next."""
    from editor.core.paths import user_dirs

    return user_dirs().cache / "start-up"


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
            _write(bundle, version, used)


def _read_bundle(bundle: Path, version: bytes) -> dict[str, tuple[bytes, CodeType]]:
    return {
        k: v
        for k, v in _read(bundle, version).items()
        if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], bytes) and isinstance(v[1], CodeType)
    }


DATACLASS_STAMP = b"dataclasses\0"
MAX_METHODS = 400
"""Dataclass methods kept at most (~1 kB each)."""


@contextlib.contextmanager
def dataclass_code_kept(bundle: Path) -> Iterator[None]:
    """While the block runs, a method ``dataclasses`` writes as source (a class's ``__init__``,
    ``__repr__``, ``__eq__``…: Python compiles each, ~0.35 ms, 57 of them before the window's
    first paint) is built from the code ``bundle`` holds for the same source; what had to be
    compiled is kept there for the next start, with the earlier starts' up to ``MAX_METHODS``.
    ``dataclasses`` runs the source with ``exec``, looked up in its module before the builtins;
    the code is compiled as that ``exec`` compiles it (file "<string>", no future flags: the
    module has none), in a file marked with Python's bytecode version."""
    import dataclasses
    import importlib.util

    if "exec" in vars(dataclasses):  # someone else's hook: left alone
        yield
        return
    stamp = importlib.util.MAGIC_NUMBER + DATACLASS_STAMP
    kept = _read(bundle, stamp)
    used: dict[str, CodeType] = {}
    missed = False

    def exec_kept(source: Any, globals: Any = None, locals: Any = None, /, **more: Any) -> None:
        nonlocal missed
        if globals is None:  # the caller's namespaces, as ``exec`` takes them without any
            caller = sys._getframe(1)
            globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
        if not isinstance(source, str) or more:
            return builtins.exec(source, globals, locals, **more)
        code = kept.get(source)
        if not isinstance(code, CodeType):
            code = builtins.compile(source, "<string>", "exec", 0, True)
            missed = True
        used[source] = code
        return builtins.exec(code, globals, locals)

    setattr(dataclasses, "exec", exec_kept)  # noqa: B010 - a module attribute ahead of the builtin
    try:
        yield
    finally:
        if vars(dataclasses).get("exec") is exec_kept:
            delattr(dataclasses, "exec")
        if missed:
            for source, code in kept.items():  # this start's first, then the earlier starts'
                if len(used) >= MAX_METHODS:
                    break
                if isinstance(source, str) and isinstance(code, CodeType):
                    used.setdefault(source, code)
            _write(bundle, stamp, used)


MAX_TABLES = 400
"""Patterns kept at most (~1.4 kB each: the file stays under ~0.6 MB, read in ~2 ms)."""

Tables = tuple[Any, int, list[int], int, dict[str, int], tuple[Any, ...]]
"""What ``_sre.compile`` builds a pattern from: the pattern, its flags, its code, its number of
groups, their names and their names by number."""


@contextlib.contextmanager
def regex_tables_kept(bundle: Path) -> Iterator[None]:
    """While the block runs, a regular expression this thread compiles is built from the tables
    ``bundle`` holds for its pattern and flags, where it holds them; what had to be computed is
    kept there for the next start. Other threads' patterns, and a Python whose ``re`` is not
    built as this one's, are left to ``re``."""
    import re

    compiler: Any = getattr(re, "_compiler", None)
    theirs = getattr(compiler, "compile", None)
    _sre: Any = getattr(compiler, "_sre", None)
    if not callable(theirs) or not callable(getattr(_sre, "compile", None)) or not hasattr(_sre, "MAGIC"):
        yield
        return
    stamp = f"{sys.version}|{_sre.MAGIC}|{getattr(_sre, 'CODESIZE', '')}".encode() + b"\0"
    kept = _read(bundle, stamp)
    used: dict[tuple[Any, int], Tables] = {}
    missed = False
    owner = threading.get_ident()
    engine = _Taking(_sre)

    def compile_kept(pattern: Any, flags: int = 0) -> Any:
        nonlocal missed
        if threading.get_ident() != owner or not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return theirs(pattern, flags)
        key = (pattern, int(flags))
        tables = kept.get(key)
        if tables is not None:
            try:
                built = _sre.compile(*tables)
            except Exception:  # tables the engine refuses (it checks them): computed again below
                built = None
            if built is not None and built.pattern == pattern:
                used[key] = tables
                return built
        built = theirs(pattern, flags)
        taken = engine.taken()
        if taken is not None and taken[0] == pattern:
            used[key] = taken
            missed = True
        return built

    compiler.compile, compiler._sre = compile_kept, engine
    try:
        yield
    finally:
        if compiler.compile is compile_kept:
            compiler.compile, compiler._sre = theirs, _sre
        if missed:
            for key, tables in kept.items():  # this start's first, then the earlier starts'
                if len(used) >= MAX_TABLES:
                    break
                used.setdefault(key, tables)
            _write(bundle, stamp, used)


class _Taking:
    """``_sre`` as ``re`` uses it, noting on each thread the tables of the pattern it last built."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._last = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *args: Any) -> Any:
        self._last.tables = _plain(args)
        return self._engine.compile(*args)

    def taken(self) -> Tables | None:
        tables: Tables | None = getattr(self._last, "tables", None)
        self._last.tables = None
        return tables


def _plain(args: tuple[Any, ...]) -> Tables | None:
    """``_sre.compile``'s arguments in plain ints and containers (re's opcodes are an int
    subclass, which marshal does not write); None for arguments of another shape (another
    Python's engine): the pattern is then built and simply not kept."""
    try:
        pattern, flags, code, groups, names, by_number = args
        return (
            pattern,
            int(flags),
            [int(c) for c in code],
            int(groups),
            {str(k): int(v) for k, v in names.items()},
            tuple(by_number),
        )
    except (TypeError, ValueError, AttributeError):
        return None


def _read(bundle: Path, stamp: bytes) -> dict[Any, Any]:
    try:
        data = bundle.read_bytes()
    except OSError:
        return {}
    if not data.startswith(stamp):
        return {}  # another Python's, or another re's
    try:
        held = marshal.loads(data[len(stamp) :])
    except (EOFError, ValueError, TypeError):
        return {}  # cut off or not ours
    return held if isinstance(held, dict) else {}


def _write(bundle: Path, stamp: bytes, used: dict[Any, Any]) -> None:
    with contextlib.suppress(OSError, ValueError):  # read-only or full: the work is done again next time
        bundle.parent.mkdir(parents=True, exist_ok=True)
        replace_file(bundle, stamp + marshal.dumps(used))
