"""The user's prh dictionaries (``prh/*.yml`` in the config folder), read with the bounded YAML
loader and put into the proofreading style's ``prh`` rule."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml

from editor.assist.proof.prh import DictionaryError, Entry, entries
from editor.assist.proof.styles import Style, StyleError
from editor.core.decode import ImportFailed, read_bytes
from editor.core.messages import Msg
from editor.core.paths import user_dirs
from editor.io import safe_yaml

MAX_BYTES = 256 * 1024


_cache: dict[tuple[tuple[str, float, int], ...], list[Entry]] = {}


def load() -> list[Entry]:
    """Every rule of every dictionary; StyleError names a file that cannot be used. Read again
    only when a file changed: the window asks at every check."""
    folder = user_dirs().config / "prh"
    if not folder.is_dir():
        return []
    paths = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    try:
        key = tuple((str(p), p.stat().st_mtime, p.stat().st_size) for p in paths)
    except OSError:
        key = ()
    if key and key in _cache:
        return _cache[key]
    out = _read(paths)
    if key:
        _cache.clear()
        _cache[key] = out
    return out


def _read(paths: list[Path]) -> list[Entry]:
    out: list[Entry] = []
    for path in paths:
        try:
            data = safe_yaml.load(read_bytes(path, MAX_BYTES).decode("utf-8", "replace"))
            out += entries(data, path.name)
        except (ImportFailed, OSError) as e:
            raise StyleError(Msg("{path}: {e}", path=path, e=e)) from e
        except yaml.YAMLError as e:
            raise StyleError(Msg("{path}: not valid YAML ({e})", path=path, e=e)) from e
        except DictionaryError as e:
            raise StyleError(str(e)) from e
    return out


def with_dictionaries(style: Style) -> Style:
    setting = style.settings.get("prh")
    found = load()
    if setting is None or not found:
        return style
    settings = {**style.settings, "prh": replace(setting, options={**setting.options, "entries": found})}
    return replace(style, settings=settings)
