"""The user's preferences and the window's session state: explicit objects read from and written
to files in the config folder (``$TSUJI_HOME/config`` in tests); nothing is read at import time.
Below the UI, above nothing but core: the command line reads preferences too."""

from editor.settings.prefs import DEFAULT_PROFILE, Settings
from editor.settings.session import Session

__all__ = ["DEFAULT_PROFILE", "Session", "Settings"]
