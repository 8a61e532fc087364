"""Register (文体): です・ます調 (敬体) against である調 (常体), judged by how sentences end."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.assist.proof.model import Hit, Options, Segment
from editor.assist.proof.prose import MASK

_AFTER = r"(?=[。！？!?」』）)\n]|$|が、|けど|けれど|から、|し、)"
_KEITAI = re.compile(
    r"(?:ませんでした|でしょう|ましょう|ません|でした|ました|です|ます)(?=[かねよ]?[。！？!?」』）)\n]|[かねよ]?$|が、|けど|けれど|から、|し、|ので)"
)
_JOUTAI_MARK = re.compile(r"(?:であった|であろう|である|だった|だろう|ではない|(?<![たまな])だ)" + _AFTER)
_PLAIN_END = re.compile(r"(?:[うくぐすつぬぶむるただ]|(?<!くださ)(?<!下さ)い)(?=[。！？!?][」』）)]*$)")
"""A plain (常体) sentence end; ends already read as です・ます are skipped by position."""
_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』")

KEITAI, JOUTAI = "desumasu", "dearu"
LABEL = {KEITAI: "敬体(ですます調)", JOUTAI: "常体(である調)"}
LABEL_EN = {KEITAI: "です・ます", JOUTAI: "である"}


def marks(text: str, skip_brackets: bool = False) -> list[tuple[str, int, int]]:
    """(register, start, end) of every ending that shows a register."""
    if skip_brackets:
        text = _QUOTED.sub(lambda m: MASK * len(m.group()), text)
    found = [(KEITAI, m.start(), m.end()) for m in _KEITAI.finditer(text)]
    found += [(JOUTAI, m.start(), m.end()) for m in _JOUTAI_MARK.finditer(text)]
    taken = {end for _, _, end in found}
    for sentence in re.finditer(r"[^。！？!?\n]+[。！？!?]", text):
        m = _PLAIN_END.search(sentence.group())
        if m and sentence.start() + m.end() not in taken:
            found.append((JOUTAI, sentence.start() + m.start(), sentence.start() + m.end()))
    return sorted(found, key=lambda f: f[1])


def minority(segments: list[Segment], options: Options) -> Iterator[tuple[Segment, Hit]]:
    """The endings in the register the segments use less (or not the preferred one)."""
    skip = bool(options.get("skip_brackets", False))
    found = [(seg, reg, s, e) for seg in segments for reg, s, e in marks(seg.masked, skip)]
    counts = {KEITAI: 0, JOUTAI: 0}
    for _seg, reg, _s, _e in found:
        counts[reg] += 1
    prefer = str(options.get("prefer", ""))
    if prefer in (KEITAI, JOUTAI):
        want = prefer
    elif counts[KEITAI] == 0 or counts[JOUTAI] == 0:
        return
    else:
        want = KEITAI if counts[KEITAI] >= counts[JOUTAI] else JOUTAI
    for seg, reg, s, e in found:
        if reg != want:
            args = {"want": LABEL[want], "want_en": LABEL_EN[want], "found": seg.text[s:e]}
            yield seg, Hit(s, e, args=args)
