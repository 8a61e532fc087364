"""Assist → Proofreading Style: the style drafts are checked with, the house style learnt from
the blog's posts (what it is, or that none is learnt yet, with the button that learns it) and
the user dictionaries in use."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.ui.shell import i18n
from editor.ui.shell.context import AppContext
from editor.ui.shell.messages import say


class StyleDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, learn: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("style_dialog")
        self.setWindowTitle(QCoreApplication.translate("StyleDialog", "Proofreading Style"))
        self.ctx = ctx
        self.body = QLabel(self)
        self.body.setObjectName("style_summary")
        self.body.setWordWrap(True)
        self.learn_button = QPushButton(
            QCoreApplication.translate("StyleDialog", "Learn from the Blog's Posts"), self
        )
        self.learn_button.setObjectName("learn_style")
        self.learn = learn
        self.learn_button.clicked.connect(self._learn)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.learn_button)
        layout.addWidget(buttons)
        self.refresh()

    def _learn(self) -> None:
        self.accept()
        self.learn()

    def refresh(self) -> None:
        from editor.assist.proof import StyleError, load_style
        from editor.assist.proof.learn import describe
        from editor.flows.dictionaries import load as dictionaries
        from editor.flows.house_style import learned_for
        from editor.flows.proofread import style_name

        japanese = i18n.current() == "ja"
        name = style_name(self.ctx.profile())
        try:
            description = load_style(name).description
        except StyleError as e:
            description = say(e)
        label = QCoreApplication.translate("StyleDialog", "Style")
        parts = [f"<p><b>{html.escape(label)}:</b> {html.escape(name)} — {html.escape(description)}</p>"]
        blog = self.ctx.settings.blog_dir
        learned = learned_for(blog)
        if not blog:
            none = QCoreApplication.translate(
                "StyleDialog", "No blog folder is set: no house style to learn."
            )
            parts.append(f"<p>{html.escape(none)}</p>")
            self.learn_button.setEnabled(False)
        elif learned is None:
            later = QCoreApplication.translate("StyleDialog", "House style: not learnt yet from this blog.")
            parts.append(f"<p>{html.escape(later)}</p>")
        else:
            head = QCoreApplication.translate("StyleDialog", "House style of the blog")
            lines = "".join(f"<li>{html.escape(ja if japanese else en)}</li>" for ja, en in describe(learned))
            parts.append(f"<p><b>{html.escape(head)}:</b></p><ul>{lines}</ul>")
        try:
            rules = len(dictionaries())
            text = QCoreApplication.translate(
                "StyleDialog", "User dictionaries: %1 rule(s) (config folder, prh/)"
            ).replace("%1", str(rules))
        except StyleError as e:
            text = say(e)
        parts.append(f"<p>{html.escape(text)}</p>")
        self.body.setText("".join(parts))
