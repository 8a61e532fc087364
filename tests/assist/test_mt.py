from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.assist.mt import EngineConfig, MTError, split_text, translate
from editor.assist.mt_cache import MTCache
from tests.assist.libre_server import REQUESTS, libre
from tests.io.webserver import closed_port


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with libre() as base:
        yield base


def cfg(url: str, **kw: object) -> EngineConfig:
    return EngineConfig("libre", kw.pop("api_key", "secret"), url, timeout=kw.pop("timeout", 5.0))  # type: ignore[arg-type]


def test_success_over_real_http(url: str) -> None:
    assert translate("The talks resume.", "en", cfg(url)) == "〔en→ja〕The talks resume."
    assert REQUESTS[-1]["api_key"] == "secret" and REQUESTS[-1]["format"] == "text"


def test_long_text_is_split_at_sentences_and_rejoined(url: str) -> None:
    sentence = "The ministry confirmed that the talks will resume on Thursday in the capital. "
    text = (sentence * 150).strip()  # about 11,500 characters
    REQUESTS.clear()
    out = translate(text, "en", cfg(url))
    assert len(REQUESTS) == 3 and all(len(r["q"]) <= 4900 for r in REQUESTS)
    assert all(r["q"].endswith("capital.") for r in REQUESTS)
    assert out.count("〔en→ja〕") == 3
    assert out.replace("〔en→ja〕", " ").split() == text.split()


def test_split_never_loses_text() -> None:
    text = "A" * 7000 + " tail. Short one. " + "word " * 1200
    chunks = split_text(text, 4900)
    assert all(len(c) <= 4900 for c in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "key", "kind", "message"),
    [
        ("RATE limited", "secret", "rate_limited", "too many requests"),
        ("BOOM", "secret", "server", "the server failed"),
        ("Hello", "bad", "bad_key", "refused the API key"),
    ],
)
def test_server_errors_become_clear_messages(url: str, text: str, key: str, kind: str, message: str) -> None:
    with pytest.raises(MTError) as err:
        translate(text, "en", cfg(url, api_key=key))
    assert err.value.kind == kind and message in str(err.value)
    assert "secret" not in str(err.value) and "bad" not in str(err.value).split(":")[0]


def test_a_server_that_never_answers_times_out(url: str) -> None:
    start = time.monotonic()
    with pytest.raises(MTError) as err:
        translate("HANG please", "en", cfg(url, timeout=1.0))
    assert err.value.kind == "timeout" and "within 1 s" in str(err.value)
    assert time.monotonic() - start < 3


def test_connection_refused_is_offline() -> None:
    start = time.monotonic()
    with pytest.raises(MTError) as err:
        translate("Hello", "en", cfg(f"http://127.0.0.1:{closed_port()}/"))
    assert err.value.kind == "offline" and "offline" in str(err.value)
    assert time.monotonic() - start < 2


def test_cancel_stops_between_chunks(url: str) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(MTError) as err:
        translate("Some text. " * 800, "en", cfg(url), cancel=stop)
    assert err.value.kind == "cancelled"


def test_keys_are_required_and_never_shown() -> None:
    with pytest.raises(MTError, match="needs an API key"):
        translate("x", "en", EngineConfig("deepl"))
    assert "topsecret" not in repr(EngineConfig("deepl", api_key="topsecret"))


def test_cache_answers_offline(url: str, tmp_path: Path) -> None:
    cache = MTCache(tmp_path / "mt.sqlite")
    first, cached = cache.translate("Cached sentence.", "en", cfg(url))
    assert not cached
    again, cached = MTCache(tmp_path / "mt.sqlite").translate(
        "Cached sentence.", "en", cfg(f"http://127.0.0.1:{closed_port()}/")
    )
    assert cached and again == first


def test_an_answer_trickled_a_byte_at_a_time_ends_at_the_deadline(url: str) -> None:
    start = time.monotonic()
    with pytest.raises(MTError) as e:
        translate("TRICKLE please", "en", cfg(url, timeout=1.5))  # each read is quick, the whole is not
    took = time.monotonic() - start
    assert e.value.kind == "timeout" and "did not answer within 2 s" in str(e.value)
    assert took < 3  # one deadline for the request, not one per read (it took 104 s before)


def test_a_gzip_bomb_is_refused_without_inflating_it_all(url: str) -> None:
    with pytest.raises(MTError) as e:
        translate("GZIPBOMB", "en", cfg(url))
    # "over 2 MB" comes only from the read that inflates as it goes and stops at the cap; had
    # the 40 MB been inflated, the answer would have been refused for its length instead
    assert e.value.kind == "server" and "over 2 MB" in str(e.value)


def test_an_answer_far_longer_than_its_source_is_refused(url: str) -> None:
    with pytest.raises(MTError) as e:
        translate("HUGE answer, please.", "en", cfg(url))
    assert e.value.kind == "server" and "refused" in str(e.value)


def test_a_lone_surrogate_in_an_answer_never_makes_the_project_unsavable(url: str, tmp_path: Path) -> None:
    from editor.core import project
    from editor.core.model import Article, Block

    answer = translate("SURROGATE", "en", cfg(url))
    assert answer == "壊れた\ufffd文字"
    path = project.save(project.Project(Article(blocks=[Block("x", draft=answer)])), tmp_path / "p.tsuji")
    assert project.load(path).article.blocks[0].draft == answer
