"""``tsuji pretranslate``: fill untranslated blocks with machine translation (machine drafts).

With ``--engine openai`` or ``--engine ollama`` each block goes to a language model with its
context (the paragraphs around, the glossary, the memory, the blog's style); a model on this
machine works with the network down."""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from typing import Any

from editor.assist import pretranslate
from editor.assist.glossary import Glossary
from editor.assist.llm.context import view
from editor.assist.memory import Memory
from editor.assist.mt import CHAT_ENGINES, ENGINES
from editor.assist.mt_cache import MTCache
from editor.assist.proof import StyleError
from editor.cli.check import current_profile
from editor.cli.common import UserError, settings
from editor.core import project
from editor.flows.machine import Translator, configured
from editor.flows.proofread import style_for

NAME = "pretranslate"


def add_parser(sub: Any) -> None:
    pre = sub.add_parser(
        NAME,
        help="fill untranslated blocks with machine translation",
        description="Translate every block that has no translation yet, in order, and save the "
        "drafts as machine drafts. openai and ollama send each block to a language model with the "
        "article around it, the glossary, the memory and the blog's style.",
    )
    pre.add_argument("project", help="a .tsuji project file")
    pre.add_argument(
        "--engine", default=None, choices=sorted(ENGINES), help="translation engine (default: the settings')"
    )
    pre.add_argument("--url", default=None, help="server URL (LibreTranslate, OpenAI-compatible, Ollama)")
    pre.add_argument("--model", default=None, help="model name (openai, ollama)")
    pre.add_argument("--temperature", type=float, default=None, help="sampling temperature (openai, ollama)")
    pre.add_argument("--key", default=None, help="API key (default: the one stored in settings)")
    pre.add_argument("--region", default=None, help="region (Microsoft)")
    pre.add_argument(
        "--timeout", type=float, default=None, help="seconds per request (default 20; 120 for a model)"
    )


def run(args: argparse.Namespace) -> int:
    proj = project.load(args.project)
    prefs = settings()
    cfg = configured(prefs, args.engine, args.key)
    chat = cfg.engine in CHAT_ENGINES
    changes: dict[str, Any] = {}
    for option, field in (
        ("url", "url"),
        ("model", "model"),
        ("temperature", "temperature"),
        ("region", "region"),
        ("timeout", "timeout"),
    ):
        if getattr(args, option) is not None:
            changes[field] = getattr(args, option)
    cfg = dataclasses.replace(cfg, **changes)
    if chat and not cfg.model:
        raise UserError(f"--engine {cfg.engine} needs --model (the name the server lists)")
    if cfg.timeout <= 0:
        raise UserError("--timeout must be more than 0 seconds")
    items = pretranslate.todo(proj.article)
    if not items:
        print("nothing to translate: every block has a translation")
        return 0
    try:
        style = style_for(current_profile())
    except StyleError:
        style = None  # the style shapes the request; a broken one is reported by tsuji check
    glossary, memory, cache = Glossary(), Memory() if chat else None, MTCache()
    try:
        translator = Translator(cfg, glossary=glossary, memory=memory, style=style, cache=cache)
        article = view(proj.article)

        def report(n: int, item: pretranslate.Todo, error: str | None) -> None:
            if error is None:
                print(f"[{n}/{len(items)}] block {item.index}: translated", flush=True)
            else:
                print(f"[{n}/{len(items)}] block {item.index}: failed: {error}", file=sys.stderr, flush=True)

        stop = threading.Event()  # Ctrl+C stops after the block in hand; what is done is saved
        previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
        try:
            outcome = translator.run(article, items, on_progress=report, cancel=stop)
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        for store in (glossary, memory, cache):
            if store is not None:
                store.close()
    for edit in pretranslate.as_edits(proj.article, outcome):
        edit.apply(proj.article)
    project.save(proj)
    done, failed = len(outcome.translated), len(outcome.failures)
    line = f"{done} of {len(items)} block(s) translated by {translator.name}; {failed} failed"
    if outcome.left:
        line += f"; {outcome.left} not tried ({outcome.stopped_by or 'stopped'})"
    print(line)
    return 1 if outcome.failures or outcome.left else 0
