"""Chat with a language model server: the OpenAI-compatible API and Ollama's own.

OpenAI-compatible (``/v1/chat/completions``, plain JSON or server-sent events) is what Ollama's
``/v1``, llama.cpp's server, LM Studio, vLLM and hosted services speak; Ollama's own API is
``/api/chat`` (JSON lines when streamed) with ``/api/tags`` for its models. Both go through one
bounded exchange (``wire``); every failure is an MTError saying what is wrong.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from editor.assist.llm import wire
from editor.assist.mt import MTError
from editor.core.messages import Msg

OPENAI, OLLAMA = "openai", "ollama"
NAMES = {OPENAI: "OpenAI-compatible server", OLLAMA: "Ollama"}
DEFAULT_URLS = {OPENAI: "http://127.0.0.1:11434/v1", OLLAMA: "http://127.0.0.1:11434"}


@dataclass(frozen=True)
class ChatConfig:
    kind: str = OPENAI
    url: str = ""
    model: str = ""
    api_key: str = ""
    temperature: float = 0.2
    timeout: float = 120.0

    def __repr__(self) -> str:  # never show a key in a log or a traceback
        key = "set" if self.api_key else "none"
        return f"ChatConfig({self.kind!r}, url={self.url!r}, model={self.model!r}, key={key})"

    @property
    def name(self) -> str:
        return NAMES.get(self.kind, self.kind)

    def base(self) -> str:
        url = (self.url or DEFAULT_URLS.get(self.kind, "")).strip().rstrip("/")
        for tail in ("/chat/completions", "/api/chat", "/api/tags", "/models"):
            if url.endswith(tail):
                url = url[: -len(tail)]
        if self.kind == OLLAMA and url.endswith(("/v1", "/api")):
            url = url[:-3] if url.endswith("/v1") else url[:-4]
        if self.kind == OPENAI and not urlsplit(url).path.strip("/"):
            url += "/v1"  # the servers all serve the API under /v1
        return url

    def headers(self) -> dict[str, str]:
        out = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        if self.api_key:
            out["Authorization"] = f"Bearer {self.api_key}"
        return out


Message = dict[str, str]


def chat(
    cfg: ChatConfig,
    messages: list[Message],
    *,
    on_piece: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    stream: bool = True,
) -> str:
    """The model's answer to ``messages``; ``on_piece`` gets the text as it streams in."""
    if not cfg.model:
        raise MTError(
            "bad_key", Msg("{name}: no model chosen; pick one in the translation settings", name=cfg.name)
        )
    body: dict[str, Any] = {"model": cfg.model, "messages": messages, "stream": stream}
    if cfg.kind == OLLAMA:
        body["options"] = {"temperature": cfg.temperature}
        url = cfg.base() + "/api/chat"
    else:
        body["temperature"] = cfg.temperature
        url = cfg.base() + "/chat/completions"
    reader = _Stream(cfg.kind, on_piece)
    reply = wire.exchange(
        cfg.name,
        "POST",
        url,
        json.dumps(body, ensure_ascii=False).encode("utf-8"),
        cfg.headers(),
        timeout=cfg.timeout,
        cancel=cancel,
        on_chunk=reader.feed,
    )
    _raise_for(cfg, reply)
    if reader.error:
        raise MTError("server", Msg("{name}: {error}", name=cfg.name, error=reader.error))
    if reader.streamed:
        reader.finish()
        return "".join(reader.pieces)
    return _plain_answer(cfg, reply.body)


def _plain_answer(cfg: ChatConfig, body: bytes) -> str:
    """The answer of a request not streamed (or a server that answered a stream plainly)."""
    data = _json(cfg, body)
    try:
        if cfg.kind == OLLAMA:
            content = data["message"]["content"]
        else:
            content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise MTError("server", Msg("{name}: the answer held no translation", name=cfg.name)) from None
    if not isinstance(content, str):
        raise MTError("server", Msg("{name}: the answer held no translation", name=cfg.name))
    return content


