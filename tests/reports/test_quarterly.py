"""The quarterly workbook: its Summary against `summary`, its detail sheets adding up to the
Summary, their layout, escaping, the sheet-size spill, cut text, Cancel and atomic writing."""

from __future__ import annotations

import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from fieldmon.db.engine import Database
from fieldmon.db.models import Visit
from fieldmon.domain.periods import parse_quarter, previous, year_to_date
from fieldmon.reports import quarterly
from fieldmon.reports.indicators import flatten
from fieldmon.reports.quarterly import (
    MAX_TEXT,
    ExportCancelled,
    ReportRequest,
    write_report,
)
from fieldmon.services.summary import summary
from tests.reports.conftest import (
    FORMULAS,
    east_id,
    key_rows,
    load,
    same,
    sheet_xml,
    table_rows,
    totals,
)

Q3 = parse_quarter("2026Q3")
NOW = datetime(2026, 11, 21, 10, 30)


def write(db: Database, path: Path, **kwargs: object) -> quarterly.ReportResult:
    request = kwargs.pop("request", ReportRequest(Q3, title="Kazakhstan Rural Livelihoods"))
    return write_report(db, request, path, now=NOW, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("region", [False, True], ids=["all regions", "one region"])
def test_every_summary_figure_is_on_the_summary_sheet(
    report_db: Database, tmp_path: Path, region: bool
) -> None:
    region_id = east_id() if region else None
    name = "East Kazakhstan Region" if region else ""
    request = ReportRequest(Q3, region_id, name, title="Kazakhstan Rural Livelihoods")
    write(report_db, tmp_path / "r.xlsx", request=request)
    sheet = load(tmp_path / "r.xlsx")["Summary"]
    written = key_rows(sheet)
    expected = [
        flatten(summary(report_db, p, region_id)) for p in (Q3, previous(Q3), year_to_date(Q3))
    ]
    assert set(written) == set(expected[0]) | set(expected[1]) | set(expected[2])
    for key, values in written.items():
        for column, figures in enumerate(expected):
            assert same(values[column], figures.get(key, 0)), (key, column)
    assert written["visits.count"][0] > 0  # the demo data give figures to compare
    assert region or written["training.participants"][0] > 0
    head = {row[0]: row[1] for row in sheet.iter_rows(max_row=6, values_only=True)}
    assert head["Period"] == "2026Q3 (01.07.2026–30.09.2026)"
    assert head["Region"] == ("East Kazakhstan Region" if region else "All regions")
    assert head["Generated"] == "21.11.2026 10:30"
    assert sheet["A1"].value == "Kazakhstan Rural Livelihoods"


def test_detail_sheets_add_up_to_the_summary(report_db: Database, tmp_path: Path) -> None:
    write(report_db, tmp_path / "r.xlsx")
    book = load(tmp_path / "r.xlsx")
    figures = summary(report_db, Q3)

    assert len(table_rows(book["Visits"])) == figures["visits.count"]
    follow_ups = table_rows(book["Follow-ups"])
    due_and_open = [r for r in follow_ups if r[7] == "Open" and r[5] <= datetime(2026, 9, 30)]
    assert len(due_and_open) == figures["visits.follow_ups_open"]

    assert len(table_rows(book["Loans"])) == figures["loans.count"]
    loan_totals = totals(book["Loans"])
    for cur, amount in figures["loans.outstanding"].items():
        assert same(loan_totals[f"Total, {cur}"][14], amount)
    statuses = [r[15] for r in table_rows(book["Loans"])]
    assert statuses.count("Overdue") == figures["loans.overdue"]

    repayment_totals = totals(book["Repayments"])
    for cur, amount in figures["repayments.amount"].items():
        assert same(repayment_totals[f"Total, {cur}"][5], amount)
    assert len(table_rows(book["Repayments"])) == figures["repayments.count"]

    ageing = table_rows(book["Arrears ageing"])
    for cur, amount in figures["loans.outstanding"].items():
        lines = [r for r in ageing if r[1] == cur]
        assert sum(Decimal(str(r[3])) for r in lines) == Decimal(amount)
        over_30 = sum(Decimal(str(r[3])) for r in lines[2:])  # buckets from 31–60 days on
        assert (over_30 / Decimal(amount)).quantize(Decimal("0.0001")) == Decimal(
            figures["loans.par30"][cur]
        )

    assert len(table_rows(book["Trainings"])) == figures["training.events"]
    attendance = table_rows(book["Attendance"])
    present = [r for r in attendance if r[11] > 0]
    assert len(present) == figures["training.participations"]
    assert sum(r[11] for r in attendance) == figures["training.person_days"]
    assert totals(book["Attendance"])["Total"][11] == figures["training.person_days"]
    assert sum(r[12] == "Yes" for r in present) == figures["training.completed"]


def test_detail_sheets_are_excel_tables_with_a_frozen_styled_header(
    report_db: Database, tmp_path: Path
) -> None:
    write(report_db, tmp_path / "r.xlsx")
    book = load(tmp_path / "r.xlsx")
    names = [
        "Visits",
        "Follow-ups",
        "Loans",
        "Repayments",
        "Arrears ageing",
        "Trainings",
        "Attendance",
    ]
    assert book.sheetnames == ["Summary", *names]
    for name in names:
        sheet = book[name]
        (table,) = sheet.tables.values()
        assert table.ref.startswith("A1:")
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == [c.value for c in sheet[1]]
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F4E78")
        assert sheet.column_dimensions["A"].width >= 9
    visits = book["Visits"]
    assert visits["A2"].number_format == "DD.MM.YYYY"
    assert isinstance(visits["A2"].value, datetime)
    loans = book["Loans"]
    for row in loans.iter_rows(min_row=2, max_row=10):
        currency, principal = row[7].value, row[8]
        assert principal.number_format == f'#,##0.00 "{currency}"'
        assert principal.value > 0


def test_text_that_looks_like_a_formula_stays_text(report_db: Database, tmp_path: Path) -> None:
    write(report_db, tmp_path / "r.xlsx")
    for name, xml in sheet_xml(tmp_path / "r.xlsx").items():
        assert b"<f>" not in xml and b"<f " not in xml, name
    visits = table_rows(load(tmp_path / "r.xlsx")["Visits"])
    (row,) = [r for r in visits if r[5] == FORMULAS["site"]]
    assert row[1] == FORMULAS["officer"]
    assert row[12] == FORMULAS["findings"]
    assert row[13] == FORMULAS["follow_up"]
    cell = load(tmp_path / "r.xlsx")["Visits"].cell(visits.index(row) + 2, 13)
    assert cell.data_type == "s" and cell.quotePrefix


def test_rows_past_a_sheet_continue_on_another(report_db: Database, tmp_path: Path) -> None:
    count = summary(report_db, Q3)["visits.count"]
    result = write(report_db, tmp_path / "r.xlsx", max_rows=12)  # 9 rows + room for totals
    book = load(tmp_path / "r.xlsx")
    parts = [n for n in book.sheetnames if n == "Visits" or n.startswith("Visits (")]
    assert len(parts) == -(-count // 9) and parts[1] == "Visits (2)"
    rows = [row for name in parts for row in table_rows(book[name])]
    assert len(rows) == count
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # in date order across parts
    assert all(book[n].max_row <= 12 for n in book.sheetnames if n != "Summary")
    tables = [t for name in book.sheetnames for t in book[name].tables]
    assert len(tables) == len(set(tables))  # table names are unique in the workbook
    assert "Visits has more rows than an Excel sheet holds; it continues on Visits (2)." in (
        result.notes
    )
    notes = [r[0] for r in book["Summary"].iter_rows(values_only=True)]
    assert result.notes[0] in notes


def test_text_longer_than_a_cell_holds_is_cut_with_a_note(db: Database, tmp_path: Path) -> None:
    from tests.services.test_summary import add

    visit_id = add(db, east_id(), Q3.start)
    long_text = "Очень длинный отчёт. " * 2000 + "\x07end"  # 42,004 characters
    with db.session() as session:  # text this long comes from old or merged data
        session.execute(update(Visit).where(Visit.id == visit_id).values(findings=long_text))
    result = write(db, tmp_path / "r.xlsx")
    findings = load(tmp_path / "r.xlsx")["Visits"]["M2"].value
    assert len(findings) == MAX_TEXT
    assert findings.startswith("Очень длинный отчёт.")
    assert findings.endswith("[…cut: 42004 characters in all]")
    assert any("Visits!M2" in note for note in result.notes)


def test_control_characters_are_dropped(db: Database, tmp_path: Path) -> None:
    from tests.services.test_summary import add

    visit_id = add(db, east_id(), Q3.start)
    with db.session() as session:
        session.execute(
            update(Visit).where(Visit.id == visit_id).values(findings="bell\x07 and\x1b escape")
        )
    write(db, tmp_path / "r.xlsx")
    assert load(tmp_path / "r.xlsx")["Visits"]["M2"].value == "bell and escape"


def test_cancel_leaves_nothing_behind(
    report_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"  # where openpyxl streams the sheets
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"last quarter's report")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        write(
            report_db,
            target,
            progress=lambda done, total: seen.append((done, total)),
            should_stop=lambda: len(seen) >= 1,
        )
    assert seen and seen[0][1] > seen[0][0] > 0  # it had started, with a total to go by
    assert target.read_bytes() == b"last quarter's report"
    assert [p.name for p in target.parent.iterdir()] == ["report.xlsx"]
    assert list(scratch.iterdir()) == []


def test_a_failure_leaves_nothing_behind(
    report_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> object:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(quarterly.TableWriter, "_write_totals", broken)
    with pytest.raises(RuntimeError):
        write(report_db, tmp_path / "report.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(report_db: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = write(report_db, tmp_path / "r.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (result.rows, result.rows)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_an_empty_database_gives_a_valid_report(db: Database, tmp_path: Path) -> None:
    write(db, tmp_path / "r.xlsx")
    book = load(tmp_path / "r.xlsx")
    assert key_rows(book["Summary"])["visits.count"] == (0, 0, 0)
    for name in book.sheetnames[1:]:
        assert table_rows(book[name]) == []
        (table,) = book[name].tables.values()
        assert table.ref.endswith("2")  # a table keeps one (empty) data row
