"""Importing visits from a workbook. All or nothing: every row is checked in one
transaction and if any row is wrong the transaction is rolled back and every bad row is
reported as `row N, column X: reason`. The optional `project` column gives the visit's
project by its code (a new site belongs to it too).

The optional `photos` column (headed `фото` or `суреттер` in Russian or Kazakh) names the
visit's photos and scans, separated by `;`, relative to the workbook's folder or absolute
(`IMG_0412.jpg; фото/трактор.jpeg`). Each is checked as its row is read and attached to the
visit in the same transaction (`workbooks.EvidenceFiles`): a missing or bad file is
`row N, column photos: 'name': reason` and, as for any bad cell, nothing is imported."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Site
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType, parse_yes_no
from fieldmon.domain.errors import ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.domain.periods import parse_date
from fieldmon.domain.visits import VisitFields, parse_coordinate
from fieldmon.services import evidence, places, visits
from fieldmon.services.places import PlaceInput
from fieldmon.services.visits import SiteInput
from fieldmon.services.workbooks import (
    PROJECT_COLUMN,
    REQUIRED_REASON,
    UNKNOWN_REGION,
    Column,
    EvidenceFiles,
    ProjectCodes,
    RowProblems,
    cell_text,
    choice_column,
    file_entries,
    no_data_rows,
    parse_cells,
    project_code,
    read_rows,
    reason,
    stop_if_asked,
    whole_number,
)

VISITS_SHEET = "Visits"
VISIT_COLUMNS = [
    Column(
        "visit_date",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Date of the visit: a date cell, dd.mm.yyyy or yyyy-mm-dd."),
        "14.08.2026",
    ),
    Column(
        "officer",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Who made the visit; empty means the officer importing the file."
        ),
        "Aigerim Nurlanova",
    ),
    Column(
        "region",
        True,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "Region or city in English, Russian or Kazakh, or as abbreviated (EKO, ВКО, ЗКО, ЮКО).",
        ),
        "East Kazakhstan",
    ),
    Column(
        "district",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "District (аудан / район); added if new."),
        "Shemonaikha District",
    ),
    Column(
        "settlement",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Village or settlement; added if new."),
        "Verkh-Uba",
    ),
    Column(
        "site",
        True,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Name of the visited site; found again by name within its place."
        ),
        "Mini-bakery 'Nan'",
    ),
    choice_column(
        "site_type",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Type of the site; required when the site is new."),
        "microcredit_business",
        SiteType,
    ),
    choice_column(
        "purpose",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Purpose of the visit."),
        "routine",
        Purpose,
    ),
    choice_column(
        "funds_used",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Were the funds used as intended?"),
        "yes",
        FundsUsed,
    ),
    Column(
        "equipment_ok",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Equipment in place and working: yes / no / empty for not applicable."
        ),
        "yes",
    ),
    Column(
        "beneficiaries",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Number of beneficiaries served (whole number)."),
        "12",
    ),
    choice_column(
        "rating", True, QT_TRANSLATE_NOOP("fieldmon", "Overall rating."), "on_track", Rating
    ),
    Column(
        "findings",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "What was found, in free text."),
        "Equipment installed and in use.",
    ),
    Column(
        "follow_up",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Follow-up action, if any."),
        "Check the sales ledger",
    ),
    Column(
        "follow_up_due",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Due date of the follow-up action (required with an action)."
        ),
        "30.09.2026",
    ),
    Column(
        "latitude",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "GPS latitude in degrees, inside Kazakhstan (40.5 to 55.5)."),
        "49.95",
    ),
    Column(
        "longitude",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon", "GPS longitude in degrees, inside Kazakhstan (46.4 to 87.4)."
        ),
        "82.61",
    ),
    Column(
        "photos",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "Photos or scans of the visit (JPEG, PNG, HEIC, PDF, up to 25 MB each), separated "
            "by ; — names relative to this workbook's folder, or full paths.",
        ),
        "",  # no example: a name must be a file beside the workbook
        aliases=("фото", "суреттер"),  # the header in Russian (and Kazakh), in Kazakh
    ),
    PROJECT_COLUMN,  # last: the same in every import
]


@dataclass(frozen=True)
class ImportResult:
    visits: int
    sites_created: int
    places_created: int


def _parse_row(values: dict[str, Any], officer: str) -> tuple[dict[str, Any], dict[str, Message]]:
    """Cell values → typed values; problems by column."""
    parsed, problems = parse_cells(
        values,
        {
            "visit_date": parse_date,
            "purpose": lambda v: Purpose.parse(cell_text(v)),
            "funds_used": lambda v: FundsUsed.parse(cell_text(v)),
            "rating": lambda v: Rating.parse(cell_text(v)),
            "site_type": lambda v: SiteType.parse(cell_text(v)),
            "equipment_ok": lambda v: parse_yes_no(cell_text(v)),
            "beneficiaries": whole_number,
            "follow_up_due": parse_date,
            "project": project_code,
        },
        {"visit_date", "purpose", "funds_used", "rating"},
    )
    for column in ("latitude", "longitude"):
        number, error = parse_coordinate(values.get(column), column)
        parsed[column] = number
        if error:
            problems[column] = error.as_message.as_reason()
    for column in ("officer", "region", "district", "settlement", "site", "findings", "follow_up"):
        parsed[column] = cell_text(values.get(column))
    parsed["officer"] = parsed["officer"] or officer
    return parsed, problems


def _count(session: Session, model: type[Place] | type[Site]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def import_visits(
    db: Database,
    path: str | Path,
    officer: str,
    *,
    today: date | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportResult:
    """`should_stop` is asked before each row; True cancels the import (nothing written)."""
    today = today or date.today()
    problems = RowProblems(VISIT_COLUMNS)
    count = 0
    files = EvidenceFiles(path, officer)
    with db.read_session() as session, session.begin():
        places_before, sites_before = _count(session, Place), _count(session, Site)
        codes = ProjectCodes(session)
        for number, values in read_rows(path, VISIT_COLUMNS, VISITS_SHEET):
            stop_if_asked(should_stop)
            parsed, row_problems = _parse_row(values, officer)
            visit = None
            region = None
            if parsed["region"]:
                region = places.find_region(session, parsed["region"])
                if region is None:
                    row_problems["region"] = reason(UNKNOWN_REGION, name=parsed["region"])
            elif "region" not in row_problems:
                row_problems["region"] = REQUIRED_REASON
            project, unknown = codes.lookup(parsed["project"])
            if unknown is not None:
                row_problems["project"] = unknown
            if not row_problems:
                fields_ = VisitFields(
                    visit_date=parsed["visit_date"],
                    officer=parsed["officer"],
                    purpose=parsed["purpose"],
                    funds_used=parsed["funds_used"],
                    equipment_ok=parsed["equipment_ok"],
                    beneficiaries=parsed["beneficiaries"],
                    rating=parsed["rating"],
                    findings=parsed["findings"],
                    follow_up=parsed["follow_up"],
                    follow_up_due=parsed["follow_up_due"],
                    latitude=parsed["latitude"],
                    longitude=parsed["longitude"],
                    project_id=project,
                )
                site = SiteInput(
                    parsed["site"],
                    parsed["site_type"],
                    PlaceInput(
                        region.id if region else None, parsed["district"], parsed["settlement"]
                    ),
                )
                try:
                    visit = visits.write_visit(session, fields_, site, officer, today=today)
                    count += 1
                except ValidationError as exc:
                    for error in exc.errors:
                        row_problems.setdefault(error.field, error.as_message.as_reason())
            if photos := file_entries(values.get("photos")):
                owner = None  # only checked: the row or an earlier one failed
                if visit is not None and not row_problems and not problems.lines:
                    owner = evidence.Owner("visit", visit.id)
                if bad := files.take(session, [(name, None) for name in photos], owner):
                    row_problems["photos"] = bad
            problems.add(number, row_problems)
        problems.raise_if_any()  # leaving the block rolls everything back
        if count == 0:
            raise no_data_rows(path)
        result = ImportResult(
            visits=count,
            sites_created=_count(session, Site) - sites_before,
            places_created=_count(session, Place) - places_before,
        )
    return result
