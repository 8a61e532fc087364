"""What every command shares: the one error type, the parser, the blog folder, JSON output."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

if TYPE_CHECKING:
    from editor.settings import Settings


class UserError(Exception):
    """One clear line for the user; exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see '{self.prog} --help')")


class Command(Protocol):
    """A command module: its name, its parser and what it does (exit status)."""

    NAME: str

    def add_parser(self, sub: Any) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def settings() -> Settings:
    from editor.settings import Settings  # here: ``tsuji FILE`` imports it as the window starts

    return Settings.load()


def lang() -> str:
    """The language of messages the engines give in two (proofreading): Japanese under a Japanese
    locale, else English."""
    for var in ("TSUJI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.startswith("ja") else "en"
    return "en"


def dump_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text from files and other programs as the terminal should show it: control characters
    (escape sequences that could retitle the terminal or hide what follows) made visible."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def note(line: str) -> None:
    print(clean(line), file=sys.stderr)
