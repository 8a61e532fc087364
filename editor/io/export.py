"""Render an article as a blog post in a profile's Markdown layout."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

from editor.core import inline
from editor.core.messages import Msg
from editor.core.model import Article, Block, BlockKind
from editor.io import mdsafe
from editor.io.profiles import Profile, ProfileError


class UntranslatedError(ValueError):
    def __init__(self, positions: list[int]) -> None:
        self.positions = positions
        shown = ", ".join(str(p) for p in positions[:20])
        more = " …" if len(positions) > 20 else ""
        super().__init__(
            f"{len(positions)} block(s) not translated yet (block {shown}{more}); "
            "translate them or export with --allow-untranslated"
        )


def _fill(pattern: str, values: dict[str, str], setting: str) -> str:
    try:
        return pattern.format_map(values)
    except (KeyError, ValueError, IndexError, AttributeError, TypeError) as e:  # {title.nope}, {title[0]}
        raise ProfileError(
            Msg(
                "profile setting {setting} = {pattern!r} is not a valid pattern ({e})",
                setting=setting,
                pattern=pattern,
                e=e,
            )
        ) from e


_OTHER_YAML = re.compile(
    r"""(?x)
    [yYnN] | yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE
    | null|Null|NULL|~
    | [-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?   # 1e3, 1_000, 3.
    | [-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?
    | 0o[0-7_]+ | 0x[0-9a-fA-F_]+ | 0b[01_]+ | 0[0-7_]+
    | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
    | [0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?                # sexagesimal 1:20
    | \d{4}-\d\d?-\d\d?(?:[Tt ].*)?                               # dates and timestamps
    """
)


_PLAIN_WORDS = re.compile(r"[^\W\d_](?:[^\W_]| (?! ))*")
"""Words that no YAML reader types or parses specially (the keywords are ``_OTHER_YAML``'s)."""


def yaml_scalar(text: str) -> str:
    """A YAML scalar that reads back as exactly ``text``: plain when safe, else quoted.

    Safe means for every reader, not only PyYAML: go-yaml (blogsync is Go) and other
    YAML 1.1 or 1.2 readers take ``y``, ``n``, ``1e3``, ``0o17`` or ``1:20`` as booleans,
    numbers or times, so anything any of them would type is quoted."""
    if text and "\n" not in text and text == text.strip() and not _OTHER_YAML.fullmatch(text):
        if _PLAIN_WORDS.fullmatch(text):
            return text  # letters, digits and single spaces after a letter: plain for every reader
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text}:
                return text
        except yaml.YAMLError:
            pass
    dumped = yaml.safe_dump(text, allow_unicode=True, default_style='"', width=1_000_000)
    return dumped.strip()


def post_title(article: Article, profile: Profile) -> str:
    title = " ".join((article.title.strip() or article.source_title).split())
    label = article.site_label.strip()
    pattern = profile.title_pattern if label else profile.title_pattern_no_label
    return _fill(pattern, {"label": label, "title": title}, "title_pattern")


def source_date(article: Article, fmt: str) -> str:
    raw = article.published.strip()
    if not raw:
        return ""
    try:
        return datetime.fromisoformat(raw).strftime(fmt)
    except ValueError:
        return raw


def _front_matter(article: Article, profile: Profile, post_date: datetime) -> list[str]:
    title = yaml_scalar(post_title(article, profile))
    cats = [*dict.fromkeys([*profile.categories, *article.categories])]
    when = post_date.isoformat(timespec="seconds")
    if profile.front_matter == "blogsync":
        lines = ["---", f"Title: {title}"]
        if cats:
            lines += ["Category:", *(f"- {yaml_scalar(c)}" for c in cats)]
        lines.append(f"Date: {when}")
        if profile.draft:
            lines.append("Draft: yes")
        if article.custom_path.strip():
            lines.append(f"CustomPath: {yaml_scalar(article.custom_path.strip().strip('/'))}")
        return [*lines, "---"]
    if profile.front_matter == "yaml":
        lines = ["---", f"title: {title}", f"date: {when}"]
        if cats:
            lines += ["tags:", *(f"  - {yaml_scalar(c)}" for c in cats)]
        lines.append(f"draft: {'true' if profile.draft else 'false'}")
        return [*lines, "---"]
    return []


def _heading(text: str, level: int) -> str:
    return "#" * level + " " + mdsafe.heading_text(text)


def _section(text: str, profile: Profile) -> str:
    if profile.section_heading_level:
        return _heading(text, max(1, min(6, profile.section_heading_level)))
    return mdsafe.one_line(text)


def _url(url: str) -> str:
    return re.sub(r"[\s<>()]", lambda m: f"%{ord(m.group()):02X}", url.strip())


_HOST = re.compile(r"[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff.\-]*[A-Za-z0-9\u00a1-\uffff])?")
_NOTATION_UNSAFE = re.compile(r"[\s\[\]|:<>()\"'`\\]")


def card_url(url: str) -> str | None:
    """The source address as it may stand in a link card (``[URL:embed:cite]``): an http(s)
    address with a plain host, every character that could end or extend the notation
    percent-encoded; None for anything else (no card is written then)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or not _HOST.fullmatch(host) or parts.username:
        return None
    rest = urlunsplit(("", "", parts.path, parts.query, parts.fragment))
    rest = _NOTATION_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), rest)
    netloc = host + (f":{port}" if port is not None else "")
    return f"{parts.scheme.lower()}://{netloc}{rest}"


@dataclass
class _Body:
    article: Article
    profile: Profile
    allow_untranslated: bool

    def text(self, block: Block) -> str:
        """The draft (or the marked source); links that could run code become their words."""
        if block.draft.strip():
            return inline.defuse(block.draft)
        return self.profile.untranslated_marker + inline.defuse(block.source)

    def note(self, block: Block) -> str | None:
        if not block.note.strip() or not self.profile.note_pattern:
            return None
        note = inline.defuse(block.note)  # as safe as the body: no live link, no notation
        return mdsafe.block_text(_fill(self.profile.note_pattern, {"note": note}, "note_pattern"))

    def quote(self, blocks: list[Block]) -> list[str]:
        paras = [mdsafe.draft_text(self.text(b)) for b in blocks]
        attr = next((b.attribution for b in reversed(blocks) if b.attribution), None)
        if attr is not None and not attr.is_empty() and self.profile.attribution_pattern:
            name = inline.escape(" ".join(attr.name.split()) or attr.url)
            if attr.url and inline.safe_url(attr.url):
                name = f"[{name}]({_url(attr.url)})"
            line = _fill(self.profile.attribution_pattern, {"name": name}, "attribution_pattern")
            paras.append(mdsafe.block_text(line))
        quoted = "\n>\n".join("\n".join("> " + ln for ln in p.split("\n")) for p in paras if p)
        notes = [n for n in (self.note(b) for b in blocks) if n]
        return [quoted, *notes] if quoted else notes

    def image(self, block: Block) -> str:
        alt = " ".join(inline.to_plain(block.draft or block.source).split())
        alt = inline.escape(alt).replace(">", "&gt;")  # no markup, no HTML, no way out of the brackets
        if not inline.safe_url(block.image_url):
            return mdsafe.block_text(alt)
        return f"![{alt}]({_url(block.image_url)})"

    def chunks(self) -> Iterator[str]:
        blocks = [b for b in self.article.blocks if not b.omit]
        i = 0
        while i < len(blocks):
            block = blocks[i]
            if block.quote_group is not None:
                j = i
                while j < len(blocks) and blocks[j].quote_group == block.quote_group:
                    j += 1
                yield from self.quote(blocks[i:j])
                i = j
                continue
            if block.kind is BlockKind.LIST_ITEM:
                j, lines = i, []
                numbers: dict[int, int] = {}
                while (
                    j < len(blocks)
                    and blocks[j].kind is BlockKind.LIST_ITEM
                    and blocks[j].quote_group is None
                ):
                    b = blocks[j]
                    numbers[b.level] = numbers.get(b.level, 0) + 1
                    for deeper in [lv for lv in numbers if lv > b.level]:
                        del numbers[deeper]
                    marker = f"{numbers[b.level]}." if b.ordered else "-"
                    indent = "    " * b.level
                    body = mdsafe.draft_text(self.text(b)).replace("\n", "\n" + indent + "    ")
                    lines.append(f"{indent}{marker} {body}")
                    j += 1
                yield "\n".join(lines)
                yield from (n for n in (self.note(b) for b in blocks[i:j]) if n)
                i = j
                continue
            if block.kind is BlockKind.IMAGE:
                yield self.image(block)
            elif block.kind is BlockKind.HEADING:
                level = max(self.profile.min_heading_level, min(6, block.level or 1))
                yield _heading(self.text(block), min(6, level))
            else:
                yield mdsafe.draft_text(self.text(block))
            note = self.note(block)
            if note:
                yield note
            i += 1


def render(
    article: Article,
    profile: Profile,
    *,
    post_date: datetime,
    allow_untranslated: bool = False,
) -> str:
    """The post as Markdown. Refuses untranslated blocks unless allowed."""
    todo = {b.id for b in article.untranslated()}
    missing = [i + 1 for i, b in enumerate(article.blocks) if b.id in todo]
    if missing and not allow_untranslated:
        raise UntranslatedError(missing)
    parts: list[str] = []
    fm = _front_matter(article, profile, post_date)
    if fm:
        parts.append("\n".join(fm))
    if profile.title_in_body:
        parts.append(_heading(inline.defuse(post_title(article, profile)), 1))
    card = card_url(article.source_url)
    values: dict[str, Any] = {  # what the page or the user wrote passes the body's filter
        "url": card or "",
        "site": inline.defuse(article.site_name),
        "label": inline.defuse(article.site_label),
    }
    if card:
        parts.append(mdsafe.one_line(_fill(profile.source_pattern, values, "source_pattern")))
    byline = {
        "author": inline.defuse(article.author.strip()),
        "date": inline.defuse(source_date(article, profile.date_format)),
    }
    if any(byline.values()):
        parts.append(mdsafe.one_line(_fill(profile.byline_pattern, byline, "byline_pattern")))
    points = [p for p in article.summary if p.label.strip() or p.text.strip()]
    if points:
        if profile.summary_heading:
            parts.append(_section(profile.summary_heading, profile))
        bullets = []
        for p in points:
            pattern = profile.summary_pattern if p.label.strip() else profile.summary_pattern_no_label
            point = {"label": inline.defuse(p.label.strip()), "text": inline.defuse(p.text.strip())}
            filled = _fill(pattern, point, "summary_pattern")
            bullets.append(profile.summary_bullet + mdsafe.one_line(filled))
        parts.append("\n".join(bullets))
    if profile.body_heading:
        parts.append(_section(profile.body_heading, profile))
    parts.extend(c for c in _Body(article, profile, allow_untranslated).chunks() if c.strip())
    return "\n\n".join(parts) + "\n"
