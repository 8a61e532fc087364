"""``tsuji pretranslate``: fill untranslated blocks with machine translation (machine drafts)."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any

from editor.assist import pretranslate
from editor.assist.mt import ENGINES, EngineConfig
from editor.assist.mt_cache import MTCache
from editor.assist.secrets import get_key
from editor.core import project

NAME = "pretranslate"


def add_parser(sub: Any) -> None:
    pre = sub.add_parser(NAME, help="fill untranslated blocks with machine translation")
    pre.add_argument("project", help="a .tsuji project file")
    pre.add_argument("--engine", required=True, choices=sorted(ENGINES), help="translation engine")
    pre.add_argument("--url", default="", help="server URL (LibreTranslate)")
    pre.add_argument("--key", default="", help="API key (default: the one stored in settings)")
    pre.add_argument("--region", default="", help="region (Microsoft)")
    pre.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")


def run(args: argparse.Namespace) -> int:
    proj = project.load(args.project)
    key = args.key or get_key(args.engine)
    cfg = EngineConfig(args.engine, key, args.url, args.region, timeout=args.timeout)
    items = pretranslate.todo(proj.article)
    if not items:
        print("nothing to translate: every block has a translation")
        return 0
    cache = MTCache()

    def translate(text: str, lang: str, cancel: threading.Event | None) -> str:
        return cache.translate(text, lang, cfg, cancel=cancel)[0]

    def report(n: int, item: pretranslate.Todo, error: str | None) -> None:
        if error is None:
            print(f"[{n}/{len(items)}] block {item.index}: translated")
        else:
            print(f"[{n}/{len(items)}] block {item.index}: failed: {error}", file=sys.stderr)

    outcome = pretranslate.run(items, translate, on_progress=report)
    for edit in pretranslate.as_edits(proj.article, outcome):
        edit.apply(proj.article)
    project.save(proj)
    line = (
        f"{len(outcome.translated)} of {len(items)} block(s) translated by {ENGINES[args.engine]};"
        f" {len(outcome.failures)} failed"
    )
    if outcome.left:
        line += f"; {outcome.left} not tried ({outcome.stopped_by or 'stopped'})"
    print(line)
    return 1 if outcome.failures or outcome.left else 0