def _json(cfg: ChatConfig, body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        raise MTError("server", Msg("{name}: the answer was not JSON", name=cfg.name)) from None


class _Stream:
    """Server-sent events (``data: {...}``) or JSON lines, read as they arrive."""

    def __init__(self, kind: str, on_piece: Callable[[str], None] | None) -> None:
        self.kind, self.on_piece = kind, on_piece
        self.buffer = b""
        self.pieces: list[str] = []
        self.streamed = False
        self.error = ""
        self.done = False

    def feed(self, data: bytes) -> None:
        self.buffer += data
        *lines, self.buffer = self.buffer.split(b"\n")
        for line in lines:
            self._line(line.strip())

    def finish(self) -> None:
        if self.buffer.strip():
            self._line(self.buffer.strip())
            self.buffer = b""

    def _line(self, line: bytes) -> None:
        if not line or self.done:
            return
        if line.startswith(b"data:"):
            payload = line[5:].strip()
            if payload == b"[DONE]":
                self.streamed, self.done = True, True
                return
        elif self.kind == OLLAMA and line.startswith(b"{"):
            payload = line
        else:
            return  # an SSE comment, an event name, or a plain JSON answer being read
        try:
            event = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            if self.kind == OLLAMA and not self.streamed:
                return  # a plain (not streamed) answer spread over lines: read whole later
            self.error = "a streamed event was not JSON"
            return
        if not isinstance(event, dict):
            return
        if event.get("error"):
            err = event["error"]
            self.error = str(err.get("message", err) if isinstance(err, dict) else err)[:300]
            return
        piece = self._piece(event)
        if piece is None:
            return
        self.streamed = True
        if self.kind == OLLAMA and event.get("done") and not piece:
            self.done = True
            return
        if piece:
            self.pieces.append(piece)
            if self.on_piece is not None:
                self.on_piece(piece)

    def _piece(self, event: dict[str, Any]) -> str | None:
        if self.kind == OLLAMA:
            message = event.get("message")
            if not isinstance(message, dict) or "done" not in event:
                return None
            return str(message.get("content") or "")
        choices = event.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            return None
        delta = choices[0].get("delta")
        if not isinstance(delta, dict):
            return None  # a plain answer in an event: not a stream
        return str(delta.get("content") or "")


def _server_says(body: bytes) -> str:
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return body.decode("utf-8", "replace").strip()[:200]
    err = data.get("error", data) if isinstance(data, dict) else data
    if isinstance(err, dict):
        err = err.get("message", "")
    return str(err)[:200]


def _raise_for(cfg: ChatConfig, reply: wire.Reply) -> None:
    if reply.status < 300:
        return
    says = _server_says(reply.body)
    if reply.status in (401, 403):
        raise MTError(
            "bad_key",
            Msg(
                "{name} refused the API key ({status}); check it in the settings",
                name=cfg.name,
                status=reply.status,
            ),
        )
    if reply.status == 404 and "model" in says.lower():
        raise MTError(
            "unsupported",
            Msg("{name} has no model {model!r}: {says}", name=cfg.name, model=cfg.model, says=says),
        )
    if reply.status == 404:
        hint = (
            Msg("for Ollama's OpenAI-compatible API the address ends in /v1")
            if cfg.kind == OPENAI
            else Msg("is this an Ollama server?")
        )
        raise MTError(
            "server", Msg("{name}: {url} was not found ({hint})", name=cfg.name, url=cfg.base(), hint=hint)
        )
    if reply.status == 429:
        raise MTError(
            "rate_limited", Msg("{name}: too many requests; wait a little and try again", name=cfg.name)
        )
    raise MTError(
        "server",
        Msg(
            "{name} answered {status}: {says}",
            name=cfg.name,
            status=reply.status,
            says=says or "no reason given",
        ),
    )


def models(cfg: ChatConfig, cancel: threading.Event | None = None) -> list[str]:
    """The models the server offers (``/api/tags`` or ``/models``), sorted."""
    url = cfg.base() + ("/api/tags" if cfg.kind == OLLAMA else "/models")
    headers = {k: v for k, v in cfg.headers().items() if k != "Content-Type"}
    reply = wire.exchange(cfg.name, "GET", url, None, headers, timeout=min(cfg.timeout, 10.0), cancel=cancel)
    _raise_for(cfg, reply)
    data = _json(cfg, reply.body)
    rows = data.get("models" if cfg.kind == OLLAMA else "data") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise MTError("server", Msg("{name}: the list of models was not in the expected form", name=cfg.name))
    key = "name" if cfg.kind == OLLAMA else "id"
    return sorted({str(r[key]) for r in rows if isinstance(r, dict) and r.get(key)})


def check_connection(cfg: ChatConfig) -> Msg:
    """What the settings' "Test connection" says when all is well; raises MTError naming what is
    wrong (no server, a wrong address, a refused key, no such model, a model that cannot answer)."""
    found = models(cfg)
    if not cfg.model:
        return Msg("{name} answers with {n} model(s); pick one", name=cfg.name, n=len(found))
    if found and cfg.model not in found and f"{cfg.model}:latest" not in found:
        raise MTError(
            "unsupported",
            Msg(
                "{name} has no model {model!r}; it has: {found}",
                name=cfg.name,
                model=cfg.model,
                found=", ".join(found[:12]),
            ),
        )
    answer = chat(cfg, [{"role": "user", "content": "Translate into Japanese: Good morning."}], stream=False)
    if not answer.strip():
        raise MTError("server", Msg("{name}: {model} gave an empty answer", name=cfg.name, model=cfg.model))
    return Msg("{name}: {model} answers", name=cfg.name, model=cfg.model)
