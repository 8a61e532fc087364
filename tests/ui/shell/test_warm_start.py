"""What one start keeps for the next: PySide6's support modules' code, regular expressions'
tables (editor/ui/shell/warm_start.py)."""

from __future__ import annotations
import __future__

import builtins
import dataclasses
import importlib.util
import marshal
import re
import threading
from pathlib import Path
from typing import Any

import pytest

from editor.ui.shell import warm_start

SUPPORT = "shibokensupport/signature/demo.py"
SOURCE = "def f(x: Undefined) -> int:\n    return 1\n"
ANNOTATIONS = __future__.annotations.compiler_flag


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names Python's own ``compile`` is asked to compile, from now on (not ``typing``'s
    and ``ast``'s strings, "<string>", "<unknown>", compiled as the modules they need load)."""
    calls: list[str] = []
    real = builtins.compile

    def counting(source: Any, filename: Any, *args: Any, **kwargs: Any) -> Any:
        if not str(filename).startswith("<"):
            calls.append(str(filename))
        return real(source, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting)
    return calls


def test_pysides_support_modules_are_compiled_once_then_read_from_the_cache(
    tmp_path: Path, compiles: list[str]
) -> None:
    bundle = tmp_path / "cache" / "pyside" / "support.bin"
    with warm_start.support_code_kept(bundle):
        first = compile(SOURCE, SUPPORT, "exec")
    assert compiles == [SUPPORT] and bundle.is_file()
    compiles.clear()
    with warm_start.support_code_kept(bundle):
        again = compile(SOURCE, SUPPORT, "exec")
        changed = compile(SOURCE + "y = 2\n", SUPPORT, "exec")  # another PySide6's text
        mine = compile(SOURCE, "editor/mine.py", "exec")  # not PySide6's: never kept
    assert compiles == [SUPPORT, "editor/mine.py"]
    assert again == first and changed != first and mine.co_filename == "editor/mine.py"
    ns: dict[str, Any] = {}
    exec(again, ns)
    assert ns["f"](0) == 1 and ns["f"].__annotations__ == {"x": "Undefined", "return": "int"}
    assert "counting" in builtins.compile.__name__  # Python's own compile put back


def test_kept_support_code_has_the_future_imports_of_the_code_that_compiles_it(
    tmp_path: Path, compiles: list[str]
) -> None:
    """Python's ``compile`` takes its caller's ``from __future__`` imports (PySide6's loader has
    ``annotations``): the kept code must be what Python would have compiled, caller by caller."""
    bundle = tmp_path / "support.bin"
    plain_caller = builtins.compile("c = compile(S, N, 'exec')", "<plain>", "exec", dont_inherit=True)
    for _ in range(2):  # compiled, then read from the cache
        with warm_start.support_code_kept(bundle):
            here = compile(SOURCE, SUPPORT, "exec")  # this module imports annotations
            ns = {"S": SOURCE, "N": SUPPORT}
            exec(plain_caller, ns)
        assert here.co_flags & ANNOTATIONS
        assert not ns["c"].co_flags & ANNOTATIONS
    assert compiles.count(SUPPORT) == 2  # once for each caller, not again


