"""Packages and projects (issue 19): a package of format 1, written by the fieldmon before
projects (no project, indicator or indicator_value members, no `project_id` in its lines),
still opens and merges, and keeps the project a record was given here since; a package of
one project holds every record its records point to."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from fieldmon.db.changes import tracked_models
from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Loan, Participation, Project, Repayment, Site, Training, Visit
from fieldmon.services import loans, places, projects, trainings, visits
from fieldmon.services.merge import import_package
from fieldmon.services.packages import (
    BLOB_LIST,
    MANIFEST,
    Scope,
    export_package,
    open_package,
    project_ids,
    record_member,
)
from fieldmon.services.places import PlaceInput
from fieldmon.services.projects import ProjectFields
from tests.cli.test_project_scope import OFFICER, TODAY, A, B, two_projects
from tests.factories import (
    borrower_input,
    loan_fields,
    participant,
    person_fields,
    site_input,
    training_fields,
    visit_fields,
)

NEW_IN_FORMAT_2 = {"project", "indicator", "indicator_value"}
NEW_IN_FORMAT_3 = {"attachment"}  # and the files' list, `blobs.jsonl`
COORDINATOR = "Әсел Қасымова"


def as_format_1(package: Path, target: Path, *, with_projects: bool = False) -> Path:
    """`package` rewritten as the fieldmon before projects wrote it: without the members of
    the tables format 2 added, without `project_id` in the lines of site, visit, loan and
    training (nor in their changes and history), the manifest saying format 1 and each
    member's checksum and size computed again. `with_projects`: as the build just before
    format 2 wrote it — format 1 already holding projects, without their `regions`. (Nor
    anything format 3 added: attachments and their files.)"""
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        members = {name: zf.read(name).decode() for name in manifest["files"]}
    dropped = NEW_IN_FORMAT_2 - ({"project"} if with_projects else set()) | NEW_IN_FORMAT_3
    old = {record_member(t) for t in dropped} | {BLOB_LIST}
    written: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for name, text in members.items():
        if name in old:
            continue
        lines = []
        for line in text.splitlines():
            data = json.loads(line)
            if name == "changes.jsonl":
                if data["table_name"] in dropped:
                    continue
                new = ("project_id", "regions")
                data["fields"] = " ".join(f for f in data["fields"].split() if f not in new)
                if not data["fields"]:
                    continue
            elif name == "history.jsonl":
                if data["table_name"] in dropped:
                    continue
                changes = json.loads(data["changes"])
                changes.pop("project_id", None)
                changes.pop("regions", None)
                if not changes and data["action"] == "update":
                    continue
                data["changes"] = json.dumps(changes, ensure_ascii=False)
            else:
                data.pop("project_id", None)
                data.pop("regions", None)
            lines.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        written[name] = "".join(f"{line}\n" for line in lines).encode()
        counts[name] = len(lines)
    manifest["format"] = 1
    del manifest["scope"]["project"]
    del manifest["blobs"]
    for key in ("records", "deleted"):
        manifest[key] = {t: n for t, n in manifest[key].items() if t not in dropped}
    manifest["changes"], manifest["history"] = counts["changes.jsonl"], counts["history.jsonl"]
    manifest["files"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in written.items()
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in written.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return target


def old_laptop(path: Path) -> Database:
    """An officer's records as the fieldmon before projects kept them: a visit, a loan with
    a repayment and a training with one person registered."""
    db = open_database(path)
    east = places.registry_id("east-kazakhstan")
    visits.save_visit(
        db, visit_fields(), site_input(east, settlement="Қарасай"), "Ерлан Сапаров", today=TODAY
    )
    loan = loans.save_loan(
        db,
        loan_fields(loan_no="ЖБ-1"),
        borrower_input(east, person_fields(full_name="Ерлан Сапаров"), settlement="Қарасай"),
        "Ерлан Сапаров",
        today=TODAY,
    )
    loans.post_repayment(
        db, loan, date(2026, 2, 15), Decimal(90000), "R-1", "Ерлан Сапаров", today=TODAY
    )
    training = trainings.save_training(
        db, training_fields(code="TR-1"), PlaceInput(east, "Усть-Каменогорск"), "Ерлан Сапаров"
    )
    trainings.add_participant(
        db, training, "Ерлан Сапаров", participant=participant("Гүлнар Ахметова"), today=TODAY
    )
    return db


def count(db: Database, model: Any) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_format_1_package_opens_and_merges_into_an_empty_database(tmp_path: Path) -> None:
    laptop = old_laptop(tmp_path / "laptop.db")
    export_package(laptop, tmp_path / "new.fmpkg", "Ерлан Сапаров", Scope(everything=True))
    package = as_format_1(tmp_path / "new.fmpkg", tmp_path / "old.fmpkg")
    with zipfile.ZipFile(package) as zf:
        assert record_member("project") not in zf.namelist()
        assert '"project_id"' not in zf.read(record_member("visit")).decode()

    office = open_database(tmp_path / "office.db")
    assert open_package(office, package).version == 1
    result = import_package(office, package)
    assert result.counts["visit"].new == 1 and result.counts["loan"].new == 1
    for model in (Visit, Site, Loan, Repayment, Training, Participation):
        assert count(office, model) == 1, model
    with office.read_session() as session:
        for model in (Visit, Site, Loan, Training):
            assert session.scalar(select(model.project_id)) is None
    assert count(office, Project) == 0
    laptop.dispose()
    office.dispose()


def test_a_format_1_package_keeps_the_project_given_here(tmp_path: Path) -> None:
    """The coordinator put the officer's visit in a project; the officer, on the old
    fieldmon, then edits the visit: the merge takes the edit and keeps the project."""
    laptop = old_laptop(tmp_path / "laptop.db")
    office = open_database(tmp_path / "office.db")
    export_package(laptop, tmp_path / "usb" / "1.fmpkg", "Ерлан Сапаров")
    import_package(office, as_format_1(tmp_path / "usb" / "1.fmpkg", tmp_path / "1-old.fmpkg"))
    projects.save_project(office, ProjectFields(A, "Қарасай ауданының жобасы"), COORDINATOR)
    with office.session() as session:
        session.scalars(select(Visit)).one().project_id = projects.project_id(A)

    with laptop.session() as session:
        session.scalars(select(Visit)).one().findings = "Пеш жөнделді, наубайхана жұмыс істейді."
    export_package(laptop, tmp_path / "usb" / "2.fmpkg", "Ерлан Сапаров")
    result = import_package(
        office, as_format_1(tmp_path / "usb" / "2.fmpkg", tmp_path / "2-old.fmpkg")
    )
    assert result.counts["visit"].updated == 1
    with office.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.findings == "Пеш жөнделді, наубайхана жұмыс істейді."
        assert visit.project_id == projects.project_id(A)
    laptop.dispose()
    office.dispose()


def test_a_visit_at_another_projects_site_brings_that_projects_record_only(
    tmp_path: Path,
) -> None:
    """A site belongs to the project whose visit made it; a package of another project
    visiting it carries the site and, so that the site's reference holds, the first
    project's record, and nothing else of it."""
    laptop = two_projects(tmp_path / "laptop.db")
    east = places.registry_id("east-kazakhstan")
    visits.save_visit(
        laptop,
        visit_fields(project_id=projects.project_id(B), visit_date=date(2026, 9, 1)),
        site_input(east, name="Наубайхана «Нан»", settlement="Қарасай"),  # ЖОБА-1's site
        OFFICER,
        today=TODAY,
    )
    package = tmp_path / "b.fmpkg"
    export_package(laptop, package, OFFICER, Scope(project=projects.project_id(B)))
    office = open_database(tmp_path / "office.db")
    import_package(office, package)
    with office.read_session() as session:
        assert set(session.scalars(select(Project.code))) == {A, B}
        assert set(session.scalars(select(Site.name))) == {"Наубайхана «Нан»", "Шеберхана"}
        assert set(session.scalars(select(Visit.project_id))) == {projects.project_id(B)}
        assert set(session.scalars(select(Loan.loan_no))) == {"ҚР-2"}
    laptop.dispose()
    office.dispose()


