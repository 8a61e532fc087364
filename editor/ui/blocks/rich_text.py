"""Laying out and drawing inline Markdown with QTextLayout, cached.

Row heights of 5,000 blocks must be cheap to compute and identical in both
panes, so heights are cached by (text, width, style) and the laid-out
QTextLayout objects of recently painted rows are kept for drawing.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from editor.core import inline

LINK_COLOR = QColor("#1a5fb4")
MARK_COLOR = QColor("#fff1a8")
UNDERLINE_COLORS = {"error": QColor("#d32f2f"), "warning": QColor("#ef8f00"), "hint": QColor("#1e88e5")}
DELETED_COLOR = QColor("#b3261e")
INSERTED_COLOR = QColor("#d8f5d0")
FOUND_COLOR = QColor("#ffd98a")
"""Every match of the find bar's text."""
HERE_COLOR = QColor("#ff9f43")
"""The match the find bar is on."""
Mark = tuple[int, int] | tuple[int, int, str]
"""A highlighted range (start, end) of plain text; (start, end, severity) for a proofreading
underline; (start, end, "del" / "ins") for the words a source update took away / added; (start, end,
"found" / "here") for the find bar's matches."""
"""Glossary terms in the source."""


def _formats(ranges: list[tuple[int, int, str, str]], base: QFont) -> list[QTextLayout.FormatRange]:
    out = []
    for start, length, style, _href in ranges:
        fmt = QTextCharFormat()
        if style == "link":
            fmt.setForeground(LINK_COLOR)
            fmt.setFontUnderline(True)
        elif style == "em":
            fmt.setFontItalic(True)
        elif style == "strong":
            fmt.setFontWeight(QFont.Weight.Bold)
        elif style == "code":
            fmt.setFontFamilies(["monospace"])
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, length, fmt
        out.append(r)
    return out


class TextCache:
    def __init__(self, max_layouts: int = 600, max_heights: int = 40000) -> None:
        self._layouts: OrderedDict[tuple[str, int, str], QTextLayout] = OrderedDict()
        self._heights: OrderedDict[tuple[str, int, str], int] = OrderedDict()
        self.max_layouts, self.max_heights = max_layouts, max_heights

    def clear(self) -> None:
        self._layouts.clear()
        self._heights.clear()

    def layout(
        self,
        text: str,
        width: int,
        font: QFont,
        *,
        markdown: bool = True,
        marks: tuple[Mark, ...] = (),
    ) -> QTextLayout:
        key = (text, width, font.key() + ("md" if markdown else "raw") + repr(marks))
        found = self._layouts.get(key)
        if found is not None:
            self._layouts.move_to_end(key)
            return found
        plain, ranges = inline.spans(text) if markdown else (text, [])
        lay = QTextLayout(plain.replace("\n", "\u2028"), font)  # QTextLayout breaks lines at U+2028 only
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lay.setTextOption(opt)
        formats = _formats(ranges, font) if ranges else []
        for mark in marks:
            start, end = mark[0], mark[1]
            fmt = QTextCharFormat()
            if len(mark) > 2 and mark[2] == "del":  # words a source update took away
                fmt.setFontStrikeOut(True)
                fmt.setForeground(DELETED_COLOR)
            elif len(mark) > 2 and mark[2] == "ins":  # words it added
                fmt.setBackground(INSERTED_COLOR)
            elif len(mark) > 2 and mark[2] in ("found", "here"):  # the find bar's matches
                fmt.setBackground(HERE_COLOR if mark[2] == "here" else FOUND_COLOR)
            elif len(mark) > 2:  # a proofreading finding: a wavy underline in its severity's colour
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(UNDERLINE_COLORS.get(str(mark[2]), MARK_COLOR))
            else:
                fmt.setBackground(MARK_COLOR)
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, end - start, fmt
            formats.append(r)
        if formats:
            lay.setFormats(formats)
        lay.beginLayout()
        y = 0.0
        while True:
            line = lay.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(10, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        lay.endLayout()
        self._layouts[key] = lay
        if len(self._layouts) > self.max_layouts:
            self._layouts.popitem(last=False)
        height_key = (text, width, font.key() + ("md" if markdown else "raw"))
        self._heights[height_key] = max(int(y + 0.999), QFontMetrics(font).height())
        return lay

    def height(self, text: str, width: int, font: QFont, *, markdown: bool = True) -> int:
        key = (text, width, font.key() + ("md" if markdown else "raw"))
        h = self._heights.get(key)
        if h is None:
            self.layout(text, width, font, markdown=markdown)
            h = self._heights[key]
            if len(self._heights) > self.max_heights:
                self._heights.popitem(last=False)
        return h

    def draw(
        self,
        painter: QPainter,
        text: str,
        x: int,
        y: int,
        width: int,
        font: QFont,
        *,
        markdown: bool = True,
        marks: tuple[Mark, ...] = (),
    ) -> None:
        self.layout(text, width, font, markdown=markdown, marks=marks).draw(painter, QPointF(x, y))


def plain_ranges(md: str, ranges: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """Ranges in a block's inline Markdown, moved to the plain text the rows draw (a range
    wholly inside markup, such as a link's address, is dropped)."""
    plain, _styles = inline.spans(md)
    if plain == md:
        return tuple(ranges)
    import difflib  # only once marks are drawn, never for the first paint

    where: dict[int, int] = {}
    for a, b, size in difflib.SequenceMatcher(None, md, plain, autojunk=False).get_matching_blocks():
        for k in range(size + 1):
            where.setdefault(a + k, b + k)
    out = []
    for start, end, kind in ranges:
        s = where.get(start)
        e = where.get(end, where.get(end - 1, -1) + 1)
        if s is not None and e > s:
            out.append((s, e, kind))
    return tuple(out)


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """Text as HTML text or attribute value (what ``html.escape`` does, without loading its entity
    table before the first paint)."""
    return text.translate(_ESCAPES)


def to_html(text: str) -> str:
    """Inline Markdown as safe HTML for a read-only text browser."""
    plain, ranges = inline.spans(text)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    tags = {"em": ("<i>", "</i>"), "strong": ("<b>", "</b>"), "code": ("<code>", "</code>")}
    for start, length, style, href in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if style == "link":
            o, c = f'<a href="{escape(href)}">', "</a>"
        else:
            o, c = tags[style]
        opens.setdefault(start, []).append(o)
        closes.setdefault(start + length, []).insert(0, c)
    out = []
    for i, ch in enumerate(plain):
        out.extend(closes.get(i, []))
        out.extend(opens.get(i, []))
        out.append("<br>" if ch == "\n" else escape(ch))
    out.extend(closes.get(len(plain), []))
    return "".join(out)


def diff_html(old: str, new: str) -> str:
    """The new source with the words an update added, and those it took away struck through."""
    from editor.core.merge import word_diff  # only for blocks an update changed (rapidfuzz)

    out = []
    for op, text in word_diff(old, new):
        t = escape(text)
        if op == "+":
            out.append(f'<span style="background:#d8f5d0">{t}</span>')
        elif op == "-":
            out.append(f'<span style="color:#b3261e;text-decoration:line-through">{t}</span>')
        else:
            out.append(t)
    return "".join(out)
