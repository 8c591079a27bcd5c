"""Importing events and sign-in sheets: one person across events, all or nothing, row errors."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Participation, Person, Training
from fieldmon.domain.iin import make_iin
from fieldmon.domain.periods import parse_quarter
from fieldmon.reports.templates import write_template
from fieldmon.services import trainings
from fieldmon.services.summary import summary
from fieldmon.services.training_imports import (
    ATTENDANCE_COLUMNS,
    TRAINING_COLUMNS,
    import_attendance,
    import_trainings,
)
from fieldmon.services.workbooks import ImportFailed
from tests.conftest import OFFICER
from tests.services.test_loan_imports import sheet

TODAY = date(2026, 11, 21)
DAYS = ["day_1", "day_2", "day_3"]


def event(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "training_code": "TR-1",
        "title": "Effective perinatal care",
        "topic": "Maternal health",
        "kind": "master class",
        "start_date": date(2026, 7, 14),
        "days": 3,
        "region": "ВКО",
        "district": "Усть-Каменогорск",
        "venue": "Perinatal centre",
        "organizer": "Health department",
    }
    return base | values


def person(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "training_code": "TR-1",
        "full_name": "Ахметова Гульнар",
        "sex": "ж",
        "birth_year": 1984,
        "category": "health professional",
        "organization": "Polyclinic No. 3",
        "region": "ВКО",
        "phone": None,
        "iin": None,
        "day_1": "x",
        "day_2": "+",
        "day_3": "да",
    }
    return base | values


def events_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    return sheet(path, [c.name for c in TRAINING_COLUMNS], rows)


def attendance_file(path: Path, rows: list[dict[str, Any]], days: list[str] = DAYS) -> Path:
    columns = [c.name for c in ATTENDANCE_COLUMNS if not c.name.startswith("day_")]
    return sheet(path, columns + days, rows)


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def two_events(db: Database, tmp_path: Path) -> Database:
    rows = [event(), event(training_code="TR-2", days=2, start_date="20.08.2026", kind="seminar")]
    result = import_trainings(db, events_file(tmp_path / "events.xlsx", rows), OFFICER)
    assert (result.added, result.unchanged) == (2, 0)
    return db


def test_events_are_imported_and_the_same_sheet_again_changes_nothing(
    two_events: Database, tmp_path: Path
) -> None:
    detail = trainings.load_training(two_events, trainings.find_training_id(two_events, "tr-2"))
    assert (detail.fields.days, detail.fields.kind) == (2, "seminar")
    assert detail.place_names == ("East Kazakhstan Region", "Усть-Каменогорск")
    rows = [event(), event(training_code="TR-2", days=2, start_date="20.08.2026", kind="seminar")]
    again = import_trainings(two_events, events_file(tmp_path / "again.xlsx", rows), OFFICER)
    assert (again.added, again.unchanged) == (0, 2)
    with pytest.raises(ImportFailed) as caught:
        import_trainings(
            two_events, events_file(tmp_path / "changed.xlsx", [event(days=4)]), OFFICER
        )
    assert caught.value.problems == [
        "row 2, column training_code: TR-1 is already recorded with another title, kind, "
        "start date or days; change it in the app"
    ]


def test_bad_event_rows_are_each_named_and_nothing_is_imported(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        event(training_code="OK-1"),
        event(training_code="TR-1", kind="lecture", days=0),
        event(training_code="TR-1", region="Atlantis"),
        event(training_code="TR 3 ✓", start_date="31.02.2026"),
    ]
    with pytest.raises(ImportFailed) as caught:
        import_trainings(db, events_file(tmp_path / "bad.xlsx", rows), OFFICER)
    problems = caught.value.problems
    assert problems[0].startswith("row 3, column kind: 'lecture' is not one of: seminar")
    assert "row 3, column days: an event lasts from 1 to 60 days" in problems
    assert "row 4, column training_code: TR-1 is also on row 3" in problems
    assert "row 4, column region: unknown region 'Atlantis'" in problems
    assert any(p.startswith("row 5, column start_date:") for p in problems)
    assert any(p.startswith("row 5, column training_code: a training code has") for p in problems)
    assert count(db, Training) == 0


def test_a_person_in_two_events_is_one_person(two_events: Database, tmp_path: Path) -> None:
    iin = make_iin(date(1990, 5, 6), "male", 3)
    rows = [
        person(),
        person(training_code="TR-2", full_name="  АХМЕТОВА   гульнар ", day_3=None),
        person(full_name="Ерлан Сапаров", sex="м", birth_year=1990, iin=iin, day_3=None),
        person(
            training_code="tr-2",
            full_name="Erlan Saparov",
            sex="male",
            birth_year=1990,
            iin=iin,
            category="volunteer",
            day_2="",
            day_3=None,
        ),
    ]
    result = import_attendance(
        two_events, attendance_file(tmp_path / "a.xlsx", rows), OFFICER, today=TODAY
    )
    assert (result.rows, result.people) == (4, 2)
    assert count(two_events, Participation) == 4
    figures = summary(two_events, parse_quarter("2026Q3"))
    assert figures["training.participations"] == 4
    assert figures["training.participants"] == 2
    assert figures["training.completed"] == 2  # Gulnar at both; Erlan at neither
    assert figures["training.person_days"] == 3 + 2 + 2 + 1
    grid = trainings.grid(two_events, trainings.find_training_id(two_events, "TR-2"))
    assert [(r.full_name, r.marks) for r in grid] == [
        ("Ахметова Гульнар", "11"),
        ("Ерлан Сапаров", "10"),
    ]


def test_the_same_sheet_twice_changes_nothing_and_a_later_sheet_updates_marks(
    two_events: Database, tmp_path: Path
) -> None:
    path = attendance_file(tmp_path / "a.xlsx", [person(day_3=None)])
    import_attendance(two_events, path, OFFICER, today=TODAY)
    import_attendance(two_events, path, OFFICER, today=TODAY)
    assert count(two_events, Participation) == 1
    assert count(two_events, Person) == 1
    tid = trainings.find_training_id(two_events, "TR-1")
    assert trainings.grid(two_events, tid)[0].marks == "110"
    # the day-3 sheet, with only its own column: days 1 and 2 stay as they were
    later = attendance_file(tmp_path / "day3.xlsx", [person(day_3="иә")], days=["day_3"])
    import_attendance(two_events, later, OFFICER, today=TODAY)
    assert trainings.grid(two_events, tid)[0].marks == "111"


def test_bad_sign_in_rows_are_named_and_nothing_is_imported(
    two_events: Database, tmp_path: Path
) -> None:
    rows = [
        person(),  # fine, but the file fails as a whole
        person(training_code="TR-9"),
        person(training_code="TR-2", day_3="x"),
        person(full_name="Мария Ким", day_2="late", category="doctor"),
        person(full_name="Серик Омаров", sex="м", iin="123"),
        person(),  # the same person twice at TR-1
    ]
    path = attendance_file(tmp_path / "bad.xlsx", rows)
    with pytest.raises(ImportFailed) as caught:
        import_attendance(two_events, path, OFFICER, today=TODAY)
    problems = caught.value.problems
    assert (
        "row 3, column training_code: there is no training TR-9; import or type the event first"
        in problems
    )
    assert "row 4, column day_3: training TR-2 has 2 days" in problems
    assert any(p.startswith("row 5, column category: 'doctor' is not one of") for p in problems)
    assert any(p.startswith("row 5, column day_2: 'late' is not a mark") for p in problems)
    assert "row 6, column iin: an IIN has exactly 12 digits" in problems
    assert "row 7, column full_name: the same person as on row 2, at the same training" in problems
    assert caught.value.bad_rows == 5
    assert count(two_events, Person) == 0
    assert count(two_events, Participation) == 0


def test_scores_are_imported_and_checked(two_events: Database, tmp_path: Path) -> None:
    columns = [c.name for c in ATTENDANCE_COLUMNS]
    good = sheet(tmp_path / "s.xlsx", columns, [person(pre_score=40, post_score="85%")])
    import_attendance(two_events, good, OFFICER, today=TODAY)
    row = trainings.grid(two_events, trainings.find_training_id(two_events, "TR-1"))[0]
    assert (row.pre_score, row.post_score) == (40, 85)
    bad = sheet(tmp_path / "b.xlsx", columns, [person(post_score=140)])
    with pytest.raises(ImportFailed) as caught:
        import_attendance(two_events, bad, OFFICER, today=TODAY)
    assert caught.value.problems == ["row 2, column post_score: '140' is not a score from 0 to 100"]


def test_the_templates_example_rows_import(db: Database, tmp_path: Path) -> None:
    """The example values of the templates' Columns sheet are a valid event and sign-in."""
    for kind, columns in (("trainings", TRAINING_COLUMNS), ("attendance", ATTENDANCE_COLUMNS)):
        template = write_template(kind, tmp_path / f"{kind}.xlsx")
        headers = [c.value for c in load_workbook(template).worksheets[0][1]]
        assert headers == [c.name for c in columns]
        example = {c.name: c.example or None for c in columns}
        path = sheet(tmp_path / f"{kind}-example.xlsx", headers, [example])
        if kind == "trainings":
            assert import_trainings(db, path, OFFICER).added == 1
        else:
            assert import_attendance(db, path, OFFICER, today=TODAY).rows == 1
    tid = trainings.find_training_id(db, "TR-2026-07")
    assert trainings.grid(db, tid)[0].marks == "110"
