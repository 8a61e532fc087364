"""The interface language: Qt's translation files, built on demand.

The ``.ts`` source lives in ``resources/i18n``; its ``.qm`` is built at
install (packaging) or, when missing or stale, into the user's cache folder
with ``pyside6-lrelease`` on first use.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.core.paths import user_dirs
from editor.resources import resources_dir

LANGUAGES = {"en": "English", "ja": "日本語"}


def choose(setting: str) -> str:
    """The language to use: the setting, else the system locale, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent
    return shutil.which("pyside6-lrelease", path=str(here)) or shutil.which("pyside6-lrelease")


def compiled(lang: str) -> Path | None:
    """The .qm for ``lang``: shipped, cached, or built now from the .ts."""
    folder = resources_dir() / "i18n"
    shipped = folder / f"tsuji_{lang}.qm"
    source = folder / f"tsuji_{lang}.ts"
    frozen = bool(getattr(sys, "frozen", False))
    if shipped.exists() and (
        frozen or not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    cached = user_dirs().cache / "i18n" / f"tsuji_{lang}.qm"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    import subprocess  # only when the catalogue must be compiled (a source checkout, once)

    try:
        subprocess.run([tool, str(source), "-qm", str(cached)], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return cached if cached.exists() else None


_current = ["en"]
_installed: list[QTranslator] = []


def current() -> str:
    """The interface language installed: "en" or "ja". Texts made below the UI (proofreading
    messages) come in both languages; the UI shows the one for this."""
    return _current[0]


def qt_gaps() -> list[str]:
    """Strings of Qt's own dialogs that Qt's shipped Japanese catalog lacks (Qt 6 renamed them).
    Tsuji's catalog carries them under Qt's context, and Qt finds them there when its own has
    none (the Japanese file dialog said "Files of &type:" and "Look in:")."""
    return [
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QFileDialog", "Look in:"),
    ]


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Tsuji's and Qt's own translations for ``lang`` in place of the ones installed before;
    every widget is sent a LanguageChange event, and the window retranslates itself on it."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = lang if lang in LANGUAGES else "en"
    kept = _installed
    if lang == "en":  # removing the translators told every widget already
        return kept
    qm = compiled(lang)
    if qm is not None:
        mine = QTranslator(app)
        if mine.load(str(qm)):
            app.installTranslator(mine)
            kept.append(mine)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        kept.append(qt)
    return kept
