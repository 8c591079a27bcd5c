"""A report's snapshot: one read transaction that does not see what is saved meanwhile."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Visit
from tests.services.test_summary import add


def count(session: object) -> int:
    return int(session.scalar(select(func.count()).select_from(Visit)))  # type: ignore[attr-defined]


def test_a_snapshot_does_not_see_a_visit_saved_while_it_reads(
    db: Database, east: uuid.UUID
) -> None:
    add(db, east, date(2026, 8, 1))
    with db.snapshot() as snapshot:
        assert count(snapshot) == 1
        add(db, east, date(2026, 8, 2), site="Теплица")  # another session writes meanwhile
        assert count(snapshot) == 1
        with db.read_session() as fresh:
            assert count(fresh) == 2
    with db.snapshot() as later:
        assert count(later) == 2


def test_a_database_in_a_folder_named_in_cyrillic_with_a_percent_sign_opens_and_upgrades(
    tmp_path: Path,
) -> None:
    """A Windows user named Пользователь keeps the database under C:\\Users\\Пользователь:
    its URL is percent-encoded, which Alembic's config must not read as interpolation."""
    from fieldmon.db import backup
    from fieldmon.db.migrate import head_revision
    from fieldmon.services import places
    from tests.services.test_exchange import visit_on

    east = places.registry_id("east-kazakhstan")
    folder = tmp_path / "Пользователь 100%" / "Қызылорда"
    folder.mkdir(parents=True)
    path = folder / "fieldmon.db"
    db = open_database(path)
    try:
        assert db.current_revision() == head_revision()
        visit_on(db, "A", east)
        saved = backup.make_backup(path, "manual")
    finally:
        db.dispose()
    assert backup.check(saved).ok
    again = open_database(path)  # and once more, on the existing file
    try:
        with again.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Visit)) == 1
    finally:
        again.dispose()
