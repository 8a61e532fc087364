"""JTF 4.1.1's exceptions: a 。 before a closing parenthesis that ends a sentence of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.assist.proof.model import Hit, Options, Segment
from editor.assist.proof.prose import MASK


def stop_before_close(seg: Segment, _: Options) -> Iterator[Hit]:
    """。 before a closing bracket, except where the parenthesis is a sentence of its own (it
    opens after a sentence has ended: …表示されます。（2回出ます。）) or closes the sentence it
    stands in (nothing of that sentence follows it)."""
    text = seg.masked
    for m in re.finditer("(。)(?=[」）)])", text):
        if text[m.end()] in "）)":
            opening = _opening_paren(text, m.end())
            before = text[:opening].rstrip(" \u3000" + MASK) if opening is not None else ""
            if opening is not None and (not before or before[-1] in "。！？!?"):
                continue
            after = text[m.end() + 1 : m.end() + 2]
            if not after.strip() or not re.match(r"[ぁ-ゖ、。，．,.]", after):
                continue  # the parenthesis ends the sentence and its 。 ends both (…残った（…した。）次に)
        yield Hit(m.start(1), m.end(1), "")


def _opening_paren(text: str, close: int) -> int | None:
    depth = 0
    for i in range(close - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                return i
            depth -= 1
    return None
