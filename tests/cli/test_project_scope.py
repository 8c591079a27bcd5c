"""One project's records from the command line (issue 19): `fieldmon find --project CODE`
finds only that project's records (and the people in its loans and trainings), and
`fieldmon package export --project CODE` writes a package of that project alone, which a
new, empty database imports whole, with a watermark of its own for each destination."""

from __future__ import annotations

import json
import uuid
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldmon.cli import main
from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import (
    Borrower,
    Indicator,
    IndicatorValue,
    Loan,
    Participation,
    Person,
    Project,
    Repayment,
    Site,
    Training,
    Visit,
)
from fieldmon.domain.loans import Sex
from fieldmon.services import loans, places, projects, trainings, visits
from fieldmon.services.places import PlaceInput
from fieldmon.services.projects import ProjectFields
from tests.factories import (
    borrower_input,
    loan_fields,
    participant,
    person_fields,
    site_input,
    training_fields,
    visit_fields,
)

A, B = "ЖОБА-1", "ҚОР-2"
OFFICER = "Ерлан Сапаров"
TODAY = date(2026, 11, 21)
SETTLEMENT = "Қарасай"


def two_projects(path: Path) -> Database:
    """A database holding, for each of ЖОБА-1 and ҚОР-2, a visit (and its site), a loan
    (with its borrower), a training with one person registered and an indicator with a
    value, everything in Қарасай; and a visit of no project. The caller disposes of it."""
    db = open_database(path)
    east = places.registry_id("east-kazakhstan")
    for code, title in ((A, "Қарасай ауданының жобасы"), (B, "Шағын гранттар")):
        projects.save_project(db, ProjectFields(code, title, donor="ЮНИСЕФ"), OFFICER)
    a, b = projects.project_id(A), projects.project_id(B)
    for project, site, day in (
        (a, "Наубайхана «Нан»", 14),
        (b, "Шеберхана", 15),
        (None, "Мектеп", 16),
    ):
        visits.save_visit(
            db,
            visit_fields(project_id=project, visit_date=date(2026, 8, day)),
            site_input(east, name=site, settlement=SETTLEMENT),
            OFFICER,
            today=TODAY,
        )
    for project, loan_no, person in (
        (a, "ЖБ-1", person_fields(full_name="Ерлан Сапаров")),
        (b, "ҚР-2", person_fields(full_name="Әсел Қасымова", sex=Sex.FEMALE, birth_year=1990)),
    ):
        loan = loans.save_loan(
            db,
            loan_fields(loan_no=loan_no, project_id=project),
            borrower_input(east, person, settlement=SETTLEMENT),
            OFFICER,
            today=TODAY,
        )
        loans.post_repayment(
            db, loan, date(2026, 2, 15), Decimal("90000"), f"R-{loan_no}", OFFICER, today=TODAY
        )
    for project, code, title, name in (
        (a, "TR-A", "Қарасай: қаржылық сауаттылық", "Гүлнар Ахметова"),
        (b, "TR-B", "Қарасай: шағын кәсіпкерлік", "Айгүл Серікова"),
    ):
        training = trainings.save_training(
            db,
            training_fields(code=code, title=title, project_id=project),
            PlaceInput(east, "Усть-Каменогорск"),
            OFFICER,
        )
        trainings.add_participant(db, training, OFFICER, participant=participant(name), today=TODAY)
    with db.session() as session:
        for project, code in ((a, "1.1"), (b, "2.1")):
            indicator = Indicator(
                project_id=project,
                code=code,
                title="Жергілікті жоспарлар қабылданды",
                measure="manual",
                created_by=OFFICER,
                updated_by=OFFICER,
            )
            session.add(indicator)
            session.flush()
            session.add(
                IndicatorValue(
                    indicator_id=indicator.id,
                    period="2026Q3",
                    value=Decimal("2"),
                    note="Қарасай ауылдық округі",
                    created_by=OFFICER,
                    updated_by=OFFICER,
                )
            )
    return db


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("FIELDMON_OFFICER", OFFICER)
    path = tmp_path / "laptop.db"
    two_projects(path).dispose()
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def found(capsys: pytest.CaptureFixture[str], laptop: str, *args: str) -> dict[str, list[str]]:
    code, out, err = run(capsys, "--db", laptop, "find", *args, "--json")
    assert (code, err) == (0, "")
    return {kind: [item["text"] for item in items] for kind, items in json.loads(out).items()}


