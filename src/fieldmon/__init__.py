"""fieldmon: offline-first monitoring of development projects in the field."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fieldmon")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "fieldmon"
