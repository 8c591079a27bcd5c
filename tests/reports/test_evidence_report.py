"""The report's evidence: a count of files per visit, loan and training on their sheets, and
with photos asked for, the covered records' files in a folder beside the workbook (byte for
byte, named by their records) listed on an Evidence sheet with links to them."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from fieldmon.db.engine import Database
from fieldmon.domain.periods import parse_quarter
from fieldmon.reports.evidence_folder import safe_name
from fieldmon.reports.quarterly import ReportRequest, write_report
from fieldmon.services import evidence, loans, trainings, visits
from fieldmon.services.evidence import Owner
from fieldmon.services.places import PlaceInput
from tests.conftest import OFFICER
from tests.evidence_files import SHYMKENT, jpeg_bytes, pdf_bytes, png_bytes, write
from tests.factories import borrower_input, loan_fields, site_input, training_fields, visit_fields

TODAY = date(2026, 11, 21)
Q3 = parse_quarter("2026Q3")


@dataclass
class Records:
    visit: uuid.UUID
    later_visit: uuid.UUID
    loan: uuid.UUID
    training: uuid.UUID
    files: dict[str, Path]


def attach(db: Database, owner: Owner, path: Path, **kwargs: object) -> None:
    with db.session() as session:
        evidence.attach_file(session, owner, path, OFFICER, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def records(db: Database, east: uuid.UUID, tmp_path: Path) -> Records:
    folder = tmp_path / "files"
    files = {
        "gps": write(
            folder, "IMG_1.jpg", jpeg_bytes(taken=datetime(2026, 8, 1, 10), gps=SHYMKENT, seed=1)
        ),
        "plain": write(folder, "трактор Бәйтерек.jpeg", jpeg_bytes(seed=2)),
        "png": write(folder, "схема.png", png_bytes()),
        "pdf": write(folder, "шарт № 17.pdf", pdf_bytes()),
    }
    site = site_input(east, name='Нан: цех "2"/склад')
    visit = visits.save_visit(db, visit_fields(), site, OFFICER, today=TODAY)
    later = visits.save_visit(
        db, visit_fields(visit_date=date(2026, 10, 5)), site, OFFICER, today=TODAY
    )
    loan = loans.save_loan(db, loan_fields(), borrower_input(east), OFFICER, today=TODAY)
    training = trainings.save_training(db, training_fields(), PlaceInput(east), OFFICER)
    attach(db, Owner("visit", visit), files["gps"], caption="Пеш")
    attach(db, Owner("visit", visit), files["plain"])
    attach(db, Owner("visit", later), files["png"])  # another quarter: not in Q3's report
    attach(db, Owner("loan", loan), files["pdf"])
    attach(db, Owner("training", training), files["pdf"], day=2)
    return Records(visit, later, loan, training, files)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def last_column(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[object]:
    header = [c.value for c in sheet[1]]
    assert header[-1] == "Evidence files"
    return [row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_sheets_count_each_records_files(
    db: Database, records: Records, tmp_path: Path
) -> None:
    result = write_report(db, ReportRequest(Q3), tmp_path / "q3.xlsx")
    assert result.evidence is None and not (tmp_path / "q3 – evidence").exists()
    book = openpyxl.load_workbook(result.path)
    assert "Evidence" not in book.sheetnames
    assert last_column(book["Visits"])[:1] == [2]  # then the total line
    assert last_column(book["Visits"])[-1] == 2
    assert last_column(book["Loans"])[0] == 1
    assert last_column(book["Trainings"])[0] == 1


def test_with_photos_the_files_go_beside_the_workbook(
    db: Database, records: Records, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    request = ReportRequest(Q3, with_photos=True)
    result = write_report(db, request, out / "Отчёт Q3.xlsx")
    folder = out / "Отчёт Q3 – evidence"
    # the loan's contract stays out: it carries the borrower's IIN (the Loans sheet counts it)
    assert (result.evidence, result.files) == (folder, 3)
    written = {p.name: sha(p.read_bytes()) for p in folder.iterdir()}
    source = {k: sha(p.read_bytes()) for k, p in records.files.items()}
    assert written == {
        "2026-08-14 Нан цех 2 склад 1.jpg": source["gps"],
        "2026-08-14 Нан цех 2 склад 2.jpeg": source["plain"],
        "TR-2026-07 day 2 1.pdf": source["pdf"],
    }
    sheet = openpyxl.load_workbook(result.path)["Evidence"]
    rows = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in rows] == ["Visit", "Visit", "Training"]
    first = rows[0]
    assert first[4].value == "2026-08-14 Нан цех 2 склад 1.jpg"
    target = first[4].hyperlink.target
    assert target.startswith("%D0%9E%D1%82%D1%87%D1%91%D1%82%20Q3%20%E2%80%93%20evidence/")
    assert (first[5].value, first[6].value, first[7].value) == (
        "IMG_1.jpg",
        "Пеш",
        "2026-08-01 10:00:00",
    )
    assert first[10].value == "taken on 2026-08-01, not on 2026-08-14"
    assert rows[2][3].value == 2  # the training's day
    assert rows[2][11].value == source["pdf"]
    # again: the same names are replaced, not numbered on
    write_report(db, request, out / "Отчёт Q3.xlsx")
    assert len(list(folder.iterdir())) == 3


def test_a_name_windows_accepts() -> None:
    assert safe_name('a<b>c:d"e/f\\g|h?i*j\x01k. ') == "a b c d e f g h i j k"
    assert safe_name("...") == "_"
