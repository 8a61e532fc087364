"""Pushing an exported post with blogsync, and reading back what the server wrote.

blogsync (x-motemen/blogsync) is a separate Go program: Tsuji runs ``blogsync
push FILE`` and reads the file blogsync rewrote (URL, EditURL, PreviewURL).
``$TSUJI_BLOGSYNC`` names another command to run instead (tests use a stand-in).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
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


MAX_OUTPUT = 64 * 1024
"""What Tsuji keeps of blogsync's output to show (its start and its end)."""


def _run(command: list[str], cwd: Path, timeout: float) -> tuple[int, str]:
    """Run blogsync; its output as text whatever bytes it wrote, shortened to MAX_OUTPUT. On the
    timeout its whole process group is ended (a wrapper script's children too)."""
    posix = os.name == "posix"
    child = subprocess.Popen(
        command,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=posix,
    )
    try:
        raw, _ = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            with contextlib.suppress(OSError):
                os.killpg(child.pid, signal.SIGKILL)
        child.kill()
        child.communicate()
        raise
    text = raw.decode("utf-8", errors="replace").strip()
    if len(text) > MAX_OUTPUT:
        half = MAX_OUTPUT // 2
        text = f"{text[:half]}\n… ({len(text) - MAX_OUTPUT:,} characters left out) …\n{text[-half:]}"
    return child.returncode, text


def push(post: Path, timeout: float = TIMEOUT) -> Pushed:
    command = blogsync_command()
    if command is None:
        raise PushFailed(
            Msg(
                "blogsync is not installed (or not on the PATH): install it and set up its "
                "blogsync.yaml to push from Tsuji; the post itself is exported"
            )
        )
    post = post.resolve()  # blogsync runs in the post's folder: a relative path would miss it
    try:
        returncode, output = _run([*command, "push", str(post)], post.parent, timeout)
    except subprocess.TimeoutExpired as e:
        raise PushFailed(Msg("blogsync did not finish within {timeout:.0f} s", timeout=timeout)) from e
    except OSError as e:
        raise PushFailed(Msg("blogsync could not be started: {reason}", reason=e.strerror or e)) from e
    if returncode != 0:
        last = output.splitlines()[-1] if output else "no output"
        raise PushFailed(
            Msg(
                "blogsync push failed (exit status {returncode}): {last}",
                returncode=returncode,
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
