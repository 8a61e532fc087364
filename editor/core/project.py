"""Project files (``*.tsuji``): one article per file, UTF-8 JSON.

The format is documented field by field in ``docs/file-format.md`` and as a
JSON Schema in ``resources/schema/tsuji-project.schema.json``.
"""

from __future__ import annotations

import json
import re
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from editor import __version__
from editor.core.atomic import atomic_write
from editor.core.messages import Msg
from editor.core.model import (
    ARTICLE_TEXT_FIELDS,
    Article,
    Attribution,
    Block,
    BlockKind,
    ExportRecord,
    Status,
    SummaryPoint,
)

FORMAT = "tsuji"
VERSION = 2
SUFFIX = ".tsuji"


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps the proofreading findings a translator ignored, per block and for the
    title and summary (a version 1 file has ignored none), and a block's ``previous_source`` and
    ``removed`` after a source update (optional: absent means none)."""
    data = dict(data)
    data.setdefault("proof_ignored", [])
    blocks = data.get("blocks")
    if isinstance(blocks, list):
        data["blocks"] = [
            dict(b, proof_ignored=b.get("proof_ignored", [])) if isinstance(b, dict) else b for b in blocks
        ]
    return data


# Each entry upgrades a project dict from version N to N+1. A fixture per
# version lives in tests/fixtures/ and every one of them must keep loading.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


class ProjectError(Exception):
    """A project file that cannot be read; the message is for the user."""

    def __init__(self, path: Path | None, message: str) -> None:
        self.path = path
        self.reason = message
        super().__init__(Msg("{path}: {reason}", path=path, reason=message) if path else message)


class NotJsonError(ProjectError):
    def __init__(self, path: Path | None, line: int, column: int, detail: str) -> None:
        self.line, self.column = line, column
        super().__init__(
            path,
            Msg(
                "not a valid project file (broken JSON at line {line}, column {column}: {detail})",
                line=line,
                column=column,
                detail=detail,
            ),
        )


class NotTsujiError(ProjectError):
    pass


class NewerVersionError(ProjectError):
    def __init__(self, path: Path | None, version: int) -> None:
        self.version = version
        super().__init__(
            path,
            Msg(
                "written by a newer Tsuji (file format version {version}; this program reads up to "
                "{supported}). Update Tsuji to open it; the file was left as it is.",
                version=version,
                supported=VERSION,
            ),
        )


class InvalidProjectError(ProjectError):
    def __init__(self, path: Path | None, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:8])
        if len(problems) > 8:
            message = Msg(
                "damaged project file: {problems} (and {more} more)", problems=shown, more=len(problems) - 8
            )
        else:
            message = Msg("damaged project file: {problems}", problems=shown)
        super().__init__(path, message)


class FileChangedError(ProjectError):
    """The file on disk is not the one we loaded: another program changed it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, Msg("changed on disk by another program since it was opened; not overwritten"))


# --- to and from plain dicts -------------------------------------------------

MAX_LEVEL = 32
"""Deepest list nesting (and heading level) a project may hold."""

ARTICLE_FIELDS = ARTICLE_TEXT_FIELDS


def block_to_dict(b: Block) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": b.id,
        "kind": b.kind.value,
        "source": b.source,
        "draft": b.draft,
        "status": b.status.value,
        "quote_group": b.quote_group,
        "omit": b.omit,
        "note": b.note,
        "proof_ignored": list(b.proof_ignored),
    }
    if b.previous_source:
        d["previous_source"] = b.previous_source
    if b.removed:
        d["removed"] = True
    if b.attribution is not None and not b.attribution.is_empty():
        d["attribution"] = {"name": b.attribution.name, "url": b.attribution.url}
    if b.level:
        d["level"] = b.level
    if b.ordered:
        d["ordered"] = True
    if b.image_url:
        d["image_url"] = b.image_url
    if b.lang:
        d["lang"] = b.lang
    return d


def to_dict(article: Article) -> dict[str, Any]:
    meta: dict[str, Any] = {k: getattr(article, k) for k in ARTICLE_FIELDS}
    meta["categories"] = list(article.categories)
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"tsuji {__version__}",
        "article": meta,
        "summary": [{"label": p.label, "text": p.text} for p in article.summary],
        "proof_ignored": list(article.proof_ignored),
        "blocks": [block_to_dict(b) for b in article.blocks],
        "exports": {
            name: {f.name: getattr(rec, f.name) for f in fields(ExportRecord)}
            for name, rec in article.exports.items()
        },
    }


