"""Styles: which rules run, with which options and severities.

Shipped styles are TOML files in ``resources/styles/``; a file of the same name in the user's
config folder (``styles/``) overrides one, and any other file there adds a style. A style's
``[rules]`` table turns a rule off (``"jtf-4.2.7" = false``) or sets its options and severity
(``[rules.sentence-length]`` ``max = 120``, ``severity = "hint"``); ``unlisted = "off"`` leaves
every rule it does not name off."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.assist.proof.model import Rule, Severity
from editor.assist.proof.rules import ALL_RULES
from editor.core.messages import Msg
from editor.core.paths import user_dirs
from editor.resources import resources_dir

DEFAULT_STYLE = "blog"


class StyleError(ValueError):
    pass


@dataclass(frozen=True)
class Setting:
    rule: Rule
    severity: Severity
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Style:
    name: str
    description: str = ""
    settings: dict[str, Setting] = field(default_factory=dict)
    origin: str = ""
    house: frozenset[str] = frozenset()
    """Conventions the blog's own posts follow (house.CONVENTIONS' rules): never flagged."""


def style_files() -> dict[str, Path]:
    found = {p.stem: p for p in sorted((resources_dir() / "styles").glob("*.toml"))}
    user = user_dirs().config / "styles"
    if user.is_dir():
        found.update({p.stem: p for p in sorted(user.glob("*.toml"))})
    return found


def style_names() -> list[str]:
    return sorted(style_files())


def build(name: str, data: dict[str, Any], rules: list[Rule], origin: str = "") -> Style:
    known = {r.id: r for r in rules}
    table = data.get("rules", {})
    if not isinstance(table, dict):
        raise StyleError(Msg("style {name}: [rules] should be a table", name=name))
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise StyleError(Msg("style {name}: unknown rules {names}", name=name, names=", ".join(unknown)))
    unlisted_on = data.get("unlisted", "default") != "off"
    style = Style(name, str(data.get("description", "")), origin=origin)
    for rule in rules:
        value = table.get(rule.id, rule.in_default and unlisted_on)
        if value is False:
            continue
        settings = dict(value) if isinstance(value, dict) else {}
        if settings.pop("enabled", True) is False:
            continue
        try:
            severity = Severity(settings.pop("severity", rule.severity))
        except ValueError as e:
            raise StyleError(
                Msg("style {name}: {id}: severity is error, warning or hint", name=name, id=rule.id)
            ) from e
        extra = sorted(set(settings) - set(rule.options))
        if extra:
            raise StyleError(
                Msg("style {name}: {id} has no option {names}", name=name, id=rule.id, names=", ".join(extra))
            )
        for key, default in rule.options.items():
            if key in settings and not isinstance(settings[key], type(default)):
                raise StyleError(
                    Msg(
                        "style {name}: {id}.{key} should be like {default!r}",
                        name=name,
                        id=rule.id,
                        key=key,
                        default=default,
                    )
                )
            value = settings.get(key)
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            if numeric and (value < 0 or (value == 0 and default > 0)):  # type: ignore[operator]
                raise StyleError(
                    Msg(
                        "style {name}: {id}.{key} should be more than 0 (it is {value})",
                        name=name,
                        id=rule.id,
                        key=key,
                        value=value,
                    )
                )
        style.settings[rule.id] = Setting(rule, severity, {**rule.options, **settings})
    return style


def load_style(name: str = DEFAULT_STYLE, rules: list[Rule] | None = None) -> Style:
    files = style_files()
    if name not in files:
        raise StyleError(
            Msg("no style named {name!r} (have: {available})", name=name, available=", ".join(sorted(files)))
        )
    path = files[name]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise StyleError(Msg("style {path}: {e}", path=path, e=e)) from e
    return build(name, data, rules or ALL_RULES, str(path))
