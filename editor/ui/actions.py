"""The window's actions: text, shortcut, icon, menu. Handlers are wired by the window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    name: str
    menu: str
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str | None = None
    toolbar: bool = False


SPECS = [
    Spec("new", "file", Key.New, "fa6s.file", True),
    Spec("open", "file", Key.Open, "fa6s.folder-open", True),
    Spec("save", "file", Key.Save, "fa6s.floppy-disk", True),
    Spec("save_as", "file", Key.SaveAs),
    Spec("import", "file", "Ctrl+I", "fa6s.file-import", True),
    Spec("import_url", "file", "Ctrl+Shift+L", "fa6s.globe", True),
    Spec("paste_article", "file", "Ctrl+Shift+V", "fa6s.paste"),
    Spec("quit", "file", Key.Quit),
    Spec("find", "edit", Key.Find, "fa6s.magnifying-glass", True),
    Spec("replace", "edit", Key.Replace),
    Spec("copy_source", "edit", "Ctrl+Shift+I", "fa6s.copy"),
    Spec("done_next", "block", "Ctrl+Return", "fa6s.check", True),
    Spec("prev_block", "block", "Ctrl+Up"),
    Spec("next_block", "block", "Ctrl+Down"),
    Spec("prev_todo", "block", "Ctrl+Shift+Up"),
    Spec("next_todo", "block", "Ctrl+Shift+Down", "fa6s.forward", True),
    Spec("toggle_quote", "block", "Ctrl+T", "fa6s.quote-left", True),
    Spec("merge", "block", "Ctrl+M", "fa6s.object-group", True),
    Spec("split", "block", "Ctrl+Shift+M", "fa6s.scissors", True),
    Spec("omit", "block", "Ctrl+Shift+D", "fa6s.eye-slash", True),
    Spec("note", "block", "Ctrl+Shift+N", "fa6s.note-sticky"),
    Spec("zoom_in", "view", Key.ZoomIn),
    Spec("zoom_out", "view", Key.ZoomOut),
    Spec("about", "help"),
]


def texts(w: QWidget) -> dict[str, str]:
    """Visible names, through Qt's translation (tr needs literal strings)."""
    return {
        "new": QCoreApplication.translate("Actions", "&New"),
        "open": QCoreApplication.translate("Actions", "&Open…"),
        "save": QCoreApplication.translate("Actions", "&Save"),
        "save_as": QCoreApplication.translate("Actions", "Save &As…"),
        "import": QCoreApplication.translate("Actions", "&Import Article…"),
        "quit": QCoreApplication.translate("Actions", "&Quit"),
        "import_url": QCoreApplication.translate("Actions", "Import from &URL…"),
        "paste_article": QCoreApplication.translate("Actions", "Import from the &Clipboard"),
        "find": QCoreApplication.translate("Actions", "&Find…"),
        "replace": QCoreApplication.translate("Actions", "&Replace…"),
        "copy_source": QCoreApplication.translate("Actions", "Copy Source to Translation"),
        "done_next": QCoreApplication.translate("Actions", "Mark Done and Go to Next"),
        "prev_block": QCoreApplication.translate("Actions", "Previous Block"),
        "next_block": QCoreApplication.translate("Actions", "Next Block"),
        "prev_todo": QCoreApplication.translate("Actions", "Previous Untranslated"),
        "next_todo": QCoreApplication.translate("Actions", "Next Untranslated"),
        "toggle_quote": QCoreApplication.translate("Actions", "Tag/Untag as Quote"),
        "merge": QCoreApplication.translate("Actions", "Merge with Next Block"),
        "split": QCoreApplication.translate("Actions", "Split Block at Cursor"),
        "omit": QCoreApplication.translate("Actions", "Omit from Export / Include"),
        "note": QCoreApplication.translate("Actions", "Translator's Note…"),
        "zoom_in": QCoreApplication.translate("Actions", "Larger Text"),
        "zoom_out": QCoreApplication.translate("Actions", "Smaller Text"),
        "about": QCoreApplication.translate("Actions", "&About Tsuji"),
        "menu_file": QCoreApplication.translate("Actions", "&File"),
        "menu_edit": QCoreApplication.translate("Actions", "&Edit"),
        "menu_block": QCoreApplication.translate("Actions", "&Block"),
        "menu_view": QCoreApplication.translate("Actions", "&View"),
        "menu_help": QCoreApplication.translate("Actions", "&Help"),
        "menu_recent": QCoreApplication.translate("Actions", "Open &Recent"),
        "menu_language": QCoreApplication.translate("Actions", "Interface &Language"),
        "undo": QCoreApplication.translate("Actions", "&Undo"),
        "redo": QCoreApplication.translate("Actions", "&Redo"),
    }


def build(window: QWidget) -> dict[str, QAction]:
    names = texts(window)
    out: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(names[spec.name], window)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            try:
                import qtawesome

                action.setIcon(qtawesome.icon(spec.icon))
            except Exception:
                pass
        out[spec.name] = action
    return out


def portable(action: QAction) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
