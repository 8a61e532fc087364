"""Only editor/ui and editor/app.py may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

QT = ("PySide6", "shiboken6", "qtawesome", "qtpy", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_io_assist_and_cli_are_free_of_qt() -> None:
    files = [
        *sorted((ROOT / "editor").glob("core/**/*.py")),
        *sorted((ROOT / "editor").glob("io/**/*.py")),
        *sorted((ROOT / "editor").glob("assist/**/*.py")),
    ]
    assert len(files) > 10
    offenders = {str(f.relative_to(ROOT)): imported_modules(f) & set(QT) for f in files}
    assert {f: m for f, m in offenders.items() if m} == {}


def test_no_module_grows_past_600_lines() -> None:
    long = {
        str(f.relative_to(ROOT)): n
        for f in (ROOT / "editor").rglob("*.py")
        if (n := len(f.read_text("utf-8").splitlines())) > 600
    }
    assert long == {}
