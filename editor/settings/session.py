"""Session state: where the user left things (window geometry, docks, recent projects, the row
each project was left at, the last import folder). Kept in ``session.json`` beside the
preferences; nothing here is a choice the user made in a settings dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.settings import jsonfile

FILE_NAME = "session.json"
OLD_FILE = "settings.json"
"""Before preferences and session state were apart, both were in the preferences' file."""


@dataclass
class Session:
    """Where work stopped: recent files, the window's size and docks, the last block of each project."""

    recent_files: list[str] = field(default_factory=list)
    window_geometry: str = ""
    """Base64 of QWidget.saveGeometry()."""
    splitter_state: str = ""
    window_state: str = ""
    """The docks' places and sizes (QMainWindow.saveState, base64)."""
    import_folder: str = ""
    """Where the last imported article came from (Import opens there)."""
    last_rows: dict[str, int] = field(default_factory=dict)
    """The block each project was left at, by path, so reopening returns there."""
    path: Path | None = field(default=None, compare=False, repr=False)
    problem: str = field(default="", compare=False, repr=False)

    @classmethod
    def load(cls, path: Path) -> Session:
        """The session in ``path``; the first time, what an older Tsuji kept in settings.json."""
        data, problem = jsonfile.read(path)
        if not data and not problem and not path.exists():
            data, _old_problem = jsonfile.read(path.with_name(OLD_FILE))
        session = cls(path=path, problem=problem)
        jsonfile.fill(session, data)
        return session

    def add_recent(self, path: Path, keep: int = 10) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name, *(p for p in self.recent_files if p != name)][:keep]

    def save(self) -> None:
        if self.path is not None:
            jsonfile.write(self, self.path)
