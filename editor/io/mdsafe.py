"""Make user text safe to place in a Markdown document.

A draft is *inline* Markdown: links, emphasis and code spans are the
translator's to use. What must never happen is that a draft changes the
document's structure: a line that would start a heading, list, quote, code
block, thematic break, setext underline, table, HTML block or link reference
definition is escaped, and raw HTML is shown as text. The hypothesis tests
in ``tests/io/test_mdsafe.py`` check this against a CommonMark parser.
"""

from __future__ import annotations

import re

_LINE_RULES = [
    re.compile(r"^(#)(?=#{0,5}(?:[ \t]|$))"),  # ATX heading
    re.compile(r"^(>)"),  # block quote
    re.compile(r"^([-+*])(?=[ \t]|$)"),  # bullet list item
    re.compile(r"^([-*_])(?=(?:[ \t]*\1){2,}[ \t]*$)"),  # thematic break
    re.compile(r"^([-=])(?=[-=]*[ \t]*$)"),  # setext underline
    re.compile(r"^(~)(?=~~)"),  # tilde fence
    re.compile(r"^(\|)"),  # table row
    re.compile(r"^(:)(?=-+:?[ \t]*\|)"),  # table delimiter row
]
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_BACKTICK_FENCE = re.compile(r"^(`{3,})(?=[^`]*$)")
_REF_DEF = re.compile(r"^\[(?:[^\[\]\\]|\\.){0,1000}\]:", re.S)
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\x00-\x20<>]*"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*)>"
)
_TABLE_DELIM = re.compile(r"^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^\|")


def _escape_line_start(line: str) -> str:
    m = _ORDERED.match(line)
    if m:
        return f"{m.group(1)}\\{m.group(2)}{line[m.end() :]}"
    m = _BACKTICK_FENCE.match(line)
    if m:
        return "\\`" * len(m.group(1)) + line[m.end() :]
    for rule in _LINE_RULES:
        if rule.match(line):
            return "\\" + line
    return line


def _code_span_end(text: str, i: int) -> tuple[int, int]:
    """(end of the backtick run at i, end of its code span or -1)."""
    j = i
    while j < len(text) and text[j] == "`":
        j += 1
    run = j - i
    k = j
    while True:
        k = text.find("`" * run, k)
        if k < 0:
            return j, -1
        end = k + run
        if (k == 0 or text[k - 1] != "`") and (end >= len(text) or text[end] != "`"):
            return j, end
        while end < len(text) and text[end] == "`":
            end += 1
        k = end


_SPECIAL = re.compile(r"[\\`<]")


def _segments(text: str) -> list[tuple[str, str]]:
    """Split inline text into code spans, autolinks, escapes and other runs."""
    out: list[tuple[str, str]] = []
    i, n, plain = 0, len(text), 0
    while i < n:
        special = _SPECIAL.search(text, i)  # most drafts hold none: one search, not a loop per character
        if special is None:
            break
        i = special.start()
        c = text[i]
        kind, stop = "", i
        if c == "\\" and i + 1 < n:
            kind, stop = "escape", i + 2
        elif c == "`":
            run_end, span_end = _code_span_end(text, i)
            kind, stop = ("code", span_end) if span_end >= 0 else ("ticks", run_end)
        elif c == "<":
            m = _AUTOLINK.match(text, i)
            if m:
                kind, stop = "autolink", m.end()
        if not kind:
            i += 1
            continue
        if plain < i:
            out.append(("text", text[plain:i]))
        out.append((kind, text[i:stop]))
        i = plain = stop
    if plain < n:
        out.append(("text", text[plain:]))
    return out


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def _escape_html(text: str) -> str:
    """Show raw HTML as text; leave code spans and autolinks alone."""
    return "".join(_TAG_START.sub("&lt;", seg) if kind == "text" else seg for kind, seg in _segments(text))


def _join_code_span_breaks(text: str) -> str:
    """A line break inside a code span means a space there; make it one.

    Otherwise a continuation line of the span could start a block (a quote,
    a list) before the span is ever seen.
    """
    return "".join(seg.replace("\n", " ") if kind == "code" else seg for kind, seg in _segments(text))


def lines_of(text: str) -> list[str]:
    """The non-blank lines of a text, trimmed: what a paragraph keeps of it."""
    return [
        line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()
    ]


def block_text(text: str) -> str:
    """Text that stays one paragraph whatever it holds (lines kept as soft breaks)."""
    joined = _join_code_span_breaks("\n".join(lines_of(text)))
    lines = [_escape_line_start(line) for line in joined.split("\n")]
    if lines and _REF_DEF.match("\n".join(lines)):
        lines[0] = "\\" + lines[0]
    if any(_TABLE_DELIM.match(line) for line in lines[1:]):
        lines = [line.replace("|", "\\|") if _TABLE_DELIM.match(line) else line for line in lines]
    return _escape_html("\n".join(lines))


_TRAILING_BACKSLASH = re.compile(r"((?:^|[^\\])(?:\\\\)*\\)$")


def draft_text(text: str) -> str:
    """A draft as the post shows it: each line break kept as a line break (a Markdown hard
    break), a blank line as a new paragraph; every paragraph as safe as ``block_text``."""
    paragraphs = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    out = []
    for para in paragraphs:
        lines = block_text(para).split("\n")
        if lines != [""]:
            # a line ending in a lone backslash would escape nothing and swallow the break
            ended = [_TRAILING_BACKSLASH.sub(r"\1\\", line) for line in lines[:-1]]
            out.append("  \n".join([*ended, lines[-1]]))
    return "\n\n".join(out)


def one_line(text: str) -> str:
    """Text for a one-line place (a heading, a bullet, a byline)."""
    return block_text(" ".join(lines_of(text)))


def heading_text(text: str) -> str:
    """Like one_line, and a trailing run of ``#`` is not taken as closing."""
    line = one_line(text)
    return re.sub(r"(\s)(#+)$", r"\1\\\2", line)
