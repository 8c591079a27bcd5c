"""Trainings: events, day-by-day attendance, completion and the donors' age groups.

Pure rules; the services store and count. Conventions (also in the README):

* An event of N days has one session a day on consecutive dates: day k is the start date
  plus k − 1 days.
* A participant's attendance is a string of marks, one per day: '1' present, '0' absent
  ('110' = present on days 1 and 2 of a three-day event). It is stored as it is and shown
  in the edit history, and two laptops' marks can be merged day by day.
* Completion: present every day (the default), or on at least N days when the event says so.
* Age group: the age a participant reaches in the year (birth year only is known), counted
  for the year in which the reporting period ends, so that each person is in one group.
* Test scores are optional whole numbers from 0 to 100 (per cent of the test).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from fieldmon.domain.choices import Choice, parse_yes_no, register_labels
from fieldmon.domain.errors import FieldError, InvalidValue
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.text import normalize_name
from fieldmon.domain.visits import MAX_NAME, NOT_A_WHOLE_NUMBER, REQUIRED, TOO_LONG

MAX_DAYS = 60
MAX_CODE = 40
MAX_SCORE = 100


class TrainingKind(Choice):
    SEMINAR = "seminar"
    MASTER_CLASS = "master_class"
    WORKSHOP = "workshop"
    ROUND_TABLE = "round_table"
    COURSE = "course"
    CONSULTATION = "consultation"


class Category(Choice):
    HEALTH_PROFESSIONAL = "health_professional"
    VOLUNTEER = "volunteer"
    ENTREPRENEUR = "entrepreneur"
    FARMER = "farmer"
    LOCAL_GOVERNMENT = "local_government"
    NGO = "ngo"
    JOURNALIST = "journalist"
    TEACHER = "teacher"
    UNEMPLOYED = "unemployed"
    OTHER = "other"


register_labels(
    TrainingKind,
    {
        "seminar": QT_TRANSLATE_NOOP("fieldmon", "Seminar"),
        "master_class": QT_TRANSLATE_NOOP("fieldmon", "Master class"),
        "workshop": QT_TRANSLATE_NOOP("fieldmon", "Workshop"),
        "round_table": QT_TRANSLATE_NOOP("fieldmon", "Round table"),
        "course": QT_TRANSLATE_NOOP("fieldmon", "Course"),
        "consultation": QT_TRANSLATE_NOOP("fieldmon", "Consultation"),
    },
)
register_labels(
    Category,
    {
        "health_professional": QT_TRANSLATE_NOOP("fieldmon", "Health professional"),
        "volunteer": QT_TRANSLATE_NOOP("fieldmon", "Volunteer"),
        "entrepreneur": QT_TRANSLATE_NOOP("fieldmon", "Entrepreneur"),
        "farmer": QT_TRANSLATE_NOOP("fieldmon", "Farmer"),
        "local_government": QT_TRANSLATE_NOOP("fieldmon", "Local government"),
        "ngo": QT_TRANSLATE_NOOP("fieldmon", "NGO / initiative group"),
        "journalist": QT_TRANSLATE_NOOP("fieldmon", "Journalist"),
        "teacher": QT_TRANSLATE_NOOP("fieldmon", "Teacher"),
        "unemployed": QT_TRANSLATE_NOOP("fieldmon", "Unemployed"),
        "other": QT_TRANSLATE_NOOP("fieldmon", "Other"),
    },
)

# (name, youngest, oldest); None = no upper bound.
AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("15-17", 15, 17),
    ("18-24", 18, 24),
    ("25-34", 25, 34),
    ("35-44", 35, 44),
    ("45-59", 45, 59),
    ("60+", 60, None),
)
UNDER_15 = "under 15"

DAYS_RANGE = QT_TRANSLATE_NOOP("fieldmon", "An event lasts from 1 to {max} days.")
MIN_DAYS_RANGE = QT_TRANSLATE_NOOP(
    "fieldmon", "The days needed to complete must be from 1 to the event's {days} days."
)
SCORE_RANGE = QT_TRANSLATE_NOOP("fieldmon", "A test score is a whole number from 0 to 100.")
CODE_CHARS = QT_TRANSLATE_NOOP(
    "fieldmon", "A training code has letters, digits and - / . _ only, without spaces."
)
NOT_A_MARK = QT_TRANSLATE_NOOP(
    "fieldmon", "'{value}' is not a mark; write x for present, leave empty if absent."
)


def age_group(birth_year: int, year: int) -> str:
    """The group of a person born in `birth_year`, by the age reached in `year`."""
    age = year - birth_year
    for name, youngest, oldest in AGE_GROUPS:
        if age >= youngest and (oldest is None or age <= oldest):
            return name
    return UNDER_15


def session_date(start: date, day: int) -> date:
    """The date of day `day` (1-based) of an event starting on `start`."""
    return start + timedelta(days=day - 1)


def days_needed(days: int, min_days: int | None) -> int:
    return days if min_days is None else min(min_days, days)


def days_present(marks: str) -> int:
    return marks.count("1")


def completed(marks: str, days: int, min_days: int | None) -> bool:
    return days_present(marks) >= days_needed(days, min_days)


def set_mark(marks: str, day: int, present: bool, days: int) -> str:
    """`marks` with day `day` (1-based) set; padded with absences to the event's days."""
    if not 1 <= day <= days:
        raise ValueError(f"day {day} is outside the event's {days} days")
    padded = marks.ljust(days, "0")[:days]
    return padded[: day - 1] + ("1" if present else "0") + padded[day:]


