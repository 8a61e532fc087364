"""Saves keep a file's mode and write through links; a page that is a device is not read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from editor.core import project
from editor.core.decode import ImportFailed
from editor.io.importers import import_path
from tests.cli.test_cli import tsuji
from tests.conftest import SAMPLE_PROJECT, posix_only


@posix_only
def test_a_0664_project_stays_0664(tmp_path: Path) -> None:
    path = tmp_path / "p.tsuji"
    path.write_bytes(SAMPLE_PROJECT.read_bytes())
    path.chmod(0o664)
    proj = project.load(path)
    proj.article.title = "変えた"
    project.save(proj)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_new_files_get_the_umask(tmp_path: Path, tsuji_home: Path) -> None:
    old = os.umask(0o002)
    try:
        out = tmp_path / "terms.csv"
        assert tsuji("glossary", "export", str(out), home=tsuji_home).returncode == 0
        new = tmp_path / "new.tsuji"
        project.save(project.Project(project.load(SAMPLE_PROJECT).article), new)
    finally:
        os.umask(old)
    assert stat.S_IMODE(new.stat().st_mode) == 0o664
    assert stat.S_IMODE(out.stat().st_mode) & 0o044 == 0o044  # readable by others, as the umask lets it


@posix_only
def test_saving_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real" / "p.tsuji"
    real.parent.mkdir()
    real.write_bytes(SAMPLE_PROJECT.read_bytes())
    link = tmp_path / "link.tsuji"
    link.symlink_to(real)
    proj = project.load(link)
    proj.article.title = "リンク越しに保存"
    project.save(proj)
    assert link.is_symlink()
    assert project.load(real).article.title == "リンク越しに保存"


@posix_only
def test_a_page_that_is_a_device_is_refused_at_once(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.symlink_to("/dev/zero")
    with pytest.raises(ImportFailed, match="not a regular file"):
        import_path(page)
