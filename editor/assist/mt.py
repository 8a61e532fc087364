"""Machine translation through deep-translator, with the safety it lacks.

deep-translator calls ``requests`` with no timeout at all; every call made
here runs with one, imposed on ``requests.Session.request`` through a
thread-local value (set for the calling thread only). Long texts are split
at sentence boundaries under each engine's limit and rejoined. Every
failure becomes an MTError with a kind the window can act on (offline
greys the MT actions out) and a message a translator can read.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from editor.core.messages import Msg
from editor.core.project import clean_text

ENGINES = {
    "google": "Google",
    "mymemory": "MyMemory",
    "deepl": "DeepL",
    "microsoft": "Microsoft",
    "libre": "LibreTranslate",
    "openai": "OpenAI-compatible server",
    "ollama": "Ollama",
}
CHAT_ENGINES = frozenset({"openai", "ollama"})
"""Language models on a server the translator runs (or any that speaks the protocol): each
request carries the article's context (``editor.assist.llm``)."""
LIMITS = {"google": 4999, "mymemory": 499, "deepl": 4900, "microsoft": 4900, "libre": 4900}
NEEDS_KEY = {"deepl", "microsoft", "libre"}
DEFAULT_TIMEOUT = 20.0

_local = threading.local()
_patch_lock = threading.Lock()
_patched = False


