"""Row heights and the texts a row draws, shared by both panes: each block's source and draft
laid out once per width and font, with the marks drawn on them (find matches, proofreading
underlines, glossary terms)."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
)

from editor.core import inline
from editor.core.model import Block, BlockKind
from editor.ui.blocks.document import BlockModel
from editor.ui.blocks.rich_text import Mark, TextCache, plain_ranges

Index = QModelIndex | QPersistentModelIndex
PAD = 8
BAR = 4
INDENT = 18
STRIPE = 6
EDITOR_ROOM = 6


class RowMetrics(QObject):
    """Row heights shared by both panes."""

    rowResized = Signal(int)

    def __init__(self, model: BlockModel) -> None:
        super().__init__()
        self.model = model
        self.cache = TextCache()
        self.font = QFont()
        self.source_width = 300
        self.draft_width = 300
        self.sized = True
        """False while the panes are shown for the first time and one of them has no width yet:
        rows are not laid out then (every text laid out at a width about to change)."""
        self.live: dict[int, str] = {}
        """Text being typed in the open editor, by row."""
        self.laid_out: dict[str, int] = {}
        """The height each block was last laid out with, by id."""
        self._heights: dict[str, tuple[tuple[object, ...], int]] = {}
        """Each block's height with what it was measured from (see ``height``), by id."""
        self._widths = (self.source_width, self.draft_width)
        self.marks: dict[str, tuple[tuple[int, int], ...]] = {}
        """Glossary terms found in a block's source (plain-text ranges), by block id."""
        self.problems: dict[str, tuple[tuple[int, int, str], ...]] = {}
        """Proofreading findings in a block's draft: (start, end, severity) of its plain text."""
        self.flagged: dict[str, str] = {}
        """Blocks with a finding about the whole draft (a number or link missing): its severity."""
        self.found: dict[tuple[str, str], tuple[tuple[int, int, str], ...]] = {}
        """The find bar's matches, by (block id, "source" / "draft"): ranges of the Markdown,
        moved to the plain text the row draws only when the row is drawn (found_marks)."""
        self._found_plain: dict[tuple[str, str, str], tuple[Mark, ...]] = {}
        self._found_raw: dict[tuple[str, str, str], tuple[tuple[int, int, str], ...]] = {}

    def set_highlights(self, block_id: str, ranges: list[tuple[int, int]]) -> None:
        marks = tuple(ranges)
        if self.marks.get(block_id, ()) != marks:
            self.marks[block_id] = marks
            try:
                row = self.model.article.index_of(block_id)
            except KeyError:
                return
            self.rowResized.emit(row)

    def found_marks(self, block: Block, side: str) -> tuple[Mark, ...]:
        """The find bar's matches in a row as drawn: converted for the rows painted, never for
        the thousands a short search finds in a long article."""
        raw = self.found.get((block.id, side))
        if not raw:
            return ()
        text = block.source if side == "source" else block.draft
        key = (block.id, side, text)
        marks = self._found_plain.get(key)
        if marks is None or self._found_raw.get(key) != raw:
            marks = plain_ranges(text, list(raw))
            if len(self._found_plain) > 2000:
                self._found_plain.clear()
                self._found_raw.clear()
            self._found_plain[key], self._found_raw[key] = marks, raw
        return marks

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.cache.clear()
        self._heights.clear()

    def caption_font(self) -> QFont:
        f = QFont(self.font)
        f.setPointSizeF(max(6.0, f.pointSizeF() * 0.8))
        return f

    def caption(self, row: int) -> str:
        """Small label above a block: quote start, image, omitted."""
        block = self.model.block(row)
        parts = []
        if block.quote_group is not None:
            prev = self.model.block(row - 1) if row > 0 else None
            if prev is None or prev.quote_group != block.quote_group:
                parts.append(self.tr("Quote"))
                attr = None
                blocks = self.model.article.blocks
                r = row
                while r < len(blocks) and blocks[r].quote_group == block.quote_group:
                    attr = blocks[r].attribution or attr
                    r += 1
                if attr is not None and not attr.is_empty():
                    parts.append("— " + (attr.name or attr.url))
        if block.kind is BlockKind.IMAGE:
            url = block.image_url if len(block.image_url) <= 80 else block.image_url[:79] + "…"
            parts.append(self.tr("Image") + (f": {url}" if url else ""))
        if block.lang:  # a passage in another language than the article's
            parts.append(f"[{block.lang}]")
        if block.note.strip():
            parts.append("✎ " + self.tr("Note"))
        if block.kind is BlockKind.HEADING:
            parts.append(self.tr("Heading"))
        if block.removed:
            parts.append(self.tr("Removed from the source"))
        elif block.previous_source:
            parts.append(self.tr("Source changed"))
        if block.omit and not block.removed:
            parts.append(self.tr("Omitted from export"))
        return "  ".join(parts)

    def text_font(self, block: Block) -> QFont:
        if block.kind is BlockKind.HEADING:
            f = QFont(self.font)
            f.setBold(True)
            return f
        return self.font

    def indent(self, block: Block) -> int:
        x = PAD
        if block.quote_group is not None:
            x += BAR + INDENT - PAD
        if block.kind is BlockKind.LIST_ITEM:
            x += INDENT * (block.level + 1)
        return x

    def text_height(self, text: str, width: int, font: QFont, markdown: bool = True) -> int:
        return self.cache.height(text, width, font, markdown=markdown)

    def caption_height(self, row: int) -> int:
        return QFontMetrics(self.caption_font()).height() + 4 if self.caption(row) else 0

    def source_text_width(self, block: Block) -> int:
        return max(40, self.source_width - self.indent(block) - PAD)

    def draft_text_width(self, block: Block) -> int:
        return max(40, self.draft_width - STRIPE - self.indent(block) - PAD)

    def draft_text(self, row: int) -> tuple[str, bool]:
        if row in self.live:
            return self.live[row] or " ", False
        block = self.model.block(row)
        return (block.draft or " ", True)

    def source_text(self, block: Block) -> tuple[str, bool, tuple[Mark, ...]]:
        """What the source row shows: the source, or after an update changed it, the old and the
        new words (struck through / highlighted), until the block is confirmed."""
        if not block.previous_source or block.removed:
            return block.source or " ", True, self.marks.get(block.id, ())
        from editor.core.merge import word_diff  # only for changed blocks

        text, marks, at = "", [], 0
        for op, run in word_diff(inline.to_plain(block.previous_source), inline.to_plain(block.source)):
            text += run
            if op != "=":
                marks.append((at, at + len(run), "del" if op == "-" else "ins"))
            at += len(run)
        return text or " ", False, tuple(marks)

    def height(self, row: int) -> int:
        """A row's height: the taller of its two texts, its caption, the padding. Kept with what
        it depends on (the block, the text being typed in it, whether it opens a quote, the
        widths and the font), so laying out thousands of rows again after
        one of them grew asks Qt for no text (a pass over 5,000 rows: ~0.5 s without)."""
        block = self.model.block(row)
        if not self.sized:
            return QFontMetrics(self.text_font(block)).height() + 2 * PAD
        widths = (self.source_width, self.draft_width)
        if widths != self._widths:
            self._widths = widths
            self._heights.clear()
        key = (block, self.live.get(row), self._caption_context(row, block))
        known = self._heights.get(block.id)
        if known is not None and known[0][0] is block and known[0][1:] == key[1:]:
            self.laid_out[block.id] = known[1]
            return known[1]
        font = self.text_font(block)
        shown, md, _marks = self.source_text(block)
        src = self.text_height(shown, self.source_text_width(block), font, md)
        text, md = self.draft_text(row)
        dr = self.text_height(text, self.draft_text_width(block), font, md)
        # room for the editor's cursor line whether or not the editor is open: moving from
        # block to block changes no row's height, and lays nothing out again
        height = self.caption_height(row) + max(src, dr + EDITOR_ROOM) + 2 * PAD
        self.laid_out[block.id] = height
        self._heights[block.id] = (key, height)
        return height

    def _caption_context(self, row: int, block: Block) -> bool:
        """What a row's caption reads off the blocks before it: whether it opens a quote (a
        caption is one line, whatever it names)."""
        if block.quote_group is None:
            return False
        return row == 0 or self.model.block(row - 1).quote_group != block.quote_group
