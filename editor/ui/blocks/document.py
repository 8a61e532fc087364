"""The open document: article, file, undo history, item model, autosave."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.core import edits, project
from editor.core.model import Article, Block, BlockKind, Status
from editor.core.recovery import LockFile

Index = QModelIndex | QPersistentModelIndex
BlockRole = Qt.ItemDataRole.UserRole + 1
DRAFT_MERGE_ID = 1


class BlockModel(QAbstractListModel):
    """One row per block; both panes show this model."""

    draftEditRequested = Signal(int, str)

    def __init__(self, article: Article, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article = article

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.article.blocks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.article.blocks):
            return None
        block = self.article.blocks[index.row()]
        if role == BlockRole:
            return block
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return block.draft
        if role == Qt.ItemDataRole.ToolTipRole:  # what the row's caption only names
            tips = []
            if block.note.strip():
                tips.append(self.tr("Translator's note: %1").replace("%1", block.note.strip()))
            if block.kind is BlockKind.IMAGE and block.image_url:
                tips.append(f"{block.image_url}\n{block.source}")
            return "\n\n".join(tips) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self.article.blocks[index.row()].draft != value:
            self.draftEditRequested.emit(index.row(), str(value))
        return True

    def block(self, row: int) -> Block:
        return self.article.blocks[row]

    def replace_rows(self, start: int, count: int, new: list[Block]) -> None:
        """Apply a splice, telling the views exactly which rows changed."""
        if count == len(new):
            self.article.blocks[start : start + count] = new
            if count:
                self.dataChanged.emit(self.index(start), self.index(start + count - 1))
            return
        if count:
            self.beginRemoveRows(QModelIndex(), start, start + count - 1)
            del self.article.blocks[start : start + count]
            self.endRemoveRows()
        if new:
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self.article.blocks[start:start] = new
            self.endInsertRows()


class EditCommand(QUndoCommand):
    def __init__(self, doc: Document, edit: edits.Edit, focus: str | None) -> None:
        super().__init__(doc.tr_edit(edit.name))
        self.doc, self.edit, self.focus = doc, edit, focus
        self.typing = isinstance(edit, edits.Splice) and edit.name == "Edit translation"

    def id(self) -> int:
        return DRAFT_MERGE_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditCommand) and other.typing and self.typing):
            return False
        mine, theirs = self.edit, other.edit
        assert isinstance(mine, edits.Splice) and isinstance(theirs, edits.Splice)
        if mine.start != theirs.start or mine.after[0].id != theirs.after[0].id:
            return False
        if mine.after[0].status != theirs.after[0].status:
            return False
        mine.after = theirs.after
        return True

    def redo(self) -> None:
        self.doc.run(self.edit, forward=True, focus=self.focus)

    def undo(self) -> None:
        self.doc.run(self.edit, forward=False, focus=self.focus)


class Document(QObject):
    """Owns the article while it is open; every change passes through here."""

    metaChanged = Signal()
    focusRequested = Signal(str)
    changed = Signal()
    pathChanged = Signal()

    def __init__(self, proj: project.Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = proj or project.Project(Article())
        self.model = BlockModel(self.project.article, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._index_changed)
        self.model.draftEditRequested.connect(self._draft_edited)
        self.lock: LockFile | None = None

    def _index_changed(self, _index: int) -> None:
        self.changed.emit()

    @property
    def article(self) -> Article:
        return self.project.article

    @property
    def path(self) -> Path | None:
        return self.project.path

    def tr_edit(self, name: str) -> str:
        names = {
            "Edit translation": self.tr("Edit translation"),
            "Mark done": self.tr("Mark done"),
            "Tag as quote": self.tr("Tag as quote"),
            "Untag quote": self.tr("Untag quote"),
            "Merge blocks": self.tr("Merge blocks"),
            "Split block": self.tr("Split block"),
            "Move block": self.tr("Move block"),
            "Omit from export": self.tr("Omit from export"),
            "Include in export": self.tr("Include in export"),
            "Edit article details": self.tr("Edit article details"),
            "Edit summary": self.tr("Edit summary"),
            "Edit note": self.tr("Edit note"),
            "Machine translation": self.tr("Machine translation"),
            "Proofreading fix": self.tr("Proofreading fix"),
            "Ignore finding": self.tr("Ignore finding"),
            "Update source": self.tr("Update source"),
        }
        return names.get(name, name)

    # --- edits ---------------------------------------------------------------

    def push(self, edit: edits.Edit, focus: str | None = None) -> None:
        self.undo_stack.push(EditCommand(self, edit, focus))

    def run(self, edit: edits.Edit, *, forward: bool, focus: str | None) -> None:
        if isinstance(edit, edits.Splice):
            old, new = (edit.before, edit.after) if forward else (edit.after, edit.before)
            self.model.replace_rows(edit.start, len(old), [edits._clone(b) for b in new])
        else:
            (edit.apply if forward else edit.revert)(self.article)
            self.metaChanged.emit()
        if focus:
            self.focusRequested.emit(focus)

    def _draft_edited(self, row: int, text: str) -> None:
        block = self.model.block(row)
        self.push(edits.edit_draft(self.article, block.id, text))

    def set_status(self, row: int, status: Status) -> None:
        block = self.model.block(row)
        if block.status is not status:
            self.push(edits.set_status(self.article, block.id, status), block.id)

    # --- files ---------------------------------------------------------------

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def save(self, path: Path | None = None, *, force: bool = False) -> Path:
        written = project.save(self.project, path, force=force)
        self.undo_stack.setClean()
        self.pathChanged.emit()
        return written

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
