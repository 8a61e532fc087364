"""YAML from files Tsuji did not write (front matter of posts, imported Markdown), read so that
no file can make it hang, exhaust memory or raise something unexpected: no aliases (a "billion
laughs" of anchors and aliases expands exponentially), no nesting past a sane depth, a bounded
size, and any error one ``yaml.YAMLError``."""

from __future__ import annotations

from typing import Any

import yaml

MAX_CHARS = 256 * 1024
"""Front matter is a few lines; more than this is not front matter."""
MAX_DEPTH = 40


class Refused(yaml.YAMLError):
    """YAML Tsuji will not read (aliases, too deep, too large)."""


def load(text: str, *, typed: bool = True) -> Any:
    """The YAML document in ``text``: typed values (SafeLoader) or, with ``typed=False``, every
    scalar a string (BaseLoader). Raises yaml.YAMLError (Refused among them) for anything bad."""
    if len(text) > MAX_CHARS:
        raise Refused(f"YAML of {len(text):,} characters (at most {MAX_CHARS:,})")
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise Refused("YAML aliases (*name) are not read")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise Refused(f"YAML nested more than {MAX_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    try:
        return yaml.load(text, Loader=yaml.SafeLoader if typed else yaml.BaseLoader)
    except yaml.YAMLError:
        raise
    except Exception as e:  # PyYAML's constructors fail oddly on "!!timestamp 'x'" and kin
        raise Refused(f"{type(e).__name__}: {e}") from e
