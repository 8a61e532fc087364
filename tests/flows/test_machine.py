"""Pre-translation through one path for the window and the command line: each block with the
drafts made before it, the cache, DeepL's context, and nothing contacted but the server named."""

from __future__ import annotations

import json
import socket
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from editor.assist import pretranslate
from editor.assist.glossary import Glossary, Term
from editor.assist.llm.context import view
from editor.assist.mt import EngineConfig
from editor.assist.mt_cache import MTCache
from editor.cli import main
from editor.core import project
from editor.core.model import Article, Block, Status
from editor.flows.machine import Translator
from tests.assist.llm_server import standin
from tests.serving import serving

SOURCES = ["Mayor Okafor opened the bridge.", "Okafor thanked the workers.", "Traffic resumed at noon."]


def numbered(body: dict[str, Any]) -> str:
    """The stand-in's "translation": which source it was asked for, in Japanese."""
    user = body["messages"][-1]["content"]
    block = user.split("<<<\n", 1)[1].split("\n>>>", 1)[0]
    return f"訳{SOURCES.index(block) + 1}:オカフォー市長の段落である。"


def test_each_block_is_asked_with_the_drafts_made_before_it(tmp_path: Path) -> None:
    art = Article(source_lang="en", blocks=[Block(s) for s in SOURCES])
    with standin(answer=numbered) as server:
        cfg = EngineConfig("openai", url=server.url + "/v1", model="m", timeout=5)
        outcome = Translator(cfg, cache=MTCache(tmp_path / "c.sqlite")).run(view(art), pretranslate.todo(art))
        assert len(outcome.translated) == 3 and not outcome.failures
        third = server.bodies()[2]["messages"][-1]["content"]
        assert "Translation: 訳1:" in third and "Translation: 訳2:" in third  # this run's drafts
        for edit in pretranslate.as_edits(art, outcome):
            edit.apply(art)
        assert [(b.draft[:2], b.status) for b in art.blocks] == [
            (f"訳{i}", Status.MACHINE) for i in (1, 2, 3)
        ]
        # asked again with the same context, the answers come from the cache, offline
        server.mode = "error500"
        fresh = Article(source_lang="en", blocks=[Block(s) for s in SOURCES])
        again = Translator(cfg, cache=MTCache(tmp_path / "c.sqlite")).run(
            view(fresh), pretranslate.todo(fresh)
        )
    assert len(server.bodies()) == 3  # nothing more was asked
    assert sorted(again.translated.values()) == sorted(outcome.translated.values())


def test_a_cancelled_run_keeps_what_it_made_and_resumes_where_it_stopped(tmp_path: Path) -> None:
    art = Article(source_lang="en", blocks=[Block(s) for s in SOURCES])
    import threading

    stop = threading.Event()
    with standin(answer=numbered) as server:
        cfg = EngineConfig("ollama", url=server.url, model="m", timeout=5)
        translator = Translator(cfg)
        first = translator.run(
            view(art), pretranslate.todo(art), on_progress=lambda n, _i, _e: stop.set(), cancel=stop
        )
        assert len(first.translated) == 1 and first.left == 2
        for edit in pretranslate.as_edits(art, first):
            edit.apply(art)
        rest = translator.run(view(art), pretranslate.todo(art))
        assert sorted(b.split(":")[0] for b in rest.translated.values()) == ["訳2", "訳3"]


def test_deepl_gets_the_neighbouring_paragraphs_as_its_context(monkeypatch: pytest.MonkeyPatch) -> None:
    import deep_translator.deepl as deepl

    seen: list[dict[str, list[str]]] = []

    class DeepL(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            seen.append(parse_qs(urlsplit(self.path).query))
            body = json.dumps({"translations": [{"text": "訳した。"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serving(DeepL) as url:
        monkeypatch.setitem(deepl.BASE_URLS, "DEEPL_FREE", url + "/{version}/")
        art = Article(source_lang="en", blocks=[Block(s) for s in SOURCES])
        done = Translator(EngineConfig("deepl", "k")).block(view(art), art.blocks[1].id)
    assert done.result.text == "訳した。"
    assert seen[0]["text"] == [SOURCES[1]]
    assert seen[0]["context"] == [f"{SOURCES[0]} {SOURCES[2]}"]


def test_cli_pretranslates_with_a_local_model_and_contacts_nothing_else(
    tsuji_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    proj = tmp_path / "p.tsuji"
    project.save(project.Project(Article(source_lang="en", blocks=[Block(s) for s in SOURCES])), proj)
    glossary = Glossary()
    glossary.add(Term("Okafor", "オカフォー", "市長"))
    glossary.close()
    reached: list[object] = []
    guarded = socket.socket.connect

    def connect(sock: socket.socket, address: object) -> None:
        reached.append(address)
        guarded(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    with standin(answer=numbered) as server:
        port = int(server.url.rsplit(":", 1)[1])
        code = main(
            ["pretranslate", str(proj), "--engine", "openai", "--url", f"{server.url}/v1", "--model", "m"]
        )
        out = capsys.readouterr().out
        assert code == 0, out
        assert "3 of 3 block(s) translated by OpenAI-compatible server (m); 0 failed" in out
        first = server.bodies()[0]["messages"][-1]["content"]
        assert "- Okafor → オカフォー (市長)" in first  # the user's glossary went with it
    assert {a[1] for a in reached if isinstance(a, tuple)} == {port}
    saved = project.load(proj).article.blocks
    assert [(b.draft.split(":")[0], b.status) for b in saved] == [
        (f"訳{i}", Status.MACHINE) for i in (1, 2, 3)
    ]


def test_cli_says_what_is_missing_and_when_the_server_is_down(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proj = tmp_path / "p.tsuji"
    project.save(project.Project(Article(source_lang="en", blocks=[Block(s) for s in SOURCES])), proj)
    assert main(["pretranslate", str(proj), "--engine", "ollama"]) == 2
    assert "--engine ollama needs --model" in capsys.readouterr().err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(
        ["pretranslate", str(proj), "--engine", "ollama", "--url", f"http://127.0.0.1:{port}", "--model", "m"]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert f"cannot reach Ollama at 127.0.0.1:{port}: is the server running?" in captured.err
    assert "0 of 3 block(s) translated" in captured.out and "2 not tried (offline)" in captured.out
    assert "Traceback" not in captured.err
