"""Translation assistance in the window: MT, memory, glossary, pre-translation.

Built after the window's first paint (its dock is not needed to show the
article). Works on the context: the document, the worker, the settings, the
prompts and the current panes.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QProgressDialog

from editor.assist import pretranslate as pretrans
from editor.assist.glossary import Glossary
from editor.assist.llm import context
from editor.assist.mt import CHAT_ENGINES, EngineConfig, MTError
from editor.assist.mt_cache import MTCache
from editor.assist.proof import StyleError
from editor.core import edits, inline
from editor.core.language import block_language
from editor.core.model import Block
from editor.core.units import Unit
from editor.flows.machine import Translated, Translator, configured
from editor.flows.proofread import style_for
from editor.ui.assist.assist_dialogs import AssistSettings, TermDialog
from editor.ui.assist.assist_panel import AssistPanel
from editor.ui.assist.escape import EscapeStops
from editor.ui.shell import i18n
from editor.ui.shell.context import AppContext
from editor.ui.shell.frames import cancellable_progress
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults

HOSTS = {
    "google": "translate.google.com",
    "mymemory": "api.mymemory.translated.net",
    "deepl": "api-free.deepl.com",
    "microsoft": "api.cognitive.microsofttranslator.com",
}
OFFLINE_ACTIONS = ("translate", "pretranslate")


class Assistance(QObject, PartDefaults):
    def __init__(self, ctx: AppContext, host: QMainWindow, dock: QDockWidget) -> None:
        """``dock``: the window's suggestions dock (built before the first paint, tabbed behind
        the preview), which the panel fills."""
        super().__init__(host)
        self.ctx = ctx
        self.host = host
        self.panel = AssistPanel(host)
        self.dock = dock
        placeholder = dock.widget()
        dock.setWidget(self.panel)
        if placeholder is not None:
            placeholder.deleteLater()  # Qt keeps the widget a dock held before
        self.stores = ctx.stores
        self.cache: MTCache | None = None
        self.offline = False
        self.probe = QTimer(self)
        self.probe.setInterval(15_000)
        self.probe.timeout.connect(self._probe)
        self.dock.setWindowTitle(self.tr("Suggestions"))
        self.panel.translateRequested.connect(self.translate_current)
        self.panel.stopRequested.connect(self.stop_translating)
        self.stop: threading.Event | None = None
        """Set while an answer streams in; setting it stops the request."""
        self.escape = EscapeStops(self.stop_translating, self)
        self.panel.retryRequested.connect(self._probe)
        self.panel.concordanceRequested.connect(self.concordance)
        self.set_actions_enabled: Callable[[tuple[str, ...], bool], None] = lambda _names, _on: None
        self.set_actions_tip: Callable[[tuple[str, ...], str], None] = lambda _names, _tip: None
        """The window sets this to grey out actions (offline)."""

    # --- stores ------------------------------------------------------------------------

    def glossary(self) -> Glossary:
        return self.stores.get()[1]

    def engine(self) -> EngineConfig:
        return configured(self.ctx.settings)

    def translator(self) -> Translator:
        """The engine with the stores, the blog's style and the cache: one per request, so a
        change in the settings takes effect at once."""
        try:
            style = style_for(self.ctx.profile(), None, self.ctx.settings.blog_dir)
        except StyleError:
            style = None  # the Problems dock says what is wrong with it
        memory, glossary = self.stores.get()
        return Translator(
            self.engine(), glossary=glossary, memory=memory, style=style, cache=self._mt_cache()
        )

    def _mt_cache(self) -> MTCache:
        if self.cache is None:
            self.cache = MTCache()
        return self.cache

    # --- the current block ----------------------------------------------------------------

    def _current(self) -> Block | None:
        panes = self.ctx.cursor()
        row = panes.current_row() if panes is not None else -1
        blocks = self.ctx.doc.article.blocks
        return blocks[row] if 0 <= row < len(blocks) else None

    def docks(self) -> dict[int, QDockWidget]:
        return {3: self.dock}

    def current_changed(self, row: int) -> None:
        self.refresh()

    def retranslate(self) -> None:
        """The dock and panel in the interface's language; the suggestions again."""
        self.dock.setWindowTitle(self.tr("Suggestions"))
        self.panel.retranslate()
        if self.offline:  # the notice and the reason on the actions, in the new language
            self.set_offline(True)
        self.refresh()

    def refresh(self) -> None:
        block = self._current()
        if block is None:
            return
        lang = block_language(self.ctx.doc.article, block)
        query = inline.to_plain(block.source)
        stores = self.stores

        def work() -> tuple[list, list]:  # type: ignore[type-arg]
            memory, glossary = stores.get()
            return memory.lookup(query, lang), glossary.find(query)

        def done(result: tuple[list, list]) -> None:  # type: ignore[type-arg]
            self.panel.show_matches(query, result[0])
            self.panel.show_terms(result[1])
            panes = self.ctx.cursor()
            if panes is not None:
                panes.set_highlights(block.id, [(h.start, h.end) for h in result[1]])

        self.ctx.worker.submit("assist", work, done, self._failed)
        if not self.offline:
            self.panel.show_mt("")

    def _failed(self, error: Exception) -> None:
        self.ctx.notify(say(error), 8000)

    def translate_current(self) -> None:
        """Translate the current block; a chat engine's answer streams into the suggestions and
        Escape (or Stop) ends it."""
        block = self._current()
        if self.stop is not None:  # a second press while one streams: stop it
            self.stop_translating()
            return
        if block is None or self.offline or not block.source.strip():
            return
        self.ctx.flush()
        translator = self.translator()
        article = context.view(self.ctx.doc.article)
        stop = self.stop = threading.Event()
        streamed: list[str] = []
        self.panel.show_notes([])
        self.panel.show_mt(self.tr("Translating…"))
        self.panel.set_busy(True)
        self.escape.watch(True)

        def work(report: Callable[[object], None]) -> Translated:
            return translator.block(
                article,
                block.id,
                on_piece=lambda piece: report(piece),
                on_restart=lambda: report(None),
                cancel=stop,
            )

        def arrived(piece: object) -> None:
            if piece is None:  # asked again for a missed glossary term
                streamed.clear()
                self.panel.show_mt(self.tr("Asking again for the glossary's terms…"))
                return
            streamed.append(str(piece))
            self.panel.show_mt("".join(streamed), note=self.tr("arriving…"))

        def done(result: Translated) -> None:
            self._finished(stop)
            text = result.result.text
            self.panel.show_mt(text, note=self.tr("from the cache") if result.cached else result.engine)
            self.panel.show_notes(self._notes(result))
            current = self.ctx.doc.article
            if block.id in {b.id for b in current.blocks} and not current.block(block.id).draft.strip():
                self.ctx.doc.push(edits.machine_draft(current, block.id, text), block.id)

        def failed(error: Exception) -> None:
            self._finished(stop)
            if isinstance(error, MTError) and error.kind == "cancelled":
                self.panel.show_mt(self.tr("Stopped: nothing was put in the draft"), error=True)
                return
            message = say(error)
            self.panel.show_mt(message, error=True)
            self.ctx.notify(message, 8000)
            if (
                isinstance(error, MTError)
                and error.kind == "offline"
                and translator.cfg.engine not in CHAT_ENGINES
            ):
                self.set_offline(True)

        self.ctx.worker.submit_with_progress("mt", work, arrived, done, failed)

    def stop_translating(self) -> None:
        if self.stop is not None:
            self.stop.set()

    def _finished(self, stop: threading.Event) -> None:
        if self.stop is stop:
            self.stop = None
            self.panel.set_busy(False)
            self.escape.watch(False)

    def _notes(self, done: Translated) -> list[str]:
        notes = [
            self.tr("The glossary says %1 → %2; the translation does not use it")
            .replace("%1", t.source)
            .replace("%2", t.target)
            for t in done.result.missed
        ]
        japanese = i18n.current() == "ja"
        return notes + [p.message if japanese else p.message_en for p in done.result.problems]

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.set_actions_enabled(OFFLINE_ACTIONS, not offline)
        self.set_actions_tip(
            OFFLINE_ACTIONS,
            self.tr("Offline: machine translation is off until the network is back") if offline else "",
        )
        self.panel.mt_button.setEnabled(not offline)
        self.panel.retry_button.setVisible(offline)
        if offline:
            self.panel.show_mt(
                QCoreApplication.translate(
                    "Assistance", "Offline: machine translation is off until the network is back"
                ),
                error=True,
            )
            self.probe.start()
        else:
            self.probe.stop()
            self.panel.show_mt("")
            self.ctx.notify(
                self.tr("Back online: machine translation is available"),
                5000,
            )

    def _probe(self) -> None:
        cfg = self.engine()
        if cfg.engine == "libre" or cfg.engine in CHAT_ENGINES:
            parts = urlsplit(cfg.url)
            host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
        else:
            host, port = HOSTS.get(cfg.engine, ""), 443

        def reach() -> bool:
            with socket.create_connection((host, port), timeout=3):
                return True

        self.ctx.worker.submit("probe", reach, lambda _ok: self.set_offline(False), lambda _e: None)

    # --- inserting -------------------------------------------------------------------------

    def insert_match(self, n: int) -> None:
        matches = self.panel.current_matches
        block = self._current()
        if block is None or n > len(matches):
            return
        self.ctx.flush()
        article = self.ctx.doc.article
        self.ctx.doc.push(edits.edit_draft(article, block.id, matches[n - 1].unit.target), block.id)

    def insert_term(self, n: int) -> None:
        terms = self.panel.current_terms
        panes = self.ctx.cursor()
        editor = panes.editor() if panes is not None else None
        if editor is not None and n <= len(terms):
            editor.insertPlainText(terms[n - 1].term.target)

    def add_term(self) -> None:
        source, target = "", ""
        panes = self.ctx.cursor()
        if panes is not None:
            viewer = panes.viewer()
            if viewer is not None:
                source = viewer.textCursor().selectedText()
            editor = panes.editor()
            if editor is not None:
                target = editor.textCursor().selectedText()
        dialog = TermDialog(self.host, source.strip(), target.strip())
        if dialog.exec():
            term = dialog.term()
            if term.source and term.target:
                self.glossary().add(term)
                self.ctx.notify(
                    self.tr("Added to the glossary: %1").replace("%1", term.source),
                    4000,
                )
                self.refresh()

    def open_settings(self) -> None:
        AssistSettings(self.ctx, self.host).exec()

    def concordance(self, text: str) -> None:
        stores = self.stores
        self.ctx.worker.submit(
            "concordance",
            lambda: stores.get()[0].concordance(text),
            self.panel.show_concordance,
            self._failed,
        )

    # --- confirming ------------------------------------------------------------------------

    def confirmed(self, block: Block) -> None:
        """A block marked done: into the memory, and its repeats filled for review."""
        art = self.ctx.doc.article
        unit = Unit(
            block.source, block.draft, block_language(art, block), "ja", art.source_url or art.source_title
        )
        stores = self.stores
        self.ctx.worker.submit("tm-add", lambda: stores.get()[0].add(unit), lambda _r: None, self._failed)
        for other in list(art.blocks):
            if other.id != block.id and other.source == block.source and not other.draft.strip():
                self.ctx.doc.push(edits.edit_draft(art, other.id, block.draft))

    # --- pre-translation -------------------------------------------------------------------

    def pretranslate(self) -> None:
        if self.offline:
            self.ctx.notify(
                QCoreApplication.translate(
                    "Assistance", "Pre-translation needs the network, and Tsuji is offline"
                ),
                6000,
            )
            return
        self.ctx.flush()
        items = pretrans.todo(self.ctx.doc.article)
        if not items:
            self.ctx.notify(self.tr("Nothing to pre-translate"), 4000)
            return
        translator = self.translator()
        article = context.view(self.ctx.doc.article)
        progress, cancel = cancellable_progress(
            self.host, "pretranslate_progress", self.tr("Pre-translating…"), self.tr("Cancel"), len(items)
        )
        self.pretranslate_progress = progress

        def work(report: object) -> pretrans.Outcome:
            return translator.run(
                article,
                items,
                on_progress=lambda n, _item, _error: report(n),  # type: ignore[operator]
                cancel=cancel,
            )

        self.ctx.worker.submit_with_progress(
            "pretranslate",
            work,
            progress.setValue,
            lambda outcome: self._pretranslated(outcome, progress),
            lambda error: self._pretranslate_failed(error, progress),
        )

    def _pretranslate_failed(self, error: Exception, progress: QProgressDialog) -> None:
        progress.close()
        self._failed(error)

    def _pretranslated(self, outcome: pretrans.Outcome, progress: QProgressDialog) -> None:
        progress.close()
        doc = self.ctx.doc
        changes = pretrans.as_edits(doc.article, outcome)
        doc.undo_stack.beginMacro(self.tr("Pre-translate"))
        for edit in changes:
            doc.push(edit)
        doc.undo_stack.endMacro()
        summary = (
            self.tr("%1 block(s) translated, %2 failed")
            .replace("%1", str(len(changes)))
            .replace("%2", str(len(outcome.failures)))
        )
        if outcome.left:
            summary += "; " + self.tr("%1 not tried").replace("%1", str(outcome.left))
        self.ctx.notify(summary, 10000)
        if outcome.failures or outcome.left:
            lines = [
                f"{inline.to_plain(item.source)[:40]}…: {say(error)}" for item, error in outcome.failures[:15]
            ]
            self.ctx.prompts.inform(self.tr("Pre-translate"), summary + "\n\n" + "\n".join(lines))
        if outcome.stopped_by == "offline" and self.engine().engine not in CHAT_ENGINES:
            self.set_offline(True)
