"""Entry point of the bundled application (PyInstaller starts this file)."""

import sys

from fieldmon.cli import main

if __name__ == "__main__":
    sys.exit(main())
