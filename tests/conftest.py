from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# "ci" runs in the suite; "hunt" is for a long search by hand:
#   HYPOTHESIS_PROFILE=hunt pytest tests/io/test_mdsafe.py
settings.register_profile("ci", max_examples=300, deadline=None)
settings.register_profile("hunt", max_examples=30000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLE_PROJECT = SAMPLES / "harbor-talks.tsuji"
SAMPLE_SOURCE = SAMPLES / "harbor-talks.md"


@pytest.fixture(autouse=True)
def tsuji_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user folder: no test sees real settings."""
    home = tmp_path_factory.mktemp("tsuji-home")
    monkeypatch.setenv("TSUJI_HOME", str(home))
    monkeypatch.setenv("TSUJI_NO_KEYRING", "1")  # never touch the real keyring of the machine
    return home


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample project."""
    target = tmp_path / "harbor-talks.tsuji"
    shutil.copy(SAMPLE_PROJECT, target)
    return target
