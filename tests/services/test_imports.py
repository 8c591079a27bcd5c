"""Importing visits: all or nothing, row-level errors, clear sentences for bad files."""

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Site, Visit
from fieldmon.domain.errors import UserError
from fieldmon.reports.templates import write_template
from fieldmon.services.imports import VISIT_COLUMNS, import_visits
from fieldmon.services.workbooks import ImportCancelled, ImportFailed
from tests.conftest import OFFICER

TODAY = date(2026, 11, 21)
HEADER = [c.name for c in VISIT_COLUMNS]


def row(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "visit_date": "14.08.2026",
        "officer": "Ерлан Сапаров",
        "region": "ВКО",
        "district": "Шемонаихинский район",
        "settlement": "Верх-Уба",
        "site": "Мини-пекарня",
        "site_type": "microcredit_business",
        "purpose": "routine",
        "funds_used": "yes",
        "equipment_ok": "да",
        "beneficiaries": 12,
        "rating": "on_track",
        "findings": "ok",
        "follow_up": "",
        "follow_up_due": None,
        "latitude": 49.95,
        "longitude": 82.61,
        "project": None,
        "photos": None,
    }
    base.update(values)
    return base


def workbook(path: Path, rows: list[dict[str, Any]], header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Visits"
    ws.append(header)
    for r in rows:
        ws.append([r.get(h) for h in header])
    wb.save(path)
    return path


def counts(db: Database) -> tuple[int, int, int]:
    with db.read_session() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Visit, Site, Place)
        )


def test_import_creates_visits_sites_and_places(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "v.xlsx",
        [
            row(),
            row(visit_date=datetime(2026, 8, 15), site="мини-пекарня", site_type=None),  # same site
            row(
                visit_date="2026-08-16",
                region="Turkistan",
                district="Сайрамский район",
                settlement="Аксукент",
                site="Амбулатория",
                site_type="Health facility",
                follow_up="Привезти накладные",
                follow_up_due="30.09.2026",
                latitude=None,
                longitude=None,
            ),
        ],
    )
    result = import_visits(db, path, OFFICER, today=TODAY)
    assert (result.visits, result.sites_created, result.places_created) == (3, 2, 4)
    assert counts(db) == (3, 2, 24)
    with db.read_session() as session:
        dates = sorted(session.scalars(select(Visit.visit_date)))
        assert dates == [date(2026, 8, 14), date(2026, 8, 15), date(2026, 8, 16)]
        assert set(session.scalars(select(Visit.created_by))) == {OFFICER}


def test_one_bad_row_imports_nothing_and_every_bad_row_is_listed(
    db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "v.xlsx",
        [
            row(),
            row(visit_date="31.02.2026"),
            row(region="Semipalatinsk", rating="great"),
            row(follow_up="Check", follow_up_due="01.08.2026"),
            row(site="Новый объект", site_type=None),
            row(latitude=43.25, longitude=37.61),
        ],
    )
    with pytest.raises(ImportFailed) as caught:
        import_visits(db, path, OFFICER, today=TODAY)
    assert caught.value.problems == [
        "row 3, column visit_date: '31.02.2026' is not a real date",
        "row 4, column region: unknown region 'Semipalatinsk'",
        "row 4, column rating: 'great' is not one of: on_track, minor_issues, serious_issues",
        "row 5, column follow_up_due: the follow-up due date must be on or after the visit date (14.08.2026)",
        "row 6, column site_type: choose the type of the new site",
        "row 7, column longitude: longitude must be between 46.4 and 87.4 (inside Kazakhstan)",
    ]
    assert str(caught.value) == "Nothing was imported: 5 rows have errors."
    assert counts(db) == (0, 0, 20)


def test_missing_required_values(db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "v.xlsx", [row(visit_date=None, region=" ", purpose=None)])
    with pytest.raises(ImportFailed) as caught:
        import_visits(db, path, OFFICER, today=TODAY)
    assert caught.value.problems == [
        "row 2, column visit_date: required",
        "row 2, column region: required",
        "row 2, column purpose: required",
    ]


def test_empty_officer_means_the_importing_officer(db: Database, tmp_path: Path) -> None:
    import_visits(db, workbook(tmp_path / "v.xlsx", [row(officer=None)]), OFFICER, today=TODAY)
    with db.read_session() as session:
        assert session.scalar(select(Visit.officer)) == OFFICER


def test_the_template_round_trips(db: Database, tmp_path: Path) -> None:
    """A filled-in template imports; the Columns sheet is not read as data."""
    from openpyxl import load_workbook

    path = write_template("visits", tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert [c.value for c in wb["Visits"][1]] == HEADER
    assert wb["Columns"].max_row == len(HEADER) + 1
    values = row()
    wb["Visits"].append([values[h] for h in HEADER])
    wb.save(path)
    assert import_visits(db, path, OFFICER, today=TODAY).visits == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is not an Excel workbook"),
        (b"visit_date,officer\n14.08.2026,x\n", "is not an Excel workbook"),
        (b"PK\x03\x04 truncated", "is not an Excel workbook"),
    ],
    ids=["empty", "csv-renamed", "truncated-zip"],
)
def test_files_that_are_not_workbooks(
    db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        import_visits(db, path, OFFICER, today=TODAY)
    assert counts(db) == (0, 0, 20)


def test_a_zip_that_is_not_a_workbook(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(UserError, match="is not an Excel workbook"):
        import_visits(db, path, OFFICER, today=TODAY)


def test_missing_file(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="there is no such file"):
        import_visits(db, tmp_path / "nope.xlsx", OFFICER, today=TODAY)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ([*HEADER, "visit_date"], "Column 'visit_date' appears twice"),
        (
            [h if h != "findings" else "finding" for h in HEADER],
            "Column 'finding' is not an import column",
        ),
        ([h for h in HEADER if h != "rating"], "lacks the column\\(s\\): rating"),
        ([], "has no header row"),
    ],
)
def test_wrong_headers(db: Database, tmp_path: Path, header: list[str], message: str) -> None:
    path = workbook(tmp_path / "v.xlsx", [row()], header=header)
    with pytest.raises(UserError, match=message):
        import_visits(db, path, OFFICER, today=TODAY)


def test_headers_ignore_case_and_spaces(db: Database, tmp_path: Path) -> None:
    header = [h.upper().replace("_", " ") for h in HEADER]
    wb = Workbook()
    wb.active.append(header)
    wb.active.append([row()[h] for h in HEADER])
    wb.save(tmp_path / "v.xlsx")
    assert import_visits(db, tmp_path / "v.xlsx", OFFICER, today=TODAY).visits == 1


def test_a_workbook_with_no_data_rows(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="has no data rows"):
        import_visits(db, workbook(tmp_path / "v.xlsx", []), OFFICER, today=TODAY)


def test_cancel_imports_nothing(db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "v.xlsx", [row(), row(), row()])
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) == 3

    with pytest.raises(ImportCancelled):
        import_visits(db, path, OFFICER, today=TODAY, should_stop=stop)
    assert counts(db) == (0, 0, 20)
