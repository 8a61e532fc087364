from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from editor.core import project
from editor.core.atomic import backup_path
from editor.core.model import Status
from tests.conftest import FIXTURES, ROOT, SAMPLE_PROJECT, posix_only

SCHEMA = json.loads((ROOT / "resources/schema/tsuji-project.schema.json").read_text())


def test_sample_loads_and_matches_the_schema() -> None:
    proj = project.load(SAMPLE_PROJECT)
    assert proj.article.title.startswith("ヴェロリア")
    assert len(proj.article.summary) == 3
    jsonschema.validate(json.loads(SAMPLE_PROJECT.read_text("utf-8")), SCHEMA)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("project-v*.tsuji")), ids=lambda p: p.name)
def test_every_past_format_version_still_loads(fixture: Path) -> None:
    proj = project.load(fixture)
    assert proj.article.blocks
    assert json.loads(project.dumps(proj.article))["version"] == project.VERSION


def test_round_trip_keeps_everything(sample_copy: Path) -> None:
    proj = project.load(sample_copy)
    original = project.to_dict(proj.article)
    proj.article.blocks[0].note = "訳注\n二行目"
    project.save(proj)
    again = project.load(sample_copy)
    assert again.article.blocks[0].note == "訳注\n二行目"
    again.article.blocks[0].note = ""
    assert project.to_dict(again.article) == original
    jsonschema.validate(json.loads(sample_copy.read_text("utf-8")), SCHEMA)


def test_save_keeps_previous_version_as_backup(sample_copy: Path) -> None:
    old = sample_copy.read_bytes()
    proj = project.load(sample_copy)
    proj.article.title = "新しい題"
    project.save(proj)
    assert backup_path(sample_copy).read_bytes() == old
    assert project.load(sample_copy).article.title == "新しい題"


def test_broken_json_names_line_and_column_and_file_is_untouched(sample_copy: Path) -> None:
    text = sample_copy.read_text("utf-8")
    broken = text.replace('"summary": [', '"summary": [,', 1)
    sample_copy.write_text(broken, "utf-8")
    with pytest.raises(project.NotJsonError) as err:
        project.load(sample_copy)
    line = broken[: broken.index("[,")].count("\n") + 1
    assert err.value.line == line
    assert f"line {line}" in str(err.value)
    assert sample_copy.read_text("utf-8") == broken


