"""Every proofreading rule, in the order the engine runs them (styles pick among these)."""

from __future__ import annotations

from editor.assist.proof import rules_jtf, source, usage, writing
from editor.assist.proof.model import Rule

ALL_RULES: list[Rule] = [*rules_jtf.RULES, *writing.RULES, *usage.RULES, *source.RULES]
RULES_BY_ID = {r.id: r for r in ALL_RULES}