# --- find --project ---------------------------------------------------------------------------


def test_find_with_a_project_finds_only_its_records(
    laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = found(capsys, laptop, SETTLEMENT)
    assert len(everything["visits"]) == 3 and len(everything["sites"]) == 3
    assert len(everything["loans"]) == 2 and len(everything["trainings"]) == 2

    ours = found(capsys, laptop, "қарасай", "--project", "жоба-1")
    assert [t.split(" — ")[0] for t in ours["visits"]] == ["14.08.2026 Наубайхана «Нан»"]
    assert [t.split(" — ")[0] for t in ours["sites"]] == ["Наубайхана «Нан»"]
    assert [t.split(" — ")[0] for t in ours["loans"]] == ["ЖБ-1 Ерлан Сапаров"]
    assert [t.split(" — ")[0] for t in ours["trainings"]] == ["TR-A Қарасай: қаржылық сауаттылық"]

    theirs = found(capsys, laptop, SETTLEMENT, "--project", B)
    assert [t.split(" — ")[0] for t in theirs["loans"]] == ["ҚР-2 Әсел Қасымова"]
    assert [t.split(" — ")[0] for t in theirs["trainings"]] == ["TR-B Қарасай: шағын кәсіпкерлік"]
    assert len(theirs["visits"]) == len(theirs["sites"]) == 1


def test_find_with_a_project_finds_the_people_of_its_loans_and_trainings(
    laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert found(capsys, laptop, "Сапаров", "--project", A)["people"] == ["Ерлан Сапаров, 1985"]
    assert found(capsys, laptop, "Ахметова", "--project", A)["people"] == ["Гүлнар Ахметова, 1984"]
    assert found(capsys, laptop, "Сапаров", "--project", B)["people"] == []
    assert found(capsys, laptop, "Серікова", "--project", B)["people"] == ["Айгүл Серікова, 1984"]


def test_find_as_text_says_how_many_in_the_project(
    laptop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", laptop, "find", SETTLEMENT, "--project", A)
    assert code == 0
    assert "Visits (1):" in out and "Loans (1):" in out and "ҚР-2" not in out


def test_an_unknown_project_is_one_sentence_and_exit_1(
    laptop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--db", laptop, "find", SETTLEMENT, "--project", "жоқ")
    assert (code, out) == (1, "")
    assert err.strip() == "fieldmon: There is no project with the code ЖОҚ."
    package = tmp_path / "usb" / "a.fmpkg"
    code, out, err = run(
        capsys, "--db", laptop, "package", "export", "--project", "ЖОҚ", "-o", str(package)
    )
    assert (code, out) == (1, "")
    assert err.strip() == "fieldmon: There is no project with the code ЖОҚ."
    assert not package.exists()


# --- package export --project -------------------------------------------------------------------


def rows(db: Database) -> dict[str, Any]:
    """What a database holds, by what a person can recognise."""
    with db.read_session() as session:

        def names(column: Any) -> set[Any]:
            return set(session.scalars(select(column)))

        return {
            "project": names(Project.code),
            "site": names(Site.name),
            "visit": names(Visit.visit_date),
            "loan": names(Loan.loan_no),
            "repayment": names(Repayment.receipt_no),
            "borrower": names(Borrower.name),
            "person": names(Person.full_name),
            "training": names(Training.code),
            "participation": len(names(Participation.id)),
            "indicator": names(Indicator.code),
            "indicator_value": len(names(IndicatorValue.id)),
        }


def imported(capsys: pytest.CaptureFixture[str], package: Path, target: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "--db", str(target), "package", "import", str(package))
    assert (code, err) == (0, ""), err
    db = open_database(target)
    try:
        return rows(db)
    finally:
        db.dispose()


PROJECT_A = {
    "project": {A},
    "site": {"Наубайхана «Нан»"},
    "visit": {date(2026, 8, 14)},
    "loan": {"ЖБ-1"},
    "repayment": {"R-ЖБ-1"},
    "borrower": {"Ерлан Сапаров"},
    "person": {"Ерлан Сапаров", "Гүлнар Ахметова"},
    "training": {"TR-A"},
    "participation": 1,
    "indicator": {"1.1"},
    "indicator_value": 1,
}
PROJECT_B = {
    "project": {B},
    "site": {"Шеберхана"},
    "visit": {date(2026, 8, 15)},
    "loan": {"ҚР-2"},
    "repayment": {"R-ҚР-2"},
    "borrower": {"Әсел Қасымова"},
    "person": {"Әсел Қасымова", "Айгүл Серікова"},
    "training": {"TR-B"},
    "participation": 1,
    "indicator": {"2.1"},
    "indicator_value": 1,
}


def test_a_project_package_holds_that_project_alone_and_opens_on_an_empty_database(
    laptop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    package = tmp_path / "usb" / "a.fmpkg"
    code, out, err = run(
        capsys, "--db", laptop, "package", "export", "--project", "жоба-1", "-o", str(package)
    )
    assert (code, err) == (0, "") and out.startswith("Wrote ")
    assert imported(capsys, package, tmp_path / "office.db") == PROJECT_A


def test_exporting_one_project_then_another_to_one_folder_carries_both(
    laptop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    for code_, name in ((A, "1.fmpkg"), (B, "2.fmpkg")):
        code, _, err = run(
            capsys, "--db", laptop, "package", "export", "--project", code_, "-o", str(usb / name)
        )
        assert (code, err) == (0, "")
    assert imported(capsys, usb / "2.fmpkg", tmp_path / "office-b.db") == PROJECT_B
    both = tmp_path / "office.db"
    imported(capsys, usb / "1.fmpkg", both)
    assert imported(capsys, usb / "2.fmpkg", both) == {
        kind: (PROJECT_A[kind] + PROJECT_B[kind])
        if isinstance(PROJECT_A[kind], int)
        else PROJECT_A[kind] | PROJECT_B[kind]
        for kind in PROJECT_A
    }

    # Each project's watermark: nothing of A changed since its package, and a change of B
    # goes in B's next package alone; a whole package to the same folder still has all.
    db = open_database(laptop)
    with db.session() as session:
        visit = session.scalars(select(Visit).where(Visit.project_id == projects.project_id(B)))
        visit.one().findings = "Шеберхана жұмыс істейді."
    db.dispose()
    for project, name in ((A, "3.fmpkg"), (B, "4.fmpkg"), (None, "5.fmpkg")):
        chosen = ["--project", project] if project else []
        code, _, err = run(
            capsys, "--db", laptop, "package", "export", *chosen, "-o", str(usb / name)
        )
        assert (code, err) == (0, "")
    assert sum(manifest(usb / "3.fmpkg")["records"].values()) == 0
    assert {k: n for k, n in manifest(usb / "4.fmpkg")["records"].items() if n} == {"visit": 1}
    assert manifest(usb / "5.fmpkg")["records"]["visit"] == 3


def manifest(package: Path) -> dict[str, Any]:
    with zipfile.ZipFile(package) as zf:
        return dict(json.loads(zf.read("manifest.json")))


def test_the_package_says_its_project(
    laptop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    package = tmp_path / "b.fmpkg"
    run(capsys, "--db", laptop, "package", "export", "--all", "--project", B, "-o", str(package))
    written = manifest(package)
    assert uuid.UUID(written["scope"]["project"]) == projects.project_id(B)
    assert written["records"]["visit"] == written["records"]["project"] == 1
