"""Morphological analysis with janome (MeCab-IPADIC tags, the tag set textlint's kuromoji rules use).

janome's dictionary takes about 0.1 s and 60 MB to load: callers load it off the GUI thread
(``load``) and hand the tokenizer to the engine; rules that need parts of speech are skipped
until then. Tokens are cached per sentence, so re-checking an unchanged text costs nothing."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol


@dataclass(frozen=True)
class Token:
    surface: str
    pos: str
    """品詞 and its first sub-category, as 助詞,格助詞."""
    start: int
    infl: str = ""
    """The conjugation type of a verb (一段, 五段・ラ行, カ変・クル…), else empty."""


class Tokenizer(Protocol):
    def tokens(self, text: str) -> tuple[Token, ...]: ...


class Janome:
    def __init__(self) -> None:
        from janome.tokenizer import Tokenizer as _Janome

        self._tk: Any = _Janome()
        self._lock = threading.Lock()
        self.tokens = lru_cache(maxsize=20_000)(self._tokens)

    def _tokens(self, text: str) -> tuple[Token, ...]:
        out = []
        pos = 0
        with self._lock:
            analysed = list(self._tk.tokenize(text))
        for t in analysed:
            surface = t.surface
            at = text.find(surface, pos)
            at = pos if at < 0 else at
            parts = t.part_of_speech.split(",")
            infl = t.infl_type if t.infl_type != "*" else ""
            out.append(Token(surface, f"{parts[0]},{parts[1]}", at, infl))
            pos = at + len(surface)
        return tuple(out)


_loaded: Janome | None = None
_load_lock = threading.Lock()


def load() -> Tokenizer | None:
    """The tokenizer, loaded once; None if janome is not installed."""
    global _loaded
    with _load_lock:
        if _loaded is None:
            try:
                _loaded = Janome()
            except ImportError:
                return None
        return _loaded


def loaded() -> Tokenizer | None:
    """The tokenizer if it is already loaded, without loading it."""
    return _loaded
