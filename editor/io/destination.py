"""Where an exported post goes in the blog folder, and writing it safely."""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from editor.core import inline
from editor.core.atomic import atomic_write, clean_stale_temps_under
from editor.core.decode import read_bytes
from editor.core.messages import Msg
from editor.core.model import Article, ExportRecord
from editor.core.project import clean_text
from editor.io import backups, export_log, frontmatter
from editor.io.profiles import Profile

_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
MAX_SLUG = 60
MAX_POST_BYTES = 20 * 1024 * 1024


def slugify(text: str) -> str:
    """ASCII words joined by dashes; empty when the text has no ASCII letters or digits."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:MAX_SLUG]
    if slug in _RESERVED:
        slug += "-post"
    return slug


def article_slug(article: Article) -> str:
    """From the source title, else the URL's last path part, else a hash."""
    for candidate in (article.source_title, article.title):
        slug = slugify(candidate)
        if slug:
            return slug
    if article.source_url:
        parts = [p for p in inline.split_url(article.source_url).path.split("/") if p]
        for part in reversed(parts):
            slug = slugify(re.sub(r"\.(html?|php|aspx?)$", "", unquote(part)))
            if slug and not slug.isdigit():
                return slug
    seed = (article.source_url or article.title or article.source_title or "post").encode()
    return "post-" + hashlib.sha256(seed).hexdigest()[:8]


CUSTOM_PATH = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-.]*(?:/[A-Za-z0-9][A-Za-z0-9_\-.]*)*")


def check_custom_path(text: str) -> str:
    """A post URL path as blogsync takes it (``2026/03/port-talks``): ASCII letters, digits,
    ``-``, ``_`` and ``.``, parts joined by ``/``; UnsafeDestination otherwise."""
    path = text.strip().strip("/").removesuffix(".md")
    if not CUSTOM_PATH.fullmatch(path) or ".." in path or len(path) > 200:
        raise UnsafeDestination(
            Msg(
                "the post's URL path {text!r} may hold only ASCII letters, digits, '-', '_', '.' and '/'",
                text=text,
            )
        )
    return path


def relative_path(article: Article, profile: Profile, post_date: datetime) -> Path:
    """Where a new post goes: the profile's pattern, or under ``entry/`` by its custom path."""
    if article.custom_path.strip():
        custom = check_custom_path(article.custom_path)
        if profile.front_matter == "blogsync":
            prefix = profile.path_pattern.split("{", 1)[0].rstrip("/") or "entry"
            return Path(prefix) / f"{custom}.md"  # blogsync's CustomPath is the path under entry/
        values_slug = custom.replace("/", "-")
    else:
        values_slug = ""
    values = {
        "yyyy": f"{post_date.year:04d}",
        "mm": f"{post_date.month:02d}",
        "dd": f"{post_date.day:02d}",
        "slug": values_slug or article_slug(article),
        "label": slugify(article.site_label) or "post",
    }
    try:
        rel = Path(profile.path_pattern.format_map(values))
    except (KeyError, ValueError, IndexError) as e:
        raise UnsafeDestination(
            Msg(
                "profile path_pattern {path_pattern!r} cannot be filled: {e}",
                path_pattern=profile.path_pattern,
                e=e,
            )
        ) from e
    if rel.is_absolute() or ".." in rel.parts or "\x00" in str(rel):
        raise UnsafeDestination(
            Msg(
                "profile path_pattern {path_pattern!r} leaves the blog folder",
                path_pattern=profile.path_pattern,
            )
        )
    return rel


class UnsafeDestination(ValueError):
    """A path that would leave the blog folder; no --force overrides this."""


