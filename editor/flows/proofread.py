"""Proofreading a project or a file, once for ``tsuji check`` and the window (its Problems dock
and the check before export): which style, the engine run, and the safe fixes."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.assist.glossary import Glossary
from editor.assist.proof import DEFAULT_STYLE, Style, check_article, check_text, load_style
from editor.assist.proof.engine import fix_text
from editor.assist.proof.fixes import fix_article
from editor.assist.proof.model import Problem
from editor.core.model import Article
from editor.io.profiles import Profile


def style_name(profile: Profile | None, override: str | None = None) -> str:
    """The style a blog's drafts are checked with: the one asked for, else the profile's, else
    the default."""
    return override or (profile.style if profile is not None else "") or DEFAULT_STYLE


def style_for(profile: Profile | None, override: str | None = None, blog_dir: str | None = None) -> Style:
    """The style itself (StyleError when it cannot be read), with the house style learnt from
    the posts in ``blog_dir`` where one was learnt."""
    from editor.flows.house_style import with_house

    return with_house(load_style(style_name(profile, override)), blog_dir)


@dataclass
class Checked:
    """What one proofreading run found, and how many safe fixes it applied first."""

    problems: list[Problem] = field(default_factory=list)
    fixed: int = 0
    text: str | None = None
    """A file's text after the fixes (None for a project: its article was changed in place)."""


def proofread_article(
    article: Article, style: Style, glossary: Glossary | None, *, fix: bool = False
) -> Checked:
    """The problems in a project (its ignores respected); with ``fix`` the safe fixes are applied
    to ``article`` first and what is left is reported."""
    problems = check_article(article, style, glossary)
    if not fix:
        return Checked(problems)
    fixed = fix_article(article, problems)
    return Checked(check_article(article, style, glossary) if fixed else problems, fixed)


def proofread_text(text: str, style: Style, *, fix: bool = False) -> Checked:
    """The problems in a Markdown or text file; with ``fix``, in the text after the safe fixes."""
    if not fix:
        return Checked(check_text(text, style))
    fixed_text, fixed = fix_text(text, style)
    return Checked(check_text(fixed_text, style), fixed, fixed_text)
