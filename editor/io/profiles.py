"""Export profiles: how a post is laid out for one kind of blog.

Shipped profiles are TOML files in ``resources/profiles/``; a file of the
same name in the user's config folder (``profiles/``) overrides one, and any
other file there adds a profile. Every wording and pattern is a setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from editor.core.messages import Msg
from editor.core.paths import user_dirs
from editor.io.toml_cache import read_toml
from editor.resources import resources_dir
from editor.settings.prefs import DEFAULT_PROFILE

FRONT_MATTERS = ("blogsync", "yaml", "none")


class ProfileError(ValueError):
    pass


@dataclass
class Profile:
    """How a blog writes a post: its Markdown, its front matter, its summary's limits (an export profile)."""

    name: str
    description: str = ""
    front_matter: str = "blogsync"
    path_pattern: str = "entry/{yyyy}/{mm}/{dd}/{slug}.md"
    title_pattern: str = "{label}⚡️{title}"
    title_pattern_no_label: str = "{title}"
    title_in_body: bool = False
    source_pattern: str = "[{url}:embed:cite]"
    byline_pattern: str = "{author}著:{date}"
    date_format: str = "%m/%d/%Y"
    summary_heading: str = "✒️要約"
    summary_bullet: str = "- "
    summary_pattern: str = "{label}: {text}"
    summary_pattern_no_label: str = "{text}"
    body_heading: str = "【本文】"
    section_heading_level: int = 0
    attribution_pattern: str = "— {name}"
    note_pattern: str = "※訳注: {note}"
    untranslated_marker: str = "【未訳】"
    min_heading_level: int = 3
    categories: list[str] = field(default_factory=list)
    draft: bool = True
    preserve_keys: list[str] = field(default_factory=list)
    summary_max_chars: int = 80
    style: str = ""
    """The proofreading style (resources/styles/<style>.toml) drafts for this blog are checked with;
    empty: the default style (flows.proofread.style_name)."""
    origin: str = ""


def _from_toml(path: Path) -> Profile:
    try:
        data: dict[str, Any] = read_toml(path)
    except (OSError, ValueError) as e:  # ValueError: not UTF-8, not TOML
        raise ProfileError(Msg("profile {path}: {e}", path=path, e=e)) from e
    known = {f.name: f for f in fields(Profile)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ProfileError(
            Msg("profile {path}: unknown settings {names}", path=path, names=", ".join(unknown))
        )
    data.setdefault("name", path.stem)
    profile = Profile(**data)
    defaults = Profile(name="")
    for f in fields(Profile):
        value, default = getattr(profile, f.name), getattr(defaults, f.name)
        if not isinstance(value, type(default)):
            raise ProfileError(
                Msg(
                    "profile {path}: {name} should be like {default!r}",
                    path=path,
                    name=f.name,
                    default=default,
                )
            )
    for f in fields(Profile):  # lists hold what their defaults hold (categories: texts)
        value = getattr(profile, f.name)
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise ProfileError(
                Msg("profile {path}: {name} should be a list of texts", path=path, name=f.name)
            )
    if profile.front_matter not in FRONT_MATTERS:
        raise ProfileError(
            Msg(
                "profile {path}: front_matter must be one of {choices}",
                path=path,
                choices=", ".join(FRONT_MATTERS),
            )
        )
    if "\x00" in profile.path_pattern or ".." in profile.path_pattern.split("/"):
        raise ProfileError(
            Msg("profile {path}: path_pattern must be a plain relative path (no NUL, no ..)", path=path)
        )
    if not profile.path_pattern.endswith(".md") or "{slug}" not in profile.path_pattern:
        raise ProfileError(
            Msg("profile {path}: path_pattern must contain {{slug}} and end in .md", path=path)
        )
    profile.origin = str(path)
    return profile


def profile_files() -> dict[str, Path]:
    found = {p.stem: p for p in sorted((resources_dir() / "profiles").glob("*.toml"))}
    user = user_dirs().profiles
    if user.is_dir():
        found.update({p.stem: p for p in sorted(user.glob("*.toml"))})
    return found


def profile_names() -> list[str]:
    return sorted(profile_files())


def load_profile(name: str = DEFAULT_PROFILE) -> Profile:
    files = profile_files()
    if name not in files:
        raise ProfileError(
            Msg(
                "no profile named {name!r} (have: {available})", name=name, available=", ".join(sorted(files))
            )
        )
    return _from_toml(files[name])


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    escaped = "".join(
        {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(ch, ch)
        if ch >= " " or ch in "\n\t\r"
        else f"\\u{ord(ch):04x}"
        for ch in text
    )
    return f'"{escaped}"'


def dump_profile(profile: Profile) -> str:
    lines = [f"# Tsuji export profile {profile.name!r}, saved from the export settings."]
    for f in fields(Profile):
        if f.name != "origin":
            lines.append(f"{f.name} = {_toml_value(getattr(profile, f.name))}")
    return "\n".join(lines) + "\n"


def save_profile(profile: Profile) -> Path:
    """Write the profile to the user's config folder, where it overrides the shipped one."""
    import tomllib

    from editor.core.atomic import atomic_write

    folder = user_dirs().profiles
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{profile.name}.toml"
    text = dump_profile(profile)
    tomllib.loads(text)  # never write a file we could not read back
    atomic_write(path, text.encode("utf-8"))
    return path
