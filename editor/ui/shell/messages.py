"""Messages made below the UI (errors, export findings), shown in the interface's language.

The core, io and assist layers give a :class:`~editor.core.messages.Msg`: English
text with its template and values. ``say`` looks the template up in the
"Messages" context of Qt's translation (``i18n_update`` gathers every template
from those layers into it) and fills the values in, translating a value that is
itself a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.core.messages import Msg

CONTEXT = "Messages"


def say(what: object) -> str:
    """``what`` (a message, an error carrying one, or anything else) as the user reads it."""
    if isinstance(what, BaseException):
        what = what.args[0] if len(what.args) == 1 else str(what)
    if isinstance(what, Msg):
        template = QCoreApplication.translate(CONTEXT, what.template)
        values = {k: say(v) if isinstance(v, Msg | BaseException) else v for k, v in what.args.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that names a value wrongly
            return str(what)
    return str(what)
