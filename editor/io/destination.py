"""Where an exported post goes in the blog folder, and writing it safely."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from editor.core.atomic import atomic_write, backup_path
from editor.core.model import Article, ExportRecord
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


class ExportRefused(ValueError):
    """The target exists and is not Tsuji's to overwrite."""


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
        parts = [p for p in urlsplit(article.source_url).path.split("/") if p]
        for part in reversed(parts):
            slug = slugify(re.sub(r"\.(html?|php|aspx?)$", "", unquote(part)))
            if slug and not slug.isdigit():
                return slug
    seed = (article.source_url or article.title or article.source_title or "post").encode()
    return "post-" + hashlib.sha256(seed).hexdigest()[:8]


def relative_path(article: Article, profile: Profile, post_date: datetime) -> Path:
    values = {
        "yyyy": f"{post_date.year:04d}",
        "mm": f"{post_date.month:02d}",
        "dd": f"{post_date.day:02d}",
        "slug": article_slug(article),
        "label": slugify(article.site_label) or "post",
    }
    rel = Path(profile.path_pattern.format_map(values))
    if rel.is_absolute() or ".." in rel.parts:
        raise ExportRefused(f"profile path_pattern {profile.path_pattern!r} leaves the blog folder")
    return rel


_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _carry_keys(old: str, new: str, keys: list[str]) -> str:
    """Keep front-matter lines such as blogsync's URL/EditURL from the old file."""
    m_old, m_new = _FRONT.match(old), _FRONT.match(new)
    if not keys or not m_old or not m_new:
        return new
    carried = [
        line
        for line in m_old.group(1).split("\n")
        if line.split(":", 1)[0].strip() in keys
        and not re.search(rf"^{re.escape(line.split(':', 1)[0])}:", m_new.group(1), re.M)
    ]
    if not carried:
        return new
    head = m_new.group(1) + "\n" + "\n".join(carried)
    return f"---\n{head}\n---\n" + new[m_new.end() :]


@dataclass
class Written:
    path: Path
    replaced_foreign: bool
    """True when a file Tsuji had not written was overwritten (with --force); a .bak was kept."""


def write_post(
    article: Article,
    profile: Profile,
    text: str,
    blog_dir: Path,
    post_date: datetime,
    *,
    force: bool = False,
) -> Written:
    """Write the post under ``blog_dir``; remember the path in the article.

    Re-exporting updates the file this article wrote before. A file that
    Tsuji did not write, or that someone edited since, is not overwritten
    unless ``force``; then the old one is kept as ``.bak``.
    """
    record = article.exports.get(profile.name)
    if record and record.path:
        target = blog_dir / record.path
    else:
        target = blog_dir / relative_path(article, profile, post_date)
    foreign = False
    if target.exists():
        if not target.is_file():
            raise ExportRefused(f"{target} is a folder")
        old = target.read_bytes()
        ours = record is not None and hashlib.sha256(old).hexdigest() == record.sha256
        if not ours:
            if not force:
                why = "was changed since Tsuji exported it" if record else "was not written by Tsuji"
                raise ExportRefused(f"{target} {why}; use --force to overwrite it (a .bak is kept)")
            foreign = True
            text = _carry_keys(old.decode("utf-8", "replace"), text, profile.preserve_keys)
    data = text.encode("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data, backup=foreign)
    article.exports[profile.name] = ExportRecord(
        path=target.relative_to(blog_dir).as_posix(),
        profile=profile.name,
        post_date=post_date.isoformat(timespec="seconds"),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return Written(target, foreign)


__all__ = [
    "ExportRefused",
    "Written",
    "article_slug",
    "backup_path",
    "relative_path",
    "slugify",
    "write_post",
]
