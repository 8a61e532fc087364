"""Every action of the window, declared once: text, shortcut, icon, menu, and its handler.

A handler is named as ``"part.method"``: the part is one of the window's parts
(``window``, ``files``, ``blocks``, ``find``, ``publishing``, ``assist``) and is looked up when the
action fires, so a part built after the first paint (the suggestions dock) still
answers its keys. Icons are set after the first paint too (qtawesome's font load
costs about 100 ms); ``apply_icons`` does it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey
Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class Spec:
    name: str
    menu: str
    """"file", "edit", "block", "view", "assist", "help", or "" (keys only, no menu entry)."""
    handler: str
    shortcut: Shortcut | tuple[str, ...] = None
    icon: str | None = None
    toolbar: bool = False
    separator: bool = False
    """A menu separator before this entry."""
    args: tuple[int, ...] = ()


MENUS = ("file", "edit", "block", "view", "assist", "help")

SPECS = [
    Spec("new", "file", "files.new", Key.New, "fa6s.file", True),
    Spec("open", "file", "files.open_dialog", Key.Open, "fa6s.folder-open", True),
    Spec("save", "file", "files.save", Key.Save, "fa6s.floppy-disk", True, separator=True),
    Spec("save_as", "file", "files.save_as", Key.SaveAs),
    Spec("import", "file", "files.import_dialog", "Ctrl+I", "fa6s.file-import", True, separator=True),
    Spec("import_url", "file", "files.import_url_dialog", "Ctrl+Shift+L", "fa6s.globe", True),
    Spec("paste_article", "file", "files.import_clipboard", "Ctrl+Shift+V", "fa6s.paste"),
    Spec("export", "file", "publishing.export", "Ctrl+E", "fa6s.upload", True, separator=True),
    Spec("export_settings", "file", "publishing.export_settings"),
    Spec("quit", "file", "window.close", Key.Quit, separator=True),
    Spec("find", "edit", "window.open_find", Key.Find, "fa6s.magnifying-glass", True, separator=True),
    Spec("replace", "edit", "window.open_replace", ("Ctrl+H",)),
    Spec("copy_source", "edit", "blocks.copy_source", "Ctrl+Shift+I", "fa6s.copy"),
    Spec("copy_markdown", "edit", "publishing.copy_markdown", separator=True),
    Spec("copy_html", "edit", "publishing.copy_html"),
    Spec("done_next", "block", "blocks.done_and_next", ("Ctrl+Return", "Ctrl+Enter"), "fa6s.check", True),
    Spec("prev_block", "block", "blocks.step", "Ctrl+Up", separator=True, args=(-1,)),
    Spec("next_block", "block", "blocks.step", "Ctrl+Down", args=(1,)),
    Spec("prev_todo", "block", "blocks.step_todo", "Ctrl+Shift+Up", args=(-1,)),
    Spec("next_todo", "block", "blocks.step_todo", "Ctrl+Shift+Down", "fa6s.forward", True, args=(1,)),
    Spec("toggle_quote", "block", "blocks.toggle_quote", "Ctrl+T", "fa6s.quote-left", True, separator=True),
    Spec("merge", "block", "blocks.merge", "Ctrl+M", "fa6s.object-group", True),
    Spec("split", "block", "blocks.split", "Ctrl+Shift+M", "fa6s.scissors", True),
    Spec("omit", "block", "blocks.toggle_omit", "Ctrl+Shift+D", "fa6s.eye-slash", True),
    Spec("note", "block", "blocks.edit_note", "Ctrl+Shift+N", "fa6s.note-sticky"),
    Spec("zoom_in", "view", "window.zoom", Key.ZoomIn, separator=True, args=(1,)),
    Spec("zoom_out", "view", "window.zoom", Key.ZoomOut, args=(-1,)),
    Spec("translate", "assist", "assist.translate_current", "Ctrl+Shift+T"),
    Spec("pretranslate", "assist", "assist.pretranslate", "Ctrl+Shift+P"),
    *(Spec(f"match{n}", "assist", "assist.insert_match", f"Ctrl+{n}", args=(n,)) for n in (1, 2, 3)),
    Spec("add_term", "assist", "assist.add_term", "Ctrl+Shift+G"),
    Spec("mt_settings", "assist", "assist.open_settings"),
    *(Spec(f"term{n}", "", "assist.insert_term", f"Alt+{n}", args=(n,)) for n in range(1, 10)),
    Spec("shortcuts", "help", "window.show_shortcuts"),
    Spec("about", "help", "window.about"),
]


def texts() -> dict[str, str]:
    """Visible names, through Qt's translation (tr needs literal strings)."""
    t = QCoreApplication.translate
    names = {
        "new": t("Actions", "&New"),
        "open": t("Actions", "&Open…"),
        "save": t("Actions", "&Save"),
        "save_as": t("Actions", "Save &As…"),
        "import": t("Actions", "&Import Article…"),
        "quit": t("Actions", "&Quit"),
        "import_url": t("Actions", "Import from &URL…"),
        "paste_article": t("Actions", "Import from the &Clipboard"),
        "export": t("Actions", "&Export to Blog"),
        "export_settings": t("Actions", "Export &Settings…"),
        "find": t("Actions", "&Find…"),
        "replace": t("Actions", "&Replace…"),
        "copy_source": t("Actions", "Copy Source to Translation"),
        "copy_markdown": t("Actions", "Copy as &Markdown"),
        "copy_html": t("Actions", "Copy as &HTML"),
        "done_next": t("Actions", "Mark Done and Go to Next"),
        "prev_block": t("Actions", "Previous Block"),
        "next_block": t("Actions", "Next Block"),
        "prev_todo": t("Actions", "Previous Untranslated"),
        "next_todo": t("Actions", "Next Untranslated"),
        "toggle_quote": t("Actions", "Tag/Untag as Quote"),
        "merge": t("Actions", "Merge with Next Block"),
        "split": t("Actions", "Split Block at Cursor"),
        "omit": t("Actions", "Omit from Export / Include"),
        "note": t("Actions", "Translator's Note…"),
        "zoom_in": t("Actions", "Larger Text"),
        "zoom_out": t("Actions", "Smaller Text"),
        "translate": t("Actions", "Machine-Translate Block"),
        "pretranslate": t("Actions", "Pre-translate All Untranslated…"),
        "add_term": t("Actions", "Add Term to Glossary…"),
        "mt_settings": t("Actions", "Translation Settings…"),
        "shortcuts": t("Actions", "&Keyboard Shortcuts"),
        "about": t("Actions", "&About Tsuji"),
        "menu_file": t("Actions", "&File"),
        "menu_edit": t("Actions", "&Edit"),
        "menu_block": t("Actions", "&Block"),
        "menu_view": t("Actions", "&View"),
        "menu_assist": t("Actions", "&Assist"),
        "menu_help": t("Actions", "&Help"),
        "menu_recent": t("Actions", "Open &Recent"),
        "menu_language": t("Actions", "Interface &Language"),
        "undo": t("Actions", "&Undo"),
        "redo": t("Actions", "&Redo"),
    }
    for n in (1, 2, 3):
        names[f"match{n}"] = t("Actions", "Insert Memory Match %1").replace("%1", str(n))
    for n in range(1, 10):
        names[f"term{n}"] = t("Actions", "Insert Glossary Term %1").replace("%1", str(n))
    return names


