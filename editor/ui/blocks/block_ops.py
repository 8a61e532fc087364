"""What the block keys do: move, confirm, tag, merge, split, omit, notes.

Works on the context (the document, the prompts, the current panes) and never on
the window; each change is an ``edits`` function pushed through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from editor.core import edits, inline, operations
from editor.core.model import Block, Status
from editor.ui.shell.context import AppContext
from editor.ui.shell.messages import say
from editor.ui.shell.parts import PartDefaults


class BlockOps(PartDefaults):
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("BlockOps", text, disambiguation, n)

    def __init__(self, ctx: AppContext, on_confirmed: Callable[[Block], None]) -> None:
        self.ctx = ctx
        self.on_confirmed = on_confirmed
        self._last_toggle: tuple[tuple[str, ...], int] | None = None
        """The blocks Ctrl+T last changed and the undo stack's index after it."""

    # --- where we are ---------------------------------------------------------------

    def row(self) -> int:
        panes = self.ctx.cursor()
        return panes.current_row() if panes is not None else -1

    def selected_ids(self) -> list[str]:
        """The selected blocks, or the current one when the selection is elsewhere or empty."""
        panes = self.ctx.cursor()
        if panes is None:
            return []
        rows = panes.selected_rows()
        current = self.row()
        if current >= 0 and current not in rows:
            rows = [current]
        model = self.ctx.doc.model
        return [model.block(r).id for r in rows if 0 <= r < model.rowCount()]

    def _focus_id(self) -> str | None:
        r = self.row()
        return self.ctx.doc.model.block(r).id if r >= 0 else None

    def apply(self, make: Callable[[], edits.Edit | None]) -> None:
        """Build an edit (after committing typing) and push it; a refused edit is a status message."""
        self.ctx.flush()
        try:
            edit = make()
        except (edits.EditError, KeyError, IndexError) as e:
            self.ctx.notify(say(e), 5000)
            return
        if edit is not None:
            self.ctx.doc.push(edit, self._focus_id())

    # --- moving -------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        panes = self.ctx.cursor()
        if panes is not None:
            panes.go_to(max(0, min(self.ctx.doc.model.rowCount() - 1, self.row() + delta)))

    def step_todo(self, delta: int) -> None:
        panes = self.ctx.cursor()
        if panes is None:
            return
        self.ctx.flush()
        article = self.ctx.doc.article
        todo = {b.id for b in article.untranslated()}
        todo |= {b.id for b in article.blocks if b.previous_source and not b.removed}  # source changed
        r = self.row() + delta
        while 0 <= r < len(article.blocks):
            if article.blocks[r].id in todo:
                panes.go_to(r, centre=True)
                return
            r += delta
        self.ctx.notify(self.tr("No more untranslated or changed blocks"), 4000)

    def done_and_next(self) -> None:
        r = self.row()
        if r < 0:
            return
        self.ctx.flush()
        doc = self.ctx.doc
        block = doc.model.block(r)
        if not block.draft.strip() and block.needs_translation:
            self.ctx.notify(
                self.tr("Type a translation before marking the block done"),
                4000,
            )
            return
        doc.undo_stack.beginMacro(self.tr("Mark done"))
        doc.set_status(r, Status.DONE)
        if block.draft.strip():
            self.on_confirmed(doc.model.block(r))
        doc.undo_stack.endMacro()
        self.step_todo(1)

    # --- changing ---------------------------------------------------------------------------

    def copy_source(self) -> None:
        r = self.row()
        if r < 0:
            return
        self.ctx.flush()
        block = self.ctx.doc.model.block(r)
        question = self.tr("Replace this block's translation with its source text?")
        if block.status is Status.DONE:
            question += "\n" + self.tr("The block is marked done.")
        if (
            block.draft.strip()
            and block.draft != block.source
            and not self.ctx.prompts.confirm(
                self.tr("Copy source to translation"), question, yes=self.tr("Replace")
            )
        ):
            return
        self.apply(lambda: edits.edit_draft(self.ctx.doc.article, block.id, block.source))

    def toggle_quote(self) -> None:
        """Ctrl+T: the selected blocks (exactly those) become one quote, or stop being quoted;
        they stay selected, so a second Ctrl+T undoes what the first did."""
        ids = self.selected_ids()
        if not ids:
            return
        self.ctx.flush()  # typing since counts as something done (and is never undone with it)
        stack = self.ctx.doc.undo_stack
        if self._last_toggle == (tuple(ids), stack.index()) and stack.canUndo():
            stack.undo()  # the same blocks again, nothing done since: back to how they were
            self._last_toggle = None
        else:
            before = stack.index()
            quote = not all(self.ctx.doc.article.block(i).is_quote for i in ids)
            self.apply(lambda: edits.set_quote(self.ctx.doc.article, ids, quote))
            done = stack.index() != before  # a refused edit must not arm the undo above
            self._last_toggle = (tuple(ids), stack.index()) if done else None
        self._reselect(ids)

    def toggle_omit(self) -> None:
        ids = self.selected_ids()
        if ids:
            omit = not self.ctx.doc.article.block(ids[0]).omit
            self.apply(lambda: edits.set_omit(self.ctx.doc.article, ids, omit))
            self._reselect(ids)

    def _reselect(self, ids: list[str]) -> None:
        """The blocks an edit replaced stay selected (the edit gives the rows new items)."""
        cursor = self.ctx.cursor()
        if cursor is None or len(ids) < 2:
            return
        article = self.ctx.doc.article
        rows = [article.index_of(i) for i in ids if any(b.id == i for b in article.blocks)]
        cursor.select_rows(rows)

    def merge(self) -> None:
        r = self.row()
        if r >= 0:
            block_id = self.ctx.doc.model.block(r).id
            self.apply(lambda: edits.merge_with_next(self.ctx.doc.article, block_id))

    def split(self) -> None:
        r = self.row()
        panes = self.ctx.cursor()
        if r < 0 or panes is None:
            return
        self.ctx.flush()
        block = self.ctx.doc.model.block(r)
        editor = panes.editor()
        draft_pos = editor.textCursor().position() if editor is not None else len(block.draft)
        self.apply(lambda: operations.split(self.ctx.doc.article, block.id, draft_pos))

    def edit_note(self) -> None:
        r = self.row()
        if r < 0:
            return
        block = self.ctx.doc.model.block(r)
        text = self.ctx.prompts.text(
            self.tr("Translator's note"),
            self.tr("Note (訳注):"),
            block.note,
            multiline=True,
        )
        if text is not None and text != block.note:
            self.apply(lambda: edits.set_note(self.ctx.doc.article, block.id, text))

    # --- links carry over -------------------------------------------------------------

    def carry_link(self) -> None:
        """Ctrl+L: the selected draft words become a link to one of the source block's links
        (asked when there are several), as ``[words](url)``."""
        panes = self.ctx.cursor()
        editor = panes.editor() if panes is not None else None
        r = self.row()
        if editor is None or r < 0:
            return
        plain, ranges = inline.spans(self.ctx.doc.model.block(r).source)
        found = [(plain[s : s + n], href) for s, n, style, href in ranges if style == "link" and href]
        found = list(dict.fromkeys(found))
        if not found:
            self.ctx.notify(self.tr("The source of this block has no links"), 4000)
            return
        cursor = editor.textCursor()
        words = cursor.selectedText()
        if not words.strip():
            self.ctx.notify(self.tr("Select the words of the draft to link first"), 4000)
            return
        choice = 0
        if len(found) > 1:
            picked = self.ctx.prompts.choose(
                self.tr("Link"),
                self.tr("Which of the source's links should “%1” carry?").replace("%1", words),
                [f"“{text}”\n{url}" for text, url in found],  # the words, then the whole address
            )
            if picked is None:
                return
            choice = picked
        url = found[choice][1]
        cursor.insertText(f"[{inline.escape(words)}]({url})")
        editor.setTextCursor(cursor)
        self.ctx.flush()
