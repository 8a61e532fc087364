"""Every action of the window, declared once: text, shortcut, icon, menu, and its handler.

A handler is named as ``"part.method"``: the part is one of the window's parts
(``window``, ``files``, ``blocks``, ``find``, ``publishing``, ``assist``) and is looked up when the
action fires, so a part built after the first paint (the suggestions dock) still
answers its keys. Icons are set after the first paint too (an icon font to load);
``apply_icons`` does it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import ascii_lowercase
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QWidget

from editor.resources import resources_dir

Key = QKeySequence.StandardKey
Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class Spec:
    """One action as declared: its name, menu, handler ("part.method"), shortcut and icon."""

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
    Spec("update_source", "file", "updater.run", "Ctrl+Shift+U", "fa6s.rotate"),
    Spec("export", "file", "publishing.export", "Ctrl+E", "fa6s.upload", True, separator=True),
    Spec("push", "file", "publishing.push", "Ctrl+Shift+E"),
    Spec("open_on_blog", "file", "publishing.open_on_blog"),
    Spec("open_blog_preview", "file", "publishing.open_blog_preview"),
    Spec("export_settings", "file", "publishing.export_settings"),
    Spec("quit", "file", "window.close", Key.Quit, separator=True),
    Spec("find", "edit", "window.open_find", Key.Find, "fa6s.magnifying-glass", True, separator=True),
    Spec("replace", "edit", "window.open_replace", ("Ctrl+H",)),
    Spec("copy_source", "edit", "blocks.copy_source", "Ctrl+Shift+I", "fa6s.copy"),
    Spec("copy_markdown", "edit", "publishing.copy_markdown", separator=True),
    Spec("copy_html", "edit", "publishing.copy_html"),
    Spec("done_next", "block", "blocks.done_and_next", ("Ctrl+Return", "Ctrl+Enter"), "fa6s.check", True),
    Spec("carry_link", "block", "blocks.carry_link", "Ctrl+L"),
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
    Spec("details", "view", "window.toggle_details", "Ctrl+Alt+0", separator=True),
    *(Spec(f"dock{n}", "view", "window.toggle_dock", f"Ctrl+Alt+{n}", args=(n,)) for n in (1, 2, 3, 4)),
    Spec("next_pane", "view", "window.cycle_focus", "F6", args=(1,)),
    Spec("prev_pane", "view", "window.cycle_focus", "Shift+F6", args=(-1,)),
    Spec("add_point", "view", "publishing.add_point", "Ctrl+Alt+A", separator=True),
    Spec("suggest_summary", "view", "publishing.suggest", "Ctrl+Alt+S"),
    Spec("translate", "assist", "assist.translate_current", "Ctrl+Shift+T"),
    Spec("pretranslate", "assist", "assist.pretranslate", "Ctrl+Shift+P"),
    *(Spec(f"match{n}", "assist", "assist.insert_match", f"Ctrl+{n}", args=(n,)) for n in (1, 2, 3)),
    Spec("add_term", "assist", "assist.add_term", "Ctrl+Shift+G"),
    Spec("mt_settings", "assist", "assist.open_settings"),
    Spec("build_memory", "assist", "memory_builder.run"),
    Spec("learn_style", "assist", "proofing.learn_style"),
    Spec("proof_style", "assist", "proofing.show_style"),
    Spec("next_problem", "assist", "proofing.next", "F8", separator=True),
    Spec("prev_problem", "assist", "proofing.previous", "Shift+F8"),
    Spec("fix_problem", "assist", "proofing.fix_current", "Ctrl+Alt+F"),
    Spec("ignore_problem", "assist", "proofing.ignore_current"),
    *(Spec(f"term{n}", "", "assist.insert_term", f"Alt+{n}", args=(n,)) for n in range(1, 10)),
    Spec("shortcuts", "help", "window.show_shortcuts"),
    Spec("about", "help", "window.about"),
]


def texts() -> dict[str, str]:
    """Visible names, through Qt's translation (tr needs literal strings)."""
    names = {
        "new": QCoreApplication.translate("Actions", "&New"),
        "open": QCoreApplication.translate("Actions", "&Open…"),
        "save": QCoreApplication.translate("Actions", "&Save"),
        "save_as": QCoreApplication.translate("Actions", "Save &As…"),
        "import": QCoreApplication.translate("Actions", "&Import Article…"),
        "quit": QCoreApplication.translate("Actions", "&Quit"),
        "import_url": QCoreApplication.translate("Actions", "Import from &URL…"),
        "paste_article": QCoreApplication.translate("Actions", "Import from the &Clipboard"),
        "export": QCoreApplication.translate("Actions", "&Export to Blog"),
        "export_settings": QCoreApplication.translate("Actions", "Export &Settings…"),
        "push": QCoreApplication.translate("Actions", "&Push with blogsync"),
        "open_on_blog": QCoreApplication.translate("Actions", "Open on the Blog"),
        "open_blog_preview": QCoreApplication.translate("Actions", "Open the Blog's Preview"),
        "find": QCoreApplication.translate("Actions", "&Find…"),
        "replace": QCoreApplication.translate("Actions", "&Replace…"),
        "copy_source": QCoreApplication.translate("Actions", "Copy Source to Translation"),
        "copy_markdown": QCoreApplication.translate("Actions", "Copy as &Markdown"),
        "copy_html": QCoreApplication.translate("Actions", "Copy as &HTML"),
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
        "details": QCoreApplication.translate("Actions", "Article Details"),
        "carry_link": QCoreApplication.translate("Actions", "Link Selected Words as in the Source…"),
        "dock1": QCoreApplication.translate("Actions", "Show/Hide Summary"),
        "dock2": QCoreApplication.translate("Actions", "Show/Hide Preview"),
        "dock3": QCoreApplication.translate("Actions", "Show/Hide Suggestions"),
        "dock4": QCoreApplication.translate("Actions", "Show/Hide Problems"),
        "next_pane": QCoreApplication.translate("Actions", "Next Pane"),
        "prev_pane": QCoreApplication.translate("Actions", "Previous Pane"),
        "add_point": QCoreApplication.translate("Actions", "Add Summary Point"),
        "suggest_summary": QCoreApplication.translate("Actions", "Suggest Summary"),
        "zoom_out": QCoreApplication.translate("Actions", "Smaller Text"),
        "translate": QCoreApplication.translate("Actions", "Machine-Translate Block"),
        "pretranslate": QCoreApplication.translate("Actions", "Pre-translate All Untranslated…"),
        "add_term": QCoreApplication.translate("Actions", "Add Term to Glossary…"),
        "mt_settings": QCoreApplication.translate("Actions", "Translation Settings…"),
        "update_source": QCoreApplication.translate("Actions", "Update Source…"),
        "build_memory": QCoreApplication.translate("Actions", "Build Memory from Blog…"),
        "learn_style": QCoreApplication.translate("Actions", "Learn House Style from Blog"),
        "proof_style": QCoreApplication.translate("Actions", "Proofreading Style…"),
        "next_problem": QCoreApplication.translate("Actions", "Next Problem"),
        "prev_problem": QCoreApplication.translate("Actions", "Previous Problem"),
        "fix_problem": QCoreApplication.translate("Actions", "Fix Problem"),
        "ignore_problem": QCoreApplication.translate("Actions", "Ignore Problem in This Block"),
        "shortcuts": QCoreApplication.translate("Actions", "&Keyboard Shortcuts"),
        "about": QCoreApplication.translate("Actions", "&About Tsuji"),
        "menu_file": QCoreApplication.translate("Actions", "&File"),
        "menu_edit": QCoreApplication.translate("Actions", "&Edit"),
        "menu_block": QCoreApplication.translate("Actions", "&Block"),
        "menu_view": QCoreApplication.translate("Actions", "&View"),
        "menu_assist": QCoreApplication.translate("Actions", "&Assist"),
        "menu_help": QCoreApplication.translate("Actions", "&Help"),
        "menu_recent": QCoreApplication.translate("Actions", "Open &Recent"),
        "menu_language": QCoreApplication.translate("Actions", "Interface &Language"),
        "undo": QCoreApplication.translate("Actions", "&Undo"),
        "redo": QCoreApplication.translate("Actions", "&Redo"),
    }
    for n in (1, 2, 3):
        names[f"match{n}"] = QCoreApplication.translate("Actions", "Insert Memory Match %1").replace(
            "%1", str(n)
        )
    for n in range(1, 10):
        names[f"term{n}"] = QCoreApplication.translate("Actions", "Insert Glossary Term %1").replace(
            "%1", str(n)
        )
    return names


