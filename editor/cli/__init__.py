"""The ``tsuji`` command line: the same core as the window, for batch work.

One module per command (``NAME``, ``add_parser``, ``run``), named in the order of ``NAMES``;
without a command, ``tsuji [FILE]`` opens the window (``window.py``)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

from editor import __version__
from editor.cli import window
from editor.cli.common import Command, Parser, UserError

NAMES = ("import", "export", "check", "update", "pretranslate", "tm", "glossary", "archive")
"""Every command's name, in the order ``tsuji --help`` lists them. ``tsuji FILE`` opens the window
without importing a command: the window is the common case, and each command's engines (the
proofreader's rules, the importers, the memory) would add half a second to its start."""


def commands() -> dict[str, Command]:
    """The registry ``main`` walks: each command module by its name."""
    from editor.cli import archive, check, export, glossary, importing, pretranslate, tm, update

    found: dict[str, Command] = {
        m.NAME: m for m in (importing, export, check, update, pretranslate, tm, glossary, archive)
    }
    return {name: found[name] for name in NAMES}


def user_errors() -> tuple[type[Exception], ...]:
    """Errors that are one line for the user and exit status 2."""
    from editor.assist.proof import StyleError
    from editor.core import project, store
    from editor.core.decode import ImportFailed
    from editor.flows.blog import BlogFolderError
    from editor.io.destination import ExportRefused, UnsafeDestination
    from editor.io.profiles import ProfileError

    return (
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


def parser() -> Parser:
    p = Parser(prog="tsuji", description="Tsuji: translate blog posts into Japanese.")
    p.add_argument("--version", action="version", version=f"tsuji {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for command in commands().values():
        command.add_parser(sub)
    return p


def run(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in (*NAMES, "-h", "--help", "--version"):
        return window.open_window(argv, NAMES)
    args = parser().parse_args(list(argv))
    return commands()[args.command].run(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        return run(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as e:
        return failed(e)


def failed(e: Exception) -> int:
    """What the user reads of an error a command stopped at, and the exit status; an error
    nobody foresaw is raised again."""
    import sqlite3  # not at start-up: the window never needs it before its first paint

    from editor.core import store
    from editor.io.export import UntranslatedError

    if isinstance(e, UntranslatedError):
        print(f"tsuji: {e}", file=sys.stderr)
        return 1
    if isinstance(e, user_errors()):
        print(f"tsuji: {e}", file=sys.stderr)
        return 2
    if isinstance(e, sqlite3.DatabaseError):
        if store.is_busy(e):
            print(
                "tsuji: the translation memory or glossary is busy: another Tsuji is writing to it;"
                " try again when it has finished",
                file=sys.stderr,
            )
        else:  # a full disk, a read-only data folder, a damaged file
            print(f"tsuji: the translation memory or glossary cannot be used: {e}", file=sys.stderr)
        return 2
    if isinstance(e, BrokenPipeError):  # the reader stopped reading (tsuji check … | head)
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return 0
    if isinstance(e, OSError):
        where = f" ({e.filename})" if e.filename else ""
        print(f"tsuji: {e.strerror or e}{where}", file=sys.stderr)
        return 2
    raise e


__all__ = ["NAMES", "commands", "main", "run"]
