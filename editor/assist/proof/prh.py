"""User dictionaries in prh's YAML format (the one textlint-rule-prh reads): each rule has an
``expected`` spelling, a ``pattern`` (a string, ``/regex/flags`` or a list of them; the expected
word itself, any case, when absent) and ``specs`` (``from``/``to`` pairs the rule must turn into
each other: checked when the dictionary is read, so a broken rule is said at once).

This module takes the parsed YAML (reading the file is the flows' job, with the bounded loader).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from editor.assist.proof.model import Hit, Options, Segment
from editor.core.messages import Msg


class DictionaryError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    expected: str
    pattern: re.Pattern[str]
    origin: str = ""

    def replace(self, text: str) -> str:
        return self.pattern.sub(self._fix, text)

    def _fix(self, m: re.Match[str]) -> str:
        return m.expand(re.sub(r"\$(\d)", r"\\\1", self.expected))


_SLASHED = re.compile(r"\A/(.*)/([gimsuy]*)\Z", re.S)


def _compile(pattern: str, word_boundary: bool) -> re.Pattern[str]:
    m = _SLASHED.match(pattern)
    if m:
        flags = re.IGNORECASE if "i" in m.group(2) else 0
        body = m.group(1)
    else:
        flags, body = 0, re.escape(pattern)
    if word_boundary:
        body = rf"(?<![\w]){body}(?![\w])"
    return re.compile(body, flags)


def entries(data: object, origin: str) -> list[Entry]:
    """The dictionary's rules; DictionaryError names what is wrong (a bad pattern, a failed spec)."""
    if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
        raise DictionaryError(Msg("{origin}: not a prh dictionary (no list of rules)", origin=origin))
    out = []
    for n, rule in enumerate(data.get("rules", []), 1):
        if not isinstance(rule, dict) or not isinstance(rule.get("expected"), str) or not rule["expected"]:
            raise DictionaryError(Msg("{origin}: rule {n} has no expected spelling", origin=origin, n=n))
        expected = rule["expected"]
        raw = rule.get("pattern", rule.get("patterns"))
        options = rule.get("options")
        boundary = isinstance(options, dict) and bool(options.get("wordBoundary", False))
        patterns = raw if isinstance(raw, list) else [raw] if raw is not None else []
        try:
            if patterns:
                compiled = [_compile(str(p), boundary) for p in patterns]
                pattern = re.compile("|".join(f"(?:{c.pattern})" for c in compiled), compiled[0].flags)
            else:
                body = re.escape(expected)
                pattern = re.compile(rf"(?<![\w]){body}(?![\w])" if boundary else body, re.IGNORECASE)
        except re.error as e:
            raise DictionaryError(Msg("{origin}: rule {n}: {e}", origin=origin, n=n, e=e)) from e
        entry = Entry(expected, pattern, origin)
        for spec in rule.get("specs", []) or []:
            if isinstance(spec, dict) and "from" in spec and "to" in spec:
                got = entry.replace(str(spec["from"]))
                if got != str(spec["to"]):
                    raise DictionaryError(
                        Msg(
                            "{origin}: rule {n} turns {src!r} into {got!r}, its spec says {want!r}",
                            origin=origin,
                            n=n,
                            src=str(spec["from"]),
                            got=got,
                            want=str(spec["to"]),
                        )
                    )
        out.append(entry)
    return out


def check(seg: Segment, options: Options) -> Iterator[Hit]:
    for entry in options.get("entries", []):
        if not isinstance(entry, Entry):
            continue
        for m in entry.pattern.finditer(seg.masked):
            fixed = m.expand(re.sub(r"\$(\d)", r"\\\1", entry.expected))
            if m.group() and m.group() != fixed:
                yield Hit(m.start(), m.end(), fixed, {"found": m.group(), "expected": fixed})