def contained(blog_dir: Path, rel: str | Path) -> Path:
    """``blog_dir / rel``, refused unless it stays inside the blog folder.

    ``rel`` comes from a project file or a profile: data from anywhere. It must be
    relative, free of ``..`` and NUL, and must resolve (through any symlinked
    folder or file) to a place under the blog folder's own resolved path.
    """
    text = str(rel)
    if not text or "\x00" in text:
        raise UnsafeDestination(Msg("the export path {text!r} is not a usable file name", text=text))
    candidate = Path(text)
    if candidate.is_absolute() or candidate.drive or ".." in candidate.parts or text.startswith(("/", "\\")):
        raise UnsafeDestination(
            Msg("the export path {text!r} leaves the blog folder; Tsuji writes only inside it", text=text)
        )
    root = blog_dir.resolve()
    target = blog_dir / candidate
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError) as e:
        raise UnsafeDestination(
            Msg("the export path {text!r} cannot be resolved: {e}", text=text, e=e)
        ) from e
    if not resolved.is_relative_to(root) or resolved == root:
        raise UnsafeDestination(
            Msg(
                "the export path {text!r} leads to {resolved}, outside the blog folder {root} "
                "(through a link?)",
                text=text,
                resolved=resolved,
                root=root,
            )
        )
    return target


@dataclass
class Written:
    path: Path
    record: ExportRecord
    """What the project should remember of this export (apply it with edits.record_export)."""
    backup: Path | None = None
    """Where the replaced file was kept, when a changed or foreign file was overwritten."""
    kept_keys: list[str] = field(default_factory=list)
    """Front matter keys kept from the file on disk (blogsync's URL, EditURL, ...)."""

    @property
    def replaced_foreign(self) -> bool:
        return self.backup is not None


class ExportRefused(ValueError):
    """The target holds changes a person made (or is not Tsuji's); overwrite only when told to."""

    def __init__(self, path: Path, reason: str, old_body: str = "", new_body: str = "") -> None:
        self.path, self.reason, self.old_body, self.new_body = path, reason, old_body, new_body
        why = {
            "edited": Msg("{path} was edited since Tsuji exported it", path=path),
            "foreign": Msg("{path} was not written by Tsuji", path=path),
            "folder": Msg("{path} is a folder", path=path),
            "special": Msg("{path} is not a regular file (a pipe or a device?)", path=path),
        }[reason]
        super().__init__(why)

    def diff(self, limit: int = 40) -> list[str]:
        """The body lines that differ, old (-) against new (+)."""
        lines = difflib.unified_diff(
            self.old_body.splitlines(), self.new_body.splitlines(), "on disk", "Tsuji", lineterm="", n=1
        )
        return list(itertools.islice(lines, limit))


def find_by_edit_url(blog_dir: Path, edit_url: str) -> Path | None:
    """The post under ``blog_dir`` whose front matter has this EditURL (blogsync may have moved it);
    UnsafeDestination when two posts have it (never guess which one is the entry)."""
    if not edit_url:
        return None
    needle = edit_url.encode("utf-8")
    found: list[Path] = []
    for path in sorted(blog_dir.rglob("*.md")):
        if path.is_symlink() or not path.is_file():  # a pipe would block the open; a link leads out
            continue
        try:
            with path.open("rb") as f:
                head = f.read(4096)
        except OSError:
            continue
        if (
            needle in head
            and frontmatter.split(head.decode("utf-8", "replace")).text_value("EditURL") == edit_url
        ):
            try:
                found.append(contained(blog_dir, path.relative_to(blog_dir)))
            except UnsafeDestination:
                continue
    if len(found) > 1:  # one of them is a copy: writing to the first could update the decoy
        raise UnsafeDestination(
            Msg(
                "two posts carry the entry's EditURL: {a} and {b}; keep only the real one, then export",
                a=found[0].relative_to(blog_dir),
                b=found[1].relative_to(blog_dir),
            )
        )
    return found[0] if found else None


def locate(article: Article, profile: Profile, blog_dir: Path, post_date: datetime) -> Path:
    """Where this article's post is, or goes: the remembered file, the file blogsync moved
    (found by EditURL), or a new path from the profile's pattern."""
    record = article.exports.get(profile.name)
    if record and record.path:
        target = contained(blog_dir, record.path)
        if target.exists() or target.is_symlink():
            return target
        moved = find_by_edit_url(blog_dir, record.edit_url)
        return moved if moved is not None else target
    if record and record.edit_url:
        moved = find_by_edit_url(blog_dir, record.edit_url)
        if moved is not None:
            return moved
    return contained(blog_dir, relative_path(article, profile, post_date))


