"""Imports with a `project` column (issue 19): visits, loans and trainings take a project's
code in any case, stored as the record's project; an unknown or deleted code is a row error
naming the row and the column, and nothing is imported; the header may be written in
Russian or Kazakh; each code is looked up once however many rows name it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, Loan, Person, Project, Site, Training, Visit
from fieldmon.domain.errors import UserError
from fieldmon.reports.templates import write_template
from fieldmon.services import projects
from fieldmon.services.imports import VISIT_COLUMNS, import_visits
from fieldmon.services.loan_imports import LOAN_COLUMNS, import_loans
from fieldmon.services.projects import ProjectFields
from fieldmon.services.training_imports import TRAINING_COLUMNS, import_trainings
from fieldmon.services.workbooks import ImportFailed
from tests.conftest import OFFICER
from tests.services.test_imports import TODAY, row, workbook
from tests.services.test_loan_imports import loan_row, sheet
from tests.services.test_training_imports import event

CODE = "ЖОБА-1"
OTHER = "ҚОР-2"
VISIT_HEADER = [c.name for c in VISIT_COLUMNS]
LOAN_HEADER = [c.name for c in LOAN_COLUMNS]
TRAINING_HEADER = [c.name for c in TRAINING_COLUMNS]


@pytest.fixture
def projects_db(db: Database) -> Database:
    """ЖОБА-1 and ҚОР-2, and ЕСКІ, a deleted project."""
    for code, title in (
        (CODE, "Қарасай ауданының жобасы"),
        (OTHER, "Шағын гранттар"),
        ("ЕСКІ", "Ескі"),
    ):
        projects.save_project(db, ProjectFields(code, title, donor="ЮНИСЕФ"), OFFICER)
    with db.session() as session:
        gone = session.get(Project, projects.project_id("ЕСКІ"))
        assert gone is not None
        gone.deleted_at = datetime.now(UTC)
    return db


def visit(**values: Any) -> dict[str, Any]:
    base = row(officer="Ерлан Сапаров", settlement="Қарасай", site="Наубайхана «Нан»")
    return base | values


def counts(db: Database) -> dict[str, int]:
    with db.read_session() as session:
        return {
            m.__tablename__: int(session.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Visit, Site, Loan, Borrower, Person, Training)
        }


def test_visits_store_the_project_of_their_code_in_any_case(
    projects_db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "v.xlsx",
        [
            visit(project="жоба-1"),
            visit(project=f"  {OTHER} ", site="Шеберхана", visit_date="15.08.2026"),
            visit(project=None, visit_date="16.08.2026"),
        ],
    )
    assert import_visits(projects_db, path, OFFICER, today=TODAY).visits == 3
    with projects_db.read_session() as session:
        stored = session.execute(
            select(Visit.visit_date, Visit.officer, Visit.project_id).order_by(Visit.visit_date)
        ).all()
        sites = dict(session.execute(select(Site.name, Site.project_id)).all())
    assert [(r.officer, r.project_id) for r in stored] == [
        ("Ерлан Сапаров", projects.project_id(CODE)),
        ("Ерлан Сапаров", projects.project_id(OTHER)),
        ("Ерлан Сапаров", None),
    ]
    # A new site belongs to the project of the visit that made it.
    assert sites == {
        "Наубайхана «Нан»": projects.project_id(CODE),
        "Шеберхана": projects.project_id(OTHER),
    }


def test_loans_store_the_project_and_a_group_agrees_on_it(
    projects_db: Database, tmp_path: Path
) -> None:
    group = {"loan_no": "ГР-7", "group_name": "Береке", "project": "Жоба-1"}
    rows = [
        loan_row(project=CODE, settlement="Қарасай"),
        loan_row(borrower_name="Сапаров Ерлан", sex="м", birth_year=1980, iin=None, **group),
        loan_row(**group),
        loan_row(loan_no="MC-9", borrower_name="Нұрланова Әсел", iin=None),
    ]
    result = import_loans(projects_db, sheet(tmp_path / "l.xlsx", LOAN_HEADER, rows), OFFICER)
    assert result.loans == 3
    with projects_db.read_session() as session:
        stored = dict(session.execute(select(Loan.loan_no, Loan.project_id)).all())
    assert stored == {
        "MC-1": projects.project_id(CODE),
        "ГР-7": projects.project_id(CODE),
        "MC-9": None,
    }


def test_a_group_whose_rows_name_two_projects_is_a_row_error(
    projects_db: Database, tmp_path: Path
) -> None:
    group = {"loan_no": "ГР-7", "group_name": "Береке"}
    rows = [
        loan_row(
            borrower_name="Сапаров Ерлан", sex="м", birth_year=1980, iin=None, project=CODE, **group
        ),
        loan_row(project=OTHER, **group),
    ]
    with pytest.raises(ImportFailed) as failed:
        import_loans(projects_db, sheet(tmp_path / "l.xlsx", LOAN_HEADER, rows), OFFICER)
    assert failed.value.problems == [
        "row 3, column project: differs from row 2 of the same loan ГР-7"
    ]
    assert counts(projects_db)["loan"] == 0


def test_trainings_store_the_project_and_a_second_import_checks_it(
    projects_db: Database, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path / "t.xlsx",
        TRAINING_HEADER,
        [event(project="жоба-1", venue="Қарасай"), event(training_code="TR-2", project=None)],
    )
    assert import_trainings(projects_db, path, OFFICER).added == 2
    with projects_db.read_session() as session:
        stored = dict(session.execute(select(Training.code, Training.project_id)).all())
    assert stored == {"TR-1": projects.project_id(CODE), "TR-2": None}

    # The same sheet again changes nothing; without the column, the project stays.
    assert import_trainings(projects_db, path, OFFICER).unchanged == 2
    same = sheet(tmp_path / "same.xlsx", TRAINING_HEADER, [event(project=None)])
    assert import_trainings(projects_db, same, OFFICER).unchanged == 1
    # Another project for an event already recorded is for the app to change.
    moved = sheet(tmp_path / "moved.xlsx", TRAINING_HEADER, [event(project=OTHER)])
    with pytest.raises(ImportFailed) as failed:
        import_trainings(projects_db, moved, OFFICER)
    assert failed.value.problems == [
        "row 2, column project: TR-1 is already recorded in another project or in none; "
        "change it in the app"
    ]
    with projects_db.read_session() as session:
        assert session.scalar(select(Training.project_id).where(Training.code == "TR-1")) == (
            projects.project_id(CODE)
        )


@pytest.mark.parametrize("code", ["ЖОҚ-3", "ескі"])
def test_an_unknown_or_deleted_code_imports_nothing_and_names_the_row_and_column(
    projects_db: Database, tmp_path: Path, code: str
) -> None:
    shown = code.upper()
    before = counts(projects_db)
    visits = workbook(
        tmp_path / "v.xlsx",
        [visit(project=CODE), visit(project=code, visit_date="15.08.2026")],
    )
    with pytest.raises(ImportFailed) as failed:
        import_visits(projects_db, visits, OFFICER, today=TODAY)
    assert failed.value.problems == [
        f"row 3, column project: there is no project with the code {shown}"
    ]
    assert failed.value.bad_rows == 1

    group = {"loan_no": "ГР-7", "group_name": "Береке", "project": code}
    loans = sheet(
        tmp_path / "l.xlsx",
        LOAN_HEADER,
        [
            loan_row(project=CODE),
            loan_row(borrower_name="Сапаров Ерлан", sex="м", birth_year=1980, iin=None, **group),
            loan_row(**group),
        ],
    )
    with pytest.raises(ImportFailed) as failed:
        import_loans(projects_db, loans, OFFICER)
    assert failed.value.problems == [
        f"row {n}, column project: there is no project with the code {shown}" for n in (3, 4)
    ]

    trainings = sheet(
        tmp_path / "t.xlsx",
        TRAINING_HEADER,
        [event(project=CODE), event(training_code="TR-2", project=code, region="Atlantis")],
    )
    with pytest.raises(ImportFailed) as failed:
        import_trainings(projects_db, trainings, OFFICER)
    assert failed.value.problems == [
        "row 3, column region: unknown region 'Atlantis'",
        f"row 3, column project: there is no project with the code {shown}",
    ]
    assert counts(projects_db) == before


@pytest.mark.parametrize("header", ["Проект", "ЖОБА", " жоба "])
def test_the_project_header_may_be_russian_or_kazakh(
    projects_db: Database, tmp_path: Path, header: str
) -> None:
    visits = [*VISIT_HEADER[:-1], header]
    path = workbook(tmp_path / "v.xlsx", [visit() | {header: "жоба-1"}], header=visits)
    assert import_visits(projects_db, path, OFFICER, today=TODAY).visits == 1

    events = [*TRAINING_HEADER[:-1], header]
    path = sheet(tmp_path / "t.xlsx", events, [event() | {header: OTHER}])
    assert import_trainings(projects_db, path, OFFICER).added == 1
    with projects_db.read_session() as session:
        assert session.scalar(select(Visit.project_id)) == projects.project_id(CODE)
        assert session.scalar(select(Training.project_id)) == projects.project_id(OTHER)


def test_the_column_under_two_headers_is_told_as_written(
    projects_db: Database, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "v.xlsx", [visit()], header=[*VISIT_HEADER, "Жоба"])
    with pytest.raises(UserError, match="Column 'жоба' appears twice in the header row."):
        import_visits(projects_db, path, OFFICER, today=TODAY)


def test_each_code_is_looked_up_once(
    projects_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    by_code = projects.by_code

    def counting(session: Any, code: str) -> Project:
        asked.append(code)
        return by_code(session, code)

    monkeypatch.setattr(projects, "by_code", counting)
    codes = [CODE, "жоба-1", OTHER, None]
    rows = [visit(project=codes[n % 4], visit_date=f"{1 + n % 28:02}.08.2026") for n in range(60)]
    path = workbook(tmp_path / "v.xlsx", rows)
    assert import_visits(projects_db, path, OFFICER, today=TODAY).visits == 60
    assert sorted(asked) == sorted([CODE, OTHER])


@pytest.mark.parametrize("kind", ["visits", "loans", "trainings"])
def test_templates_offer_the_optional_project_column(tmp_path: Path, kind: str) -> None:
    wb = load_workbook(write_template(kind, tmp_path / f"{kind}.xlsx"))
    data, help_sheet = wb.worksheets[0], wb["Columns"]
    assert [c.value for c in data[1]][-1] == "project"
    [help_row] = [r for r in help_sheet.iter_rows(min_row=2, values_only=True) if r[0] == "project"]
    _name, required, description, _allowed, _example = help_row
    assert not required
    assert description == (
        "Code of the project the record belongs to, in any case (see `fieldmon project list`); "
        "empty = no project."
    )
