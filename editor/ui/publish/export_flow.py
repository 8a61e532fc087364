"""One-click export, its checks and result, and the export settings dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from editor.core.decode import ImportFailed
from editor.core.model import Article
from editor.flows.blog import configured_folder
from editor.flows.publish import Blocker, blockers, export
from editor.io.destination import ExportRefused, UnsafeDestination, Written
from editor.io.export import post_title, source_date
from editor.io.profiles import Profile, ProfileError, load_profile, profile_names, save_profile
from editor.ui.shell.context import AppContext
from editor.ui.shell.forms import finish_form
from editor.ui.shell.messages import say
from editor.ui.shell.prompts import show_result_box

WORDING = [
    ("title_pattern", "Title pattern"),
    ("byline_pattern", "Byline pattern"),
    ("date_format", "Date format"),
    ("summary_heading", "Summary heading"),
    ("summary_bullet", "Bullet"),
    ("summary_pattern", "Summary point"),
    ("body_heading", "Body heading"),
]


class ExportFlow:
    """Ctrl+E: check, write into the blog folder, remember the export as an undoable edit."""

    def __init__(self, ctx: AppContext, parent: QWidget, save: Callable[[], bool]) -> None:
        self.ctx, self.parent, self.save = ctx, parent, save
        self.last_result: QWidget | None = None

    def tr(self, text: str) -> str:
        return QGuiApplication.translate("ExportFlow", text)

    def run(self) -> Path | None:
        ctx = self.ctx
        ctx.flush()
        if configured_folder(ctx.settings.blog_dir) is None and not ExportSettings(ctx, self.parent).exec():
            return None
        article = ctx.doc.article
        found = self.blockers()
        untranslated = any(b.untranslated for b in found)
        if found:
            answer = ctx.prompts.findings(
                self.tr("Before exporting"),
                self.tr("Click a finding to go to it, or export as it is."),
                [(self.describe(b), b.place is not None) for b in found],
                yes=self.tr("Export anyway"),
            )
            if answer is None:
                return None
            if answer >= 0:  # a finding clicked: go and fix it
                self._go(found[answer].place)
                return None
        profile = ctx.profile()
        blog = Path(ctx.settings.blog_dir).expanduser()
        try:
            try:
                written, edit = export(
                    article, profile, blog, now=ctx.clock(), allow_untranslated=untranslated
                )
            except ExportRefused as e:
                if e.reason in ("folder", "special") or not self._overwrite(e):
                    if e.reason in ("folder", "special"):
                        ctx.prompts.inform(self.tr("Export failed"), say(e), error=True)
                    return None
                written, edit = export(
                    article, profile, blog, now=ctx.clock(), force=True, allow_untranslated=untranslated
                )
        except UnsafeDestination as e:
            ctx.prompts.inform(self.tr("Export refused"), say(e), error=True)
            return None
        except (OSError, ProfileError, ImportFailed) as e:
            ctx.prompts.inform(self.tr("Export failed"), say(e), error=True)
            return None
        ctx.doc.push(edit)
        if ctx.doc.path is not None:
            self.save()
        self.show_result(written)
        return written.path

    def _go(self, where: tuple[str, int] | None) -> None:
        """To a finding: ("block", row), ("title", 0) or ("summary" / "label", point)."""
        if where is None:
            return
        field, n = where
        panes = self.ctx.cursor()
        if field == "block" and panes is not None:
            panes.go_to(n, centre=True)
        elif field != "block":
            self.ctx.reveal(field, n)

    def blockers(self) -> list[Blocker]:
        """The check before export (flows.publish), with the document's glossary and style."""
        from editor.assist.proof import StyleError
        from editor.flows.proofread import style_for

        try:
            style = style_for(self.ctx.profile(), None, self.ctx.settings.blog_dir)
        except StyleError:
            style = None
        return blockers(self.ctx.doc.article, style, self.ctx.stores.glossary())

    @staticmethod
    def describe(b: Blocker) -> str:
        """A blocker in the interface's language, as the findings list shows it."""
        from editor.ui.proofing.proofreading import message_of, place_of

        if b.finding is not None:
            return say(b.finding.message)
        assert b.problem is not None
        return f"{place_of(b.problem)}: {message_of(b.problem)} [{b.problem.rule}]"

    def _overwrite(self, e: ExportRefused) -> bool:
        if e.reason == "edited":
            why = self.tr("%1 was edited since Tsuji exported it (the differences are under Details).")
        else:
            why = self.tr("%1 was not written by Tsuji.")
        text = (
            why.replace("%1", str(e.path))
            + "\n\n"
            + self.tr("Overwrite it? The old file is kept in Tsuji's backups, not in the blog folder.")
        )
        return self.ctx.prompts.confirm(
            self.tr("Overwrite?"), text, yes=self.tr("Overwrite"), detail="\n".join(e.diff()), warning=True
        )

    def show_result(self, written: Written) -> None:
        path = written.path
        text = self.tr("The post was written to\n%1").replace("%1", str(path))
        if written.backup is not None:
            text += "\n\n" + self.tr("The file it replaced is kept as\n%1").replace("%1", str(written.backup))
        self.ctx.notify(self.tr("Exported to %1").replace("%1", str(path)), 8000)
        show_result_box(self, path, text)