def test_truncated_file_is_a_clear_error(sample_copy: Path) -> None:
    data = sample_copy.read_bytes()
    sample_copy.write_bytes(data[: len(data) // 2])
    with pytest.raises(project.NotJsonError, match="broken JSON"):
        project.load(sample_copy)
    assert sample_copy.read_bytes() == data[: len(data) // 2]


def test_not_a_tsuji_file(tmp_path: Path) -> None:
    f = tmp_path / "other.tsuji"
    f.write_text('{"name": "package"}')
    with pytest.raises(project.NotTsujiError, match="not a Tsuji project"):
        project.load(f)
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    with pytest.raises(project.NotTsujiError, match="UTF-8"):
        project.load(f)


def test_newer_version_is_refused_and_left_alone(sample_copy: Path) -> None:
    data = json.loads(sample_copy.read_text("utf-8"))
    data["version"] = project.VERSION + 1
    raw = json.dumps(data).encode()
    sample_copy.write_bytes(raw)
    with pytest.raises(project.NewerVersionError, match="newer Tsuji"):
        project.load(sample_copy)
    assert sample_copy.read_bytes() == raw


def test_missing_and_mistyped_fields_are_named(sample_copy: Path) -> None:
    data = json.loads(sample_copy.read_text("utf-8"))
    del data["blocks"][0]["status"]
    data["blocks"][1]["omit"] = "yes"
    data["blocks"][2]["kind"] = "poem"
    data["summary"] = "three points"
    sample_copy.write_text(json.dumps(data))
    with pytest.raises(project.InvalidProjectError) as err:
        project.load(sample_copy)
    problems = err.value.problems
    assert "blocks[0].status is missing" in problems
    assert "blocks[1].omit should be true or false" in problems
    assert any(p.startswith("blocks[2].kind is 'poem'") for p in problems)
    assert "summary should be a list" in problems


def test_file_changed_by_another_program_is_not_overwritten(sample_copy: Path) -> None:
    proj = project.load(sample_copy)
    other = sample_copy.read_text("utf-8").replace("ヴェロリア、", "他のプログラム、", 1)
    sample_copy.write_text(other, "utf-8")
    assert proj.changed_on_disk()
    proj.article.title = "私の変更"
    with pytest.raises(project.FileChangedError):
        project.save(proj)
    assert sample_copy.read_text("utf-8") == other
    project.save(proj, force=True)
    assert project.load(sample_copy).article.title == "私の変更"
    assert not proj.changed_on_disk()


def test_a_change_of_the_same_length_is_seen(sample_copy: Path) -> None:
    """Another program's edit that keeps the file's length (one kana for another, two characters
    swapped) still stops the save."""
    text = sample_copy.read_text("utf-8")
    for changed in (text.replace("ヴェロリア", "ヴェロリヤ", 1), text.replace("ヴェロリア", "ヴェリロア", 1)):
        assert len(changed.encode("utf-8")) == len(text.encode("utf-8")) and changed != text
        sample_copy.write_text(text, "utf-8")
        proj = project.load(sample_copy)
        assert not proj.changed_on_disk()
        sample_copy.write_text(changed, "utf-8")
        assert proj.changed_on_disk()
        with pytest.raises(project.FileChangedError):
            project.save(proj)


def test_failed_write_leaves_file_and_backup_intact(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proj = project.load(sample_copy)
    proj.article.title = "一回目"
    project.save(proj)
    file_before = sample_copy.read_bytes()
    backup_before = backup_path(sample_copy).read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    proj.article.title = "二回目"
    with pytest.raises(project.ProjectError, match="No space left"):
        project.save(proj)
    assert sample_copy.read_bytes() == file_before
    assert backup_path(sample_copy).read_bytes() == backup_before
    leftovers = [p.name for p in sample_copy.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


SAVER = """
import builtins, dataclasses, os, sys, time
from pathlib import Path


class Slow:
    # A file whose writes trickle out in 32 KB pieces: a writer that is not atomic
    # would leave a half-written file on disk for most of every save.
    def __init__(self, f):
        self.f = f

    def write(self, data):
        for i in range(0, len(data), 32768):
            self.f.write(data[i : i + 32768])
            self.f.flush()
            time.sleep(0.002)
        return len(data)

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.f.__exit__(*exc)


real_open, real_fdopen = builtins.open, os.fdopen
builtins.open = lambda *a, **k: Slow(real_open(*a, **k)) if "w" in str(a[1:2] or k.get("mode", "")) else real_open(*a, **k)
os.fdopen = lambda *a, **k: Slow(real_fdopen(*a, **k)) if "w" in str(a[1:2] or k.get("mode", "")) else real_fdopen(*a, **k)
Path.write_bytes = lambda self, data: builtins.open(self, "wb").write(data)

from editor.core import project
from editor.core.model import new_id
proj = project.load(Path(sys.argv[1]))
blocks = proj.article.blocks
proj.article.blocks = [dataclasses.replace(b, id=new_id()) for _ in range(400) for b in blocks]
print("ready", flush=True)
i = 0
while True:
    i += 1
    proj.article.title = f"round {i}"
    project.save(proj, force=True)
"""


@posix_only
def test_killed_mid_save_leaves_a_loadable_file(sample_copy: Path) -> None:
    """Ten kills at spread offsets into saves slowed on purpose: each leaves a loadable file."""
    for n in range(10):
        shutil.copy(SAMPLE_PROJECT, sample_copy)
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(sample_copy)], stdout=subprocess.PIPE, cwd=ROOT
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(0.15 + 0.047 * n)
        child.send_signal(signal.SIGKILL)
        child.wait()
        proj = project.load(sample_copy)  # raises if the file were half written
        assert proj.article.title.startswith("round ") or proj.article.title.startswith("ヴェロリア")
        assert all(b.status is Status.DONE for b in proj.article.blocks)
    project.save(proj, force=True)  # the next save clears what killed writers left
    assert [p.name for p in sample_copy.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDFFF", "\\uDbFf"])
def test_a_lone_surrogate_escaped_in_any_case_is_repaired_wherever_it_is(
    sample_copy: Path, escape: str
) -> None:
    """JSON may hold a lone surrogate (as an escape; UTF-8 cannot): it is read as U+FFFD, in a
    block's draft as in the title, and the project saves as valid UTF-8 again."""
    data = json.loads(sample_copy.read_text("utf-8"))
    data["blocks"][2]["draft"] = "訳 @ 文"
    data["article"]["title"] = "題 @"
    text = json.dumps(data, ensure_ascii=False).replace("@", escape)
    sample_copy.write_text(text, "utf-8")
    proj = project.load(sample_copy)
    assert proj.article.blocks[2].draft == "訳 \ufffd 文"
    assert proj.article.title == "題 \ufffd"
    project.save(proj, sample_copy)
    assert "訳 \ufffd 文" in sample_copy.read_bytes().decode("utf-8")
