"""The proofreading engine: an article (or a Markdown/plain file) in, problems out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache

from editor.assist.proof import house, tokens
from editor.assist.proof.model import Hit, Kind, Options, Problem, Rule, Segment, Severity
from editor.assist.proof.prose import mask
from editor.assist.proof.styles import Style, load_style
from editor.core.model import Article, BlockKind

SEVERITY_ORDER = {"error": 0, "warning": 1, "hint": 2}


@lru_cache(maxsize=50_000)
def _masked(text: str) -> str:
    return mask(text)


def segment(text: str, kind: Kind, **kw: object) -> Segment:
    return Segment(text, _masked(text), kind, **kw)  # type: ignore[arg-type]


def article_segments(article: Article) -> list[Segment]:
    """Every text of the post a reader sees in Japanese: title, summary, drafts and notes."""
    segs: list[Segment] = []
    ignored = frozenset(article.proof_ignored)
    if article.title.strip():
        segs.append(segment(article.title, Kind.TITLE, field="title", ignored=ignored))
    for i, point in enumerate(article.summary, 1):
        if point.label.strip():
            segs.append(segment(point.label, Kind.LABEL, field="label", block=i, ignored=ignored))
        if point.text.strip():
            segs.append(segment(point.text, Kind.SUMMARY, field="summary", block=i, ignored=ignored))
    lang = article.source_lang or "en"
    group: str | None = None
    for i, block in enumerate(article.blocks, 1):
        group = group or block.id if block.kind is BlockKind.LIST_ITEM else None
        if block.omit or (block.kind is BlockKind.IMAGE and not block.draft.strip()):
            continue
        kind = _kind(block.kind, block.is_quote)
        common = {"block": i, "block_id": block.id, "ignored": frozenset(block.proof_ignored)}
        if block.draft.strip():
            segs.append(
                segment(
                    block.draft,
                    kind,
                    group=group if kind is Kind.LIST else block.quote_group,
                    source=block.source,
                    source_lang=block.lang or lang,
                    **common,
                )
            )
        if block.note.strip():
            segs.append(segment(block.note, Kind.NOTE, field="note", **common))
    return segs


def _kind(kind: BlockKind, quote: bool) -> Kind:
    if quote:
        return Kind.QUOTE
    return {BlockKind.HEADING: Kind.HEADING, BlockKind.LIST_ITEM: Kind.LIST}.get(kind, Kind.BODY)


def _line_col(text: str, at: int) -> tuple[int, int]:
    before = text[:at]
    line = before.count("\n")
    return line, at - (before.rfind("\n") + 1) + 1


def _problem(rule: Rule, seg: Segment, hit: Hit, setting_severity: Severity) -> Problem:
    args = {k: ("" if v is None else v) for k, v in hit.args.items()}
    excerpt = seg.text[hit.start : hit.end] or str(next(iter(args.values()), ""))
    args.setdefault("found", seg.text[hit.start : hit.end])
    args.setdefault("fix", hit.fix or "")
    line, column = _line_col(seg.text, hit.start)
    return Problem(
        rule.id,
        setting_severity,
        rule.ja.format_map(_Default(args)),
        rule.en.format_map(_Default(args)),
        seg.field,
        seg.block,
        seg.block_id,
        hit.start,
        hit.end,
        hit.fix,
        seg.line + line,
        column,
        excerpt,
    )


REGISTER_RULES = ("mixed-register", "jtf-1.1.1")


class _Default(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


_HITS: dict[tuple[object, ...], tuple[Hit, ...]] = {}
"""What each rule that reads one text at a time found in it, by rule, options, tokenizer and the
segment itself: after an edit, the document is checked again and only the texts that changed
are read (on a post of 670 drafts, 634 → 167 ms of the worker's time, during which the
window's thread waits for Python's lock at each of its callbacks)."""
_HITS_MAX = 200_000


def _frozen(value: object) -> object:
    """A rule's options as a key: whole patterns (a pattern's repr is cut at 200 characters, and
    the user dictionary's entries are patterns), lists and tables as tuples."""
    if isinstance(value, re.Pattern):
        return ("pattern", value.pattern, value.flags)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set | frozenset):
        items = [_frozen(v) for v in value]
        return tuple(sorted(items, key=repr) if isinstance(value, set | frozenset) else items)
    if is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, *(_frozen(getattr(value, f.name)) for f in fields(value)))
    return value if isinstance(value, str | int | float | bool | None) else repr(value)


def _segment_hits(rule: Rule, settings: object, options: Options, seg: Segment) -> tuple[Hit, ...]:
    check = rule.check
    assert check is not None
    if not rule.cached:
        return tuple(check(seg, options))
    key = (rule.id, settings, tokens.loaded() is not None, seg)
    hits = _HITS.get(key)
    if hits is None:
        hits = tuple(check(seg, options))
        if len(_HITS) >= _HITS_MAX:
            _HITS.clear()
        _HITS[key] = hits
    return hits


def check_segments(segs: list[Segment], style: Style, glossary: object = None) -> list[Problem]:
    out: list[Problem] = []
    for setting in style.settings.values():
        rule = setting.rule
        options = Options({**setting.options, "_glossary": glossary})
        mine = [s for s in segs if rule.kinds is None or s.kind in rule.kinds]
        found: Iterable[tuple[Segment, Hit]]
        if rule.check_document is not None:
            found = rule.check_document(mine, options)
        else:
            settings = _frozen(setting.options)
            found = ((s, h) for s in mine for h in _segment_hits(rule, settings, options, s))
        for seg, hit in found:
            p = _problem(rule, seg, hit, setting.severity)
            if p.key not in seg.ignored and rule.id not in seg.ignored:
                out.append(p)
    out.sort(key=lambda p: (_order(p), p.line, p.start, SEVERITY_ORDER[str(p.severity)], p.rule))
    prefer = {
        rid: str(s.options.get("prefer", ""))
        for rid, s in style.settings.items()
        if rid in REGISTER_RULES and s.options.get("prefer")
    }
    return house.collapse(_one_per_fix(out), segs, prefer, style.house)


