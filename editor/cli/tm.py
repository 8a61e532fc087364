"""``tsuji tm``: the translation memory: import and export TMX, search."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editor.assist.memory import Memory
from editor.cli.common import Parser, dump_json
from editor.io.tmx import read_tmx, write_tmx

NAME = "tm"


def add_parser(sub: Any) -> None:
    tm = sub.add_parser(NAME, help="translation memory: import, export, search")
    tm_sub = tm.add_subparsers(dest="tm_command", required=True, parser_class=Parser)
    tm_sub.add_parser("import", help="add the units of a TMX file").add_argument("file")
    tm_sub.add_parser("export", help="write the memory as TMX 1.4").add_argument("file")
    tm_search = tm_sub.add_parser("search", help="find a word or phrase in sources and translations")
    tm_search.add_argument("text")
    tm_search.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    memory = Memory()
    if args.tm_command == "import":
        units = read_tmx(Path(args.file))
        added = memory.add_many(units)
        print(
            f"{added} unit(s) added from {args.file}"
            + (f" ({len(units) - added} already there)" if len(units) > added else "")
        )
    elif args.tm_command == "export":
        print(f"{write_tmx(Path(args.file), memory.all_units())} unit(s) written to {args.file}")
    else:
        found = memory.concordance(args.text)
        if args.json:
            rows = [{"source": u.source, "target": u.target, "source_lang": u.source_lang} for u in found]
            dump_json(rows)
        else:
            for u in found:
                print(f"{u.source}\n  → {u.target}")
            if not found:
                print("no match")
    return 0