def shortcuts_of(spec: Spec) -> list[QKeySequence]:
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, tuple):
        return [QKeySequence(s) for s in spec.shortcut]
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(spec.shortcut)
    return [QKeySequence(spec.shortcut)]


def resolve(parts: Mapping[str, object], handler: str) -> Callable[..., object]:
    part, method = handler.split(".", 1)
    fn = getattr(parts[part], method)
    if not callable(fn):
        raise TypeError(f"{handler} is not callable")
    return fn  # type: ignore[no-any-return]


def build(window: QWidget, parts: Callable[[], Mapping[str, object]]) -> dict[str, QAction]:
    """One QAction per spec, added to ``window`` so its keys work with or without a menu."""
    names = texts()
    out: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(names[spec.name], window)
        action.setObjectName(f"action_{spec.name}")
        action.setShortcuts(shortcuts_of(spec))
        action.triggered.connect(lambda _c=False, h=spec.handler, a=spec.args: resolve(parts(), h)(*a))
        window.addAction(action)
        out[spec.name] = action
    return out


def apply_icons(actions: Mapping[str, QAction]) -> None:
    """Icons from qtawesome; called after the first paint, never worth failing for."""
    try:
        import qtawesome
    except Exception:
        return
    for spec in SPECS:
        if spec.icon and spec.name in actions:
            try:
                actions[spec.name].setIcon(qtawesome.icon(spec.icon))
            except Exception:
                continue


def portable(action: QAction) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}


def shortcut_table() -> list[tuple[str, str]]:
    """(action text without "&", keys in the platform's notation) for Help → Keyboard Shortcuts."""
    names = texts()
    rows = []
    for spec in SPECS:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts_of(spec))
        if keys:
            rows.append((names[spec.name].replace("&", ""), keys))
    return rows