_PRESENT = {"x", "х", "+", "1", "yes", "y", "да", "д", "иә", "ия", "v", "✓", "✔", "true"}
_ABSENT = {"", "0", "-", "—", "no", "n", "нет", "н", "жоқ", "false"}


def parse_present(value: object) -> bool:
    """A sign-in cell: x, +, 1, yes, да, иә (and ✓) are present; empty, 0, -, no, нет, жоқ
    absent, as are the labels Yes and No as each language writes them ('Иә', 'Нет');
    anything else raises InvalidValue."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise InvalidValue(NOT_A_MARK, value=str(value))
    key = normalize_name(str(value))
    if key in _PRESENT:
        return True
    if key in _ABSENT:
        return False
    try:
        answer = parse_yes_no(str(value))
    except ValueError:
        answer = None
    if answer is None:
        raise InvalidValue(NOT_A_MARK, value=str(value).strip())
    return answer


def normalize_code(text: str) -> str:
    return "".join(text.split()).upper()


@dataclass(frozen=True)
class TrainingFields:
    code: str
    title: str
    topic: str
    kind: TrainingKind | None
    start_date: date | None
    days: int | None
    venue: str = ""
    organizer: str = ""
    facilitator: str = ""
    min_days: int | None = None  # None: present every day
    project_id: uuid.UUID | None = None  # None: no project


_CODE_OK = set("-/._")


def validate_training(t: TrainingFields) -> list[FieldError]:
    """Every problem with an event's own fields (its place is checked by the service)."""
    errors: list[FieldError] = []
    code = normalize_code(t.code)
    if not code:
        errors.append(FieldError("code", REQUIRED))
    elif len(code) > MAX_CODE:
        errors.append(FieldError("code", TOO_LONG, {"max": MAX_CODE}))
    elif not all(c.isalnum() or c in _CODE_OK for c in code):
        errors.append(FieldError("code", CODE_CHARS))
    title = " ".join(t.title.split())
    if not title:
        errors.append(FieldError("title", REQUIRED))
    for name in ("title", "topic", "venue", "organizer", "facilitator"):
        if len(" ".join(getattr(t, name).split())) > MAX_NAME:
            errors.append(FieldError(name, TOO_LONG, {"max": MAX_NAME}))
    if t.kind is None:
        errors.append(FieldError("kind", REQUIRED))
    if t.start_date is None:
        errors.append(FieldError("start_date", REQUIRED))
    if t.days is None:
        errors.append(FieldError("days", REQUIRED))
    elif not 1 <= t.days <= MAX_DAYS:
        errors.append(FieldError("days", DAYS_RANGE, {"max": MAX_DAYS}))
    elif t.min_days is not None and not 1 <= t.min_days <= t.days:
        errors.append(FieldError("min_days", MIN_DAYS_RANGE, {"days": t.days}))
    return errors


def validate_score(field: str, score: int | None) -> list[FieldError]:
    if score is not None and not 0 <= score <= MAX_SCORE:
        return [FieldError(field, SCORE_RANGE)]
    return []


def parse_score(text: str) -> int | None:
    """'' → None; '85' or '85%' → 85; raises InvalidValue otherwise (range checked apart)."""
    text = text.strip().rstrip("%").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise InvalidValue(NOT_A_WHOLE_NUMBER, value=text) from None
