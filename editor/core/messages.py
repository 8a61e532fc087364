"""Messages for the user, made below the UI and translated by it.

A message is English text (what a log, the CLI and ``str(error)`` show) that
also carries its template and values, so the window can show it in the
interface's language: ``Msg("{path}: no such file", path=p)``. The template is
the key the translation is looked up by; the values are filled in after.
"""

from __future__ import annotations

from typing import Any


class Msg(str):
    """English text with the template and values it was made from."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Msg:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle keep the template
        return (_remake, (self.template, self.args))


def _remake(template: str, args: dict[str, Any]) -> Msg:
    return Msg(template, **args)
