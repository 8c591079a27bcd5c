"""Unsaved form contents, kept in the database so that a crash loses no typing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Draft, utcnow


def save_draft(db: Database, key: str, payload: dict[str, Any], wait_ms: int | None = None) -> None:
    """Keep `payload` as the draft `key`. `wait_ms`: how long to wait for a write lock held
    by another connection (an import, another program) before giving up with the driver's
    "database is locked" error (see `is_busy`); None waits as long as any other write."""
    with db.session() as session, _waiting_at_most(db, session, wait_ms):
        row = session.get(Draft, key)
        encoded = json.dumps(payload, ensure_ascii=False)
        if row is None:
            session.add(Draft(key=key, payload=encoded, updated_at=utcnow()))
        else:
            row.payload, row.updated_at = encoded, utcnow()
        session.flush()  # the write, so the lock is waited for here


@contextmanager
def _waiting_at_most(db: Database, session: Session, wait_ms: int | None) -> Iterator[None]:
    if wait_ms is None:
        yield
        return
    wait_ms = max(0, int(wait_ms))
    if db.engine.dialect.name == "postgresql":
        session.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))  # ends with the transaction
        yield
        return
    if not db.is_sqlite:
        yield
        return
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    before = raw.execute("PRAGMA busy_timeout").fetchone()[0]
    raw.execute(f"PRAGMA busy_timeout={wait_ms}")
    try:
        yield
    finally:  # the connection goes back to the pool: its other users wait as before
        raw.execute(f"PRAGMA busy_timeout={int(before)}")


def is_busy(exc: BaseException) -> bool:
    """Whether a write failed only because another connection holds the lock (worth trying
    again), not for a lasting reason (a full disk, a read-only file, a damaged database)."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    if getattr(original, "sqlstate", None) in ("55P03", "40P01"):
        return True  # PostgreSQL (psycopg): lock_timeout expired, a deadlock
    message = str(original).lower()
    return "database is locked" in message or "database table is locked" in message


def load_draft(db: Database, key: str) -> tuple[dict[str, Any], datetime] | None:
    with db.read_session() as session:
        row = session.get(Draft, key)
        if row is None:
            return None
        return json.loads(row.payload), row.updated_at


def discard_draft(db: Database, key: str) -> None:
    with db.session() as session:
        row = session.get(Draft, key)
        if row is not None:
            session.delete(row)


def draft_keys(db: Database, prefix: str = "") -> list[str]:
    with db.read_session() as session:
        return list(
            session.scalars(
                select(Draft.key).where(Draft.key.startswith(prefix)).order_by(Draft.key)
            )
        )
