"""``tsuji [FILE]``: the window, or without a display the exported post of FILE."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from editor.cli.common import UserError, settings


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(argv: Sequence[str], commands: Sequence[str]) -> int:
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        raise UserError(f"unknown command {argv[0]!r} (commands: {', '.join(commands)})")
    file = Path(argv[0]) if argv else None
    if file is not None and not file.exists():
        raise UserError(f"{file}: no such file")
    if has_display():
        from editor.app import run as run_app

        return run_app([str(file)] if file else [])
    if file is None:
        print("tsuji: no display to open the window on; try tsuji --help", file=sys.stderr)
        return 2
    print("tsuji: no display, so here is the exported post instead of the window.", file=sys.stderr)
    from editor.core import project
    from editor.io.export import render
    from editor.io.profiles import load_profile
    from editor.io.publish import post_date_for

    proj = project.load(file)
    profile = load_profile(settings().profile)
    when = post_date_for(proj.article, profile)
    sys.stdout.write(render(proj.article, profile, post_date=when, allow_untranslated=True))
    return 0
