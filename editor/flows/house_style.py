"""The blog's house style, learnt from the posts in its folder, kept and applied: once for
``tsuji check --learn-style`` and the window's Assist → Learn House Style.

What is learnt is kept in the config folder (``house-styles.json``, by blog folder) and applied
to the proofreading style whenever drafts for that blog are checked.
"""

from __future__ import annotations

import json
from pathlib import Path

from editor.assist.proof.learn import Learned, apply, learn
from editor.assist.proof.styles import Style
from editor.core.atomic import atomic_write
from editor.core.decode import ImportFailed, read_bytes
from editor.core.paths import user_dirs
from editor.io import frontmatter
from editor.io.archive import MAX_POST_BYTES, list_posts

MAX_POSTS = 400
"""The newest posts read: enough to know a blog's habits, quick on a laptop."""


def _file() -> Path:
    return user_dirs().config / "house-styles.json"


def _key(blog_dir: Path) -> str:
    return str(blog_dir.expanduser().resolve())


def learn_blog(blog_dir: Path) -> Learned:
    """What the blog's published posts show of its conventions (unreadable posts are skipped)."""
    texts = []
    for post in list_posts(blog_dir).posts[:MAX_POSTS]:
        try:
            raw = read_bytes(blog_dir / post.path, MAX_POST_BYTES)
        except (ImportFailed, OSError):
            continue
        texts.append(frontmatter.split(raw.decode("utf-8", "replace")).body)
    return learn(texts)


_read: dict[tuple[str, float, int], dict[str, object]] = {}


def _all() -> dict[str, object]:
    """What was learnt, read again only when the file changed (the window asks at every check)."""
    path = _file()
    try:
        info = path.stat()
        key = (str(path), info.st_mtime, info.st_size)
        if key not in _read:
            data = json.loads(path.read_text("utf-8"))
            _read.clear()
            _read[key] = data if isinstance(data, dict) else {}
        return dict(_read[key])
    except (OSError, ValueError):
        return {}


def save(blog_dir: Path, learned: Learned) -> None:
    data = _all()
    data[_key(blog_dir)] = learned.to_json()
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), backup=False)


def learned_for(blog_dir: Path | str | None) -> Learned | None:
    if not blog_dir:
        return None
    return Learned.from_json(_all().get(_key(Path(blog_dir))))


def with_house(style: Style, blog_dir: Path | str | None) -> Style:
    """``style`` with the blog's learnt house style, if it has one, and the user's prh
    dictionaries (StyleError names a dictionary that cannot be used)."""
    from editor.flows.dictionaries import with_dictionaries

    learned = learned_for(blog_dir)
    return with_dictionaries(apply(style, learned) if learned is not None else style)
