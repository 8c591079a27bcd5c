"""Shared fixtures. Qt runs offscreen, and the user-data folder and Qt settings point into a
temporary folder, so tests never touch a real profile."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_session_home = Path(tempfile.mkdtemp(prefix="fieldmon-tests-"))
os.environ["FIELDMON_DATA_DIR"] = str(_session_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_session_home / "config")
os.environ.pop("FIELDMON_OFFICER", None)
os.environ.pop("FIELDMON_DB", None)
# The command line speaks English unless a test asks otherwise, whatever the machine's locale
# (LANG=ru_RU.UTF-8) or FIELDMON_LANG (the saved setting is in the temporary folder above).
os.environ["FIELDMON_LANG"] = "en"
# No test reaches the machine's own keyring; the sync tests set an in-memory one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# CI (FIELDMON_CI=1, set by .ci/run) draws the same examples every run, so main stays green or
# red for a reason; on a developer's machine every run explores new ones.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("FIELDMON_CI"):
    hypothesis_settings.load_profile("ci")

from fieldmon.db.engine import Database, open_database  # noqa: E402
from fieldmon.services import places  # noqa: E402

OFFICER = "Айгерим Нурланова"


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A new database: a SQLite file, or with FIELDMON_TESTS_ON_POSTGRES=1 a fresh PostgreSQL
    database (CI runs the service and report tests a second time that way)."""
    if os.environ.get("FIELDMON_TESTS_ON_POSTGRES"):
        target: str | Path = request.getfixturevalue("pg_url")
    else:
        target = tmp_path / "fieldmon.db"
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture
def east(db: Database) -> uuid.UUID:
    """East Kazakhstan's id."""
    return places.registry_id("east-kazakhstan")


@pytest.fixture
def turkistan(db: Database) -> uuid.UUID:
    return places.registry_id("turkistan")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server (see tests/postgres.py), or a visible skip."""
    from tests.postgres import Server

    url = os.environ.get("FIELDMON_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        server = Server()
    except Exception as exc:  # no PostgreSQL installed, or it would not start
        if os.environ.get("FIELDMON_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    yield server.url
    server.stop()


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty PostgreSQL database."""
    from tests.postgres import new_database

    return new_database(pg_server)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


class Laptops:
    """Two officers' laptops (two database files) that exchange packages both ways, each
    direction through its own folder, as on two USB sticks."""

    def __init__(self, folder: Path):
        from fieldmon.db.engine import open_database

        self.folder = folder
        self.a = open_database(folder / "laptop-a.db")
        self.b = open_database(folder / "laptop-b.db")
        self.officers = {id(self.a): "Айгерим Нурланова", id(self.b): "Ерлан Сапаров"}
        self.sent = 0

    def officer(self, db: Database) -> str:
        return self.officers[id(db)]

    def send(self, source: Database, target: Database) -> Any:
        """Export what changed on `source` since its last package to `target`, import it."""
        from fieldmon.services.merge import import_package
        from fieldmon.services.packages import export_package

        self.sent += 1
        name = "a-to-b" if source is self.a else "b-to-a"
        path = self.folder / name / f"{self.sent:04d}.fmpkg"
        export_package(source, path, self.officer(source))
        return import_package(target, path)

    def exchange(self) -> None:
        """Both ways, then once more so each side has what the other merged."""
        self.send(self.a, self.b)
        self.send(self.b, self.a)
        self.send(self.a, self.b)

    def dispose(self) -> None:
        self.a.dispose()
        self.b.dispose()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Laptops]:
    pair = Laptops(tmp_path)
    yield pair
    pair.dispose()
