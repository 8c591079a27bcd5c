"""Importing training events and sign-in sheets from workbooks, all or nothing.

Trainings: one row per event. A code already recorded with the same title, kind, start date
and days is left as it is (the same sheet imported twice changes nothing); with other
details it is an error, to be changed in the app. The optional `project` column gives the
event's project by its code; an event already recorded in another project (or in none) is
an error too when the column names one, and left as it is when it is empty.

Attendance: one row per person per event, as on a paper sheet, with a `day_N` column per
day. People are found in the registry by the duplicate rule (IIN, else name and birth
year) and created when new; someone who appears on two events' rows is one person. The
file's marks replace the stored ones for the days it has columns for, so importing a sheet
again changes nothing and a later sheet with more days adds them.

Sign-in sheets: the optional `sign_in_sheet` column names the scans (or photos) of the
event's paper sheets, on any of the event's rows — usually its first — as the officer has
them at hand after typing the names in: `1: день 1.pdf; 2: день 2.pdf`, each entry the day
it is for, a colon, and the file (relative to the workbook's folder, or a full path); an
entry without a day is the sheet of a one-day event's only day, or, for a longer event, a
scan of all its days at once. A day the event does not have is an error in that cell; the
same entry copied down the event's rows is attached once. Each file is checked and attached
to the event in the import's transaction (`workbooks.EvidenceFiles`): a bad one is
`row N, column sign_in_sheet: 'name': reason` and nothing is imported.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fieldmon.db.engine import Database
from fieldmon.db.models import Training
from fieldmon.domain import trainings as rules
from fieldmon.domain.errors import InvalidValue, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.domain.loans import Sex
from fieldmon.domain.people import PersonFields, parse_sex
from fieldmon.domain.periods import parse_date
from fieldmon.domain.trainings import Category, TrainingFields, TrainingKind
from fieldmon.services import evidence, people, places, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.services.trainings import ParticipantInput
from fieldmon.services.workbooks import (
    PROJECT_COLUMN,
    UNKNOWN_REGION,
    Column,
    EvidenceFiles,
    ProjectCodes,
    RowProblems,
    cell_text,
    choice_column,
    file_entries,
    fragment,
    no_data_rows,
    parse_cells,
    project_code,
    read_rows,
    reason,
    stop_if_asked,
    whole_number,
)

TRAININGS_SHEET = "Trainings"
ATTENDANCE_SHEET = "Attendance"
DAY_COLUMN = re.compile(r"day_([1-9][0-9]?)")
# `2: день 2.pdf`; a Windows path's drive (C:) is a letter, never taken for a day.
DAY_AND_FILE = re.compile(r"([0-9]{1,3})\s*:\s*(.+)")

TRAINING_COLUMNS = [
    Column(
        "training_code",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "The event's code, unique."),
        "TR-2026-07",
    ),
    Column(
        "title",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Title of the event."),
        "Effective perinatal care",
    ),
    Column(
        "topic",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Topic or programme area."),
        "Maternal and child health",
    ),
    choice_column(
        "kind",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Kind of event."),
        "master_class",
        TrainingKind,
    ),
    Column(
        "start_date",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "First day, dd.mm.yyyy."),
        "14.07.2026",
    ),
    Column(
        "days",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Number of days (one session a day, consecutive dates)."),
        "3",
    ),
    Column(
        "region",
        True,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Region or city in English, Russian or Kazakh, or abbreviated (ВКО)."
        ),
        "East Kazakhstan",
    ),
    Column(
        "district",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "District or town; added if new."),
        "Ust-Kamenogorsk",
    ),
    Column(
        "venue",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Where it takes place."),
        "Regional perinatal centre",
    ),
    Column(
        "organizer",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Who organizes it."),
        "Regional health department",
    ),
    Column(
        "facilitator",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Trainer or facilitator."),
        "Dr. A. Seitkali",
    ),
    Column(
        "min_days",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Days needed to complete; empty = every day."),
        "",
    ),
    PROJECT_COLUMN,
]
ATTENDANCE_COLUMNS = [
    Column(
        "training_code",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Code of the event (imported or typed before)."),
        "TR-2026-07",
    ),
    Column(
        "full_name",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Full name of the participant."),
        "Ахметова Гульнар Болатовна",
    ),
    choice_column(
        "sex", True, QT_TRANSLATE_NOOP("fieldmon", "female / male (ж / м)."), "female", Sex
    ),
    Column(
        "birth_year",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Year of birth."),
        "1984",
    ),
    choice_column(
        "category",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Participant's category."),
        "health_professional",
        Category,
    ),
    Column(
        "organization",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Organization or workplace."),
        "Polyclinic No. 3",
    ),
    Column(
        "region",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Region or city where the participant lives or works."),
        "ВКО",
    ),
    Column(
        "phone",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Phone number."),
        "+7 701 234 56 78",
    ),
    Column(
        "iin",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "IIN, 12 digits; checked against sex and birth year."),
        "840312400126",
    ),
    Column(
        "pre_score",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Pre-test score, 0–100."),
        "",
    ),
    Column(
        "post_score",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Post-test score, 0–100."),
        "",
    ),
    Column(
        "sign_in_sheet",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon",
            "Scans of the event's signed sheets, on any one of its rows: day: file, separated "
            "by ; (a file without a day: a one-day event, or all days in one scan). Names "
            "relative to this workbook's folder, or full paths; PDF, JPEG, PNG, HEIC.",
        ),
        "",  # no example: a name must be a file beside the workbook
    ),
    Column(
        "day_1",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Present on day 1: x, +, 1, yes, да, иә; empty = absent."),
        "x",
    ),
    Column(
        "day_2",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Day 2; add day_4, day_5... for longer events."),
        "x",
    ),
    Column(
        "day_3",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Day 3."),
        "",
    ),
]
# Reasons that start with the code are written as they follow 'row N, column X: '.
ALSO_ON_ROW = QT_TRANSLATE_NOOP("fieldmon", "{code} is also on row {row}")
RECORDED_OTHERWISE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "{code} is already recorded with another title, kind, start date or days; change it in the app",
)
RECORDED_IN_OTHER_PROJECT = QT_TRANSLATE_NOOP(
    "fieldmon", "{code} is already recorded in another project or in none; change it in the app"
)
NOT_A_SCORE = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a score from 0 to 100.")
NO_SUCH_TRAINING = QT_TRANSLATE_NOOP(
    "fieldmon", "There is no training {code}; import or type the event first."
)
FEWER_DAYS = QT_TRANSLATE_NOOP("fieldmon", "Training {code} has {days} days.")
SAME_PERSON = QT_TRANSLATE_NOOP(
    "fieldmon", "The same person as on row {row}, at the same training."
)


@dataclass(frozen=True)
class TrainingImportResult:
    added: int
    unchanged: int


@dataclass(frozen=True)
class AttendanceImportResult:
    rows: int
    people: int  # new people added to the registry


def _same_event(row: Training, fields: TrainingFields) -> bool:
    return (
        row.title == " ".join(fields.title.split())
        and row.kind == (fields.kind.value if fields.kind else None)
        and row.start_date == fields.start_date
        and row.days == fields.days
    )


_TRAINING_FIELD_COLUMNS = {"code": "training_code", "start_date": "start_date"}


def import_trainings(
    db: Database,
    path: str | Path,
    officer: str,
    *,
    should_stop: Callable[[], bool] | None = None,
) -> TrainingImportResult:
    problems = RowProblems(TRAINING_COLUMNS)
    added = unchanged = 0
    seen: dict[str, int] = {}
    with db.read_session() as session, session.begin():
        codes = ProjectCodes(session)
        for number, values in read_rows(path, TRAINING_COLUMNS, TRAININGS_SHEET):
            stop_if_asked(should_stop)
            parsed, row_problems = parse_cells(
                values,
                {
                    "kind": lambda v: TrainingKind.parse(cell_text(v)),
                    "start_date": parse_date,
                    "days": whole_number,
                    "min_days": whole_number,
                    "project": project_code,
                },
                {c.name for c in TRAINING_COLUMNS if c.required},
            )
            code = rules.normalize_code(parsed.get("training_code") or "")
            if code and code in seen:  # an empty code is already "required"
                row_problems["training_code"] = fragment(ALSO_ON_ROW, code=code, row=seen[code])
            if code:
                seen.setdefault(code, number)
            region = None
            if parsed.get("region"):
                region = places.find_region(session, parsed["region"])
                if region is None:
                    row_problems["region"] = reason(UNKNOWN_REGION, name=parsed["region"])
            project, unknown = codes.lookup(parsed.get("project"))
            if unknown is not None:
                row_problems["project"] = unknown
            fields = TrainingFields(
                code=code,
                title=parsed.get("title") or "",
                topic=parsed.get("topic") or "",
                kind=parsed.get("kind"),
                start_date=parsed.get("start_date"),
                days=parsed.get("days"),
                venue=parsed.get("venue") or "",
                organizer=parsed.get("organizer") or "",
                facilitator=parsed.get("facilitator") or "",
                min_days=parsed.get("min_days"),
                project_id=project,
            )
            for error in rules.validate_training(fields):  # problems beyond parsing
                column = _TRAINING_FIELD_COLUMNS.get(error.field, error.field)
                row_problems.setdefault(column, error.as_message.as_reason())
            if row_problems or region is None:
                problems.add(number, row_problems)
                continue
            existing = trainings.find_training(session, code)
            if existing is not None:
                if not _same_event(existing, fields):
                    problems.add(
                        number,
                        {"training_code": fragment(RECORDED_OTHERWISE, code=code)},
                    )
                elif project is not None and existing.project_id != project:
                    problems.add(
                        number,
                        {"project": fragment(RECORDED_IN_OTHER_PROJECT, code=code)},
                    )
                else:
                    unchanged += 1
                continue
            place = PlaceInput(region.id, parsed.get("district") or "")
            try:
                trainings.write_training(session, fields, place, officer)
                added += 1
            except ValidationError as exc:
                problems.add(
                    number,
                    {
                        _TRAINING_FIELD_COLUMNS.get(e.field, e.field): e.as_message.as_reason()
                        for e in reversed(exc.errors)
                    },
                )
        problems.raise_if_any()
        if added + unchanged == 0:
            raise no_data_rows(path)
    return TrainingImportResult(added, unchanged)


def _score(value: Any) -> int:
    score = rules.parse_score(cell_text(value))
    if score is None or rules.validate_score("score", score):
        raise InvalidValue(NOT_A_SCORE, value=cell_text(value))
    return score


def _parse_attendance_row(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Message]]:
    parsers: dict[str, Any] = {
        "sex": lambda v: parse_sex(cell_text(v)),
        "birth_year": whole_number,
        "category": lambda v: Category.parse(cell_text(v)),
        "pre_score": _score,
        "post_score": _score,
    }
    for column in values:
        if DAY_COLUMN.fullmatch(column):
            parsers[column] = rules.parse_present
    return parse_cells(values, parsers, {c.name for c in ATTENDANCE_COLUMNS if c.required})


def _sheet_entries(
    value: Any, training: Training | None, code: str
) -> tuple[list[tuple[str, int | None]], Message | None]:
    """The `sign_in_sheet` cell as (file as written, day) entries; the reason a day is not one
    of the event's. Without the event (an unknown code) the files are still checked."""
    entries: list[tuple[str, int | None]] = []
    for entry in file_entries(value):
        found = DAY_AND_FILE.fullmatch(entry)
        if found is None:
            entries.append((entry, 1 if training is not None and training.days == 1 else None))
            continue
        day = int(found.group(1))
        if training is not None and not 1 <= day <= training.days:
            return entries, reason(FEWER_DAYS, code=code, days=training.days)
        entries.append((found.group(2).strip(), day))
    return entries, None


