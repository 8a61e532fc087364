"""``tsuji glossary``: the name glossary: import and export CSV or TSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editor.assist.glossary import Glossary
from editor.cli.common import Parser

NAME = "glossary"


def add_parser(sub: Any) -> None:
    gl = sub.add_parser(NAME, help="the name glossary: import, export")
    gl_sub = gl.add_subparsers(dest="gl_command", required=True, parser_class=Parser)
    gl_sub.add_parser("import", help="add terms from a CSV or TSV file").add_argument("file")
    gl_sub.add_parser("export", help="write the glossary as CSV (or TSV by the name)").add_argument("file")


def run(args: argparse.Namespace) -> int:
    glossary = Glossary()
    if args.gl_command == "import":
        print(f"{glossary.import_file(Path(args.file))} new term(s) added from {args.file}")
    else:
        print(f"{glossary.export_file(Path(args.file))} term(s) written to {args.file}")
    return 0
