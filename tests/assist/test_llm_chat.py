"""The chat engines against stand-in servers on 127.0.0.1: both protocols, plain and streamed,
and every way a server goes wrong ending in one clear message within the deadline."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from editor.assist.llm import chat
from editor.assist.llm.chat import OLLAMA, OPENAI, ChatConfig
from editor.assist.mt import MTError
from tests.assist.llm_server import standin

HELLO = [{"role": "user", "content": "Good morning."}]


def config(url: str, kind: str = OPENAI, **kw: object) -> ChatConfig:
    base = url + "/v1" if kind == OPENAI else url
    return ChatConfig(kind, base, str(kw.pop("model", "llama3.1:8b")), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", [OPENAI, OLLAMA])
@pytest.mark.parametrize("stream", [True, False])
def test_both_protocols_answer_plainly_and_streamed(kind: str, stream: bool) -> None:
    with standin(answer=lambda body: "おはようございます。今日は晴れである。") as server:
        pieces: list[str] = []
        cfg = config(server.url, kind, temperature=0.4)
        text = chat.chat(cfg, HELLO, on_piece=pieces.append, stream=stream)
        assert text == "おはようございます。今日は晴れである。"
        if stream:
            assert len(pieces) >= 3 and "".join(pieces) == text  # the answer arrived in parts
        (request,) = server.requests
        assert request["path"] == ("/v1/chat/completions" if kind == OPENAI else "/api/chat")
        body = request["body"]
        assert body["model"] == "llama3.1:8b" and body["messages"] == HELLO and body["stream"] is stream
        temperature = body["temperature"] if kind == OPENAI else body["options"]["temperature"]
        assert temperature == 0.4


def test_the_address_may_be_given_with_or_without_its_api_path() -> None:
    with standin() as server:
        for url in (server.url, server.url + "/v1/", server.url + "/v1/chat/completions"):
            assert chat.chat(ChatConfig(OPENAI, url, "m"), HELLO)
        for url in (server.url, server.url + "/api", server.url + "/v1"):
            assert chat.chat(ChatConfig(OLLAMA, url, "m"), HELLO)
        assert {r["path"] for r in server.requests} == {"/v1/chat/completions", "/api/chat"}


def test_an_api_key_goes_as_a_bearer_token_and_never_into_repr() -> None:
    with standin() as server:
        cfg = config(server.url, api_key="sk-secret")
        chat.chat(cfg, HELLO)
        assert server.requests[0]["headers"]["Authorization"] == "Bearer sk-secret"
        assert "sk-secret" not in repr(cfg)
        chat.chat(config(server.url), HELLO)
        assert "Authorization" not in server.requests[1]["headers"]


@pytest.mark.parametrize("kind", [OPENAI, OLLAMA])
def test_models_are_listed_from_the_server(kind: str) -> None:
    with standin(models=["qwen2.5:7b", "aya-expanse:8b"]) as server:
        assert chat.models(config(server.url, kind)) == ["aya-expanse:8b", "qwen2.5:7b"]
        assert server.requests[0]["path"] == ("/v1/models" if kind == OPENAI else "/api/tags")


def test_test_connection_names_what_is_wrong() -> None:
    with standin(models=["qwen2.5:7b"]) as server:
        assert "answers" in chat.check_connection(config(server.url, OLLAMA, model="qwen2.5:7b"))
        with pytest.raises(MTError, match=r"no model .gemma.*qwen2.5:7b"):
            chat.check_connection(config(server.url, OLLAMA, model="gemma"))
        server.mode = "unauthorized"
        with pytest.raises(MTError, match="refused the API key") as e:
            chat.check_connection(config(server.url, OPENAI))
        assert e.value.kind == "bad_key"
    with standin() as server, pytest.raises(MTError, match=r"was not found .*ends in /v1"):
        chat.check_connection(ChatConfig(OPENAI, server.url + "/wrong/path", "m"))


def test_a_server_that_is_not_running_is_named() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(MTError, match=f"cannot reach Ollama at 127.0.0.1:{port}: is the server running") as e:
        chat.chat(ChatConfig(OLLAMA, f"http://127.0.0.1:{port}", "m"), HELLO)
    assert e.value.kind == "offline"


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("error500", "answered 500: CUDA out of memory"),
        ("badjson", "the answer was not JSON"),
        ("nomodel", "has no model 'llama3.1:8b'"),
        ("stream_error", "the model crashed"),
    ],
)
def test_server_failures_are_one_clear_message(mode: str, message: str) -> None:
    with standin(mode=mode) as server, pytest.raises(MTError, match=message):
        chat.chat(config(server.url), HELLO)


@pytest.mark.parametrize("mode", ["hang", "trickle"])
def test_a_hanging_or_trickling_server_ends_at_the_deadline(mode: str) -> None:
    with standin(mode=mode) as server:
        started = time.monotonic()
        with pytest.raises(MTError, match="did not answer within 1 s") as e:
            chat.chat(config(server.url, timeout=1.0), HELLO)
        assert e.value.kind == "timeout"
        assert time.monotonic() - started < 2.5


def test_escape_cancels_a_streaming_answer_at_once() -> None:
    with standin(answer=lambda body: "長い答え。" * 40, piece_delay=0.5) as server:
        stop = threading.Event()
        pieces: list[str] = []

        def piece(text: str) -> None:
            pieces.append(text)
            stop.set()  # the translator pressed Escape after the first words

        started = time.monotonic()
        with pytest.raises(MTError) as e:
            chat.chat(config(server.url, timeout=30), HELLO, on_piece=piece, cancel=stop)
        assert e.value.kind == "cancelled" and len(pieces) == 1
        assert time.monotonic() - started < 1.0


def test_no_model_chosen_is_said_before_anything_is_sent() -> None:
    with standin() as server:
        with pytest.raises(MTError, match="no model chosen"):
            chat.chat(ChatConfig(OPENAI, server.url, ""), HELLO)
        assert server.requests == []
