"""The blog folder a command or the window works on: the one given, else the one in settings."""

from __future__ import annotations

from pathlib import Path

from editor.core.messages import Msg


class BlogFolderError(ValueError):
    """No blog folder set, or it is not a folder; the message says which."""


def blog_folder(given: str | None, configured: str, *, option: str = "--to") -> Path:
    """The blog folder to use. ``option`` names how the command line gives one, for the message."""
    raw = given or configured
    if not raw:
        raise BlogFolderError(
            Msg(
                "no blog folder: give {option} DIR, or set one in the window's export settings",
                option=option,
            )
        )
    folder = Path(raw).expanduser()
    if folder.is_file():
        raise BlogFolderError(
            Msg("{option} takes the blog folder, and {path} is a file", option=option, path=folder)
        )
    if not folder.is_dir():
        raise BlogFolderError(Msg("blog folder {path} does not exist", path=folder))
    return folder


def configured_folder(configured: str) -> Path | None:
    """The folder set in settings, if it is one (the window's question before it asks for one)."""
    if not configured:
        return None
    folder = Path(configured).expanduser()
    return folder if folder.is_dir() else None
