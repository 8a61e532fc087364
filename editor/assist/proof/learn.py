"""A blog's house style, learnt from its published posts: the conventions it follows (not flagged
in its drafts), its register, and the spellings it prefers among 表記ゆれ pairs."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from editor.assist.proof import register, usage
from editor.assist.proof.engine import file_segments
from editor.assist.proof.house import CONSISTENT, CONVENTIONS
from editor.assist.proof.model import Kind
from editor.assist.proof.styles import Style

MIN_SEEN = 5
"""Occurrences across the posts below which a convention is not judged."""


@dataclass
class Learned:
    """What a blog's posts show of its conventions."""

    posts: int = 0
    chars: int = 0
    follows: list[str] = field(default_factory=list)
    """Rules of CONVENTIONS whose flagged way the posts write nine times in ten."""
    counts: dict[str, list[int]] = field(default_factory=dict)
    """Per convention rule: [occurrences written the flagged way, the other way]."""
    register: str = ""
    """register.KEITAI or JOUTAI where nine endings in ten are in it, else empty."""
    variants: dict[str, str] = field(default_factory=dict)
    """Per 表記ゆれ group: the spelling the posts use four times in five."""

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Learned | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                int(data.get("posts", 0)),
                int(data.get("chars", 0)),
                [str(r) for r in data.get("follows", [])],
                {str(k): [int(x) for x in v][:2] for k, v in dict(data.get("counts", {})).items()},
                str(data.get("register", "")),
                {str(k): str(v) for k, v in dict(data.get("variants", {})).items()},
            )
        except (TypeError, ValueError, AttributeError):
            return None


def learn(texts: list[str]) -> Learned:
    """The conventions a blog's posts (Markdown bodies) follow."""
    learned = Learned(posts=len(texts), chars=sum(len(t) for t in texts))
    segs = [s for t in texts for s in file_segments(t)]
    for conv in CONVENTIONS:
        flagged, other = conv.count(segs)
        learned.counts[conv.rule] = [flagged, other]
        if flagged + other >= MIN_SEEN and flagged / (flagged + other) >= CONSISTENT:
            learned.follows.append(conv.rule)
    regs = [r for s in segs if s.kind is Kind.BODY for r, _, _ in register.marks(s.masked, True)]
    if len(regs) >= MIN_SEEN:
        keitai = regs.count(register.KEITAI) / len(regs)
        learned.register = (
            register.KEITAI if keitai >= CONSISTENT else register.JOUTAI if keitai <= 0.1 else ""
        )
    spelled: dict[str, dict[str, int]] = {}
    for group, spelling, *_rest in usage.variant_hits(segs, katakana=False):
        spelled.setdefault(group, {}).setdefault(spelling, 0)
        spelled[group][spelling] += 1
    for group, counts in spelled.items():
        best = max(counts, key=lambda k: counts[k])
        if sum(counts.values()) >= 3 and counts[best] / sum(counts.values()) >= 0.8:
            learned.variants[group] = best
    return learned


def describe(learned: Learned) -> list[tuple[str, str]]:
    """(Japanese, English) lines saying what was learnt, for the command line and the window."""
    lines = [
        (
            f"{learned.posts}件の記事({learned.chars:,}字)から学習しました。",
            f"Learnt from {learned.posts} post(s) ({learned.chars:,} characters).",
        )
    ]
    by_rule = {c.rule: c for c in CONVENTIONS}
    for rule in learned.follows:
        conv = by_rule[rule]
        lines.append((f"表記: {conv.ja}(個別には指摘しません)", f"Writes {conv.en} (not flagged)."))
    if learned.register:
        lines.append(
            (f"文体: {register.LABEL[learned.register]}", f"Register: {register.LABEL_EN[learned.register]}.")
        )
    for spelling in sorted(learned.variants.values()):
        lines.append((f"表記の好み: 「{spelling}」", f"Prefers \u201c{spelling}\u201d."))
    return lines


def apply(style: Style, learned: Learned) -> Style:
    """``style`` checked against the blog's own practice: its conventions are not flagged, its
    register is the one wanted, its spellings are the ones a post should use."""
    settings = dict(style.settings)
    for rule in ("mixed-register", "jtf-1.1.1"):
        setting = settings.get(rule)
        if setting is not None and learned.register:
            settings[rule] = replace(setting, options={**setting.options, "prefer": learned.register})
    notation = settings.get("notation")
    if notation is not None and learned.variants:
        settings["notation"] = replace(
            notation, options={**notation.options, "prefer": dict(learned.variants)}
        )
    return replace(style, settings=settings, house=frozenset(learned.follows) | style.house)
