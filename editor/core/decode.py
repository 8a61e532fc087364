"""Turn the bytes of an imported file into text, or refuse with a reason."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from editor.core.messages import Msg


class ImportFailed(ValueError):
    """An input that cannot be imported; the message is for the user."""


def wide_encoding(raw: bytes) -> str | None:
    """UTF-32 or UTF-16, by a BOM or (without one, or under a wrong label) by where the zero
    bytes of ASCII characters fall; None for anything else."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = raw[:4096]
    if len(head) < 16 or b"\x00" not in head:
        return None
    n = len(head) // 4 * 4
    zeros = [sum(1 for i in range(k, n, 4) if head[i] == 0) / (n // 4) for k in range(4)]
    if min(zeros[1:]) > 0.9 and zeros[0] < 0.5:
        return "utf-32-le"
    if min(zeros[:3]) > 0.9 and zeros[3] < 0.5:
        return "utf-32-be"
    even = (zeros[0] + zeros[2]) / 2
    odd = (zeros[1] + zeros[3]) / 2
    if odd > 0.7 and even < 0.3:
        return "utf-16-le"
    if even > 0.7 and odd < 0.3:
        return "utf-16-be"
    return None


CENTRAL_EUROPEAN = {"cp1250", "iso8859_2", "mac_latin2", "cp1257", "iso8859_13", "iso8859_4", "cp852"}


def decode(raw: bytes, name: str = "input") -> str:
    """UTF-8 (with or without BOM), UTF-16 and UTF-32 (with a BOM or recognisable), else a
    detected encoding (Western European rather than Central European when both fit)."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", name)
    wide = wide_encoding(raw)
    if wide is not None:
        return _strict(raw, wide, name)
    if b"\x00" in raw[:8192]:
        raise ImportFailed(Msg("{name}: this is a binary file, not text", name=name))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise ImportFailed(
            Msg("{name}: cannot tell the text encoding; save it as UTF-8 and retry", name=name)
        )
    if best.encoding in CENTRAL_EUROPEAN:  # a short Western text ("Naïve") looks Czech to it
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise ImportFailed(
            Msg(
                "{name}: not valid {encoding} text (byte {start})",
                name=name,
                encoding=encoding.upper(),
                start=e.start,
            )
        ) from e


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A file's bytes, or ImportFailed saying why not (missing, a folder, too large…)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "is a folder", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise ImportFailed(
                Msg("{path}: not a regular file (a device or a pipe?), so Tsuji does not read it", path=path)
            )
        if limit is not None and info.st_size > limit:
            mb = info.st_size / 1024 / 1024
            raise ImportFailed(
                Msg(
                    "{path}: {mb:.0f} MB is too large for an article page (limit {limit_mb} MB)",
                    path=path,
                    mb=mb,
                    limit_mb=limit >> 20,
                )
            )
        with path.open("rb") as f:
            data = f.read(limit + 1) if limit is not None else f.read()
        if limit is not None and len(data) > limit:
            raise ImportFailed(
                Msg(
                    "{path}: too large (it grew past {limit_mb} MB while being read)",
                    path=path,
                    limit_mb=limit >> 20,
                )
            )
        return data
    except FileNotFoundError as e:
        raise ImportFailed(Msg("{path}: no such file", path=path)) from e
    except IsADirectoryError as e:
        raise ImportFailed(Msg("{path}: is a folder, not a file", path=path)) from e
    except OSError as e:
        raise ImportFailed(Msg("{path}: cannot be read ({strerror})", path=path, strerror=e.strerror)) from e


def read_text(path: Path, limit: int | None = None) -> str:
    return decode(read_bytes(path, limit), str(path)).replace("\r\n", "\n").replace("\r", "\n")
