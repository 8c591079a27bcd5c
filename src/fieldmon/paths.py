"""Where things live: the user-data folder, the default database, shipped resources.

`resource_path` is the one helper for shipped files; it works from a source checkout, an
installed wheel and a frozen bundle (PyInstaller puts files under sys._MEIPASS)."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

from fieldmon import APP_NAME


def data_dir() -> Path:
    """The user-data folder (FIELDMON_DATA_DIR overrides it, e.g. for tests or a USB stick)."""
    override = os.environ.get("FIELDMON_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> str:
    """FIELDMON_DB if set (a path or a SQLAlchemy URL), else fieldmon.db in the data folder."""
    return os.environ.get("FIELDMON_DB") or str(data_dir() / "fieldmon.db")


def resource_path(*parts: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "resources", *parts)
    try:
        root = resources.files("fieldmon.resources")
        candidate = Path(str(root.joinpath(*parts)))
        if candidate.exists():
            return candidate
    except ModuleNotFoundError:
        pass
    # A source checkout that was never installed: resources/ beside src/.
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
