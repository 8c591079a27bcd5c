"""The report of one project: the Summary names the project, every sheet counts its records
only, and the Results sheet shows its indicators against their targets — read back with
openpyxl and opened in LibreOffice."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl

from fieldmon.db.engine import Database
from fieldmon.domain.i18n import translator
from fieldmon.reports.quarterly import ReportRequest, write_report
from fieldmon.services.summary import summary
from tests.reports.test_libreoffice import convert, number
from tests.services.test_results import Q1_2011, framework  # noqa: F401  (the fixture)


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[sheet].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_a_project_report_has_its_results_and_only_its_records(
    db: Database,
    framework: tuple[uuid.UUID, uuid.UUID],  # noqa: F811
    tmp_path: Path,
) -> None:
    one, _other = framework
    path = tmp_path / "ЖОБА-1.xlsx"
    write_report(db, ReportRequest(Q1_2011, project_id=one), path)
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    assert names[:2] == ["Summary", "Results"]

    summary_rows = _rows(path, "Summary")
    assert summary_rows[0][0] == "Жоба ЖОБА-1"  # the project's title is the report's
    labels = {row[0]: row[1] for row in summary_rows if len(row) > 1 and row[0]}
    assert labels["Project"] == "ЖОБА-1 — Жоба ЖОБА-1"
    assert labels["Donor"] == "ЕҚДБ"
    assert labels["Project dates"] == "15.11.2010–31.12.2012"
    # the detail sheet lists the project's visits of the quarter: 2, not the other project's
    visits = [row for row in _rows(path, "Visits") if row and isinstance(row[0], datetime)]
    assert len(visits) == summary(db, Q1_2011, project_id=one)["visits.count"] == 2

    results = _rows(path, "Results")
    by_code = {row[0]: row for row in results if row and row[0] in ("1.1", "1.2", "2.1", "3.1")}
    assert by_code["1.2"][1] == "Көрсеткіш 1.2"
    # baseline, target, target 2011, this period, year to date, since the start, % of target
    assert by_code["1.2"][3:10] == (0, 12, 6, 2, 2, 3, 0.25)
    assert by_code["2.1"][6:9] == (1100000, 1100000, 1100000)
    assert by_code["3.1"][6:10] == (7, 7, 12, 0.3)
    assert by_code["3.1"][10] == "Сауалнама"
    levels = [row[0] for row in results if row and row[0] in ("Нәтиже 1", "Нәтиже 2", "Мақсат")]
    assert levels == ["Нәтиже 1", "Нәтиже 2", "Мақсат"]


def test_libreoffice_opens_the_results_sheet_in_kazakh(
    db: Database,
    framework: tuple[uuid.UUID, uuid.UUID],  # noqa: F811
    tmp_path: Path,
) -> None:
    one, _other = framework
    kk = translator("kk")
    path = tmp_path / "results.xlsx"
    write_report(db, ReportRequest(Q1_2011, lang="kk", project_id=one), path, tr=kk)
    sheets = convert(path, tmp_path)
    name = kk("Results")
    assert name != "Results" and name in sheets
    rows = {row[0]: row for row in sheets[name] if row}
    assert number(rows["1.2"][8]) == 3
    assert number(rows["3.1"][9]) == Decimal("0.3")
    assert number(rows["1.1"][8]) == 4


def test_text_that_looks_like_a_formula_stays_text_on_the_results_sheet(
    db: Database,
    framework: tuple[uuid.UUID, uuid.UUID],  # noqa: F811
    tmp_path: Path,
) -> None:
    from fieldmon.services import indicators

    one, _other = framework
    three = indicators.indicator_id(one, "3.1")
    indicators.set_value(db, three, "2011Q1", Decimal(7), "+12 әкімдіктен", "Әсел")
    path = tmp_path / "formula.xlsx"
    write_report(db, ReportRequest(Q1_2011, project_id=one), path)
    row = next(r for r in _rows(path, "Results") if r and r[0] == "3.1")
    assert row[10] == "+12 әкімдіктен" and row[6] == 7
