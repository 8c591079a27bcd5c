"""Unsaved form contents, kept in the database so that a crash loses no typing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Draft, utcnow


def save_draft(db: Database, key: str, payload: dict[str, Any]) -> None:
    with db.session() as session:
        row = session.get(Draft, key)
        text = json.dumps(payload, ensure_ascii=False)
        if row is None:
            session.add(Draft(key=key, payload=text, updated_at=utcnow()))
        else:
            row.payload, row.updated_at = text, utcnow()


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
