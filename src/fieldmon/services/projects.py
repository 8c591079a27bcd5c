"""Projects: the organisation's projects, each for one donor, with dates and partners.

A project's code is its name in every list and on the command line (`UNHS`, `ЕҚДБ-2`):
letters of any alphabet, digits, `-`, `_` and `.`, at most 40, kept in capitals so that
`unhs` and `UNHS` are one project. The id is derived from the code, so the same project
added on two laptops is one record when their packages merge (field by field, like every
record). Adding a code that exists changes nothing and says so; `save_project` with
`update=True` edits it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Project
from fieldmon.domain.errors import FieldError, UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.text import normalize_name
from fieldmon.services import history, places

CODE = re.compile(r"[\w.\-]{1,40}")


@dataclass(frozen=True)
class ProjectFields:
    code: str
    title: str
    donor: str = ""
    start_on: date | None = None
    end_on: date | None = None
    partners: str = ""
    regions: tuple[uuid.UUID, ...] = ()  # regions and cities of republican significance


def normalize_code(code: str) -> str:
    return code.strip().upper()


def project_id(code: str) -> uuid.UUID:
    return uuid.uuid5(places.NAMESPACE, f"project:{normalize_code(code)}")


def check(fields: ProjectFields) -> ProjectFields:
    """The fields cleaned, or UserError naming the first wrong one."""
    code = normalize_code(fields.code)
    if not CODE.fullmatch(code):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Project code: {code} is not a code (letters, digits, '-', '_' or '.', at most "
                "40).",
            ),
            code=fields.code,
        )
    title = " ".join(fields.title.split())
    if not title:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "Project title: it is empty."))
    if len(title) > 300:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "Project title: at most 300 characters."))
    donor = " ".join(fields.donor.split())
    if len(donor) > 200:
        raise UserError(QT_TRANSLATE_NOOP("fieldmon", "Donor: at most 200 characters."))
    if fields.start_on and fields.end_on and fields.end_on < fields.start_on:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "End date: {end} is before the start, {start}."),
            end=fields.end_on.isoformat(),
            start=fields.start_on.isoformat(),
        )
    return ProjectFields(
        code,
        title,
        donor,
        fields.start_on,
        fields.end_on,
        fields.partners.strip(),
        tuple(sorted(set(fields.regions), key=str)),
    )


def _values(fields: ProjectFields) -> dict[str, object]:
    return {
        "code": fields.code,
        "title": fields.title,
        "donor": fields.donor,
        "start_on": fields.start_on,
        "end_on": fields.end_on,
        "partners": fields.partners,
        "regions": " ".join(r.hex for r in fields.regions),
    }


def region_ids(project: Project) -> tuple[uuid.UUID, ...]:
    """The regions a project works in (its stored `regions`)."""
    return tuple(uuid.UUID(part) for part in project.regions.split())


def region_names(session: Session, project: Project, lang: str = "en") -> list[str]:
    """The names of a project's regions in `lang`, as the region lists sort them."""
    names = []
    for region in region_ids(project):
        place = session.get(Place, region)
        if place is not None:
            names.append(places.display_name(place, lang))
    return sorted(names, key=normalize_name)


def save_project(
    db: Database, fields: ProjectFields, officer: str, *, update: bool = False
) -> bool:
    """Add the project (or, with `update`, change the one with this code); True if a record
    was written. Adding an existing code raises UserError and changes nothing."""
    fields = check(fields)
    values = _values(fields)
    with db.session() as session:
        for region in fields.regions:
            place = session.get(Place, region)
            if place is None or place.kind not in places.TOP_KINDS:
                raise UserError(NOT_A_REGION)
        row = session.get(Project, project_id(fields.code))
        if row is None or row.deleted_at is not None:
            if update:
                raise UserError(NO_PROJECT, code=fields.code)
            history.create(session, "project", Project, project_id(fields.code), values, officer)
            return True
        if not update:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "A project with the code {code} exists already: {title}."
                ),
                code=fields.code,
                title=row.title,
            )
        return history.update(session, "project", row, values, officer)


NOT_A_REGION = QT_TRANSLATE_NOOP(
    "fieldmon", "Regions: one of them is not a region or a city of republican significance."
)
NO_PROJECT = QT_TRANSLATE_NOOP("fieldmon", "There is no project with the code {code}.")


def live_projects(session: Session) -> list[Project]:
    """Every project not deleted, by code."""
    return list(
        session.scalars(select(Project).where(Project.deleted_at.is_(None)).order_by(Project.code))
    )


def list_projects(db: Database) -> list[Project]:
    with db.read_session() as session:
        return live_projects(session)


def by_code(session: Session, code: str) -> Project:
    """The live project with this code (any case), or UserError naming it."""
    row = session.get(Project, project_id(code))
    if row is None or row.deleted_at is not None:
        raise UserError(NO_PROJECT, code=normalize_code(code))
    return row


PROJECT_GONE = QT_TRANSLATE_NOOP("fieldmon", "This project no longer exists; choose another.")


def project_problem(session: Session, project: uuid.UUID | None) -> list[FieldError]:
    """A record's `project` field: empty (no project) or a live project."""
    if project is None:
        return []
    row = session.get(Project, project)
    if row is None or row.deleted_at is not None:
        return [FieldError("project", PROJECT_GONE)]
    return []


def project_code(session: Session, project: uuid.UUID | None) -> str:
    """The code of a project id ('' for none), for lists and exports."""
    if project is None:
        return ""
    row = session.get(Project, project)
    return row.code if row is not None else ""