def _ours(old: bytes, record: ExportRecord | None, target: Path) -> bool:
    """Tsuji's own output, maybe rewritten by blogsync: the body is one Tsuji wrote here."""
    if record is not None and record.sha256 and hashlib.sha256(old).hexdigest() == record.sha256:
        return True
    body = frontmatter.body_hash(frontmatter.split(old.decode("utf-8", "replace")).body)
    if record is not None and record.body_sha256 == body:
        return True
    return export_log.wrote(target, body)


def _make_folders(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; the ones made, outermost first."""
    missing = []
    at = folder
    while not at.exists() and at != at.parent:
        missing.append(at)
        at = at.parent
    folder.mkdir(parents=True, exist_ok=True)
    return list(reversed(missing))


def write_post(
    article: Article,
    profile: Profile,
    text: str,
    blog_dir: Path,
    post_date: datetime,
    *,
    force: bool = False,
) -> Written:
    """Write the post under ``blog_dir``; the article itself is not changed.

    Re-exporting updates the same entry, wherever blogsync moved it, keeping the
    server's front matter keys. A body a person edited since the last export, or a
    file Tsuji never wrote, is overwritten only with ``force``, and then the old file
    is kept in the data folder's backups (never beside the post, inside the blog).
    """
    record = article.exports.get(profile.name)
    target = locate(article, profile, blog_dir, post_date)
    backup = None
    kept: list[str] = []
    if target.exists():
        if not target.is_file():
            raise ExportRefused(target, "folder" if target.is_dir() else "special")
        old = read_bytes(target, MAX_POST_BYTES)
        old_text = old.decode("utf-8", "replace")
        if not _ours(old, record, target):
            if not force:
                reason = "edited" if record else "foreign"
                raise ExportRefused(
                    target, reason, frontmatter.split(old_text).body, frontmatter.split(text).body
                )
            backup = backups.keep(old, target, blog_dir)
        blogsync = profile.front_matter == "blogsync"
        keys = [*profile.preserve_keys, *(frontmatter.SERVER_KEYS if blogsync else ())]
        keys = list(dict.fromkeys(keys))
        old_post = frontmatter.split(old_text)
        kept = [k for k in keys if k in old_post.keys]
        text = frontmatter.merge_server_keys(text, old_text, keys, blogsync=blogsync)
    text = clean_text(text)  # a lone surrogate would make the post invalid UTF-8
    data = text.encode("utf-8")
    clean_stale_temps_under(blog_dir)  # what a writer killed mid-write left, anywhere in the blog
    made = _make_folders(target.parent)
    try:
        contained(blog_dir, target.relative_to(blog_dir))  # the folders just made are inside too
        body = frontmatter.body_hash(frontmatter.split(text).body)
        export_log.remember(target, body)
        atomic_write(target, data, backup=False)
    except BaseException:
        for folder in reversed(made):  # a full disk leaves no empty entry/YYYY/MM/DD behind
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    written_post = frontmatter.split(text)
    new_record = ExportRecord(
        path=target.relative_to(blog_dir).as_posix(),
        profile=profile.name,
        post_date=post_date.isoformat(timespec="seconds"),
        sha256=hashlib.sha256(data).hexdigest(),
        body_sha256=body,
        edit_url=written_post.text_value("EditURL") or (record.edit_url if record else ""),
        url=written_post.text_value("URL") or (record.url if record else ""),
        preview_url=written_post.text_value("PreviewURL") or (record.preview_url if record else ""),
    )
    return Written(target, new_record, backup, kept)


__all__ = [
    "ExportRefused",
    "UnsafeDestination",
    "Written",
    "article_slug",
    "contained",
    "locate",
    "relative_path",
    "slugify",
    "write_post",
]
