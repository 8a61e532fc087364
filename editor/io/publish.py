"""One-step export: render with a profile and write into the blog folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from editor.core.model import Article
from editor.io.destination import Written, write_post
from editor.io.export import render
from editor.io.profiles import Profile


def post_date_for(article: Article, profile: Profile, now: datetime | None = None) -> datetime:
    """The post's date: that of its first export, so re-exports keep it."""
    record = article.exports.get(profile.name)
    if record and record.post_date:
        try:
            return datetime.fromisoformat(record.post_date)
        except ValueError:
            pass
    when = now or datetime.now()
    if when.tzinfo is None:
        when = when.astimezone()  # the user's local time zone
    return when.replace(microsecond=0)


def export_to_blog(
    article: Article,
    profile: Profile,
    blog_dir: Path,
    *,
    now: datetime | None = None,
    force: bool = False,
    allow_untranslated: bool = False,
) -> Written:
    when = post_date_for(article, profile, now)
    text = render(article, profile, post_date=when, allow_untranslated=allow_untranslated)
    return write_post(article, profile, text, blog_dir, when, force=force)
