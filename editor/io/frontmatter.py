"""A post's front matter as blogsync and Hugo keep it: split, read, merge.

Front matter here is the flat YAML that blog tools write: ``Key: value`` lines,
each optionally followed by indented or ``- item`` lines. It is kept as raw lines
per key so that a merge reproduces the server's own text exactly; values are read
with a YAML parser only when one is needed (``value``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import yaml

from editor.io import safe_yaml

_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)(?:\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(.*)$")

BLOGSYNC_ORDER = (
    "Title",
    "Category",
    "Date",
    "URL",
    "EditURL",
    "PreviewURL",
    "Draft",
    "Scheduled",
    "CustomPath",
)
SERVER_KEYS = ("URL", "EditURL", "PreviewURL", "Date", "Scheduled", "CustomPath")
"""What blogsync writes from the server's answer; a re-export keeps these as the server has them."""


@dataclass
class Post:
    keys: dict[str, list[str]] = field(default_factory=dict)
    """Key → its raw lines (the ``Key: value`` line and any continuation lines)."""
    body: str = ""
    has_front_matter: bool = False

    def value(self, key: str) -> object:
        """The key's YAML value (None when absent or unreadable)."""
        lines = self.keys.get(key)
        if not lines:
            return None
        try:
            data = safe_yaml.load("\n".join(lines))
        except yaml.YAMLError:  # 2026-13-45 is YAML, not a date; aliases are refused
            return None
        return data.get(key) if isinstance(data, dict) else None

    def readable(self) -> bool:
        """The whole front matter parses as a YAML mapping."""
        try:
            data = safe_yaml.load("\n".join(line for lines in self.keys.values() for line in lines))
        except yaml.YAMLError:  # 2026-13-45 is YAML, not a date; aliases are refused
            return False
        return isinstance(data, dict) or not self.keys

    def text_value(self, key: str) -> str:
        v = self.value(key)
        return "" if v is None else str(v)

    def render(self, order: tuple[str, ...] = ()) -> str:
        if not self.has_front_matter:
            return self.body
        names = [k for k in order if k in self.keys] + [k for k in self.keys if k not in order]
        head = "\n".join(line for k in names for line in self.keys[k])
        return f"---\n{head}\n---\n{self.body}"


def split(text: str) -> Post:
    """Front matter and body; text without a front matter fence is all body."""
    m = _FENCE.match(text)
    if not m:
        return Post(body=text)
    keys: dict[str, list[str]] = {}
    current: str | None = None
    for line in m.group(1).replace("\r\n", "\n").split("\n"):
        km = _KEY.match(line)
        if km and not line[:1].isspace():
            current = km.group(1)
            keys[current] = [line]
        elif current is not None and line.strip():
            keys[current].append(line)
    return Post(keys, text[m.end() :], True)


def body_hash(body: str) -> str:
    """A hash of the body that ignores what blog tools change without a person: line ends,
    trailing spaces, and blank lines at either end."""
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return hashlib.sha256("\n".join(lines).strip("\n").encode("utf-8")).hexdigest()


def merge_server_keys(new: str, old: str, keys: tuple[str, ...] | list[str], *, blogsync: bool) -> str:
    """``new`` with the server's keys taken from ``old``, the file it replaces.

    For blogsync, the draft state follows the server once the entry has been pushed
    (it has an ``EditURL``): a published entry stays published, a draft stays a draft.
    """
    n, o = split(new), split(old)
    if not n.has_front_matter or not o.has_front_matter:
        return new
    for key in keys:
        if key in o.keys:
            n.keys[key] = list(o.keys[key])
    if blogsync and "EditURL" in o.keys:
        if "Draft" in o.keys:
            n.keys["Draft"] = list(o.keys["Draft"])
        else:
            n.keys.pop("Draft", None)
    return n.render(BLOGSYNC_ORDER if blogsync else ())
