"""Machine translation of a project's blocks, once for the window and the command line.

A ``Translator`` holds the engine, the stores and the blog's style. For a chat engine (a local
model behind Ollama, llama.cpp's server, LM Studio, vLLM, or a hosted service speaking the same
protocol) each block goes with its context: the paragraphs around it, the article, the glossary
terms it holds, the memory's matches and the style. The web services (deep-translator) get the
block alone, DeepL with the neighbouring paragraphs as its ``context``. Every translation is kept
in the cache, keyed by what was asked, so an offline session still has it.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

from editor.assist import pretranslate
from editor.assist.llm import chat, context, prompt
from editor.assist.llm.context import Request, View
from editor.assist.llm.translate import Result, after_checks, missed_terms, summarize, translate
from editor.assist.mt import CHAT_ENGINES, ENGINES, EngineConfig
from editor.assist.mt_cache import MTCache
from editor.assist.proof.styles import Style
from editor.assist.secrets import get_key
from editor.core import inline
from editor.core.model import Article, SummaryPoint
from editor.settings import Settings


def configured(settings: Settings, engine: str | None = None, key: str | None = None) -> EngineConfig:
    """The engine the settings name (or ``engine``), with its key from the key store."""
    name = engine or settings.mt_engine
    secret = get_key(name) if key is None else key
    if name in CHAT_ENGINES:
        return EngineConfig(
            name,
            secret,
            settings.llm_url or chat.DEFAULT_URLS[name],
            timeout=settings.llm_timeout,
            model=settings.llm_model,
            temperature=settings.llm_temperature,
        )
    return EngineConfig(
        name, secret, settings.mt_url, settings.mt_region, settings.mt_free_api, settings.mt_timeout
    )


def chat_config(cfg: EngineConfig) -> chat.ChatConfig:
    return chat.ChatConfig(cfg.engine, cfg.url, cfg.model, cfg.api_key, cfg.temperature, cfg.timeout)


def style_guide(style: Style | None) -> tuple[str, ...]:
    """The style's rules that shape a translation, as instructions for a model."""
    settings = {} if style is None else {rid: dict(s.options) for rid, s in style.settings.items()}
    return prompt.guide(settings)


@dataclass(frozen=True)
class Translated:
    result: Result
    cached: bool
    engine: str
    """The engine's name, for the suggestions panel."""


class Translator:
    def __init__(
        self,
        cfg: EngineConfig,
        *,
        glossary: context.TermSource | None = None,
        memory: context.MemorySource | None = None,
        style: Style | None = None,
        cache: MTCache | None = None,
    ) -> None:
        self.cfg = cfg
        self.glossary, self.memory = glossary, memory
        self.guide = style_guide(style)
        self.cache = cache

    @property
    def name(self) -> str:
        return (
            f"{ENGINES.get(self.cfg.engine, self.cfg.engine)} ({self.cfg.model})"
            if self.cfg.model
            else ENGINES.get(self.cfg.engine, self.cfg.engine)
        )

    def request(self, view: View, block_id: str, drafts: dict[str, str] | None = None) -> Request:
        memory = self.memory if self.cfg.engine in CHAT_ENGINES else None
        return context.build(
            view, block_id, drafts=drafts, glossary=self.glossary, memory=memory, guide=self.guide
        )

    def block(
        self,
        view: View,
        block_id: str,
        *,
        drafts: dict[str, str] | None = None,
        on_piece: Callable[[str], None] | None = None,
        on_restart: Callable[[], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Translated:
        """One block in Japanese; raises MTError."""
        req = self.request(view, block_id, drafts)
        lang = req.block.lang or "en"
        if self.cfg.engine not in CHAT_ENGINES:
            return self._web(req, lang, cancel)
        key = self._key(req)
        engine = f"{self.cfg.engine}:{self.cfg.model}"
        hit = self.cache.get(engine, lang, "ja", key) if self.cache is not None else None
        if hit is not None:
            checks = after_checks(hit, req.block.source, lang)
            return Translated(
                Result(hit, tuple(missed_terms(hit, req.terms)), False, checks), True, self.name
            )
        result = translate(
            req, chat_config(self.cfg), on_piece=on_piece, on_restart=on_restart, cancel=cancel
        )
        if self.cache is not None:
            self.cache.put(engine, lang, "ja", key, result.text)
        return Translated(result, False, self.name)

    def _key(self, req: Request) -> str:
        """What the cache keeps a chat answer under: the block, and a digest of all it was asked
        with (the context changes the translation)."""
        asked = json.dumps([prompt.messages(req), self.cfg.temperature], ensure_ascii=False)
        return f"{req.block.source}\x1f{hashlib.sha256(asked.encode('utf-8')).hexdigest()[:24]}"

    def _web(self, req: Request, lang: str, cancel: threading.Event | None) -> Translated:
        from editor.assist.mt import translate as web_translate

        around = " ".join(inline.to_plain(p.source) for p in (*req.before, *req.after))
        source = req.block.source
        if self.cache is not None:
            text, cached = self.cache.translate(source, lang, self.cfg, cancel=cancel, context=around)
        else:
            text, cached = web_translate(source, lang, self.cfg, cancel=cancel, context=around), False
        result = Result(text, tuple(missed_terms(text, req.terms)), False, after_checks(text, source, lang))
        return Translated(result, cached, self.name)

    def run(
        self,
        view: View,
        items: list[pretranslate.Todo],
        *,
        on_progress: Callable[[int, pretranslate.Todo, str | None], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> pretranslate.Outcome:
        """Pre-translate ``items`` in the article's order, each block with the drafts made so far
        for the blocks before it."""

        def one(item: pretranslate.Todo, drafts: dict[str, str], stop: threading.Event | None) -> str:
            return self.block(view, item.block_id, drafts=drafts, cancel=stop).result.text

        return pretranslate.run(items, one, on_progress=on_progress, cancel=cancel)


SUMMARY_TEXT = 12_000
"""Characters of the draft a model reads to draft the summary (a laptop model's context)."""


def draft_text(article: Article, limit: int = SUMMARY_TEXT) -> str:
    """The Japanese draft as plain paragraphs, for a model to summarise."""
    parts = [
        inline.to_plain(b.draft) for b in article.blocks if not b.omit and not b.removed and b.draft.strip()
    ]
    return "\n\n".join(parts)[:limit]


def suggest_summary(
    text: str, cfg: EngineConfig, count: int, chars: int, cancel: threading.Event | None = None
) -> list[SummaryPoint]:
    """``count`` "label: text" points drafted by a chat engine from the draft's text
    (``draft_text``); MTError if none came back."""
    if not text:
        return []
    return [
        SummaryPoint(label, point) for label, point in summarize(chat_config(cfg), text, count, chars, cancel)
    ]
