"""The ``tsuji`` command line: the same core as the window, for batch work.

One module per command (``NAME``, ``add_parser``, ``run``), walked in the order of ``COMMANDS``;
without a command, ``tsuji [FILE]`` opens the window (``window.py``)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from editor import __version__
from editor.assist.proof import StyleError
from editor.cli import archive, check, export, glossary, importing, pretranslate, tm, update, window
from editor.cli.common import Command, Parser, UserError
from editor.core import project, store
from editor.core.decode import ImportFailed
from editor.flows.blog import BlogFolderError
from editor.io.destination import ExportRefused, UnsafeDestination
from editor.io.export import UntranslatedError
from editor.io.profiles import ProfileError

COMMANDS: dict[str, Command] = {
    m.NAME: m for m in (importing, export, check, update, pretranslate, tm, glossary, archive)
}
"""Every command, in the order ``tsuji --help`` lists them."""

USER_ERRORS = (
    UserError,
    BlogFolderError,
    StyleError,
    project.ProjectError,
    ImportFailed,
    ProfileError,
    ExportRefused,
    UnsafeDestination,
    store.StoreBusy,
    store.StoreUnavailable,
)
"""Errors that are one line for the user and exit status 2."""


def parser() -> Parser:
    p = Parser(prog="tsuji", description="Tsuji: translate blog posts into Japanese.")
    p.add_argument("--version", action="version", version=f"tsuji {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for command in COMMANDS.values():
        command.add_parser(sub)
    return p


def run(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help", "--version"):
        return window.open_window(argv, list(COMMANDS))
    args = parser().parse_args(list(argv))
    return COMMANDS[args.command].run(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        return run(argv)
    except UntranslatedError as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 1
    except USER_ERRORS as e:
        print(f"tsuji: {e}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as e:
        if store.is_busy(e):
            print(
                "tsuji: the translation memory or glossary is busy: another Tsuji is writing to it;"
                " try again when it has finished",
                file=sys.stderr,
            )
        else:  # a full disk, a read-only data folder, a damaged file
            print(f"tsuji: the translation memory or glossary cannot be used: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped reading (tsuji check … | head): nothing to say
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 0
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        print(f"tsuji: {e.strerror or e}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


__all__ = ["COMMANDS", "main", "run"]
