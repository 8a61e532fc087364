"""Copies of posts Tsuji overwrote, kept in the data folder, never inside the blog.

A blog folder is what blogsync pushes and git tracks: a ``.md.bak`` beside a post
would be one more file there. Backups go to ``data/backups/<entry>/`` instead, the
last ``KEEP`` per entry.
"""

from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path

from editor.core.atomic import atomic_write
from editor.core.paths import user_dirs

KEEP = 20


def folder_for(target: Path, blog_dir: Path) -> Path:
    """One folder per entry: its path in the blog, readable, plus a short hash of the full path."""
    rel = target.relative_to(blog_dir).as_posix()
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", rel)[-80:].strip("._") or "post"
    digest = hashlib.sha256(str(target.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return user_dirs().data / "backups" / f"{readable}-{digest}"


def keep(data: bytes, target: Path, blog_dir: Path) -> Path:
    """Save ``data`` (the file about to be overwritten); returns where it went."""
    folder = folder_for(target, blog_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
    path = folder / f"{stamp}{target.suffix or '.md'}"
    atomic_write(path, data, backup=False)
    for old in sorted(folder.iterdir())[:-KEEP]:
        old.unlink(missing_ok=True)
    return path


def listed(target: Path, blog_dir: Path) -> list[Path]:
    folder = folder_for(target, blog_dir)
    return sorted(folder.iterdir()) if folder.is_dir() else []
