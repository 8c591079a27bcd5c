"""Shared fixtures. Qt runs offscreen, and the user-data folder and Qt settings point into a
temporary folder, so tests never touch a real profile."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_session_home = Path(tempfile.mkdtemp(prefix="fieldmon-tests-"))
os.environ["FIELDMON_DATA_DIR"] = str(_session_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_session_home / "config")
os.environ.pop("FIELDMON_OFFICER", None)
os.environ.pop("FIELDMON_DB", None)

import pytest  # noqa: E402

from fieldmon.db.engine import Database, open_database  # noqa: E402
from fieldmon.services import places  # noqa: E402

OFFICER = "Айгерим Нурланова"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "fieldmon.db")
    yield database
    database.dispose()


@pytest.fixture
def east(db: Database) -> uuid.UUID:
    """East Kazakhstan's id."""
    return places.registry_id("east-kazakhstan")


@pytest.fixture
def turkistan(db: Database) -> uuid.UUID:
    return places.registry_id("turkistan")
