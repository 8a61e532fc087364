"""Pushing an exported post with blogsync, and reading back what the server wrote.

blogsync (x-motemen/blogsync) is a separate Go program: Tsuji runs ``blogsync
push FILE`` and reads the file blogsync rewrote (URL, EditURL, PreviewURL).
``$TSUJI_BLOGSYNC`` names another command to run instead (tests use a stand-in).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from editor.core.messages import Msg
from editor.io import frontmatter

TIMEOUT = 180.0


class PushFailed(RuntimeError):
    """blogsync is missing, failed, or did not answer; the message is for the user."""

    def __init__(self, message: str, output: str = "") -> None:
        super().__init__(message)
        self.output = output


@dataclass
class Pushed:
    output: str
    url: str
    edit_url: str
    preview_url: str


def blogsync_command() -> list[str] | None:
    custom = os.environ.get("TSUJI_BLOGSYNC", "").strip()
    if custom:
        return shlex.split(custom, posix=os.name != "nt")  # a Windows path keeps its backslashes
    found = shutil.which("blogsync")
    return [found] if found else None


def push(post: Path, timeout: float = TIMEOUT) -> Pushed:
    command = blogsync_command()
    if command is None:
        raise PushFailed(
            Msg(
                "blogsync is not installed (or not on the PATH): install it and set up its "
                "blogsync.yaml to push from Tsuji; the post itself is exported"
            )
        )
    try:
        done = subprocess.run(
            [*command, "push", str(post)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=post.parent,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as e:
        raise PushFailed(Msg("blogsync did not finish within {timeout:.0f} s", timeout=timeout)) from e
    except OSError as e:
        raise PushFailed(Msg("blogsync could not be started: {reason}", reason=e.strerror or e)) from e
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        last = output.splitlines()[-1] if output else "no output"
        raise PushFailed(
            Msg(
                "blogsync push failed (exit status {returncode}): {last}",
                returncode=done.returncode,
                last=last,
            ),
            output,
        )
    try:
        after = frontmatter.split(post.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise PushFailed(
            Msg("blogsync pushed, but {post} cannot be read back: {e}", post=post, e=e), output
        ) from e
    return Pushed(
        output, after.text_value("URL"), after.text_value("EditURL"), after.text_value("PreviewURL")
    )