def shortcuts_of(spec: Spec) -> list[QKeySequence]:
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, tuple):
        return [QKeySequence(s) for s in spec.shortcut]
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(spec.shortcut)
    return [QKeySequence(spec.shortcut)]


class PartLookup(Protocol):
    """The window's parts by name (shell.parts.Parts, or a plain dict in a test)."""

    def __getitem__(self, name: str, /) -> object: ...


def resolve(parts: PartLookup, handler: str) -> Callable[..., object]:
    part, method = handler.split(".", 1)
    fn = getattr(parts[part], method)
    if not callable(fn):
        raise TypeError(f"{handler} is not callable")
    return fn  # type: ignore[no-any-return]


def keyed_texts() -> dict[str, str]:
    """``texts()`` with an access key for every menu entry that has none, unique in its menu:
    a letter of the entry's words in English (``Ne&xt Pane``), appended as ``(&X)`` where the
    text has no such letter (every Japanese entry), as Japanese menus write them."""
    names = texts()
    beside = {"edit": ("undo", "redo"), "file": ("menu_recent",), "view": ("menu_language",)}
    for menu in MENUS:  # entries the window adds itself (undo, submenus) keep their keys
        used = {m.group(1).lower() for n in beside.get(menu, ()) if (m := re.search(r"&(\w)", names[n]))}
        for spec in (spec for spec in SPECS if spec.menu == menu):
            text = names[spec.name]
            given = re.search(r"&(\w)", text)
            if given and given.group(1).lower() not in used:
                used.add(given.group(1).lower())
                continue
            text = plain(text)  # none, or one an entry above has: a letter of its own
            words = spec.name.split("_")
            letters = [w[0] for w in words] + [c for w in words for c in w[1:]] + list(ascii_lowercase)
            key = next((c for c in letters if c.isalpha() and c not in used), None)
            if key is None:
                continue
            used.add(key)
            at = text.lower().find(key) if re.search(r"[A-Za-z]{3}", text) else -1
            if at >= 0:
                names[spec.name] = text[:at] + "&" + text[at:]
            else:  # Japanese style: "原文を更新(&D)…", the key before an ellipsis
                stem, dots = (text[:-1], "…") if text.endswith("…") else (text, "")
                names[spec.name] = f"{stem}(&{key.upper()}){dots}"
    return names


