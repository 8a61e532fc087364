"""The application context: what every part of the window shares, instead of the window.

Created in ``app.py`` (or by a test) and handed to ``FileOps``, ``ExportFlow``, the
preview and every later part, so none of them needs the main window:

- the current ``Document`` (swapped through ``set_document``; parts follow ``documentChanged``);
- the user's ``Settings`` (preferences) and the ``Session`` (where things were left);
- the one ``Worker`` for slow work off the GUI thread;
- the current export profile, cached and reloaded when its file changes;
- the clock (tests set a fixed one);
- ``prompts``, the only way a part asks the user something (tests script it);
- ``notify``, a status message for whoever shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.io.profiles import Profile, ProfileError, load_profile, profile_files
from editor.settings import DEFAULT_PROFILE, Session, Settings
from editor.ui.blocks.document import Document
from editor.ui.shell.messages import say
from editor.ui.shell.stores import Stores
from editor.ui.shell.worker import Worker

if TYPE_CHECKING:
    from datetime import datetime


class Prompts(Protocol):
    """Questions to the user. ``DialogPrompts`` asks with dialogs; tests answer from a script."""

    def confirm(
        self, title: str, text: str, *, yes: str = "", detail: str = "", warning: bool = False
    ) -> bool:
        """Yes (or ``yes``, a custom label) / Cancel."""
        ...

    def save_changes(self, title: str, text: str) -> str:
        """ "save", "discard" or "cancel"."""
        ...

    def findings(self, title: str, text: str, items: list[tuple[str, bool]], *, yes: str) -> int | None:
        """Findings (text, whether it can be gone to): -1 for ``yes``, the index of a finding
        clicked (go there), None for Cancel."""
        ...

    def choose(self, title: str, text: str, options: list[str], *, detail: str = "") -> int | None:
        """One of ``options`` by index, or None for Cancel."""
        ...

    def inform(self, title: str, text: str, *, error: bool = False, detail: str = "") -> None: ...

    def open_path(self, title: str, folder: str, filters: str) -> Path | None: ...

    def save_path(self, title: str, start: str, filters: str) -> Path | None: ...

    def folder(self, title: str, start: str) -> Path | None: ...

    def text(self, title: str, label: str, text: str = "", *, multiline: bool = False) -> str | None: ...


class Cursor(Protocol):
    """Where the user is in the article's blocks, and the marks drawn on them: what a part may ask
    of the two panes (``BlockPanes`` is one), instead of the widget itself."""

    def current_row(self) -> int:
        """The current block (-1: none)."""
        ...

    def selected_rows(self) -> list[int]:
        """The rows selected, in order (the current one may be among them or not)."""
        ...

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly these rows (after an edit that replaced them, say)."""
        ...

    def go_to(self, row: int, *, focus_draft: bool = True, flush: bool = True, centre: bool = False) -> None:
        """Make ``row`` current and the only one selected, in view, with the cursor in its draft."""
        ...

    def editor(self) -> QPlainTextEdit | None:
        """The current block's open draft editor (its text is the Markdown itself)."""
        ...

    def viewer(self) -> QTextEdit | None:
        """The current block's open source text (plain text, selectable)."""
        ...

    def show_found(self, found: dict[tuple[str, str], tuple[tuple[int, int, str], ...]]) -> None:
        """The find bar's matches, by (block id, "source" / "draft"), as Markdown ranges."""
        ...

    def show_problems(
        self, marks: dict[str, tuple[tuple[int, int, str], ...]], flagged: dict[str, str]
    ) -> None:
        """Proofreading underlines by block id (plain-text ranges), and whole-draft findings."""
        ...

    def set_highlights(self, block_id: str, ranges: list[tuple[int, int]]) -> None:
        """Glossary terms found in a block's source (plain-text ranges)."""
        ...

    def laid_out(self) -> bool:
        """Every row has its place: a long post is measured in batches after it opens."""
        ...


class AppContext(QObject):
    documentChanged = Signal(object)
    settingsChanged = Signal()
    """The blog folder or the profile changed (the preview renders again)."""
    message = Signal(str, int)
    """A status message and how long to show it (ms; 0: until replaced)."""

    def __init__(
        self,
        settings: Settings,
        prompts: Prompts | Callable[[], Prompts],
        *,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = Session.load(settings.session_path())
        """Where the user left things (window, docks, recent projects): not preferences."""
        self._prompts = prompts
        self.worker = Worker(self)
        self.stores = Stores()
        self._clock = clock
        self._doc: Document | None = None
        self._profile: tuple[str, float, Profile] | None = None
        self.flush: Callable[[], None] = lambda: None
        """Commits typing still held by an editor; the window sets it."""
        self.live_meta: dict[str, object] = {}
        """Article details being typed in the header, not yet committed: the preview shows them."""
        self.cursor: Callable[[], Cursor | None] = lambda: None
        """Where the user is in the current document's blocks (None: no panes yet); the window
        sets it."""
        self.reveal: Callable[[str, int], None] = lambda _field, _point: None
        """Put the cursor in an article field that is not a block: "title", or "summary" /
        "label" of point n (1-based; 0: the first, or Add when there is none). The window sets it."""

    # --- the document ------------------------------------------------------------

    @property
    def doc(self) -> Document:
        if self._doc is None:
            self._doc = Document(parent=self)
        return self._doc

    def set_document(self, doc: Document) -> None:
        self._doc = doc
        self.documentChanged.emit(doc)

    def adopt(self, doc: Document) -> None:
        """``doc`` is the current document, before any view shows it (the window opens a file
        before its first paint and lays out only that one)."""
        self._doc = doc

    @property
    def prompts(self) -> Prompts:
        """Built when first asked for: the dialogs' classes are not loaded before the first
        paint (a window starts without a question, unless work was left unsaved)."""
        if callable(self._prompts):
            self._prompts = self._prompts()
        return self._prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        self._prompts = prompts

    # --- time and profile ----------------------------------------------------------

    def clock(self) -> datetime:
        if self._clock is not None:
            return self._clock()
        from datetime import datetime  # not before the first paint: the preview asks first

        return datetime.now().astimezone()

    def set_clock(self, clock: Callable[[], datetime] | None) -> None:
        self._clock = clock

    def profile(self) -> Profile:
        """The chosen profile, read again only when its file changed (or another was chosen)."""
        name = self.settings.profile or DEFAULT_PROFILE
        path = profile_files().get(name)
        try:
            mtime = path.stat().st_mtime if path is not None else -1.0
        except OSError:
            mtime = -1.0
        if self._profile is not None and self._profile[:2] == (name, mtime):
            return self._profile[2]
        try:
            profile = load_profile(name)
        except ProfileError as e:
            self.notify(say(e), 8000)
            profile = load_profile(DEFAULT_PROFILE)
        self._profile = (name, mtime, profile)
        return profile

    def post_date(self, profile: Profile) -> datetime:
        from editor.io.publish import post_date_for

        return post_date_for(self.doc.article, profile, self.clock())

    # --- messages ---------------------------------------------------------------------

    def notify(self, text: str, ms: int = 5000) -> None:
        self.message.emit(text, ms)
