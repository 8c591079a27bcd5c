"""Evidence named in import workbooks: the visits' `photos` and the attendance sheet's
`sign_in_sheet` columns — files relative to the workbook or absolute, checked during the
all-or-nothing import, attached in its transaction, every bad file a row error."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Attachment, Blob, Training, Visit
from fieldmon.services import evidence, trainings
from fieldmon.services.evidence import Owner
from fieldmon.services.imports import VISIT_COLUMNS, import_visits
from fieldmon.services.training_imports import ATTENDANCE_COLUMNS, import_attendance
from fieldmon.services.workbooks import ImportFailed
from tests.conftest import OFFICER
from tests.evidence_files import jpeg_bytes, pdf_bytes, sample_files, write
from tests.services.test_imports import TODAY, row
from tests.services.test_imports import workbook as visits_workbook
from tests.services.test_loan_imports import sheet
from tests.services.test_training_imports import person, two_events  # noqa: F401 - a fixture

HEADER = [c.name for c in VISIT_COLUMNS]
ATTENDANCE = [c.name for c in ATTENDANCE_COLUMNS]


def rows_in(db: Database) -> tuple[int, int, int]:
    with db.read_session() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Visit, Attachment, Blob)
        )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The workbook's folder, with the sample files in its subfolder `фото`."""
    sample_files(tmp_path / "import" / "фото")
    return tmp_path / "import"


def test_photos_relative_and_absolute_are_attached_to_their_visits(
    db: Database, folder: Path, tmp_path: Path
) -> None:
    elsewhere = write(tmp_path / "elsewhere", "IMG_0412.JPG", jpeg_bytes(seed=7))
    path = visits_workbook(
        folder / "visits.xlsx",
        [
            row(photos="фото/трактор Бәйтерек.jpeg; фото\\IMG_20261120_113205.jpg;"),
            row(visit_date="15.08.2026", photos=f"{elsewhere} ; фото/шарт № 17.pdf"),
            row(visit_date="16.08.2026"),
        ],
    )
    assert import_visits(db, path, OFFICER, today=TODAY).visits == 3
    assert rows_in(db) == (3, 4, 4)
    with db.read_session() as session:
        by_date = {
            v.visit_date.day: evidence.attachments(session, Owner("visit", v.id))
            for v in session.scalars(select(Visit))
        }
        stored = evidence.content(session, by_date[15][0].sha256)
    assert [a.file_name for a in by_date[14]] == [
        "трактор Бәйтерек.jpeg",
        "IMG_20261120_113205.jpg",
    ]
    assert by_date[14][1].taken_at == "2026-11-20T11:32:05"
    assert [a.file_name for a in by_date[15]] == ["IMG_0412.JPG", "шарт № 17.pdf"]
    assert by_date[16] == []
    assert hashlib.sha256(stored).hexdigest() == sha(elsewhere)  # byte for byte


def test_the_photos_column_may_be_headed_in_russian_or_kazakh(db: Database, folder: Path) -> None:
    for header, day in (("Фото", "14.08.2026"), ("суреттер", "15.08.2026")):
        names = [header if h == "photos" else h for h in HEADER]
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(names)
        values = row(visit_date=day, photos="фото/схема.png")
        ws.append([values.get(h) for h in HEADER])
        wb.save(folder / f"{header}.xlsx")
        import_visits(db, folder / f"{header}.xlsx", OFFICER, today=TODAY)
    assert rows_in(db) == (2, 2, 1)  # the same file, stored once


def big_file(path: Path) -> Path:
    """A sparse file just over 25 MB: no disk, no memory (refused before it is read)."""
    with path.open("wb") as f:
        f.truncate(evidence.MAX_BYTES + 1)
    return path


def test_every_bad_file_is_a_row_error_and_nothing_is_written(db: Database, folder: Path) -> None:
    # The bad files beside the workbook: their names as written are their own names.
    sample_files(folder)
    big_file(folder / "фото" / "огромный.jpg")
    write(folder, "notes.txt", b"not evidence")
    path = visits_workbook(
        folder / "visits.xlsx",
        [
            row(photos="фото/трактор Бәйтерек.jpeg"),  # good: written, then rolled back
            row(photos="фото/not-there.jpg"),
            row(photos="фото/огромный.jpg"),
            row(photos="схема.png; cut.jpg; bomb.png"),
            row(photos="not-a-photo.jpg", rating="nonsense"),  # both problems
            row(photos="notes.txt"),
        ],
    )
    with pytest.raises(ImportFailed) as caught:
        import_visits(db, path, OFFICER, today=TODAY)
    problems = caught.value.problems
    assert problems[3].startswith("row 6, column rating: ")
    assert problems[:3] + problems[4:] == [
        "row 3, column photos: 'фото/not-there.jpg': there is no such file",
        "row 4, column photos: 'фото/огромный.jpg': it is larger than 25 MB",
        "row 5, column photos: 'cut.jpg': the file is cut short or damaged; 'bomb.png': it "
        "claims more than 120 million pixels, more than a photo can have",
        "row 6, column photos: 'not-a-photo.jpg': it is not a JPEG photo, whatever its name says",
        "row 7, column photos: 'notes.txt': only JPEG, PNG and HEIC photos and PDF scans can "
        "be attached",
    ]
    assert caught.value.bad_rows == 5
    assert rows_in(db) == (0, 0, 0)