def dumps(article: Article) -> bytes:
    return (json.dumps(to_dict(article), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


class _Reader:
    """Reads a decoded project dict, collecting every problem with its place."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def get(self, obj: dict[str, Any], key: str, kind: type, where: str, default: Any) -> Any:
        if key not in obj:
            if default is _REQUIRED:
                self.problems.append(f"{where}{key} is missing")
                return None
            return default
        value = obj[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is str and value is None and default is None:
            ok = True
        if not ok:
            self.problems.append(f"{where}{key} should be {_KIND_NAMES[kind]}")
            return None if default is _REQUIRED else default
        return value

    def enum(self, value: Any, enum: type[BlockKind] | type[Status], where: str) -> Any:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.problems.append(f"{where} is {value!r}, not one of {allowed}")
            return None


_REQUIRED = object()
_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "an object",
}


def _read_block(r: _Reader, raw: Any, i: int) -> Block | None:
    where = f"blocks[{i}]."
    if not isinstance(raw, dict):
        r.problems.append(f"blocks[{i}] should be an object")
        return None
    bid = r.get(raw, "id", str, where, _REQUIRED)
    kind = r.get(raw, "kind", str, where, _REQUIRED)
    source = r.get(raw, "source", str, where, _REQUIRED)
    draft = r.get(raw, "draft", str, where, _REQUIRED)
    status = r.get(raw, "status", str, where, _REQUIRED)
    group = r.get(raw, "quote_group", str, where, None)
    omit = r.get(raw, "omit", bool, where, False)
    note = r.get(raw, "note", str, where, "")
    attr_raw = r.get(raw, "attribution", dict, where, None)
    level = r.get(raw, "level", int, where, 0)
    if not 0 <= level <= MAX_LEVEL:
        r.problems.append(f"{where}level is {level}, not between 0 and {MAX_LEVEL}")
        level = 0
    ordered = r.get(raw, "ordered", bool, where, False)
    image_url = r.get(raw, "image_url", str, where, "")
    lang = r.get(raw, "lang", str, where, None)
    ignored = _strings(r, r.get(raw, "proof_ignored", list, where, []), where + "proof_ignored")
    previous = r.get(raw, "previous_source", str, where, "")
    removed = r.get(raw, "removed", bool, where, False)
    kind_v = r.enum(kind, BlockKind, where + "kind") if kind is not None else None
    status_v = r.enum(status, Status, where + "status") if status is not None else None
    attribution = None
    if attr_raw is not None:
        attribution = Attribution(
            r.get(attr_raw, "name", str, where + "attribution.", ""),
            r.get(attr_raw, "url", str, where + "attribution.", ""),
        )
    if bid is None or kind_v is None or source is None or draft is None or status_v is None:
        return None
    return Block(
        id=bid,
        kind=kind_v,
        source=source,
        draft=draft,
        status=status_v,
        quote_group=group,
        attribution=attribution,
        omit=omit,
        note=note,
        level=level,
        ordered=ordered,
        image_url=image_url,
        lang=lang,
        proof_ignored=ignored,
        previous_source=previous,
        removed=removed,
    )


def _strings(r: _Reader, values: list[Any], where: str) -> list[str]:
    kept = [v for v in values if isinstance(v, str)]
    if len(kept) != len(values):
        r.problems.append(f"{where} should hold only text")
    return kept


def from_dict(data: dict[str, Any], path: Path | None = None) -> Article:
    if data.get("format") != FORMAT:
        raise NotTsujiError(path, Msg('not a Tsuji project (no "format": "tsuji")'))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidProjectError(path, ["version should be a whole number from 1"])
    if version > VERSION:
        raise NewerVersionError(path, version)
    while version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1

    r = _Reader()
    meta = r.get(data, "article", dict, "", _REQUIRED) or {}
    article = Article()
    for key in ARTICLE_FIELDS:
        setattr(article, key, r.get(meta, key, str, "article.", ""))
    cats = r.get(meta, "categories", list, "article.", [])
    article.categories = [c for c in cats if isinstance(c, str)]
    if len(article.categories) != len(cats):
        r.problems.append("article.categories should hold only text")

    for i, raw in enumerate(r.get(data, "summary", list, "", _REQUIRED) or []):
        if not isinstance(raw, dict):
            r.problems.append(f"summary[{i}] should be an object")
            continue
        where = f"summary[{i}]."
        label = r.get(raw, "label", str, where, "")
        text = r.get(raw, "text", str, where, "")
        article.summary.append(SummaryPoint(label, text))

    article.proof_ignored = _strings(r, r.get(data, "proof_ignored", list, "", []), "proof_ignored")
    seen: set[str] = set()
    for i, raw in enumerate(r.get(data, "blocks", list, "", _REQUIRED) or []):
        block = _read_block(r, raw, i)
        if block is None:
            continue
        if block.id in seen:
            r.problems.append(f"blocks[{i}].id {block.id!r} is used twice")
        seen.add(block.id)
        if (block.kind is BlockKind.QUOTE) != (block.quote_group is not None):
            r.problems.append(f"blocks[{i}] is a quote without a quote_group, or the reverse")
        article.blocks.append(block)

    for name, raw in (r.get(data, "exports", dict, "", {}) or {}).items():
        if isinstance(raw, dict):
            where = f"exports.{name}."
            defaults = {"profile": name}  # every other field of a record is a text, empty by default
            article.exports[name] = ExportRecord(
                **{
                    f.name: r.get(raw, f.name, str, where, defaults.get(f.name, ""))
                    for f in fields(ExportRecord)
                }
            )
    if r.problems:
        raise InvalidProjectError(path, r.problems)
    return article


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 30:
        raise ValueError(f"a number {len(text)} digits long")
    return int(text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
"""How a lone surrogate gets into a project's JSON: as an escape (the file itself is UTF-8)."""


def clean_text(text: str) -> str:
    """Lone surrogates (JSON can hold ``\\ud800``; UTF-8 cannot) become U+FFFD."""
    if not _SURROGATE.search(text):  # a regular expression: a long post's text, character by
        return text  # character in Python, took a fifth of the time to open it
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


MAX_NESTING = 32
"""A project is a few levels deep (article, blocks, a block's fields); far deeper is not one."""


def _too_deep(data: Any, limit: int = MAX_NESTING) -> bool:
    """Whether ``data`` (as ``json`` reads it: plain dicts and lists) nests lists and objects
    past ``limit`` levels. Read level by level without recursion, each level's containers
    gathered by a comprehension (a generator per value took longer than reading the JSON)."""
    level = [data] if type(data) in (dict, list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        deeper: list[Any] = []
        for value in level:
            items = value.values() if type(value) is dict else value
            deeper += [v for v in items if type(v) in (dict, list)]
        level = deeper
    return False


def _repair_text(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_repair_text(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): _repair_text(v) for k, v in value.items()}
    return value


def loads(raw: bytes, path: Path | None = None) -> Article:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if e.end < len(raw):
            raise NotTsujiError(
                path, Msg("not a Tsuji project (not UTF-8 text at byte {start})", start=e.start)
            ) from e
        text = raw[: e.start].decode("utf-8-sig")  # cut off inside a character: truncated
    try:
        data = json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as e:
        raise NotJsonError(path, e.lineno, e.colno, e.msg) from e
    except RecursionError as e:
        raise NotTsujiError(path, Msg("not a Tsuji project (JSON nested too deeply)")) from e
    except ValueError as e:  # an integer too long to read
        raise NotTsujiError(path, Msg("not a Tsuji project ({e})", e=e)) from e
    if _too_deep(data):
        raise NotTsujiError(
            path, Msg("not a Tsuji project (nested more than {n} levels deep)", n=MAX_NESTING)
        )
    if _ESCAPED_SURROGATE.search(text):  # else no string can hold one: no walk over them all
        data = _repair_text(data)
    if not isinstance(data, dict):
        raise NotTsujiError(path, Msg("not a Tsuji project (the file holds no JSON object)"))
    return from_dict(data, path)


# --- files on disk -----------------------------------------------------------


def fingerprint(data: bytes) -> str:
    """What a file held, to tell later whether another program changed it: its length and two
    checksums. Not a cryptographic hash (nobody forges a collision against their own file), so
    opening a project loads no OpenSSL before the first paint."""
    return f"{len(data)}:{zlib.crc32(data):08x}:{zlib.adler32(data):08x}"


@dataclass
class Project:
    """An article bound to its file, remembering what the file held when read."""

    article: Article
    path: Path | None = None
    disk_hash: str | None = None

    def changed_on_disk(self) -> bool:
        """True when the file is no longer what this project last read or wrote."""
        if self.path is None or self.disk_hash is None:
            return False
        try:
            return fingerprint(self.path.read_bytes()) != self.disk_hash
        except FileNotFoundError:
            return True


MAX_PROJECT_BYTES = 256 * 1024 * 1024
"""A project of 5,000 long blocks is a few MB; past this it is not one (a device, a runaway file)."""


def load(path: str | Path) -> Project:
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):  # a pipe would hang
            raise ProjectError(path, Msg("not a regular file (a pipe or a device?)"))
        if info.st_size > MAX_PROJECT_BYTES:
            raise ProjectError(path, Msg("larger than {limit_mb} MB", limit_mb=MAX_PROJECT_BYTES >> 20))
        raw = path.read_bytes()
    except FileNotFoundError as e:
        raise ProjectError(path, Msg("no such file")) from e
    except IsADirectoryError as e:
        raise ProjectError(path, Msg("is a folder, not a project file")) from e
    except OSError as e:
        raise ProjectError(path, Msg("cannot be read ({strerror})", strerror=e.strerror)) from e
    return Project(loads(raw, path), path, fingerprint(raw))


def save(project: Project, path: str | Path | None = None, *, force: bool = False) -> Path:
    """Write the project atomically, keeping the previous file as ``.bak``.

    Saving over a file that another program changed since it was loaded
    raises FileChangedError unless ``force`` is given; the caller decides.
    """
    target = Path(path) if path is not None else project.path
    if target is None:
        raise ProjectError(None, Msg("no file name to save to"))
    same_file = project.path is not None and target.resolve() == project.path.resolve()
    if same_file and not force and project.changed_on_disk() and target.exists():
        raise FileChangedError(target)
    data = dumps(project.article)
    try:
        atomic_write(target, data)
    except OSError as e:
        raise ProjectError(
            target, Msg("could not be saved ({reason}); the old file is intact", reason=e.strerror or e)
        ) from e
    project.path, project.disk_hash = target, fingerprint(data)
    return target