def test_a_broken_foreign_or_unwritable_cache_costs_a_compile_and_nothing_else(
    tmp_path: Path, compiles: list[str]
) -> None:
    bundle = tmp_path / "support.bin"
    with warm_start.support_code_kept(bundle):
        compile(SOURCE, SUPPORT, "exec")
    good = bundle.read_bytes()
    version = importlib.util.MAGIC_NUMBER
    for bad in (good[: len(good) // 2], b"\x00" * 4 + good[4:], version + b"\xffjunk", b"not a bundle"):
        bundle.write_bytes(bad)  # cut off, another Python's bytecode, damaged, something else
        compiles.clear()
        with warm_start.support_code_kept(bundle):
            code = compile(SOURCE, SUPPORT, "exec")
        assert compiles == [SUPPORT] and code.co_filename == SUPPORT
        with warm_start.support_code_kept(bundle):  # written again: read the next time
            assert compile(SOURCE, SUPPORT, "exec") == code
        assert compiles == [SUPPORT]
    blocked = tmp_path / "file" / "support.bin"
    blocked.parent.write_text("a file where the cache folder should be")
    with warm_start.support_code_kept(blocked):
        assert compile(SOURCE, SUPPORT, "exec").co_filename == SUPPORT
    with pytest.raises(RuntimeError), warm_start.support_code_kept(bundle):
        raise RuntimeError("an import that failed")
    assert "counting" in builtins.compile.__name__


@pytest.fixture
def tables_built(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The patterns ``re`` computes the tables of, from now on (``re``'s own cache emptied)."""
    calls: list[Any] = []
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    real = compiler.compile

    def counting(pattern: Any, flags: int = 0) -> Any:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(compiler, "compile", counting)
    re.purge()
    return calls


PATTERNS: list[tuple[Any, int]] = [
    (r"(?P<word>\w+)-(?P=word)", 0),
    (r"(?<=[。！？])\s*(?P<next>[^\s])", 0),
    (
        r"""
        ^ \s* (\d{1,3}) [.)]   # a numbered line
        \s+ (.+) $
    """,
        re.VERBOSE | re.MULTILINE,
    ),
    (r"tsuji|TSUJI", re.IGNORECASE),
    (rb"\x00(?P<n>[0-9]+)\xff", 0),
]
SUBJECTS = ["go-go away", "終わり。 次の文", " 12. a line\n3) another", "Tsuji tsUJI", b"\x0042\xff"]


def test_regex_tables_are_computed_once_then_read_from_the_cache_and_match_the_same(
    tmp_path: Path, tables_built: list[Any]
) -> None:
    bundle = tmp_path / "cache" / "regex-tables.bin"
    with warm_start.regex_tables_kept(bundle):
        fresh = [re.compile(p, f) for p, f in PATTERNS]
    assert tables_built == [p for p, _ in PATTERNS] and bundle.is_file()
    tables_built.clear()
    re.purge()
    with warm_start.regex_tables_kept(bundle):
        kept = [re.compile(p, f) for p, f in PATTERNS]
        other = re.compile(r"(a|b)+c")  # not kept: computed, kept from now on
    assert tables_built == [r"(a|b)+c"] and other.match("abac")
    for a, b, subject in zip(fresh, kept, SUBJECTS, strict=True):
        assert (b.pattern, b.flags, b.groups, b.groupindex) == (a.pattern, a.flags, a.groups, a.groupindex)
        assert [m.groups() for m in b.finditer(subject)] == [m.groups() for m in a.finditer(subject)]
        empty = subject[:0]  # "" or b"", as the pattern wants
        assert [m.span() for m in b.finditer(subject)] and b.sub(empty, subject) == a.sub(empty, subject)
    assert re._compiler.compile.__name__ == "counting"  # type: ignore[attr-defined]


def test_another_threads_patterns_are_left_to_re_and_never_kept(
    tmp_path: Path, tables_built: list[Any]
) -> None:
    """Two threads compiling at once must never file one pattern's tables under another's."""
    bundle = tmp_path / "regex-tables.bin"
    done = threading.Event()

    def worker() -> None:
        for i in range(200):
            re.compile(f"w{i}(x+)y")
        done.set()

    with warm_start.regex_tables_kept(bundle):
        thread = threading.Thread(target=worker)
        thread.start()
        mine = [re.compile(f"m{i}(z+)q") for i in range(200)]
        thread.join()
    assert done.is_set()
    tables_built.clear()
    re.purge()
    with warm_start.regex_tables_kept(bundle):
        again = [re.compile(f"m{i}(z+)q") for i in range(200)]
        theirs = re.compile("w7(x+)y")
    assert tables_built == ["w7(x+)y"] and theirs.match("w7xxy")
    assert [p.pattern for p in again] == [p.pattern for p in mine]
    assert all(p.fullmatch(f"m{i}zzq") for i, p in enumerate(again))


def test_broken_or_foreign_regex_tables_are_computed_again(tmp_path: Path, tables_built: list[Any]) -> None:
    bundle = tmp_path / "regex-tables.bin"
    with warm_start.regex_tables_kept(bundle):
        re.compile(r"(\d+)-(\d+)")
    good = bundle.read_bytes()
    stamp_end = good.index(b"\0") + 1
    damaged = good[:stamp_end] + marshal.dumps(
        {(r"(\d+)-(\d+)", 0): (r"(\d+)-(\d+)", 32, [99, 99, 99], 2, {}, (None, None, None))}
    )
    for bad in (good[: len(good) // 2], b"3.0" + good[3:], damaged, b"junk"):
        bundle.write_bytes(bad)
        tables_built.clear()
        re.purge()
        with warm_start.regex_tables_kept(bundle):
            p = re.compile(r"(\d+)-(\d+)")
        assert p.match("12-34").groups() == ("12", "34")
        assert tables_built == [r"(\d+)-(\d+)"]  # computed again (the engine refuses bad code)
    blocked = tmp_path / "file" / "regex-tables.bin"
    blocked.parent.write_text("a file where the cache folder should be")
    re.purge()
    with warm_start.regex_tables_kept(blocked):
        assert re.compile(r"(x)(y)").match("xy")
    with pytest.raises(RuntimeError), warm_start.regex_tables_kept(bundle):
        raise RuntimeError("a start that failed")
    assert re._compiler.compile.__name__ == "counting"  # type: ignore[attr-defined]


def test_an_engine_called_otherwise_still_builds_every_pattern_and_keeps_none() -> None:
    """Another Python's ``_sre.compile`` may take other arguments: the pattern is built as
    that Python builds it, never filed with tables read wrongly."""
    built: list[tuple[Any, ...]] = []

    class Engine:
        def compile(self, *args: Any) -> str:
            built.append(args)
            return "a pattern"

    taking = warm_start._Taking(Engine())
    assert taking.compile("p", 0, [1, 2], 0, {}, (None,), "a seventh") == "a pattern"
    assert taking.taken() is None
    assert taking.compile("p", 0, [1, 2], 0, {"g": 1}, (None, "g")) == "a pattern"
    assert taking.taken() == ("p", 0, [1, 2], 0, {"g": 1}, (None, "g"))
    assert len(built) == 2


def test_patterns_of_two_documents_opened_by_turns_are_both_kept(
    tmp_path: Path, tables_built: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A post with links brings the Markdown parser's patterns, a plain one does not: opening
    them by turns must not compute either's again, and the file does not grow without end."""
    bundle = tmp_path / "regex-tables.bin"
    plain, rich = [r"(\w+)\s", r"^#+ "], [r"(\w+)\s", r"\[([^]]*)\]\(([^)]*)\)", r"\*\*(.+?)\*\*"]
    for patterns in (plain, rich):
        re.purge()
        with warm_start.regex_tables_kept(bundle):
            for p in patterns:
                re.compile(p)
    tables_built.clear()
    for patterns in (plain, rich, plain):
        re.purge()
        with warm_start.regex_tables_kept(bundle):
            assert [re.compile(p).pattern for p in patterns] == patterns
    assert tables_built == []
    monkeypatch.setattr(warm_start, "MAX_TABLES", 4)
    re.purge()
    with warm_start.regex_tables_kept(bundle):
        re.compile(r"new(\d)")  # a fifth pattern: the oldest beyond four are let go
    assert len(warm_start._read(bundle, bundle.read_bytes().split(b"\0", 1)[0] + b"\0")) == 4


@pytest.fixture
def methods_compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources of dataclass methods Python compiles from now on: those ``dataclasses``
    runs with ``exec`` as text, and those the cache compiles when it does not hold them."""
    calls: list[str] = []
    real_exec, real_compile = builtins.exec, builtins.compile

    def executing(source: Any, *args: Any) -> Any:
        if isinstance(source, str):
            calls.append(source)
        return real_exec(source, *args)

    def compiling(source: Any, filename: Any, *args: Any, **kwargs: Any) -> Any:
        if filename == "<string>" and "__create_fn__" in str(source):
            calls.append(str(source))
        return real_compile(source, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "exec", executing)
    monkeypatch.setattr(builtins, "compile", compiling)
    return calls


def _classes() -> tuple[Any, Any]:
    @dataclasses.dataclass(order=True)
    class Point:
        """A point, ordered."""

        across: int
        down: int = 0
        tags: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Label:
        """A label, frozen, by keyword."""

        text: str
        size: float = 1.0

    return Point, Label


FRESH = _classes()
"""The classes as Python builds them, without the cache or the counting of compilations."""


def test_dataclass_methods_are_compiled_once_then_read_and_work_the_same(
    tmp_path: Path, methods_compiled: list[str]
) -> None:
    bundle = tmp_path / "cache" / "dataclass-code.bin"
    with warm_start.dataclass_code_kept(bundle):
        _classes()
    assert len(methods_compiled) >= 6 and bundle.is_file()
    assert "exec" not in vars(dataclasses)  # the builtin is dataclasses' own again
    methods_compiled.clear()
    with warm_start.dataclass_code_kept(bundle):
        point, label = _classes()
    assert methods_compiled == []
    for fresh, kept in zip(FRESH, (point, label), strict=True):
        for name in ("__init__", "__repr__", "__eq__"):
            assert getattr(kept, name).__code__ == getattr(fresh, name).__code__
    a, b = point(1), point(1, 0, [])
    assert a == b and a < point(2)
    assert repr(a).endswith("Point(across=1, down=0, tags=[])")
    a.tags.append("x")
    assert point(1).tags == []  # a new list for each point
    tag = label(text="見出し")
    assert tag.size == 1.0 and repr(tag).endswith("Label(text='見出し', size=1.0)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        tag.text = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        label("positional")


def test_broken_foreign_or_unwritable_dataclass_code_is_compiled_again(
    tmp_path: Path, methods_compiled: list[str]
) -> None:
    bundle = tmp_path / "dataclass-code.bin"
    with warm_start.dataclass_code_kept(bundle):
        _classes()
    good, count = bundle.read_bytes(), len(methods_compiled)
    version = importlib.util.MAGIC_NUMBER
    for bad in (good[: len(good) // 2], b"\x00" * 4 + good[4:], version + b"dataclasses\0junk", b"no"):
        bundle.write_bytes(bad)  # cut off, another Python's, damaged, something else
        methods_compiled.clear()
        with warm_start.dataclass_code_kept(bundle):
            point, _label = _classes()
        assert len(methods_compiled) == count and point(3) == point(3, 0, [])
    blocked = tmp_path / "file" / "dataclass-code.bin"
    blocked.parent.write_text("a file where the cache folder should be")
    with warm_start.dataclass_code_kept(blocked):
        point, _label = _classes()
    assert point(2) < point(3)
    with pytest.raises(RuntimeError), warm_start.dataclass_code_kept(bundle):
        raise RuntimeError("a start that failed")
    assert "exec" not in vars(dataclasses)


def test_a_hook_someone_else_put_on_dataclasses_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def theirs(source: Any, *args: Any) -> None:
        seen.append(source)
        builtins.exec(source, *args)

    monkeypatch.setattr(dataclasses, "exec", theirs, raising=False)
    with warm_start.dataclass_code_kept(tmp_path / "dataclass-code.bin"):
        point, _label = _classes()
    assert seen and vars(dataclasses)["exec"] is theirs and point(1).down == 0
    assert not (tmp_path / "dataclass-code.bin").exists()


def test_dataclass_code_of_earlier_starts_is_kept_up_to_a_limit(
    tmp_path: Path, methods_compiled: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "dataclass-code.bin"

    def one(name: str) -> Any:
        return dataclasses.make_dataclass(name, [(f"{name}_field", int)])

    with warm_start.dataclass_code_kept(bundle):
        one("First")
    with warm_start.dataclass_code_kept(bundle):
        one("Second")  # another start, another class: the first's code is kept beside it
    methods_compiled.clear()
    for name in ("First", "Second"):
        with warm_start.dataclass_code_kept(bundle):
            made = one(name)
            assert made(4) == made(4) and repr(made(4)) == f"{name}({name}_field=4)"
    assert methods_compiled == []
    monkeypatch.setattr(warm_start, "MAX_METHODS", 5)
    with warm_start.dataclass_code_kept(bundle):
        one("Third")
    stamp = importlib.util.MAGIC_NUMBER + warm_start.DATACLASS_STAMP
    assert len(warm_start._read(bundle, stamp)) == 5


MARKER = "a global of this module"


def test_exec_asked_without_namespaces_runs_in_the_callers(tmp_path: Path) -> None:
    """Called as ``exec`` is called without globals, the cache's ``exec`` runs the code in its
    caller's namespace, not in its own module's."""
    ns: dict[str, Any] = {}
    with warm_start.dataclass_code_kept(tmp_path / "dataclass-code.bin"):
        dataclasses.exec("found = MARKER", None, ns)  # type: ignore[attr-defined]
    assert ns["found"] == MARKER
