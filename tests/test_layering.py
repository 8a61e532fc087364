"""The layering rules of docs/ARCHITECTURE.md, checked on the source.

core ← io, assist ← cli, ui. Core knows nothing above it; io and assist know
core only, not each other; only ui and app.py touch Qt; the window is reached
through the application context, never named by the parts it holds.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

QT = ("PySide6", "shiboken6", "qtawesome", "qtpy", "PyQt5", "PyQt6")
EDITOR = ROOT / "editor"


def imported_modules(path: Path, depth: int = 1) -> set[str]:
    """Modules a file imports, cut to ``depth`` dotted parts (1: 'editor', 2: 'editor.core')."""
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(".".join(a.name.split(".")[:depth]) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(".".join(node.module.split(".")[:depth]))
    return names


def layer(name: str) -> list[Path]:
    return sorted((EDITOR / name).rglob("*.py"))


def editor_layers(path: Path) -> set[str]:
    """The editor subpackages a file imports ('core', 'io', 'ui', … or a top module such as 'cli')."""
    found = set()
    for mod in imported_modules(path, 2):
        parts = mod.split(".")
        if parts[0] == "editor" and len(parts) > 1:
            found.add(parts[1])
    return found


def test_core_io_assist_are_free_of_qt() -> None:
    files = [*layer("core"), *layer("io"), *layer("assist")]
    assert len(files) > 10
    offenders = {str(f.relative_to(ROOT)): imported_modules(f) & set(QT) for f in files}
    assert {f: m for f, m in offenders.items() if m} == {}


def test_core_imports_neither_io_nor_assist() -> None:
    bad = {
        str(f.relative_to(ROOT)): editor_layers(f) & {"io", "assist", "ui", "cli", "app"}
        for f in layer("core")
    }
    assert {f: m for f, m in bad.items() if m} == {}


def test_io_and_assist_import_core_only() -> None:
    allowed = {"core", "resources", "settings"}
    bad = {}
    for name in ("io", "assist"):
        for f in layer(name):
            extra = editor_layers(f) - allowed - {name}
            if extra:
                bad[str(f.relative_to(ROOT))] = extra
    assert bad == {}


def test_cli_reaches_the_window_only_through_app() -> None:
    """Every command module, not only the package's entry."""
    files = layer("cli")
    assert len(files) > 5
    bad = {str(f.relative_to(ROOT)): editor_layers(f) & {"ui"} for f in files}
    assert {f: m for f, m in bad.items() if m} == {}
    assert not list(EDITOR.glob("cli_*.py"))  # one package, no command modules beside it


def test_only_the_window_and_app_name_the_main_window() -> None:
    """Parts take the application context; none reaches back into the window, even for typing."""
    named = [
        str(f.relative_to(ROOT))
        for f in layer("ui")
        if f.name != "main_window.py" and re.search(r"\bMainWindow\b", f.read_text("utf-8"))
    ]
    assert named == []


def test_only_the_prompts_ask_the_user_with_dialogs() -> None:
    """Questions go through AppContext.prompts, so tests can script them."""
    asking = [
        str(f.relative_to(ROOT))
        for f in EDITOR.rglob("*.py")
        if f.name != "prompts.py"
        and re.search(r'(?<!")\b(QMessageBox|QFileDialog|QInputDialog)\b(?!")', f.read_text("utf-8"))
    ]
    assert asking == []


def test_no_module_grows_past_600_lines() -> None:
    long = {
        str(f.relative_to(ROOT)): n
        for f in EDITOR.rglob("*.py")
        if (n := len(f.read_text("utf-8").splitlines())) > 600
    }
    assert long == {}


def test_flows_combine_io_and_assist_without_qt() -> None:
    """flows/ is the one place where io and assist meet, for both the CLI and the window."""
    bad = {}
    for f in layer("flows"):
        extra = editor_layers(f) - {"core", "io", "assist", "resources", "settings", "flows"}
        qt = imported_modules(f) & set(QT)
        if extra or qt:
            bad[str(f.relative_to(ROOT))] = extra | qt
    assert layer("flows") and bad == {}


def test_errors_for_the_user_carry_message_keys_the_ui_translates() -> None:
    """An error the window shows is raised with a Msg (a template and its values), never with a
    finished English sentence the Japanese interface could not translate."""
    shown = {
        "ImportFailed", "ProfileError", "UnsafeDestination", "StyleError", "EditError", "PushFailed",
        "BadPost", "UpdateRefused", "UntranslatedError", "StoreBusy", "ProjectBusy", "MTError",
        "NotTsujiError", "ProjectError", "Finding", "BlogFolderError", "NoSource",
    }  # fmt: skip
    plain = []
    for layer in ("core", "io", "assist", "flows"):
        for path in (EDITOR / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in shown:
                    for arg in node.args:
                        text = (
                            isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value
                        )
                        if isinstance(arg, ast.JoinedStr) or text:
                            plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert plain == []


def test_settings_stand_on_core_alone() -> None:
    """Preferences and session state sit below io, assist and the window, and import only core."""
    files = layer("settings")
    assert files
    bad = {str(f.relative_to(ROOT)): editor_layers(f) - {"core", "settings"} for f in files}
    assert {f: m for f, m in bad.items() if m} == {}
    qt = {str(f.relative_to(ROOT)) for f in files if imported_modules(f) & set(QT)}
    assert qt == set()


def _module_graph() -> dict[str, set[str]]:
    """Every editor module and the editor modules it imports, wherever the import stands (inside
    functions and TYPE_CHECKING blocks too)."""
    modules: dict[str, Path] = {}
    for f in EDITOR.rglob("*.py"):
        parts = list(f.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = f

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, f in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(m for a in node.names if (m := known(a.name)))
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for a in node.names:
                    full = f"{node.module}.{a.name}"
                    target = full if full in modules else known(node.module)
                    if target:
                        deps.add(target)
        deps.discard(name)
        graph[name] = deps
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_circles_not_even_inside_functions() -> None:
    graph = _module_graph()
    assert len(graph) > 100
    assert _circles(graph) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
