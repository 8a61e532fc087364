"""Desktop integration files, icons, and the self-contained bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import GOLDEN, ROOT, SAMPLE_PROJECT

LINUX = ROOT / "packaging" / "linux"


def run(*cmd: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=900, **kw)  # type: ignore[call-overload]


def test_desktop_entry_is_valid_and_bilingual() -> None:
    entry = LINUX / "io.github.tsuji.Tsuji.desktop"
    r = run("desktop-file-validate", str(entry))
    assert r.returncode == 0, r.stdout + r.stderr
    text = entry.read_text("utf-8")
    assert "Name[ja]=通詞" in text and "Comment[ja]=" in text and "MimeType=application/x-tsuji;" in text


def test_metainfo_is_valid() -> None:
    r = run("appstreamcli", "validate", "--no-net", str(LINUX / "io.github.tsuji.Tsuji.metainfo.xml"))
    assert r.returncode == 0, r.stdout + r.stderr
    root = ET.parse(LINUX / "io.github.tsuji.Tsuji.metainfo.xml").getroot()
    assert root.find("screenshots/screenshot/image") is not None


def test_mime_type_registers_tsuji_projects() -> None:
    root = ET.parse(LINUX / "tsuji-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-tsuji"
    assert mime.find("m:glob", ns).get("pattern") == "*.tsuji"  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_renderings(size: int) -> None:
    image = QImage(str(ROOT / "resources" / "icons" / f"tsuji-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


@pytest.mark.slow
def test_bundle_builds_and_runs_without_the_venv(tmp_path: Path) -> None:
    r = run("bash", "packaging/build.sh")
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    exe = ROOT / "dist" / "tsuji" / "tsuji"
    assert exe.exists()
    project = tmp_path / "sample.tsuji"
    shutil.copy(SAMPLE_PROJECT, project)
    bare = {
        "HOME": str(tmp_path),
        "TSUJI_HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    out = run(str(exe), "export", str(project), "--stdout", "--date", "2026-03-15T21:00:00+09:00", env=bare)
    assert out.returncode == 0, out.stderr
    assert out.stdout == (GOLDEN / "harbor-talks.hatena.md").read_text("utf-8")
    window = run(
        str(exe), str(project), env={**bare, "QT_QPA_PLATFORM": "offscreen", "TSUJI_QUIT_AFTER_MS": "1500"}
    )
    assert window.returncode == 0, window.stderr[-2000:]
    assert "Traceback" not in window.stderr
    ja = run(str(exe), "import", str(ROOT / "tests/fixtures/web/typepad-post.html"), "--json", env=bare)
    assert ja.returncode == 0 and '"lang": "en"' in ja.stdout  # trafilatura and langdetect data came along
    post = tmp_path / "post.md"
    post.write_text("私は彼は好きだ。\n", encoding="utf-8")
    proof = run(str(exe), "check", str(post), "--json", env=bare)
    assert proof.returncode == 1 and '"rule": "doubled-joshi"' in proof.stdout, (
        proof.stderr
    )  # janome's dictionary
    assert os.access(exe, os.X_OK)
