"""Translate one block with a chat model, in context, and check what came back.

The answer is cleaned and accepted (``answer``); where it left out a glossary term, the model is
asked once more, naming the term; a term still missed is reported, not hidden. The numbers and
links of the source are checked by the proofreading engine's source rules, as a draft would be.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from editor.assist.glossary import Term
from editor.assist.llm import answer, chat, prompt
from editor.assist.llm.context import Request
from editor.assist.mt import MTError
from editor.assist.proof.engine import check_segments, segment
from editor.assist.proof.model import Kind, Problem
from editor.assist.proof.rules import ALL_RULES
from editor.assist.proof.styles import Style, build
from editor.core.messages import Msg

_VARIANTS = re.compile(r"\s*[/／;；|]\s*")
AFTER_MT = ("numbers", "links", "english-left")


@dataclass(frozen=True)
class Result:
    text: str
    missed: tuple[Term, ...] = ()
    """Glossary terms whose translation the draft does not use, after asking again."""
    asked_again: bool = False
    problems: tuple[Problem, ...] = ()
    """What the source↔draft rules find in the draft (a number or a link left out…)."""


def missed_terms(text: str, terms: tuple[Term, ...]) -> list[Term]:
    """Terms none of whose translations (``A / B``) the text holds."""
    out = []
    folded = text.casefold()
    for term in terms:
        variants = [v for v in _VARIANTS.split(term.target) if v]
        if variants and not any(v.casefold() in folded for v in variants):
            out.append(term)
    return out


_CHECK_STYLE: Style | None = None


def after_checks(text: str, source: str, lang: str) -> tuple[Problem, ...]:
    global _CHECK_STYLE
    if _CHECK_STYLE is None:
        _CHECK_STYLE = build(
            "after-mt", {"unlisted": "off", "rules": dict.fromkeys(AFTER_MT, True)}, ALL_RULES
        )
    seg = segment(text, Kind.BODY, block=1, source=source, source_lang=lang)
    return tuple(check_segments([seg], _CHECK_STYLE))


def translate(
    req: Request,
    cfg: chat.ChatConfig,
    *,
    on_piece: Callable[[str], None] | None = None,
    on_restart: Callable[[], None] | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """The block of ``req`` in Japanese; raises MTError. ``on_piece`` sees the answer stream in,
    ``on_restart`` that a second answer (asked for a missed term) replaces it."""
    source = req.block.source
    asked = prompt.messages(req)
    raw = chat.chat(cfg, asked, on_piece=on_piece, cancel=cancel)
    text = answer.accept(raw, source, cfg.name)
    missed = missed_terms(text, req.terms)
    again = False
    if missed:
        again = True
        if on_restart is not None:
            on_restart()
        retry = prompt.retry(asked, text, [(t.source, t.target) for t in missed])
        try:
            second = answer.accept(chat.chat(cfg, retry, on_piece=on_piece, cancel=cancel), source, cfg.name)
        except MTError as e:
            if e.kind in ("cancelled", "offline"):
                raise
            second = ""  # the first answer stands, with its finding
        if second and len(missed_terms(second, req.terms)) <= len(missed):
            text = second
        missed = missed_terms(text, req.terms)
    return Result(text, tuple(missed), again, after_checks(text, source, req.block.lang or "en"))


def summarize(
    cfg: chat.ChatConfig, text: str, count: int, chars: int, cancel: threading.Event | None = None
) -> list[tuple[str, str]]:
    """``count`` (label, point) pairs drafted from a Japanese text; MTError when none came back."""
    raw = chat.chat(cfg, prompt.summary_messages(text, count, chars), cancel=cancel)
    body = answer.strip(raw, "")
    points = []
    for line in body.splitlines():
        line = re.sub(r"^\s*(?:[-*・•]|\d+[.)．])\s*", "", line).strip()
        if not line:
            continue
        labelled = re.match(r"(.{1,30}?)\s*[:：]\s*(.+)", line)
        label, point = (labelled.group(1).strip("*【】[] "), labelled.group(2)) if labelled else ("", line)
        point = point.strip().strip("*").rstrip("。")
        if point:
            points.append((label, point[:chars]))
    if not points:
        raise MTError("server", Msg("{engine}: no summary points came back", engine=cfg.name))
    return points[:count]
