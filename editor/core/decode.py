"""Turn the bytes of an imported file into text, or refuse with a reason."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path


class ImportFailed(ValueError):
    """An input that cannot be imported; the message is for the user."""


def decode(raw: bytes, name: str = "input") -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else a detected encoding."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", name)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", name)
    if b"\x00" in raw[:8192]:
        raise ImportFailed(f"{name}: this is a binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise ImportFailed(f"{name}: cannot tell the text encoding; save it as UTF-8 and retry")
    return str(best)


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise ImportFailed(f"{name}: not valid {encoding.upper()} text (byte {e.start})") from e


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A file's bytes, or ImportFailed saying why not (missing, a folder, too large…)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "is a folder", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise ImportFailed(f"{path}: not a regular file (a device or a pipe?), so Tsuji does not read it")
        if limit is not None and info.st_size > limit:
            mb = info.st_size / 1024 / 1024
            raise ImportFailed(
                f"{path}: {mb:.0f} MB is too large for an article page (limit {limit >> 20} MB)"
            )
        with path.open("rb") as f:
            data = f.read(limit + 1) if limit is not None else f.read()
        if limit is not None and len(data) > limit:
            raise ImportFailed(f"{path}: too large (it grew past {limit >> 20} MB while being read)")
        return data
    except FileNotFoundError as e:
        raise ImportFailed(f"{path}: no such file") from e
    except IsADirectoryError as e:
        raise ImportFailed(f"{path}: is a folder, not a file") from e
    except OSError as e:
        raise ImportFailed(f"{path}: cannot be read ({e.strerror})") from e


def read_text(path: Path, limit: int | None = None) -> str:
    return decode(read_bytes(path, limit), str(path)).replace("\r\n", "\n").replace("\r", "\n")
