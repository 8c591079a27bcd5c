"""Property tests for every import: a sheet whose cells hold anything a spreadsheet can hold
(text, numbers, dates, booleans, blanks; near-valid and nonsense) either imports whole or
fails whole with `row N, column X: reason` for each bad cell — never another error, never a
part written."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from fieldmon.db.engine import Database, open_database
from fieldmon.domain.errors import UserError
from fieldmon.services.imports import VISIT_COLUMNS, import_visits
from fieldmon.services.loan_imports import (
    LOAN_COLUMNS,
    REPAYMENT_COLUMNS,
    import_loans,
    import_repayments,
)
from fieldmon.services.training_imports import (
    ATTENDANCE_COLUMNS,
    TRAINING_COLUMNS,
    import_attendance,
    import_trainings,
)
from fieldmon.services.workbooks import ImportFailed
from tests.conftest import OFFICER
from tests.services.test_imports import row as visit_row
from tests.services.test_loan_imports import loan_row, sheet
from tests.services.test_training_imports import event, person

TODAY = date(2026, 11, 21)
PROBLEM = re.compile(r"row (\d+), column ([a-z0-9_]+): \S.*")

cell = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["", " ", "x", "да", "нет", "0", "-1", "12", "1e9", "31.02.2026", "₸", "$"]),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    st.datetimes(datetime(1950, 1, 1), datetime(2050, 1, 1)),
)


def legal(value: Any) -> Any:
    """What a cell can hold: no control characters in text (openpyxl refuses them)."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isprintable())
    return value


KINDS: dict[str, tuple[list[str], Callable[[], dict[str, Any]], Callable[..., Any]]] = {
    "visits": (
        [c.name for c in VISIT_COLUMNS],
        visit_row,
        lambda db, path: import_visits(db, path, OFFICER, today=TODAY),
    ),
    "loans": (
        [c.name for c in LOAN_COLUMNS],
        loan_row,
        lambda db, path: import_loans(db, path, OFFICER, today=TODAY),
    ),
    "repayments": (
        [c.name for c in REPAYMENT_COLUMNS],
        lambda: {"loan_no": "MC-1", "paid_on": "15.02.2026", "amount": 5000, "receipt_no": "R1"},
        lambda db, path: import_repayments(db, path, OFFICER, today=TODAY),
    ),
    "trainings": (
        [c.name for c in TRAINING_COLUMNS],
        event,
        lambda db, path: import_trainings(db, path, OFFICER),
    ),
    "attendance": (
        [c.name for c in ATTENDANCE_COLUMNS if not c.name.startswith("day_")]
        + ["day_1", "day_2", "day_3"],
        person,
        lambda db, path: import_attendance(db, path, OFFICER),
    ),
}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the loan MC-1 and the event TR-1 that repayments and attendance
    rows refer to."""
    folder = tmp_path_factory.mktemp("props")
    path = folder / "base.db"
    db = open_database(path)
    import_loans(
        db, sheet(folder / "l.xlsx", KINDS["loans"][0], [loan_row()]), OFFICER, today=TODAY
    )
    import_trainings(db, sheet(folder / "t.xlsx", KINDS["trainings"][0], [event()]), OFFICER)
    db.dispose()
    return path


def totals(db: Database) -> tuple[int, ...]:
    with db.engine.connect() as conn:
        return tuple(
            int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
            for t in ("visit", "loan", "repayment", "training", "participation", "person", "change")
        )


@pytest.mark.parametrize("kind", list(KINDS))
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_any_cells_import_whole_or_name_each_bad_cell(
    kind: str, data: st.DataObject, prepared: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    header, valid, run = KINDS[kind]
    rows = []
    for _ in range(data.draw(st.integers(1, 3))):
        r = valid()
        # Replace some cells with anything; the rest stay valid.
        for column in data.draw(st.lists(st.sampled_from(header), max_size=4, unique=True)):
            r[column] = legal(data.draw(cell))
        rows.append(r)
    folder = tmp_path_factory.mktemp(kind)
    db_path = folder / "fieldmon.db"
    db_path.write_bytes(prepared.read_bytes())
    db = open_database(db_path)
    try:
        before = totals(db)
        try:
            run(db, sheet(folder / f"{kind}.xlsx", header, rows))
        except ImportFailed as failed:
            assert failed.problems
            for line in failed.problems:
                match = PROBLEM.fullmatch(line)
                assert match, line
                assert 2 <= int(match[1]) <= len(rows) + 1 and match[2] in header, line
            assert totals(db) == before  # all or nothing
        except UserError as whole:  # about the file, not a row: every row was left blank
            assert str(whole) == f"'{kind}.xlsx' has no data rows to import."
            assert totals(db) == before
        else:
            assert totals(db) != before or kind == "trainings"  # the same event again: no change
    finally:
        db.dispose()
