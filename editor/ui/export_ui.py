"""One-click export, its checks and result, and the export settings dialog."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from editor.assist.checks import check
from editor.core.model import Article
from editor.io.destination import ExportRefused
from editor.io.export import post_title, source_date
from editor.io.profiles import Profile, ProfileError, load_profile, profile_names, save_profile
from editor.io.publish import export_to_blog
from editor.ui.dialogs import finish_form

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

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
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def tr(self, text: str) -> str:
        return QGuiApplication.translate("ExportFlow", text)

    def run(self) -> Path | None:
        w = self.w
        w.flush()
        folder = w.settings.blog_dir
        if (not folder or not Path(folder).expanduser().is_dir()) and not ExportSettings(w).exec():
            return None
        findings = check(w.doc.article)
        untranslated = [f for f in findings if f.code == "untranslated"]
        if findings:
            lines = "\n".join(f"• {f.message}" for f in findings[:12])
            more = len(findings) - 12
            if more > 0:
                lines += "\n" + self.tr("… and %1 more").replace("%1", str(more))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Before exporting"), lines, parent=w)
            box.setObjectName("export_findings")
            anyway = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not anyway:
                return None
        profile = w.profile()
        blog = Path(w.settings.blog_dir).expanduser()
        try:
            written = export_to_blog(
                w.doc.article, profile, blog, now=w.clock(), allow_untranslated=bool(untranslated)
            )
        except ExportRefused as e:
            answer = QMessageBox.question(
                w,
                self.tr("Overwrite?"),
                self.tr("%1\n\nOverwrite it? The old file is kept as .bak.").replace("%1", str(e)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            written = export_to_blog(
                w.doc.article,
                profile,
                blog,
                now=w.clock(),
                force=True,
                allow_untranslated=bool(untranslated),
            )
        except (OSError, ProfileError) as e:
            QMessageBox.critical(w, self.tr("Export failed"), str(e))
            return None
        if w.doc.path is not None:
            w.files.save()
        self.show_result(written.path)
        return written.path

    def show_result(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Exported"),
            self.tr("The post was written to\n%1").replace("%1", str(path)),
            parent=self.w,
        )
        box.setObjectName("export_result")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        copy = box.addButton(self.tr("Copy path"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        folder.clicked.disconnect()  # keep the box open after an action
        copy.clicked.disconnect()
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
        self.w.last_export_box = box
        box.open()


class ExportSettings(QDialog):
    """Blog folder, profile and the profile's wording, with a live sample."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("export_settings")
        self.w = window
        self.setWindowTitle(self.tr("Export settings"))
        self.folder = QLineEdit(window.settings.blog_dir, self)
        self.folder.setObjectName("blog_folder")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.profile = QComboBox(self)
        self.profile.setObjectName("profile")
        self.profile.addItems(profile_names())
        self.profile.setCurrentText(window.settings.profile)
        self.fields: dict[str, QLineEdit] = {}
        self.blogs = QComboBox(self)
        self.blogs.setObjectName("blogs")
        for blog in window.settings.blogs:
            self.blogs.addItem(f"{blog.get('folder', '')} ({blog.get('profile', '')})", blog)
        self.blogs.activated.connect(self._pick_blog)
        form = QFormLayout()
        if window.settings.blogs:
            form.addRow(self.tr("Blogs set up"), self.blogs)
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
        self.profile.currentTextChanged.connect(self._load_profile)
        self._load_profile(self.profile.currentText())

    def _pick_blog(self, index: int) -> None:
        blog = self.blogs.itemData(index)
        if isinstance(blog, dict):
            self.folder.setText(blog.get("folder", ""))
            self.profile.setCurrentText(blog.get("profile", ""))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Blog folder"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)

    def _load_profile(self, name: str) -> None:
        try:
            self.current = load_profile(name)
        except ProfileError as e:
            QMessageBox.warning(self, self.tr("Profile"), str(e))
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
        article: Article = self.w.doc.article
        try:
            title = post_title(article, p)
            byline = p.byline_pattern.format_map(
                {"author": article.author or "b", "date": source_date(article, p.date_format) or
                 datetime.now().strftime(p.date_format)}
            )  # fmt: skip
            point = p.summary_bullet + p.summary_pattern.format_map({"label": "ラベル", "text": "本文"})
        except (KeyError, ValueError, IndexError, ProfileError) as e:
            self.sample.setText(self.tr("Pattern error: %1").replace("%1", str(e)))
            return
        self.sample.setText("\n".join([title, byline, p.summary_heading, point, p.body_heading]))

    def accept(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            QMessageBox.warning(
                self, self.tr("Blog folder"), self.tr("Choose an existing folder for the blog.")
            )
            return
        try:
            save_profile(self.edited_profile())
        except (OSError, ProfileError) as e:
            QMessageBox.critical(self, self.tr("Profile"), str(e))
            return
        s = self.w.settings
        s.blog_dir, s.profile = str(folder), self.profile.currentText()
        s.remember_blog(str(folder), s.profile)
        s.save()
        self.w.preview.schedule()
        super().accept()


def _wrap(layout: QHBoxLayout, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box
