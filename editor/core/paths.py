"""Where user data lives.

Everything Tsuji keeps for a user (settings, profiles, memories, caches,
recovery files) goes under the platform's folders, or under ``$TSUJI_HOME``
when it is set, for tests and portable installs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "tsuji"


@dataclass(frozen=True)
class UserDirs:
    """The user's folders: configuration, data and caches."""

    config: Path
    data: Path
    cache: Path

    @property
    def profiles(self) -> Path:
        return self.config / "profiles"

    @property
    def recovery(self) -> Path:
        return self.data / "recovery"


def user_dirs(environ: dict[str, str] | None = None) -> UserDirs:
    env = os.environ if environ is None else environ
    home = env.get("TSUJI_HOME")
    if home:
        root = Path(home).expanduser()
        return UserDirs(root / "config", root / "data", root / "cache")
    return UserDirs(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
