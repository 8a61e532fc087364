"""Entry point of the bundled program (PyInstaller): the same as the `tsuji` command."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
