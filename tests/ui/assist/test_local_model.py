"""A local model in the window: the answer streams into the suggestions, Escape stops it, the
check after it names a missed glossary term, pre-translation carries each block's context, the
settings list the server's models and test the connection, and Suggest drafts the summary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor.assist.glossary import Glossary, Term
from editor.core.model import Status
from editor.ui.assist.assist_dialogs import AssistSettings
from editor.ui.window.main_window import MainWindow
from tests.assist.llm_server import Standin, standin
from tests.ui.conftest import ScriptedPrompts, ready

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def block_asked(body: dict[str, Any]) -> str:
    asked = [m["content"] for m in body["messages"] if "<<<\n" in m["content"]]
    return asked[-1].split("<<<\n", 1)[1].split("\n>>>", 1)[0] if asked else ""


def answer(body: dict[str, Any]) -> str:
    if body["messages"][0]["content"].startswith("You write the summary"):
        return "交渉: 港湾の交渉が再開した\n特使: 特使がアンカラに着いた\n辞任: 大臣が辞任した"
    return {
        "Talks resume": "交渉再開",
        "Yves Smith said the talks would go on.": "イブ・スミスは交渉が続くと述べた。",
        "The envoy arrived in Ankara on Monday.": "特使は月曜日にアンカラに着いた。",
        "The minister resigned.": "大臣は辞任した。",
        "": "おはようございます。",  # the settings' connection test
    }[block_asked(body)]


@pytest.fixture
def server() -> Iterator[Standin]:
    with standin(answer=answer) as state:
        yield state


@pytest.fixture
def article(window: MainWindow, qtbot, tmp_path: Path, server: Standin) -> MainWindow:
    source = tmp_path / "post.txt"
    source.write_text(
        "Talks resume\n\nYves Smith said the talks would go on.\n\nThe envoy arrived in Ankara on Monday.\n\n"
        "The minister resigned.\n",
        "utf-8",
    )
    s = window.settings
    s.mt_engine, s.llm_url, s.llm_model, s.llm_timeout = "ollama", server.url, "qwen2.5:7b", 10.0
    window.files.open_path(source)
    ready(qtbot, window)
    return window


def test_the_answer_streams_in_and_lands_as_a_machine_draft(
    article: MainWindow, qtbot, server: Standin
) -> None:
    server.piece_delay = 0.15
    article.panes.go_to(1)
    ready(qtbot, article, 1)
    panel = article.parts["assist"].panel
    qtbot.keyClick(article.panes.editor(), Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "arriving" in panel.mt_text.text(), timeout=5000)
    partial = panel.mt_text.text()
    assert panel.mt_button.text().startswith("Stop")
    qtbot.waitUntil(lambda: article.doc.article.blocks[1].draft != "", timeout=5000)
    block = article.doc.article.blocks[1]
    assert block.draft == "特使は月曜日にアンカラに着いた。" and block.status is Status.MACHINE
    assert "特使は" in partial and "アンカラに着いた。" not in partial  # it came in parts
    assert "Ollama (qwen2.5:7b)" in panel.mt_text.text()
    assert panel.mt_button.text().startswith("Translate")
    user = server.bodies()[0]["messages"][-1]["content"]
    assert "Source: Yves Smith said the talks would go on." in user  # the block before went with it
    assert "Paragraph after (for context only)\nSource: The minister resigned." in user


def test_escape_stops_the_answer_and_leaves_the_draft_alone(
    article: MainWindow, qtbot, server: Standin
) -> None:
    server.piece_delay = 1.0
    article.panes.go_to(1)
    ready(qtbot, article, 1)
    panel = article.parts["assist"].panel
    qtbot.keyClick(article.panes.editor(), Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "arriving" in panel.mt_text.text(), timeout=5000)
    qtbot.keyClick(article.panes.editor(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "Stopped" in panel.mt_text.text(), timeout=2000)
    assert article.doc.article.blocks[1].draft == ""
    assert article.doc.article.blocks[1].status is Status.UNTRANSLATED
    assert panel.mt_button.text().startswith("Translate")
    qtbot.keyClick(article.panes.editor(), Qt.Key.Key_Escape)  # Escape is the editor's again
    assert article.parts["assist"].stop is None


def test_a_missed_glossary_term_is_asked_again_then_shown(
    article: MainWindow, qtbot, server: Standin, tsuji_home: Path
) -> None:
    glossary = Glossary()
    glossary.add(Term("Ankara", "アンカラ市"))
    glossary.close()
    article.panes.go_to(1)
    ready(qtbot, article, 1)
    article.parts["assist"].translate_current()
    qtbot.waitUntil(lambda: article.doc.article.blocks[1].draft != "", timeout=5000)
    assert len(server.bodies()) == 2  # asked once more, naming the term
    assert "- Ankara → アンカラ市" in server.bodies()[1]["messages"][-1]["content"]
    notes = article.parts["assist"].panel.mt_notes
    assert notes.isVisibleTo(article) and "Ankara → アンカラ市" in notes.text()


def test_pretranslate_runs_in_order_with_each_blocks_context(
    article: MainWindow, qtbot, server: Standin
) -> None:
    prompts = ScriptedPrompts()
    article.ctx.prompts = prompts
    article.actions_["pretranslate"].trigger()
    qtbot.waitUntil(lambda: all(b.draft for b in article.doc.article.blocks), timeout=10000)
    asked = [block_asked(b) for b in server.bodies()]
    assert asked == [b.source for b in article.doc.article.blocks]  # in the article's order
    last = server.bodies()[-1]["messages"][-1]["content"]
    assert "Translation: 特使は月曜日にアンカラに着いた。" in last  # made in this very run
    assert all(b.status is Status.MACHINE for b in article.doc.article.blocks)


def test_settings_list_the_models_and_test_the_connection(
    article: MainWindow, qtbot, server: Standin, tsuji_home: Path
) -> None:
    dialog = AssistSettings(article.ctx, article)
    qtbot.addWidget(dialog)
    assert dialog.url.text() == server.url and dialog.model.isVisibleTo(dialog)
    assert not dialog.region.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.model.count() == 2, timeout=5000)
    assert [dialog.model.itemText(i) for i in range(2)] == ["llama3.1:8b", "qwen2.5:7b"]
    dialog.model.setCurrentText("gemma3")
    dialog.test.click()
    qtbot.waitUntil(lambda: "✖" in dialog.verdict.text(), timeout=5000)
    assert "no model 'gemma3'" in dialog.verdict.text()
    dialog.model.setCurrentText("llama3.1:8b")
    dialog.temperature.setValue(0.5)
    dialog.test.click()
    qtbot.waitUntil(lambda: "✔" in dialog.verdict.text(), timeout=5000)
    dialog.accept()
    saved = json.loads((tsuji_home / "config" / "settings.json").read_text("utf-8"))
    assert (saved["mt_engine"], saved["llm_model"], saved["llm_temperature"]) == (
        "ollama",
        "llama3.1:8b",
        0.5,
    )
    # a web engine hides the model's fields and keeps its own address
    dialog = AssistSettings(article.ctx, article)
    qtbot.addWidget(dialog)
    dialog.engine.setCurrentIndex(dialog.engine.findData("libre"))
    assert not dialog.model.isVisibleTo(dialog) and dialog.url.text() == ""


def test_suggest_drafts_the_summary_with_the_local_model(article: MainWindow, qtbot, server: Standin) -> None:
    for i, b in enumerate(article.doc.article.blocks):
        b.draft = answer({"messages": [{"content": ""}, {"content": f"<<<\n{b.source}\n>>>"}]})
        assert b.draft, i
    article.ctx.prompts = ScriptedPrompts(True)
    article.publishing.summary.buttons["suggest"].click()
    qtbot.waitUntil(lambda: len(article.doc.article.summary) == 3, timeout=5000)
    assert [(p.label, p.text) for p in article.doc.article.summary] == [
        ("交渉", "港湾の交渉が再開した"),
        ("特使", "特使がアンカラに着いた"),
        ("辞任", "大臣が辞任した"),
    ]
    read = server.bodies()[-1]["messages"][-1]["content"]
    assert "特使は月曜日にアンカラに着いた。" in read  # it read the draft


def test_suggest_falls_back_to_the_translation_when_the_model_fails(
    article: MainWindow, qtbot, server: Standin
) -> None:
    for b in article.doc.article.blocks:
        b.draft = answer({"messages": [{"content": ""}, {"content": f"<<<\n{b.source}\n>>>"}]})
    server.mode = "error500"
    article.ctx.prompts = ScriptedPrompts(True)
    article.publishing.summary.buttons["suggest"].click()
    qtbot.waitUntil(lambda: len(article.doc.article.summary) > 0, timeout=5000)
    drafts = " ".join(b.draft for b in article.doc.article.blocks)
    assert all(p.text in drafts for p in article.doc.article.summary)  # picked from the draft
