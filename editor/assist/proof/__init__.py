"""Japanese proofreading: JTF style guide rules, writing rules, and source ↔ draft checks.

No Qt here. ``check_article`` and ``check_text`` return ``Problem``s with both a Japanese and an
English message; the UI picks the one for its language."""

from editor.assist.proof.engine import apply_fixes, check_article, check_text
from editor.assist.proof.model import Problem, Severity
from editor.assist.proof.rules import ALL_RULES, RULES_BY_ID
from editor.assist.proof.styles import DEFAULT_STYLE, Style, StyleError, load_style, style_names

__all__ = [
    "ALL_RULES",
    "DEFAULT_STYLE",
    "RULES_BY_ID",
    "Problem",
    "Severity",
    "Style",
    "StyleError",
    "apply_fixes",
    "check_article",
    "check_text",
    "load_style",
    "style_names",
]
