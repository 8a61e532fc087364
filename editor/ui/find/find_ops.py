"""Find and replace over the document, driven by the find bar; works on the context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from editor.core import edits, operations
from editor.core.search import Match, Query, find_all, find_next, replace_in
from editor.ui.blocks.editors import set_marks
from editor.ui.blocks.rich_text import FOUND_COLOR, HERE_COLOR, plain_ranges
from editor.ui.find.find_bar import FindBar
from editor.ui.shell.context import AppContext
from editor.ui.shell.parts import PartDefaults


class FindOps(PartDefaults):
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("FindOps", text, disambiguation, n)

    def __init__(self, ctx: AppContext, bar: FindBar) -> None:
        self.ctx, self.bar = ctx, bar
        self.last_match: Match | None = None
        self.selected_hit: tuple[object, int, int] | None = None
        """(row, start, end) of the match the bar last selected in the draft."""
        self.shown: list[Match] = []
        """The matches highlighted now."""
        bar.findRequested.connect(self.find)
        bar.replaceRequested.connect(self.replace)
        bar.closed.connect(self.closed)
        self._live = QTimer(bar)
        self._live.setSingleShot(True)
        self._live.setInterval(150)
        self._live.timeout.connect(self.live)
        bar.queryEdited.connect(self._query_edited)
        self._replaced: str | None = None
        """What the last Replace All said, kept until the search changes (the matches it
        replaced are gone: the count that follows would say "Not found")."""

    def _query_edited(self) -> None:
        self._replaced = None
        self._live.start()

    def forget(self) -> None:
        """The document changed: the next search starts from the current block, and the
        highlights follow the new text."""
        self.last_match = None
        if self.bar.isVisible() and self.shown:
            self._live.start()

    def live(self) -> None:
        """As the search text or its options change: highlight every match and count them,
        without moving."""
        if not self.bar.isVisible():
            return
        q = self.bar.query()
        if q is None:
            self.highlight([], None)
            if not self.bar.find_edit.text():
                self.bar.status.setText("")
            return
        matches = find_all(self.ctx.doc.article, q)
        self.highlight(matches, None)
        if not matches and self._replaced:
            self.bar.status.setText(self._replaced)
        elif not matches:
            self.bar.status.setText(self.tr("Not found"))
        elif len(matches) == 1:
            self.bar.status.setText(self.tr("1 match"))
        else:
            self.bar.status.setText(self.tr("%1 matches").replace("%1", str(len(matches))))

    def clear(self) -> None:
        self.highlight([], None)

    def closed(self) -> None:
        """The bar closed (✕ or Escape): no highlights, and the cursor back in the draft."""
        self.clear()
        panes = self.ctx.cursor()
        editor = panes.editor() if panes is not None else None
        if editor is not None:
            editor.setFocus()

    def _position(self, position: int, total: int) -> str:
        return self.tr("%1 of %2").replace("%1", str(position)).replace("%2", str(total))

    def current_changed(self, row: int) -> None:
        if self.shown:  # the matches inside the editors, once they are open
            QTimer.singleShot(0, self.mark_editors)

    def retranslate(self) -> None:
        """The bar's texts and the count in the interface's language (after it is switched)."""
        self.bar.retranslate()
        if not self.bar.isVisible() or not self.shown:
            return
        if self.last_match in self.shown:
            position = self.shown.index(self.last_match) + 1
            self.bar.status.setText(self._position(position, len(self.shown)))
        else:
            self.live()

    def highlight(self, matches: list[Match], here: Match | None) -> None:
        """Every match on both panes (and in the open source and draft editors), the current one
        stronger."""
        self.shown = matches
        panes = self.ctx.cursor()
        if panes is None:
            return
        blocks = self.ctx.doc.article.blocks
        grouped: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        for m in matches:
            grouped.setdefault((m.row, m.field), []).append(
                (m.start, m.end, "here" if m == here else "found")
            )
        found: dict[tuple[str, str], tuple[tuple[int, int, str], ...]] = {}
        for (row, field), ranges in grouped.items():
            block = blocks[row]
            if field == "source" and block.previous_source:
                continue  # the row shows the words an update changed, not the source as it is
            found[(block.id, field)] = tuple(ranges)  # moved to the drawn text when drawn
        panes.show_found(found)
        self.mark_editors()

    def mark_editors(self) -> None:
        """The highlights inside the current block's open editors: the draft editor holds the
        Markdown itself, the source viewer its plain text."""
        panes = self.ctx.cursor()
        if panes is None:
            return
        row = panes.current_row()
        blocks = self.ctx.doc.article.blocks
        if not 0 <= row < len(blocks):
            return
        block = blocks[row]
        editor, viewer = panes.editor(), panes.viewer()
        if editor is not None:
            ranges = [(m.start, m.end, m) for m in self.shown if m.row == row and m.field == "draft"]
            if editor.toPlainText() != block.draft:
                ranges = []  # stale ranges would land on the wrong words
            set_marks(editor, "find", self._selections(editor, ranges))
        if viewer is not None:
            raw = [(m.start, m.end, m) for m in self.shown if m.row == row and m.field == "source"]
            if block.previous_source:
                raw = []
            plain = plain_ranges(block.source, [(a, b, str(i)) for i, (a, b, _m) in enumerate(raw)])
            set_marks(viewer, "find", self._selections(viewer, [(a, b, raw[int(i)][2]) for a, b, i in plain]))

    def _selections(
        self, editor: QPlainTextEdit | QTextEdit, ranges: list[tuple[int, int, Match]]
    ) -> list[QTextEdit.ExtraSelection]:
        out = []
        doc = editor.document()
        for start, end, m in ranges:
            if end > doc.characterCount():
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(HERE_COLOR if m == self.last_match else FOUND_COLOR)
            sel.cursor, sel.format = cursor, fmt
            out.append(sel)
        return out

    def open(self, replace: bool) -> None:
        """Ctrl+F / Ctrl+H. Words the user selected in the draft become the search; never when the
        bar is already open (what was typed in it stays) or when the selection is a match the bar
        itself selected."""
        seed = ""
        panes = self.ctx.cursor()
        editor = panes.editor() if panes is not None else None
        if not self.bar.isVisible() and editor is not None and editor.textCursor().hasSelection():
            cursor = editor.textCursor()
            here = (
                panes.current_row() if panes is not None else -1,
                cursor.selectionStart(),
                cursor.selectionEnd(),
            )
            if here != self.selected_hit:
                seed = cursor.selectedText()
        self.bar.open(replace, seed)

    def find(self, q: Query, backwards: bool) -> Match | None:
        self._live.stop()  # Enter pressed while typing: "3 of 17" wins over "17 matches"
        self.ctx.flush()
        article = self.ctx.doc.article
        m = find_next(article, q, self.last_match, backwards)
        self.last_match = m
        if m is None:
            self.bar.status.setText(self.tr("Not found"))
            self.highlight([], None)
            return None
        matches = find_all(article, q)
        position = matches.index(m) + 1 if m in matches else 0
        self.bar.status.setText(self._position(position, len(matches)))
        panes = self.ctx.cursor()
        focus = QApplication.focusWidget()
        back = focus if focus is self.bar.replace_edit else self.bar.find_edit  # Enter, Enter… goes on
        if panes is not None:
            panes.go_to(m.row, focus_draft=m.field == "draft", centre=True)
            editor = panes.editor()
            if m.field == "draft" and editor is not None:
                cursor = editor.textCursor()
                cursor.setPosition(m.start)
                cursor.setPosition(m.end, cursor.MoveMode.KeepAnchor)
                editor.setTextCursor(cursor)
                self.selected_hit = (m.row, m.start, m.end)
            back.setFocus()
        self.highlight(matches, m)
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
            self._replaced = QCoreApplication.translate(
                "FindOps", "Replaced %1 match(es) in %n block(s)", "", len(changes)
            ).replace("%1", str(count))
            self.bar.status.setText(self._replaced)
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
