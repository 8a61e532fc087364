"""Settings files: a dataclass read from and written to one JSON file, field by field, so a
damaged or older file never stops Tsuji (unknown keys are ignored, wrong types keep the default)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from editor.core.atomic import atomic_write

NOT_STORED = ("path", "problem")


def read(path: Path) -> tuple[dict[str, Any], str]:
    """The file's object and, if it could not be read, why (an empty object then)."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, ""
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return {}, f"settings file {path} could not be read ({e}); using defaults"
    if not isinstance(data, dict):
        return {}, f"settings file {path} is damaged; using defaults"
    return data, ""


def fill(obj: Any, data: dict[str, Any]) -> None:
    """Set each field of ``obj`` that ``data`` holds with the field's type (an int for a float)."""
    for f in fields(obj):
        if f.name in data and f.name not in NOT_STORED:
            default = getattr(obj, f.name)
            value = data[f.name]
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if isinstance(value, type(default)):
                setattr(obj, f.name, value)


def write(obj: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in asdict(obj).items() if k not in NOT_STORED}
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