def test_a_deleted_record_of_the_project_travels_as_a_deletion(tmp_path: Path) -> None:
    laptop = two_projects(tmp_path / "laptop.db")
    with laptop.read_session() as session:
        ours = session.scalar(select(Visit.id).where(Visit.project_id == projects.project_id(A)))
    assert ours is not None
    visits.delete_visit(laptop, ours, OFFICER)
    export = export_package(
        laptop, tmp_path / "a.fmpkg", OFFICER, Scope(project=projects.project_id(A))
    )
    assert (export.records["visit"], export.deleted["visit"]) == (1, 1)
    laptop.dispose()


def test_every_record_type_says_what_a_package_of_one_project_holds() -> None:
    """A record type added later must decide which of its records a project's package holds
    (`project_ids` raises KeyError for one it does not know)."""
    some = projects.project_id(A)
    for table in tracked_models():
        project_ids(table, some)


def test_a_format_1_package_with_projects_from_the_build_before_format_2(tmp_path: Path) -> None:
    """The build just before format 2 wrote format-1 packages that had projects already
    (without their regions): they open, and the project comes in with no regions."""
    laptop = old_laptop(tmp_path / "laptop.db")
    projects.save_project(laptop, ProjectFields("ЖОБА-1", "Шағын несие"), "Ерлан Сапаров")
    export_package(laptop, tmp_path / "new.fmpkg", "Ерлан Сапаров", Scope(everything=True))
    package = as_format_1(tmp_path / "new.fmpkg", tmp_path / "old.fmpkg", with_projects=True)
    with zipfile.ZipFile(package) as zf:
        assert '"regions"' not in zf.read(record_member("project")).decode()
    office = open_database(tmp_path / "office.db")
    assert import_package(office, package).counts["project"].new == 1
    with office.read_session() as session:
        [row] = projects.live_projects(session)
        assert (row.code, row.regions) == ("ЖОБА-1", "")
    laptop.dispose()
    office.dispose()


def test_a_format_1_creation_of_the_same_site_keeps_the_project_given_here(
    tmp_path: Path,
) -> None:
    """The coordinator's laptop made a site in a project; an officer on the old fieldmon,
    later, typed a visit to the same site (same place and name: the same record). The old
    package knows nothing of projects: the site keeps its project."""
    east = places.registry_id("east-kazakhstan")
    office = open_database(tmp_path / "office.db")
    projects.save_project(office, ProjectFields("ЖОБА-1", "Шағын несие"), COORDINATOR)
    project = projects.project_id("ЖОБА-1")
    visits.save_visit(
        office,
        visit_fields(project_id=project),
        site_input(east, settlement="Қарасай"),
        COORDINATOR,
        today=TODAY,
    )
    laptop = old_laptop(tmp_path / "laptop.db")  # the same site, made later
    export_package(laptop, tmp_path / "new.fmpkg", "Ерлан Сапаров", Scope(everything=True))
    import_package(office, as_format_1(tmp_path / "new.fmpkg", tmp_path / "old.fmpkg"))
    with office.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 1
        assert session.scalar(select(Site.project_id)) == project
    laptop.dispose()
    office.dispose()
