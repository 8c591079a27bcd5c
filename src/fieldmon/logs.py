"""Logging to a rotating file in the user-data folder; tracebacks go there, not on screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from fieldmon.paths import data_dir

_configured: Path | None = None


def setup_logging() -> Path:
    """Idempotent; returns the log file's path."""
    global _configured
    if _configured is not None:
        return _configured
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fieldmon.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("fieldmon")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _configured = path
    return path
