"""The blog folder as an archive: every post's title, date, address and source.

A blogsync folder holds one Markdown file per entry. The index reads each
file's front matter (Title, Date, URL, EditURL, Draft) and the source card
(the first ``[URL:embed:cite]``), and is cached in the user's cache folder,
refreshed per file by its modification time and size, so a folder of
thousands of posts lists in a fraction of a second once read.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from editor.core.atomic import atomic_write
from editor.core.messages import Msg
from editor.core.paths import user_dirs
from editor.io import frontmatter

CARD = re.compile(r"\[(https?://[^\]\s]+?):embed(?::cite)?\]")
LABEL = "⚡️"
CACHE_VERSION = 1
MAX_POST_BYTES = 2 * 1024 * 1024


@dataclass
class Post:
    path: str
    """Relative to the blog folder, with forward slashes."""
    title: str = ""
    date: str = ""
    url: str = ""
    edit_url: str = ""
    preview_url: str = ""
    draft: bool = False
    label: str = ""
    """The source blog's label before ⚡️ in the title (MoA, NC, …)."""
    source_url: str = ""
    """The translated article's address: the post's first link card."""


@dataclass
class Listing:
    posts: list[Post] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(path, why it was skipped)."""


class BadPost(ValueError):
    pass


def read_post(path: Path, rel: str) -> Post:
    """One post's index entry; BadPost says why a file is not a readable post."""
    try:
        info = path.lstat()  # a link is not followed: it could lead out of the blog, to a device
        if stat.S_ISLNK(info.st_mode):
            raise BadPost(Msg("a link, not a post file (links are not followed)"))
        if not stat.S_ISREG(info.st_mode):
            raise BadPost(Msg("not a regular file (a pipe or a device?)"))
        if info.st_size > MAX_POST_BYTES:
            raise BadPost(Msg("larger than {limit_mb} MB", limit_mb=MAX_POST_BYTES >> 20))
        with path.open("rb") as f:
            raw = f.read(MAX_POST_BYTES + 1)  # bounded even if the file grows meanwhile
        if len(raw) > MAX_POST_BYTES:
            raise BadPost(Msg("larger than {limit_mb} MB", limit_mb=MAX_POST_BYTES >> 20))
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadPost(Msg("not UTF-8 text")) from e
    except OSError as e:
        raise BadPost(Msg("cannot be read ({reason})", reason=e.strerror or e)) from e
    post = frontmatter.split(text)
    if not post.has_front_matter:
        raise BadPost(Msg("no front matter (--- … ---)"))
    if not post.readable():
        raise BadPost(Msg("its front matter is not valid YAML"))
    title = post.text_value("Title")
    draft = post.value("Draft")
    card = CARD.search(post.body)
    return Post(
        path=rel,
        title=title,
        date=post.text_value("Date"),
        url=post.text_value("URL"),
        edit_url=post.text_value("EditURL"),
        preview_url=post.text_value("PreviewURL"),
        draft=draft is True or str(draft).lower() in ("yes", "true"),
        label=title.split(LABEL, 1)[0].strip() if LABEL in title else "",
        source_url=card.group(1) if card else "",
    )


def _cache_file(blog_dir: Path) -> Path:
    key = hashlib.sha256(str(blog_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return user_dirs().cache / "archive" / f"{key}.json"


def _load_cache(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _post_files(blog_dir: Path) -> list[Path]:
    out = []
    for folder, dirs, names in os.walk(blog_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(folder) / n for n in sorted(names) if n.endswith(".md") and not n.startswith(".")]
    return out


def list_posts(blog_dir: Path, *, use_cache: bool = True) -> Listing:
    """Every post under ``blog_dir``, newest first; unreadable files are listed as problems."""
    cache_path = _cache_file(blog_dir)
    cached = _load_cache(cache_path) if use_cache else {}
    fresh: dict[str, dict[str, object]] = {}
    listing = Listing()
    for path in _post_files(blog_dir):
        rel = path.relative_to(blog_dir).as_posix()
        try:
            st = path.stat()
        except OSError:
            continue
        stamp = [st.st_mtime_ns, st.st_size]
        entry = cached.get(rel)
        if entry is not None and entry.get("stamp") == stamp:
            fresh[rel] = entry
        else:
            try:
                fresh[rel] = {"stamp": stamp, "post": asdict(read_post(path, rel))}
            except BadPost as e:
                fresh[rel] = {"stamp": stamp, "problem": str(e)}
        record = fresh[rel]
        if "problem" in record:
            listing.problems.append((rel, str(record["problem"])))
        else:
            listing.posts.append(Post(**record["post"]))  # type: ignore[arg-type]
    if use_cache and fresh != cached:
        try:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            data = {"version": CACHE_VERSION, "files": fresh}
            atomic_write(cache_path, json.dumps(data, ensure_ascii=False).encode("utf-8"), backup=False)
        except OSError:
            pass  # a cache that cannot be written is only slower next time
    listing.posts.sort(key=lambda p: (p.date, p.path), reverse=True)
    return listing


_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_)")


def same_article_url(url: str) -> str:
    """A URL reduced to what identifies an article: no scheme, www., fragment, tracking
    parameters or trailing slash; the host in lower case."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


def translated_before(blog_dir: Path, source_url: str) -> list[Post]:
    """Posts of the blog whose source card is this article."""
    if not source_url.strip() or not blog_dir.is_dir():
        return []
    want = same_article_url(source_url)
    return [p for p in list_posts(blog_dir).posts if p.source_url and same_article_url(p.source_url) == want]
