"""A chat model's answer made into a draft, or refused.

Models wrap a translation in things a draft must not hold: a reasoning block (``<think>``), a
preamble ("Here is the translation:", 「以下が翻訳です。」), a code fence, quotation marks
around the whole, a closing note. These are taken off. An answer that is not Japanese, or far
longer than its source, is refused; link targets the model changed are put back where the
answer has the same links in the same order.
"""

from __future__ import annotations

import re

from editor.assist.mt import LONGEST_ANSWER, MTError
from editor.core import inline
from editor.core.messages import Msg
from editor.core.project import clean_text

_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>\s*", re.S | re.I)
_OPEN_THINK = re.compile(r"^\s*<(think|thinking|reasoning)>.*", re.S | re.I)
_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n\s*```\s*$", re.S)
_PREAMBLE = re.compile(
    r"^\s*(?:(?:sure|certainly|of course|okay|ok)[,!.]?\s*)?"
    r"(?:here(?:'s| is| are)\b[^\n:：]{0,80}|(?:japanese\s+)?translation(?:\s+in\s+japanese)?|"
    r"以下(?:は|が|に)?[^\n。：:]{0,30}(?:翻訳|訳|要約)[^\n：:]{0,20}|(?:日本語)?(?:翻訳|訳文|和訳|要約)(?:結果)?)"
    r"\s*[:：。]?\s*\n+",
    re.I,
)
_INLINE_LABEL = re.compile(r"^\s*(?:translation|japanese|翻訳|訳文|和訳)\s*[:：]\s*", re.I)
_NOTE = re.compile(
    r"\n\s*\n\s*[(（]?\s*(?:(?:translator'?s\s+)?notes?\b|訳注|注|※|補足)\s*[:：)）]?.*$", re.S | re.I
)
_PAIRS = (("「", "」"), ("『", "』"), ("“", "”"), ('"', '"'), ("'", "'"), ("<<<", ">>>"))
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f々〆ー]")
_LETTER = re.compile(r"[^\W\d_]")
_TARGET = re.compile(r"\]\(\s*<?([^\s)>]+)")
_URL = re.compile(r"\]\([^)]*\)|<https?:[^>]*>|https?://\S+|`[^`]*`")


def strip(raw: str, source: str) -> str:
    """The translation inside a model's answer."""
    text = _THINK.sub("", raw.replace("\r\n", "\n"))
    text = _OPEN_THINK.sub("", text)  # a reasoning block cut off: no answer in it
    fence = _FENCE.match(text)
    if fence:
        text = fence.group(1)
    text = _PREAMBLE.sub("", text, count=1)
    text = _INLINE_LABEL.sub("", text, count=1)
    fence = _FENCE.match(text)
    if fence:
        text = fence.group(1)
    if not _NOTE.search(source):
        text = _NOTE.sub("", text)
    text = text.strip()
    for left, right in _PAIRS:
        wrapped = text.startswith(left) and text.endswith(right) and len(text) > len(left) + len(right)
        inner = text[len(left) : len(text) - len(right)]
        if wrapped and left not in inner and right not in inner and not source.strip().startswith(left):
            text = inner.strip()
    return clean_text(text)


def japanese_share(text: str) -> float:
    """The share of letters that are Japanese (kana or kanji), leaving out link targets and code."""
    words = _URL.sub(" ", text)
    letters = _LETTER.findall(words)
    if not letters:
        return 1.0
    return sum(1 for ch in letters if _JAPANESE.match(ch)) / len(letters)


def restore_links(text: str, source: str) -> str:
    """Where the answer has as many links as the source, in order, each keeps the source's target."""
    wanted = [m.group(1) for m in _TARGET.finditer(source)]
    have = list(_TARGET.finditer(text))
    if not wanted or len(wanted) != len(have):
        return text
    out, at = [], 0
    for want, got in zip(wanted, have, strict=True):
        out.append(text[at : got.start(1)])
        out.append(want)
        at = got.end(1)
    out.append(text[at:])
    return "".join(out)


def accept(raw: str, source: str, name: str) -> str:
    """The draft from an answer; MTError when the answer is not a translation of ``source``."""
    text = strip(raw, source)
    if not text:
        raise MTError("server", Msg("{engine}: an empty translation came back", engine=name))
    if len(text) > LONGEST_ANSWER * len(source) + 200:
        raise MTError(
            "server",
            Msg(
                "{engine}: the answer is {n:,} characters for {m:,} of text; refused",
                engine=name,
                n=len(text),
                m=len(source),
            ),
        )
    plain = inline.to_plain(source)
    if len(_LETTER.findall(_URL.sub(" ", plain))) >= 12 and japanese_share(text) < 0.3:
        raise MTError("server", Msg("{engine}: the answer is not in Japanese; refused", engine=name))
    return restore_links(text, source)
