"""Find and replace over the document, driven by the find bar; works on the context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.core import edits, operations
from editor.core.search import Match, Query, find_all, find_next, replace_in
from editor.ui.context import AppContext
from editor.ui.findbar import FindBar


class FindOps:
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("FindOps", text, disambiguation, n)

    def __init__(self, ctx: AppContext, bar: FindBar) -> None:
        self.ctx, self.bar = ctx, bar
        self.last_match: Match | None = None
        bar.findRequested.connect(self.find)
        bar.replaceRequested.connect(self.replace)

    def forget(self) -> None:
        """The document changed: the next search starts from the current block."""
        self.last_match = None

    def open(self, replace: bool) -> None:
        seed = ""
        panes = self.ctx.panes()
        editor = panes.editor() if panes is not None else None
        if editor is not None and editor.textCursor().hasSelection():
            seed = editor.textCursor().selectedText()
        self.bar.open(replace, seed)

    def find(self, q: Query, backwards: bool) -> Match | None:
        self.ctx.flush()
        article = self.ctx.doc.article
        m = find_next(article, q, self.last_match, backwards)
        self.last_match = m
        if m is None:
            self.bar.status.setText(self.tr("Not found"))
            return None
        matches = find_all(article, q)
        position = matches.index(m) + 1 if m in matches else 0
        self.bar.status.setText(
            self.tr("%1 of %2").replace("%1", str(position)).replace("%2", str(len(matches)))
        )
        panes = self.ctx.panes()
        if panes is not None:
            panes.go_to(m.row, focus_draft=m.field == "draft", centre=True)
            editor = panes.editor()
            if m.field == "draft" and editor is not None:
                cursor = editor.textCursor()
                cursor.setPosition(m.start)
                cursor.setPosition(m.end, cursor.MoveMode.KeepAnchor)
                editor.setTextCursor(cursor)
            self.bar.find_edit.setFocus()
        return m

    def replace(self, q: Query, replacement: str, everywhere: bool) -> None:
        self.ctx.flush()
        doc = self.ctx.doc
        art = doc.article
        if everywhere:
            changes = operations.replace_all(
                art, q, replacement, keep_done=self.ctx.settings.replace_keeps_done
            )
            rx = q.compile()
            count = sum(
                1 for e in changes for b in e.before for m in rx.finditer(b.draft) if m.end() > m.start()
            )
            doc.undo_stack.beginMacro(self.tr("Replace all"))
            for edit in changes:
                doc.push(edit)
            doc.undo_stack.endMacro()
            self.bar.status.setText(
                QCoreApplication.translate(
                    "FindOps", "Replaced %1 match(es) in %n block(s)", "", len(changes)
                ).replace("%1", str(count))
            )
            return
        m = self.last_match
        if m is not None and m.field == "draft" and m.row < len(art.blocks):
            block = art.blocks[m.row]
            new = replace_in(block.draft, q, replacement, m.start)
            if new != block.draft:
                keep = self.ctx.settings.replace_keeps_done
                doc.push(edits.edit_draft(art, block.id, new, keep_done=keep), block.id)
                self.last_match = Match(m.row, "draft", m.start, m.start)
                self.ctx.notify(
                    self.tr("Replaced in block %1").replace("%1", str(m.row + 1)),
                    4000,
                )
        self.find(q, False)
