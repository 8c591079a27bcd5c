"""The edit history of records: who changed what, when, from what to what."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldmon.db.models import History, Tracked, utcnow

T = TypeVar("T", bound=Tracked)


def to_json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def record(
    session: Session,
    table: str,
    record_id: uuid.UUID,
    action: str,
    changes: dict[str, tuple[Any, Any]],
    officer: str,
) -> History:
    entry = History(
        table_name=table,
        record_id=record_id,
        action=action,
        changes=json.dumps(
            {k: [to_json_value(old), to_json_value(new)] for k, (old, new) in changes.items()},
            ensure_ascii=False,
        ),
        changed_by=officer,
        changed_at=utcnow(),
    )
    session.add(entry)
    return entry


def stamp(row: Tracked, officer: str) -> None:
    """Mark a record as changed now by `officer`."""
    row.updated_by, row.updated_at = officer, utcnow()


def soft_delete(session: Session, table: str, row: Tracked, officer: str) -> None:
    """Deleting only marks the record; it stays for history, merging and undo."""
    stamp(row, officer)
    row.deleted_at = row.updated_at
    record(session, table, row.id, "delete", {}, officer)


def restore(session: Session, table: str, row: Tracked, officer: str) -> None:
    """Undo a soft delete."""
    stamp(row, officer)
    row.deleted_at = None
    record(session, table, row.id, "restore", {}, officer)


def create(
    session: Session,
    table: str,
    model: type[T],
    record_id: uuid.UUID,
    values: dict[str, Any],
    officer: str,
) -> T:
    """A record with a derived id, written with `values` and its history: a new one, or the
    deleted one with this id brought back (its changes then show as the new values)."""
    row = session.get(model, record_id)
    if row is None:
        row = model(id=record_id, created_by=officer, updated_by=officer)  # type: ignore[call-arg]
        session.add(row)
    else:
        restore(session, table, row, officer)
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    record(session, table, record_id, "create", {k: (None, v) for k, v in values.items()}, officer)
    return row


def update(
    session: Session, table: str, row: Tracked, values: dict[str, Any], officer: str
) -> bool:
    """Write the `values` that differ, stamp the record and keep the history; False (and
    nothing written) when none differs."""
    changes = {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}
    if not changes:
        return False
    for name, (_old, value) in changes.items():
        setattr(row, name, value)
    stamp(row, officer)
    record(session, table, row.id, "update", changes, officer)
    return True


def history_of(session: Session, record_id: uuid.UUID) -> list[History]:
    """Oldest first."""
    return list(
        session.scalars(
            select(History).where(History.record_id == record_id).order_by(History.changed_at)
        )
    )


def history_rows(db: Any, record_id: uuid.UUID) -> list[tuple[datetime, str, str, dict[str, Any]]]:
    """(when, who, action, {field: [old, new]}) for display, oldest first."""
    with db.read_session() as session:
        return [
            (h.changed_at, h.changed_by, h.action, json.loads(h.changes))
            for h in history_of(session, record_id)
        ]
