"""A report's snapshot: one read transaction that does not see what is saved meanwhile."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select

from fieldmon.db.engine import Database
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
