"""A saved or fetched page's bytes as text: byte-order mark, valid UTF-8, the page's own
charset, then detection."""

from __future__ import annotations

import re

from editor.core.decode import ImportFailed
from editor.core.messages import Msg

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(raw: bytes, name: str) -> str:
    """BOM, then UTF-8 if the bytes are valid UTF-8, then the page's own meta charset, then
    detection."""
    import codecs

    from editor.core.decode import wide_encoding

    if raw.startswith(codecs.BOM_UTF8):
        return raw.decode("utf-8-sig", errors="replace")
    wide = wide_encoding(raw)  # before the meta charset: a UTF-16 page may say "utf-8"
    if wide is not None:
        return raw.decode(wide, errors="replace")
    if not raw.isascii():
        try:  # text in another encoding is almost never valid UTF-8: a page re-saved as UTF-8
            return raw.decode("utf-8")  # that still declares its old charset is read right
        except UnicodeDecodeError:
            pass
    m = _META_CHARSET.search(raw[:8192])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        try:
            return raw.decode(
                "cp1252" if enc in ("iso-8859-1", "latin1", "latin-1") else enc, errors="replace"
            )
        except LookupError:
            pass
    if raw.isascii():
        return raw.decode("ascii")
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise ImportFailed(Msg("{name}: cannot tell the page's text encoding", name=name))
    return raw.decode(best.encoding, errors="replace")
