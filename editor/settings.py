"""User settings: an explicit object read from and written to one file.

Nothing is read at import time; the window and the command line load it
from the user's config folder (``$TSUJI_HOME/config`` in tests).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from editor.core.atomic import atomic_write
from editor.core.paths import user_dirs
from editor.io.profiles import DEFAULT_PROFILE

FILE_NAME = "settings.json"


@dataclass
class Settings:
    blog_dir: str = ""
    profile: str = DEFAULT_PROFILE
    ui_language: str = ""
    """Empty: follow the system locale."""
    recent_files: list[str] = field(default_factory=list)
    window_geometry: str = ""
    """Base64 of QWidget.saveGeometry()."""
    splitter_state: str = ""
    window_state: str = ""
    """The docks' places and sizes (QMainWindow.saveState, base64)."""
    blogs: list[dict[str, str]] = field(default_factory=list)
    """Blogs set up so far: {"folder": …, "profile": …}; blog_dir/profile is the current one."""
    mt_engine: str = "google"
    mt_url: str = ""
    """LibreTranslate server."""
    mt_region: str = ""
    """Microsoft Translator region."""
    mt_free_api: bool = True
    """DeepL free API rather than pro."""
    mt_timeout: float = 20.0
    font_size: int = 0
    """Point size of block texts; 0 follows the system font."""
    import_folder: str = ""
    """Where the last imported article came from (Import opens there)."""
    last_rows: dict[str, int] = field(default_factory=dict)
    """The block each project was left at, by path, so reopening returns there."""
    replace_keeps_done: bool = True
    """Replace All leaves a done block done (a name fixed everywhere needs no re-confirming)."""
    path: Path | None = field(default=None, compare=False, repr=False)
    problem: str = field(default="", compare=False, repr=False)
    """Why the file could not be read, if it could not (defaults were used)."""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or user_dirs().config / FILE_NAME
        settings = cls(path=path)
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return settings
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            settings.problem = f"settings file {path} could not be read ({e}); using defaults"
            return settings
        if not isinstance(data, dict):
            settings.problem = f"settings file {path} is damaged; using defaults"
            return settings
        for f in fields(cls):
            if f.name in data and f.name not in ("path", "problem"):
                default = getattr(settings, f.name)
                value = data[f.name]
                if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                    value = float(value)
                if isinstance(value, type(default)):
                    setattr(settings, f.name, value)
        return settings

    def add_recent(self, path: Path, keep: int = 10) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name, *(p for p in self.recent_files if p != name)][:keep]

    def remember_blog(self, folder: str, profile: str) -> None:
        entry = {"folder": folder, "profile": profile}
        self.blogs = [entry, *(b for b in self.blogs if b.get("folder") != folder)][:10]

    def save(self) -> None:
        path = self.path or user_dirs().config / FILE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k not in ("path", "problem")}
        atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
