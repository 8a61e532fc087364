"""Preferences: what the user chose (the blog, the profile, machine translation, the interface
language, the text size). Read from ``settings.json`` in the config folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.core.paths import user_dirs
from editor.settings import jsonfile

FILE_NAME = "settings.json"
DEFAULT_PROFILE = "hatena"
"""The export profile used until another is chosen (io.profiles ships it)."""


@dataclass
class Settings:
    """The translator's preferences: blogs, machine translation, proofreading style, language."""

    blog_dir: str = ""
    profile: str = DEFAULT_PROFILE
    ui_language: str = ""
    """Empty: follow the system locale."""
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
    llm_url: str = ""
    """A language model server (the OpenAI-compatible and Ollama engines); empty: Ollama's own
    address on this machine."""
    llm_model: str = ""
    llm_temperature: float = 0.2
    llm_timeout: float = 120.0
    """Seconds a local model may take for one block (a laptop's model is slower than a service)."""
    font_size: int = 0
    """Point size of block texts; 0 follows the system font."""
    replace_keeps_done: bool = True
    """Replace All leaves a done block done (a name fixed everywhere needs no re-confirming)."""
    path: Path | None = field(default=None, compare=False, repr=False)
    problem: str = field(default="", compare=False, repr=False)
    """Why the file could not be read, if it could not (defaults were used)."""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or user_dirs().config / FILE_NAME
        data, problem = jsonfile.read(path)
        settings = cls(path=path, problem=problem)
        jsonfile.fill(settings, data)
        return settings

    def remember_blog(self, folder: str, profile: str) -> None:
        entry = {"folder": folder, "profile": profile}
        self.blogs = [entry, *(b for b in self.blogs if b.get("folder") != folder)][:10]

    def session_path(self) -> Path:
        """Where the window's session state is kept: beside this file."""
        return (self.path or user_dirs().config / FILE_NAME).with_name("session.json")

    def save(self) -> None:
        jsonfile.write(self, self.path or user_dirs().config / FILE_NAME)