class MTError(Exception):
    """kind: offline, timeout, rate_limited, bad_key, too_long, unsupported, server, cancelled."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class EngineConfig:
    engine: str = "google"
    api_key: str = ""
    url: str = ""
    region: str = ""
    free_api: bool = True
    timeout: float = DEFAULT_TIMEOUT
    model: str = ""
    temperature: float = 0.2

    def __repr__(self) -> str:  # never show a key in a log or a traceback
        return (
            f"EngineConfig(engine={self.engine!r}, url={self.url!r}, key={'set' if self.api_key else 'none'})"
        )


MAX_ANSWER_BYTES = 2 * 1024 * 1024
"""An answer to one request larger than this (after decompression) is refused."""


class AnswerTooLarge(RuntimeError):
    pass


def _impose_timeout() -> None:
    """Give every requests call made on a thread that asked for it a timeout."""
    global _patched
    with _patch_lock:
        if _patched:
            return
        import requests

        original = requests.Session.request

        def request(self: Any, method: str, url: str, **kwargs: Any) -> Any:
            timeout = getattr(_local, "timeout", None)
            if timeout is None:
                return original(self, method, url, **kwargs)
            if kwargs.get("timeout") is None:
                kwargs["timeout"] = timeout
            extra = getattr(_local, "params", None)
            if extra and isinstance(kwargs.get("params"), dict):  # DeepL's context
                kwargs["params"] = {**kwargs["params"], **extra}
            kwargs["stream"] = True  # the body is read here, within a size cap
            response = original(self, method, url, **kwargs)
            body = bytearray()
            for chunk in response.raw.stream(65536, decode_content=True):  # a gzip bomb inflates here
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    response.close()
                    raise AnswerTooLarge(len(body))
            response._content = bytes(body)
            response._content_consumed = True
            return response

        requests.Session.request = request  # type: ignore[method-assign, assignment]
        _patched = True


_SENTENCE_END = re.compile(r"(?<=[.!?。！？\"”’)])\s+|(?<=[。！？])")


def split_text(text: str, limit: int) -> list[str]:
    """Chunks under ``limit`` characters, cut at sentence ends where possible."""
    if len(text) <= limit:
        return [text]
    pieces = [p for p in _SENTENCE_END.split(text) if p]
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        while len(piece) > limit:  # one sentence longer than the limit: cut at a space
            cut = piece.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            piece_head, piece = piece[:cut], piece[cut:].lstrip()
            if current:
                chunks.append(current)
                current = ""
            chunks.append(piece_head)
        joined = f"{current} {piece}" if current else piece
        if len(joined) <= limit:
            current = joined
        else:
            chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks


def join_chunks(chunks: list[str], target: str) -> str:
    sep = "" if target in ("ja", "zh", "zh-CN", "zh-TW") else " "
    return sep.join(c.strip() for c in chunks)


def _translator(cfg: EngineConfig, source: str, target: str) -> Any:
    import deep_translator as dt

    src = source or "auto"
    if cfg.engine == "google":
        return dt.GoogleTranslator(source=src, target=target)
    if cfg.engine == "mymemory":
        return dt.MyMemoryTranslator(source=_mymemory_code(source), target="ja-JP")
    if cfg.engine == "deepl":
        return dt.DeeplTranslator(
            api_key=cfg.api_key, source=source or "en", target=target, use_free_api=cfg.free_api
        )
    if cfg.engine == "microsoft":
        return dt.MicrosoftTranslator(
            api_key=cfg.api_key, region=cfg.region or None, source=source or "en", target=target
        )
    if cfg.engine == "libre":
        url = cfg.url if cfg.url.endswith("/") else cfg.url + "/"
        return dt.LibreTranslator(
            source=source or "en", target=target, api_key=cfg.api_key or "none", custom_url=url
        )
    raise MTError(
        "unsupported",
        Msg("unknown engine {engine!r} (engines: {engines})", engine=cfg.engine, engines=", ".join(ENGINES)),
    )


def _mymemory_code(lang: str) -> str:
    return {
        "en": "en-GB",
        "de": "de-DE",
        "fr": "fr-FR",
        "es": "es-ES",
        "it": "it-IT",
        "ru": "ru-RU",
    }.get(lang, lang or "en-GB")


def _classify(e: Exception, cfg: EngineConfig) -> MTError:
    import requests
    from deep_translator import exceptions as dx

    name = ENGINES.get(cfg.engine, cfg.engine)
    if isinstance(e, MTError):
        return e
    if isinstance(e, AnswerTooLarge):
        return MTError(
            "server",
            Msg("{name}: the answer was over {mb} MB; refused", name=name, mb=MAX_ANSWER_BYTES >> 20),
        )
    if isinstance(e, requests.exceptions.Timeout):
        return MTError(
            "timeout", Msg("{name} did not answer within {timeout:.0f} s", name=name, timeout=cfg.timeout)
        )
    if isinstance(e, requests.exceptions.ConnectionError):
        return MTError("offline", Msg("cannot reach {name}: offline, or the server is down", name=name))
    if isinstance(e, dx.TooManyRequests):
        return MTError(
            "rate_limited", Msg("{name}: too many requests; wait a little and try again", name=name)
        )
    if isinstance(e, dx.AuthorizationException | dx.ApiKeyException):
        return MTError("bad_key", Msg("{name} refused the API key; check it in the settings", name=name))
    if isinstance(e, dx.NotValidLength):
        return MTError("too_long", Msg("{name}: the text is too long for one request", name=name))
    if isinstance(e, dx.LanguageNotSupportedException):
        return MTError("unsupported", Msg("{name} does not translate this language pair", name=name))
    if isinstance(e, dx.ServerException):
        code = str(e.args[0]) if e.args else ""
        kinds = {
            "ERR_TOO_MANY_REQUESTS": (
                "rate_limited",
                Msg("too many requests; wait a little and try again"),
            ),
            "ERR_KEY_INVALID": ("bad_key", Msg("the API key is not valid")),
            "ERR_KEY_BLOCKED": ("bad_key", Msg("the API key is blocked")),
            "ERR_TEXT_TOO_LONG": ("too_long", Msg("the text is too long")),
            "ERR_LANG_NOT_SUPPORTED": ("unsupported", Msg("this language pair is not supported")),
            "ERR_SERVICE_NOT_AVAIBLE": ("offline", Msg("the service is not available")),
        }
        kind, text = kinds.get(code, ("server", Msg("the server failed ({code})", code=code or "error")))
        return MTError(kind, Msg("{name}: {text}", name=name, text=text))
    if isinstance(e, dx.TranslationNotFound | dx.RequestError | dx.NotValidPayload):
        return MTError("server", Msg("{name}: no translation came back", name=name))
    return MTError("server", Msg("{name}: {kind}: {e}", name=name, kind=type(e).__name__, e=e))


LONGEST_ANSWER = 4
"""A translation this many times longer than its source (plus a little) is not a translation."""


def _within(cfg: EngineConfig, work: Callable[[], str], cancel: threading.Event | None) -> str:
    """``work`` with one overall deadline (``cfg.timeout``): a server that trickles its answer a
    byte at a time passes every per-read timeout, never this one. The request goes on in a
    background thread, its answer dropped."""
    box: dict[str, Any] = {}

    params = getattr(_local, "params", None)

    def run() -> None:
        _local.timeout = cfg.timeout
        _local.params = params
        try:
            box["result"] = work()
        except BaseException as e:  # handed to the caller
            box["error"] = e

    thread = threading.Thread(target=run, name="mt-request", daemon=True)
    thread.start()
    deadline = time.monotonic() + cfg.timeout
    while thread.is_alive() and time.monotonic() < deadline:
        thread.join(0.05)
        if cancel is not None and cancel.is_set():
            raise MTError("cancelled", Msg("cancelled"))
    if thread.is_alive():
        name = ENGINES.get(cfg.engine, cfg.engine)
        raise MTError(
            "timeout", Msg("{name} did not answer within {timeout:.0f} s", name=name, timeout=cfg.timeout)
        )
    if "error" in box:
        raise box["error"]
    return str(box["result"]) if box.get("result") is not None else ""


def translate(
    text: str,
    source: str,
    cfg: EngineConfig,
    *,
    target: str = "ja",
    cancel: threading.Event | None = None,
    call: Callable[[Any, str], str] | None = None,
    context: str = "",
) -> str:
    """Translate ``text``; raises MTError. Runs on any thread but the GUI's. ``context`` (the
    paragraphs around) goes with a DeepL request, which uses it and does not translate it."""
    if cfg.engine in CHAT_ENGINES:
        raise MTError(
            "unsupported",
            Msg(
                "{engine} translates a block with the article around it:"
                " use Translate in the window or tsuji pretranslate",
                engine=ENGINES[cfg.engine],
            ),
        )
    if cfg.engine in NEEDS_KEY and cfg.engine != "libre" and not cfg.api_key:
        raise MTError(
            "bad_key", Msg("{engine} needs an API key; set it in the settings", engine=ENGINES[cfg.engine])
        )
    if cfg.engine == "libre" and not cfg.url:
        raise MTError("bad_key", Msg("LibreTranslate needs the server's URL; set it in the settings"))
    _impose_timeout()
    _local.timeout = cfg.timeout
    _local.params = {"context": context} if context and cfg.engine == "deepl" else None
    try:
        engine = _translator(cfg, source, target)
        out = []
        for chunk in split_text(text, LIMITS.get(cfg.engine, 4900)):
            if cancel is not None and cancel.is_set():
                raise MTError("cancelled", Msg("cancelled"))

            def one(c: str = chunk) -> str:
                return call(engine, c) if call else str(engine.translate(c))

            result = _within(cfg, one, cancel)
            if not isinstance(result, str) or not result.strip():
                raise MTError(
                    "server",
                    Msg(
                        "{engine}: an empty translation came back", engine=ENGINES.get(cfg.engine, cfg.engine)
                    ),
                )
            if len(result) > LONGEST_ANSWER * len(chunk) + 200:
                raise MTError(
                    "server",
                    Msg(
                        "{engine}: the answer is {n:,} characters for {m:,} of text; refused",
                        engine=ENGINES.get(cfg.engine, cfg.engine),
                        n=len(result),
                        m=len(chunk),
                    ),
                )
            out.append(clean_text(result))  # a lone surrogate would make the project unsavable
        return join_chunks(out, target)
    except Exception as e:  # every failure becomes a message, never a traceback
        raise _classify(e, cfg) from e
    finally:
        _local.timeout = None
        _local.params = None
