from __future__ import annotations

import errno
import os
import shutil
import socket
import sys
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

posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX only: SIGKILL, symbolic links, named pipes, /dev/zero or modes"
)
"""For the tests that need what only POSIX systems have (README: supported systems)."""
SAMPLES = ROOT / "resources" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLE_PROJECT = SAMPLES / "harbor-talks.tsuji"
SAMPLE_SOURCE = SAMPLES / "harbor-talks.md"


LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", "", None}


def _local(host: object) -> bool:
    return host in LOCAL_NAMES or (isinstance(host, str) and host.startswith(("127.", "/")))


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite talks only to servers it starts on 127.0.0.1: a name to look up or an address to
    connect to elsewhere fails as it would offline (the window's machine translation, its
    network probe and a fetch included), whatever a test forgot to point at a local server."""
    real_connect, real_lookup = socket.socket.connect, socket.getaddrinfo

    def connect(sock: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if not _local(host):
            raise OSError(errno.ENETUNREACH, f"the test suite stays off the internet ({host})")
        real_connect(sock, address)  # type: ignore[arg-type]

    def lookup(host: object, *args: object, **kwargs: object) -> object:
        if not _local(host):
            raise socket.gaierror(socket.EAI_NONAME, f"the test suite stays off the internet ({host})")
        return real_lookup(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)


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