class ExportSettings(QDialog):
    """Blog folder, profile and the profile's wording, with a live sample."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_settings")
        self.ctx = ctx
        settings = ctx.settings
        self.setWindowTitle(self.tr("Export settings"))
        self.folder = QLineEdit(settings.blog_dir, self)
        self.folder.setObjectName("blog_folder")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.profile = QComboBox(self)
        self.profile.setObjectName("profile")
        self.profile.addItems(profile_names())
        self.profile.setCurrentText(settings.profile)
        self.fields: dict[str, QLineEdit] = {}
        self.blogs = QComboBox(self)
        self.blogs.setObjectName("blogs")
        for blog in settings.blogs:
            self.blogs.addItem(f"{blog.get('folder', '')} ({blog.get('profile', '')})", blog)
        self.blogs.activated.connect(self._pick_blog)
        form = QFormLayout()
        if settings.blogs:
            form.addRow(self.tr("Blogs set up"), self.blogs)
        else:
            self.blogs.hide()  # unplaced, it would be drawn over the first label
        form.addRow(self.tr("Blog folder"), _wrap(row, self))
        form.addRow(self.tr("Profile"), self.profile)
        labels = {
            "title_pattern": self.tr("Title pattern"),
            "byline_pattern": self.tr("Byline pattern"),
            "date_format": self.tr("Date format"),
            "summary_heading": self.tr("Summary heading"),
            "summary_bullet": self.tr("Bullet"),
            "summary_pattern": self.tr("Summary point"),
            "body_heading": self.tr("Body heading"),
        }
        for key, _ in WORDING:
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.textChanged.connect(self._sample)
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.category = QLineEdit(self)
        self.category.setPlaceholderText(self.tr("comma-separated"))
        form.addRow(self.tr("Default categories"), self.category)
        self.draft = QCheckBox(self.tr("Mark posts as drafts"), self)
        form.addRow("", self.draft)
        self.max_chars = QSpinBox(self)
        self.max_chars.setRange(10, 500)
        form.addRow(self.tr("Summary point warning length"), self.max_chars)
        self.sample = QLabel(self)
        self.sample.setObjectName("sample")
        self.sample.setWordWrap(True)
        self.sample.setStyleSheet("background: #f6f8fa; padding: 6px; border: 1px solid #ddd;")
        form.addRow(self.tr("Sample"), self.sample)
        finish_form(self, form, save=True)
        self.setMinimumWidth(600)
        self._typed_folder = settings.blog_dir
        self.profile.currentTextChanged.connect(self._load_profile)
        self._load_profile(self.profile.currentText())

    def _pick_blog(self, index: int) -> None:
        blog = self.blogs.itemData(index)
        if isinstance(blog, dict):
            self.folder.setText(blog.get("folder", ""))
            self.profile.setCurrentText(blog.get("profile", ""))

    def _choose(self) -> None:
        folder = self.ctx.prompts.folder(self.tr("Blog folder"), self.folder.text() or str(Path.home()))
        if folder is not None:
            self.folder.setText(str(folder))

    def _load_profile(self, name: str) -> None:
        try:
            self.current = load_profile(name)
        except ProfileError as e:
            self.ctx.prompts.inform(self.tr("Profile"), say(e), error=True)
            return
        for key, edit in self.fields.items():
            edit.setText(str(getattr(self.current, key)))
        self.category.setText(", ".join(self.current.categories))
        self.draft.setChecked(self.current.draft)
        self.max_chars.setValue(self.current.summary_max_chars)
        self._sample()

    def edited_profile(self) -> Profile:
        from dataclasses import replace

        edited = replace(
            self.current,
            categories=[c.strip() for c in self.category.text().split(",") if c.strip()],
            draft=self.draft.isChecked(),
            summary_max_chars=self.max_chars.value(),
        )
        for key, edit in self.fields.items():
            setattr(edited, key, edit.text())
        return edited

    def _sample(self) -> None:
        if not hasattr(self, "current"):
            return
        p = self.edited_profile()
        article: Article = self.ctx.doc.article
        try:
            title = post_title(article, p)
            byline = p.byline_pattern.format_map(
                {"author": article.author or "b", "date": source_date(article, p.date_format) or
                 datetime.now().strftime(p.date_format)}
            )  # fmt: skip
            point = p.summary_bullet + p.summary_pattern.format_map({"label": "ラベル", "text": "本文"})
        except (KeyError, ValueError, IndexError, ProfileError) as e:
            self.sample.setText(self.tr("Pattern error: %1").replace("%1", say(e)))
            return
        self.sample.setText("\n".join([title, byline, p.summary_heading, point, p.body_heading]))

    def reject(self) -> None:
        """Escape or Cancel after typing a folder asks before throwing it away."""
        if self.folder.text().strip() != self._typed_folder.strip() and not self.ctx.prompts.confirm(
            self.tr("Export settings"), self.tr("Discard the blog folder you typed?"), yes=self.tr("Discard")
        ):
            return
        super().reject()

    def accept(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            self.ctx.prompts.inform(
                self.tr("Blog folder"), self.tr("Choose an existing folder for the blog.")
            )
            return
        try:
            save_profile(self.edited_profile())
        except (OSError, ProfileError) as e:
            self.ctx.prompts.inform(self.tr("Profile"), say(e), error=True)
            return
        s = self.ctx.settings
        s.blog_dir, s.profile = str(folder), self.profile.currentText()
        s.remember_blog(str(folder), s.profile)
        s.save()
        self.ctx.settingsChanged.emit()
        super().accept()


def _wrap(layout: QHBoxLayout, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box