def plain(text: str) -> str:
    """An entry's text without its access key."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


def build(window: QWidget, parts: Callable[[], PartLookup]) -> dict[str, QAction]:
    """One QAction per spec, added to ``window`` so its keys work with or without a menu."""
    names = keyed_texts()
    out: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(names[spec.name], window)
        action.setObjectName(f"action_{spec.name}")
        action.setShortcuts(shortcuts_of(spec))
        action.triggered.connect(lambda _c=False, h=spec.handler, a=spec.args: resolve(parts(), h)(*a))
        window.addAction(action)
        out[spec.name] = action
    return out


def hold_icon_places(actions: Mapping[str, QAction], size: QSize) -> None:
    """A blank icon of ``size`` for each action that will have one: the toolbar is drawn at its
    final size before ``apply_icons`` (a toolbar of words, then a lower one of icons, moved the
    whole window under it when the icons came)."""
    blank = QPixmap(size)
    blank.fill(Qt.GlobalColor.transparent)
    for spec in SPECS:
        if spec.icon and spec.name in actions:
            actions[spec.name].setIcon(QIcon(blank))


def apply_icons(actions: Mapping[str, QAction]) -> None:
    """Icons, set after the first paint and never worth failing for: drawn from qtawesome's
    icon fonts (``glyph_icons``), qtawesome itself asked only for an icon not found there; an
    icon that cannot be had leaves its action's words in the toolbar."""
    from editor.ui.shell.glyph_icons import glyph_icon

    for spec in SPECS:
        if spec.icon and spec.name in actions:
            try:
                icon = glyph_icon(spec.icon) or _qtawesome_icon(spec.icon)
            except Exception:
                icon = QIcon()
            actions[spec.name].setIcon(icon)


def _qtawesome_icon(name: str) -> QIcon:
    try:
        import qtawesome
    except Exception:
        return QIcon()
    icon: QIcon = qtawesome.icon(name)
    return icon


def app_icon() -> QIcon:
    """Tsuji's own icon, for the window and the taskbar."""
    path = resources_dir() / "icons" / "tsuji.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def portable(action: QAction) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}


def shortcut_table() -> list[tuple[str, str]]:
    """(action text without "&", keys in the platform's notation) for Help → Keyboard Shortcuts."""
    names = texts()
    rows = []
    for spec in SPECS:
        shown = shortcuts_of(spec)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            # the platform's first binding: the others are media keys ("Save", "New") whose
            # names the interface language translates into nonsense such as "Shift+保存"
            shown = shown[:1]
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)
        if keys:
            rows.append((plain(names[spec.name]), keys))
    for name, keys in DOCK_KEYS:
        rows.append((QCoreApplication.translate("Actions", str(name)), keys))
    return rows


DOCK_KEYS = [
    (QT_TRANSLATE_NOOP("Actions", "In a dock: back to the draft"), "Esc"),
    (QT_TRANSLATE_NOOP("Actions", "Summary table: move the point up / down"), "Alt+Up, Alt+Down"),
    (QT_TRANSLATE_NOOP("Actions", "Summary table: remove the point"), "Ctrl+Del"),
]
"""Keys that work inside a dock only, listed with the actions (their names are translated)."""
