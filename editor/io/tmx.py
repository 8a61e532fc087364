"""TMX 1.4 in and out, so memories move between Tsuji, OmegaT, memoQ and Trados."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from editor import __version__
from editor.core.decode import ImportFailed
from editor.core.messages import Msg
from editor.core.units import Unit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _seg_text(seg: ET.Element) -> str:
    """A <seg>'s text; inline markup (bpt/ept/ph/it) is dropped, <hi>/<sub> text kept.

    Walked with a stack, not recursion: a file nested 100,000 deep is read, not a crash."""
    parts: list[str] = []
    stack: list[tuple[ET.Element, bool]] = [(seg, True)]
    while stack:
        el, opening = stack.pop()
        if not opening:
            parts.append(el.tail or "")
            continue
        parts.append(el.text or "")
        for child in reversed(list(el)):
            stack.append((child, False))
            if child.tag in ("hi", "sub"):
                stack.append((child, True))
    return "".join(parts)


def _lang(el: ET.Element) -> str:
    return (el.get(XML_LANG) or el.get("lang") or "").split("-")[0].lower()


def _date(text: str | None) -> float:
    if not text:
        return 0.0
    try:
        return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return 0.0


def read_tmx(path: Path, target_lang: str = "ja") -> list[Unit]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise ImportFailed(Msg("{path}: not a valid TMX file ({e})", path=path, e=e)) from e
    except OSError as e:
        raise ImportFailed(Msg("{path}: cannot be read ({strerror})", path=path, strerror=e.strerror)) from e
    if root.tag != "tmx":
        raise ImportFailed(
            Msg("{path}: not a TMX file (the root element is <{tag}>)", path=path, tag=root.tag)
        )
    header = root.find("header")
    src_default = _lang(header) if header is not None and header.get("srclang") != "*all*" else ""
    if header is not None and header.get("srclang") and header.get("srclang") != "*all*":
        src_default = header.get("srclang", "").split("-")[0].lower()
    units = []
    for tu in root.iter("tu"):
        segs = {}
        for tuv in tu.findall("tuv"):
            seg = tuv.find("seg")
            if seg is not None:
                segs[_lang(tuv)] = _seg_text(seg).strip()
        if target_lang not in segs:
            continue
        src = tu.get("srclang", "").split("-")[0].lower() or src_default
        if src not in segs or src == target_lang:
            src = next((lang for lang in segs if lang != target_lang), "")
        if not src or not segs[src] or not segs[target_lang]:
            continue
        when = _date(tu.get("changedate") or tu.get("creationdate"))
        units.append(Unit(segs[src], segs[target_lang], src, target_lang, "", when))
    return units


def write_tmx(path: Path, units: Iterable[Unit]) -> int:
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "Tsuji",
            "creationtoolversion": __version__,
            "segtype": "paragraph",
            "o-tmf": "tsuji",
            "adminlang": "en",
            "srclang": "*all*",
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(root, "body")
    count = 0
    for u in units:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(u.updated or time.time()))
        tu = ET.SubElement(body, "tu", {"srclang": u.source_lang, "changedate": stamp})
        if u.article:
            ET.SubElement(tu, "prop", type="x-article").text = u.article
        for lang, text in ((u.source_lang, u.source), (u.target_lang, u.target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            ET.SubElement(tuv, "seg").text = text
        count += 1
    ET.indent(root)
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
    data += ET.tostring(root, encoding="utf-8") + b"\n"
    from editor.core.atomic import atomic_write

    atomic_write(path, data, backup=False)
    return count
