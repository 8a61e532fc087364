"""Findings as the command line prints them: one line each, or JSON (``check`` and ``export``)."""

from __future__ import annotations

from typing import Any

from editor.assist.checks import Finding
from editor.assist.proof.model import Problem
from editor.cli.common import lang
from editor.flows.publish import Blocker


def where(p: Problem, in_project: bool) -> str:
    if not in_project:
        return f"{p.line}:{p.column}"
    if p.field == "title":
        return f"title:{p.column}"
    if p.field in ("summary", "label"):
        return f"summary {p.block}:{p.column}"
    return f"block {p.block}{' note' if p.field == 'note' else ''}:{p.line}:{p.column}"


def problem_line(p: Problem, in_project: bool) -> str:
    message = p.message if lang() == "ja" else p.message_en
    return f"{where(p, in_project)}: {p.severity} [{p.rule}] {message}"


def finding_line(f: Finding) -> str:
    return f"{f.code}: {f.message}"


def blocker_line(b: Blocker) -> str:
    if b.finding is not None:
        return finding_line(b.finding)
    assert b.problem is not None
    return problem_line(b.problem, True)


def problem_json(p: Problem, in_project: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": p.rule,
        "severity": str(p.severity),
        "line": p.line,
        "column": p.column,
        "message": p.message if lang() == "ja" else p.message_en,
        "message_ja": p.message,
        "message_en": p.message_en,
        "fix": p.fix,
        "excerpt": p.excerpt,
    }
    if in_project:
        out.update(block=p.block, block_id=p.block_id, field=p.field)
    return out


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.code,
        "severity": "error",
        "line": None,
        "column": None,
        "message": f.message,
        "fix": None,
        "block": f.block,
        "block_id": f.block_id,
        "field": "article",
    }
