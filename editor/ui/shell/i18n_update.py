"""Refresh the Japanese .ts from the sources and fill it from ja.tsv (a dev tool).

    .venv/bin/python -m editor.ui.shell.i18n_update

Runs pyside6-lupdate over editor/ui and its sub-packages, adds the "Messages" context (every
``Msg("…")`` template of the core, io, assist and flows layers, which the UI
translates with ``ui.messages.say``), then writes every translation found in
``resources/i18n/ja.tsv`` (source TAB translation, ``\\n`` for a newline)
into the .ts. Messages without one stay "unfinished" and are listed.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from editor.resources import resources_dir
from editor.ui.shell.i18n import _lrelease


def main() -> int:
    folder = resources_dir() / "i18n"
    ts = folder / "tsuji_ja.ts"
    root = resources_dir().parent
    sources = sorted(str(p) for p in (root / "editor" / "ui").rglob("*.py"))
    lupdate = Path(_lrelease() or "pyside6-lrelease").with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(ts)], check=True)
    table: dict[str, str] = {}
    for line in (folder / "ja.tsv").read_text("utf-8").splitlines():
        if "\t" in line:
            src, dst = line.split("\t", 1)
            table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    tree = ET.parse(ts)
    add_messages(tree.getroot(), templates(root / "editor"))
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = table[source]
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


def templates(package: Path) -> list[str]:
    """Every literal template given to ``Msg(...)`` below the UI, in source order."""
    found: list[str] = []
    for layer in ("core", "io", "assist", "flows"):
        for path in sorted((package / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "Msg"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value not in found
                ):
                    found.append(node.args[0].value)
    return found


def add_messages(root: ET.Element, sources: list[str]) -> None:
    for old in [c for c in root.findall("context") if c.findtext("name") == "Messages"]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Messages"
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="unfinished")


if __name__ == "__main__":
    sys.exit(main())
