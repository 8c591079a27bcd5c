"""fieldmon: offline-first monitoring of development projects in the field."""

# The one place the version is written (pyproject.toml reads it from here). A literal, not
# importlib.metadata, which costs ~40 ms at every start.
__version__ = "0.1.0"

APP_NAME = "fieldmon"
