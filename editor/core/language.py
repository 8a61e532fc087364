"""Language detection with langdetect, made deterministic and crash-free."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from editor.core.model import Article, Block

_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
CHARS_PER_WORD = 2
"""Chinese and Japanese are written without spaces; about two characters make a word."""


def word_count(text: str) -> int:
    """How many words ``text`` holds, in any script: words between spaces, with each two Chinese or
    Japanese characters (or Hangul syllables) counted as one."""
    unspaced = len(_UNSPACED.findall(text))
    spaced = sum(any(ch.isalnum() for ch in t) for t in _UNSPACED.sub(" ", text).split())
    return spaced + unspaced // CHARS_PER_WORD


_lock = threading.Lock()
_ready = False
MIN_BLOCK_CHARS = 200
"""Shorter texts are too unreliable to tell a block's own language."""


def _factory() -> None:
    global _ready
    with _lock:
        if not _ready:
            from langdetect import DetectorFactory

            DetectorFactory.seed = 0
            _ready = True


_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _written_in(code: str, text: str) -> bool:
    """Whether ``text`` has the script ``code``'s language cannot be written without: Korean
    Hangul, Japanese kana, Chinese its characters."""
    if code == "ko":
        return bool(_HANGUL.search(text))
    if code == "ja":
        return bool(_KANA.search(text))
    if code.startswith("zh"):
        return bool(_HAN.search(text))
    return True


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it cannot tell.

    langdetect's likeliest language, unless the text lacks that language's script: it calls
    many plain sentences of Traditional Chinese Korean (without a single Hangul letter); the
    next likeliest that fits is taken then, and Chinese characters alone are Chinese."""
    if sum(ch.isalpha() for ch in text) < 3:
        return None
    _factory()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    try:
        found = detect_langs(text)
    except LangDetectException:
        return None
    fitting = [str(c.lang) for c in found if _written_in(str(c.lang), text)]
    if fitting:
        return fitting[0].split("-")[0]
    if _HAN.search(text) and not _HANGUL.search(text) and not _KANA.search(text):
        return "zh"
    return str(found[0].lang).split("-")[0] if found else None


def detect_article(texts: Iterable[str], limit: int = 3000) -> str | None:
    """Detect on the body: all of it up to ``limit`` characters, else half of that from its start
    (the title and lead are in the post's language) and a quarter each from its middle and end
    (langdetect's time grows with the text, a few milliseconds a hundred characters; a long
    quotation in another language weighs no more than its share)."""
    whole = "\n".join(texts)
    if len(whole) > limit:
        half, quarter, middle = limit // 2, limit // 4, len(whole) // 2
        whole = "\n".join((whole[:half], whole[middle : middle + quarter], whole[-quarter:]))
    return detect(whole)


def block_language(article: Article, block: Block) -> str:
    """The language a block's source is in: its own, else the article's, else English."""
    return block.lang or article.source_lang or "en"