def test_a_file_named_on_two_rows_is_stored_once(db: Database, folder: Path) -> None:
    path = visits_workbook(
        folder / "visits.xlsx",
        [row(photos="фото/схема.png"), row(visit_date="15.08.2026", photos="фото/схема.png")],
    )
    import_visits(db, path, OFFICER, today=TODAY)
    assert rows_in(db) == (2, 2, 1)


# --- sign-in sheets ----------------------------------------------------------------------


def sheets_of(db: Database, code: str) -> list[tuple[int | None, str]]:
    with db.read_session() as session:
        training = session.scalars(select(Training).where(Training.code == code)).one()
        found = evidence.attachments(session, Owner("training", training.id))
        return [(a.day, a.file_name) for a in found]


@pytest.mark.usefixtures("two_events")
def test_sign_in_sheets_are_attached_to_their_event_and_day(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "attendance"
    write(folder / "листы", "день 1.pdf", pdf_bytes())
    write(folder, "day 2.jpg", jpeg_bytes(seed=11))
    whole = write(tmp_path / "scans", "all days.pdf", pdf_bytes() + b"\n% all days\n%%EOF\n")
    path = sheet(
        folder / "a.xlsx",
        ATTENDANCE,
        [
            person(sign_in_sheet="1: листы/день 1.pdf; 2 : day 2.jpg"),
            person(full_name="Сейткали Айгерим", sign_in_sheet="1: листы/день 1.pdf"),  # again
            person(
                training_code="TR-2",
                full_name="Нурланов Ерлан",
                sex="м",
                birth_year=1990,
                day_3=None,
            ),
            person(
                training_code="TR-2",
                full_name="Ким Ольга",
                birth_year=1979,
                day_3=None,
                sign_in_sheet=str(whole),
            ),
        ],
    )
    assert import_attendance(db, path, OFFICER, today=TODAY).rows == 4
    assert sheets_of(db, "TR-1") == [(1, "день 1.pdf"), (2, "day 2.jpg")]
    assert sheets_of(db, "TR-2") == [(None, "all days.pdf")]  # two days, one scan


@pytest.mark.usefixtures("two_events")
def test_a_one_day_events_sheet_is_for_its_day(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        session.scalars(select(Training).where(Training.code == "TR-2")).one().days = 1
    write(tmp_path, "sheet.pdf", pdf_bytes())
    path = sheet(
        tmp_path / "a.xlsx",
        ATTENDANCE,
        [person(training_code="TR-2", day_2=None, day_3=None, sign_in_sheet="sheet.pdf")],
    )
    import_attendance(db, path, OFFICER, today=TODAY)
    assert sheets_of(db, "TR-2") == [(1, "sheet.pdf")]


@pytest.mark.usefixtures("two_events")
def test_bad_sign_in_sheets_are_row_errors_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    files = sample_files(tmp_path)
    path = sheet(
        tmp_path / "a.xlsx",
        ATTENDANCE,
        [
            person(sign_in_sheet=f"1: {files['pdf'].name}"),
            person(full_name="Сейткали Айгерим", sign_in_sheet="4: day4.pdf"),
            person(full_name="Ким Ольга", birth_year=1979, sign_in_sheet="2: cut.jpg"),
            person(training_code="TR-9", full_name="Нурланов Ерлан", sign_in_sheet="нет.pdf"),
        ],
    )
    with pytest.raises(ImportFailed) as caught:
        import_attendance(db, path, OFFICER, today=TODAY)
    assert caught.value.problems == [
        "row 3, column sign_in_sheet: training TR-1 has 3 days",
        "row 4, column sign_in_sheet: 'cut.jpg': the file is cut short or damaged",
        "row 5, column training_code: there is no training TR-9; import or type the event first",
        "row 5, column sign_in_sheet: 'нет.pdf': there is no such file",
    ]
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
    assert trainings.grid(db, trainings.find_training_id(db, "TR-1")) == []


def test_a_folder_is_no_file(db: Database, folder: Path) -> None:
    path = visits_workbook(folder / "v.xlsx", [row(photos="фото")])
    with pytest.raises(ImportFailed) as caught:
        import_visits(db, path, OFFICER, today=TODAY)
    assert caught.value.problems == ["row 2, column photos: 'фото': there is no such file"]
