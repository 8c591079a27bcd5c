"""Drafts in the database: a write that finds another connection's write lock gives up after
the wait it was given, and the connection it used waits as long as before for others."""

from __future__ import annotations

import sqlite3
import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from fieldmon.db.engine import Database
from fieldmon.services import drafts


def busy_timeout(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("PRAGMA busy_timeout")).scalar_one())


def test_a_short_wait_gives_up_quickly_and_is_recognised_as_busy(db: Database) -> None:
    if db.path is None:
        pytest.skip("SQLite's write lock")
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(OperationalError) as caught:
            drafts.save_draft(db, "visit:new", {"findings": "Қарағанды"}, wait_ms=50)
        assert time.monotonic() - started < 2
        assert drafts.is_busy(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert busy_timeout(db) == 5000  # restored on the pooled connection
    drafts.save_draft(db, "visit:new", {"findings": "Қарағанды"}, wait_ms=50)
    assert drafts.load_draft(db, "visit:new")[0] == {"findings": "Қарағанды"}  # type: ignore[index]
    assert busy_timeout(db) == 5000


def test_other_failures_are_not_busy() -> None:
    assert not drafts.is_busy(
        OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))
    )
    assert not drafts.is_busy(ValueError("no"))
    assert drafts.is_busy(
        OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    )
