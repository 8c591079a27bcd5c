"""The change log the merge works from (see `models.Change`).

Every flush that inserts or updates a tracked record writes one `Change` per record naming
the columns that really changed, whichever service made the change, so the merge never
depends on how a service describes its edit in the (human) history. Columns computed from
others (`DERIVED`) are left out: the merge recomputes them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.orm import Session

from fieldmon.db.models import Base, Borrower, BorrowerMember, Change, Tracked, utcnow

# Bookkeeping columns every tracked record has; never merged field by field.
BOOKKEEPING = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by"})

# Columns the merge recomputes from other columns or other records instead of merging.
DERIVED: dict[str, frozenset[str]] = {
    "place": frozenset({"name_key"}),
    "site": frozenset({"name_key", "region_id"}),
    "person": frozenset({"name_key", "region_id"}),
    "borrower": frozenset({"region_id", "name_key"}),
    "loan": frozenset(
        {
            "total_due_minor",
            "final_due_on",
            "paid_minor",
            "next_due_on",
            "outstanding_principal_minor",
        }
    ),
    "participation": frozenset({"days_present"}),
    "training": frozenset({"region_id", "search_key"}),
    "visit": frozenset({"findings_key"}),
}

# Derived columns that do not travel in data packages at all (`models.derived_keys`: search
# keys, added after package format 1, so a package from an older fieldmon has none of them
# and one to it need not carry them). The merge computes them.
LOCAL_ONLY: dict[str, frozenset[str]] = {
    "training": frozenset({"search_key"}),
    "borrower": frozenset({"name_key"}),
    "visit": frozenset({"findings_key"}),
}

# A borrower's group members live in `borrower_member`; the merge treats them as one field.
MEMBERS = "members"
CREATED = "*"

UNTRACKED = "untracked"
_PG_LOCK = 0x666D_6F6E  # "fmon": serializes change numbering on PostgreSQL


@cache
def tracked_models() -> dict[str, type[Any]]:
    """Table name → model, parents before children (the order records are merged in)."""
    models: dict[str, type[Any]] = {
        mapper.class_.__tablename__: mapper.class_  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Tracked)
    }
    order = [t.name for t in Base.metadata.sorted_tables if t.name in models]
    return {name: models[name] for name in order}


@cache
def merge_fields(table: str) -> tuple[str, ...]:
    """The columns of `table` merged field by field, in column order."""
    model = tracked_models()[table]
    skip = BOOKKEEPING | DERIVED.get(table, frozenset())
    names = [c.key for c in inspect(model).column_attrs if c.key not in skip]
    return (*names, MEMBERS) if table == "borrower" else tuple(names)


def next_seq(session: Session, count: int = 1) -> int:
    """The first of `count` new change numbers, in this transaction. On PostgreSQL the
    numbering is serialized with a transaction lock, so numbers are given in commit order
    and "everything after N" never skips a change committed later with a smaller number."""
    transaction = session.get_transaction()
    held = session.info.get("change_seq")
    if held is None or held[0] is not transaction:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        with session.no_autoflush:
            last = session.scalar(select(func.max(Change.seq))) or 0
        held = (transaction, last + 1)
    first = held[1]
    session.info["change_seq"] = (transaction, first + count)
    return int(first)


# Attendance marks change day by day: a change names the days it touched (`marks.3`), so two
# officers marking different days of one event merge instead of conflicting. `marks.0` (no
# such day) says "the days are listed": a change without it touches every day (older ones).
MARKS = "marks"
DAYS_LISTED = "marks.0"


def day_field(day: int) -> str:
    return f"{MARKS}.{day}"


def is_day_field(table: str, name: str) -> bool:
    """`marks.N` of a participation, N from 0 (the sentinel) to the 60 days marks hold."""
    if table != "participation" or not name.startswith(MARKS + "."):
        return False
    day = name[len(MARKS) + 1 :]
    return day.isdigit() and len(day) <= 2 and int(day) <= 60


def marks_days(old: str | None, new: str) -> set[str]:
    """The day fields a change of marks from `old` to `new` touches."""
    old = old or ""
    size = max(len(old), len(new))
    changed = {
        day_field(n + 1) for n in range(size) if (old[n : n + 1] or "0") != (new[n : n + 1] or "0")
    }
    return changed | {DAYS_LISTED}


def _changed_columns(row: Tracked, table: str) -> set[str]:
    state = inspect(row)
    skip = BOOKKEEPING | DERIVED.get(table, frozenset())
    fields = {
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in skip and state.attrs[attr.key].history.has_changes()
    }
    if table == "participation" and MARKS in fields:
        history = state.attrs[MARKS].history
        if history.deleted and history.added:
            fields.discard(MARKS)
            fields |= marks_days(history.deleted[0], history.added[0])
    return fields


@contextmanager
def untracked(session: Session) -> Iterator[None]:
    """Writes in the block log no changes: the merge (which brings the changes it applies)
    and the shipped place registry (the same on every laptop) write this way."""
    before = session.info.get(UNTRACKED)
    session.info[UNTRACKED] = True
    try:
        yield
        session.flush()  # while still untracked: the commit may come after the block
    finally:
        session.info[UNTRACKED] = before


def _log_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(UNTRACKED):
        return
    touched: dict[tuple[str, uuid.UUID], tuple[set[str], str]] = {}
    for row in session.new:
        if isinstance(row, Tracked):
            table = type(row).__tablename__  # type: ignore[attr-defined]
            if row.id is None:  # the column default would give it one during the flush
                row.id = uuid.uuid4()
            created = {CREATED}
            if table == "participation":
                created |= marks_days("", getattr(row, MARKS) or "")
            touched[(table, row.id)] = (created, row.updated_by or row.created_by)
    for row in session.dirty:
        if isinstance(row, Tracked) and (type(row).__tablename__, row.id) not in touched:  # type: ignore[attr-defined]
            table = type(row).__tablename__  # type: ignore[attr-defined]
            fields = _changed_columns(row, table)
            if fields:
                touched[(table, row.id)] = (fields, row.updated_by)
    for member in (*session.new, *session.deleted):
        if isinstance(member, BorrowerMember):
            key = ("borrower", member.borrower_id)
            fields, by = touched.get(key, (set(), ""))
            if CREATED not in fields:
                fields.add(MEMBERS)
                touched[key] = (fields, by or _borrower_by(session, member.borrower_id))
    if not touched:
        return
    seq = next_seq(session, len(touched))
    now = utcnow()
    for offset, ((table, record_id), (fields, by)) in enumerate(sorted(touched.items())):
        session.add(
            Change(
                id=uuid.uuid4(),
                table_name=table,
                record_id=record_id,
                fields=" ".join(sorted(fields)),
                changed_at=now,
                changed_by=by,
                seq=seq + offset,
            )
        )


def _borrower_by(session: Session, borrower_id: uuid.UUID) -> str:
    row = session.get(Borrower, borrower_id)
    return row.updated_by if row is not None else ""


def install(sessions: Any) -> None:
    """Log changes for every session `sessions` (a sessionmaker) makes."""
    event.listen(sessions, "before_flush", _log_changes)