def import_attendance(
    db: Database,
    path: str | Path,
    officer: str,
    *,
    today: date | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> AttendanceImportResult:
    today = today or date.today()
    problems = RowProblems(ATTENDANCE_COLUMNS)
    events: dict[str, Training | None] = {}
    seen: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    count = 0
    files = EvidenceFiles(path, officer)
    with db.read_session() as session, session.begin():
        people_before = people.count_records(session)
        for number, values in read_rows(path, ATTENDANCE_COLUMNS, ATTENDANCE_SHEET, DAY_COLUMN):
            stop_if_asked(should_stop)
            parsed, row_problems = _parse_attendance_row(values)
            training = None
            code = rules.normalize_code(parsed.get("training_code") or "")
            if code:
                if code not in events:
                    events[code] = trainings.find_training(session, code)
                training = events[code]
                if training is None:
                    row_problems["training_code"] = reason(NO_SUCH_TRAINING, code=code)
            days = {
                int(m.group(1)): parsed[column]
                for column in parsed
                if (m := DAY_COLUMN.fullmatch(column)) and column not in row_problems
            }
            if training is not None:
                for day, present in days.items():
                    if present and day > training.days:
                        row_problems[f"day_{day}"] = reason(
                            FEWER_DAYS, code=code, days=training.days
                        )
            region = None
            if parsed.get("region"):
                region = places.find_region(session, parsed["region"])
                if region is None:
                    row_problems["region"] = reason(UNKNOWN_REGION, name=parsed["region"])
            sheets, bad_day = _sheet_entries(values.get("sign_in_sheet"), training, code)
            owner = None  # only checked: the row or an earlier one failed
            if training is not None and not row_problems and not problems.lines:
                owner = evidence.Owner("training", training.id)
            if bad := bad_day or files.take(session, sheets, owner):
                row_problems["sign_in_sheet"] = bad
            if row_problems or training is None:
                problems.add(number, row_problems)
                continue
            participant = ParticipantInput(
                PersonFields(
                    parsed["full_name"],
                    parsed["sex"],
                    parsed["birth_year"],
                    parsed.get("iin") or "",
                    parsed.get("phone") or "",
                ),
                parsed["category"],
                parsed.get("organization") or "",
                PlaceInput(region.id) if region is not None else None,
            )
            try:
                person = trainings.write_person(session, participant, officer, today)
            except ValidationError as exc:
                problems.add(
                    number,
                    {e.field: e.as_message.as_reason() for e in reversed(exc.errors)},
                )
                continue
            key = (training.id, person.id)
            if key in seen:
                problems.add(
                    number,
                    {"full_name": reason(SAME_PERSON, row=seen[key])},
                )
                continue
            seen[key] = number
            row = trainings.enrol(session, training, person, officer, strict=False)
            marks = row.marks.ljust(training.days, "0")[: training.days]
            for day, present in days.items():
                if day <= training.days:
                    marks = rules.set_mark(marks, day, bool(present), training.days)
            trainings.write_marks(session, row, marks, officer)
            pre, post = parsed.get("pre_score"), parsed.get("post_score")
            trainings.write_scores(
                session,
                row,
                row.pre_score if pre is None else pre,
                row.post_score if post is None else post,
                officer,
            )
            count += 1
        problems.raise_if_any()
        if count == 0:
            raise no_data_rows(path)
        result = AttendanceImportResult(count, people.count_records(session) - people_before)
    return result