def _one_per_fix(problems: list[Problem]) -> list[Problem]:
    """Two rules that find the same characters and would fix them the same way (jtf-1.2.1 and
    jtf-4.1.3 on 「ない.」) are one problem to the translator: the first is kept."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for p in problems:
        key = (p.field, p.block, p.line, p.start, p.end, p.fix)
        if p.fix is not None and key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


_FIELD_ORDER = {"title": 0, "label": 1, "summary": 1}


def _order(p: Problem) -> tuple[int, int]:
    return (_FIELD_ORDER.get(p.field, 2), p.block or 0)


def check_article(article: Article, style: Style | None = None, glossary: object = None) -> list[Problem]:
    return check_segments(article_segments(article), style or load_style(), glossary)


# Plain files: a Markdown post or text written elsewhere

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HTML_BLOCK = re.compile(r"^\s{0,3}<(!--|/?[A-Za-z][\w.:-]*)(?=[\s/>]|$)")
"""A line that starts an HTML block (CommonMark's kinds 1, 2, 6 and 7): markup, not prose."""
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TAGS = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>")
_RAW_CONTENT = ("script", "style", "pre", "textarea", "template")


def _html_close(opener: str) -> re.Pattern[str]:
    """What ends the HTML block a line opened: a comment's -->, a script's own end tag, else
    the end of the tag itself (a component written over several lines)."""
    if opener == "!--":
        return re.compile(r"-->")
    if opener.lower() in _RAW_CONTENT:
        return re.compile(rf"</{opener}\s*>", re.IGNORECASE)
    return re.compile(r">")


def file_segments(text: str) -> list[Segment]:
    """Paragraphs, headings, list items and quotes of a Markdown or text file, with their lines.
    Front matter, fenced code and [URL:embed:cite] cards are not prose."""
    segs: list[Segment] = []
    front = _FRONT.match(text)
    skip_to = text[: front.end()].count("\n") if front else 0
    lines = text.split("\n")
    in_fence = False
    para: list[str] = []
    para_line = 0
    group = 0

    def flush() -> None:
        if para:
            body = "\n".join(para)
            segs.append(segment(body, Kind.BODY, field="text", line=para_line + 1))
            para.clear()

    html_until: re.Pattern[str] | None = None
    for n, raw in enumerate(lines):
        if n < skip_to:
            continue
        if html_until is not None:  # inside an HTML block (a script, a comment, a tag's lines)
            if html_until.search(raw):
                html_until = None
            continue
        opened = _HTML_BLOCK.match(raw)
        if opened is not None and not in_fence:
            close = _html_close(opened.group(1))
            unclosed = not close.search(raw[opened.end() :])
            if unclosed or not _TAGS.sub("", raw).strip():  # only markup on the line
                flush()
                html_until = close if unclosed else None
                continue
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence or re.fullmatch(r"\s*\[[^\]]+:embed(?::cite)?\]\s*", raw):
            flush()
            continue
        if not raw.strip() or _TABLE_RULE.match(raw):  # a table's |---|---| row is no prose
            flush()
            group += 1
            continue
        for rx, kind in ((_HEADING, Kind.HEADING), (_LIST, Kind.LIST), (_QUOTE, Kind.QUOTE)):
            m = rx.match(raw)
            if m:
                flush()
                text_part = raw[m.end() :]
                pad = " " * m.end()
                segs.append(
                    Segment(
                        pad + text_part,
                        "\ue000" * len(pad) + _masked(text_part),
                        kind,
                        field="text",
                        line=n + 1,
                        group=str(group),
                    )
                )
                break
        else:
            if not para:
                para_line = n
            para.append(raw)
    flush()
    return segs


def check_text(text: str, style: Style | None = None) -> list[Problem]:
    return check_segments(file_segments(text), style or load_style())


def apply_fixes(text: str, problems: Iterable[Problem]) -> tuple[str, int]:
    """``text`` with every safe fix of ``problems`` (all found in ``text``) applied; fixes that
    overlap one already taken wait for the next check. Returns the text and the count applied."""
    taken: list[Problem] = []
    for p in sorted((p for p in problems if p.fix is not None), key=lambda p: p.start):
        if taken and p.start < taken[-1].end:
            continue
        if p.start == p.end and taken and p.start == taken[-1].start:
            continue
        taken.append(p)
    for p in reversed(taken):
        text = text[: p.start] + (p.fix or "") + text[p.end :]
    return text, len(taken)


def fix_text(text: str, style: Style | None = None) -> tuple[str, int]:
    """A whole Markdown or text file with its safe fixes applied; returns it and the count.
    Fixes that overlapped one already applied are taken in a further round (at most five)."""
    style = style or load_style()
    total = 0
    for _ in range(5):
        problems = [p for p in check_text(text, style) if p.fix is not None]
        if not problems:
            break
        offsets = [0]
        for line in text.split("\n"):
            offsets.append(offsets[-1] + len(line) + 1)
        moved = [
            replace(
                p,
                start=offsets[p.line - 1] + p.column - 1,
                end=offsets[p.line - 1] + p.column - 1 + p.end - p.start,
            )
            for p in problems
        ]
        text, n = apply_fixes(text, moved)
        if not n:
            break
        total += n
    return text, total
