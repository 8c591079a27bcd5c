"""A project's results framework: its indicators and the values typed for manual ones.

An indicator's `measure` is a key that `fieldmon summary --json` prints (`visits.count`,
`training.participants.female`), or one entry of a key that holds several
(`loans.par30[KZT]`, `training.by_category[women]`): the figure is computed from the
project's records by `services.results`. `manual` is an indicator whose values are typed,
one per quarter (`IndicatorValue`), with a note.

Ids are derived: an indicator's from its project and code, a value's from its indicator and
quarter. The same indicator added on two laptops is one record, and two officers typing a
value for the same indicator and quarter is one field both changed: a conflict the merge
shows, not two values added up.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Indicator, IndicatorValue, Place, Project
from fieldmon.domain.errors import FieldError, InvalidValue, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.periods import NOT_A_QUARTER, Period, parse_quarter, quarter
from fieldmon.domain.visits import REQUIRED, TOO_LONG
from fieldmon.services import history, places, projects

MANUAL = "manual"
CODE = re.compile(r"[\w.\-]{1,40}")
MEASURE = re.compile(r"(?P<key>[a-z0-9_.]+)(?:\[(?P<part>[^\[\]]{1,80})\])?")
MAX_NUMBER = Decimal("1e15")

# The summary's keys an indicator can measure: those holding one number, and those holding
# one number per currency, product, category... (`key[part]`). Flows are counted over a
# period; the rest are the value on the period's last day (stocks).
NUMBERS = (
    "visits.count",
    "visits.sites",
    "visits.follow_ups_open",
    "loans.count",
    "loans.repaid",
    "loans.overdue",
    "loans.due_next_quarter",
    "loans.current",
    "loans.disbursed_in_period",
    "repayments.count",
    "training.events",
    "training.participations",
    "training.participants",
    "training.participants.female",
    "training.participants.male",
    "training.completed",
    "training.person_days",
)
PARTS = (
    "visits.by_region",
    "loans.outstanding",
    "loans.par30",
    "loans.by_product",
    "repayments.amount",
    "training.by_category",
    "training.by_age_group",
    "training.by_region",
)

NOT_A_MEASURE = QT_TRANSLATE_NOOP(
    "fieldmon",
    "'{measure}' is neither 'manual' nor a key of the summary (such as visits.count or "
    "loans.par30[KZT]).",
)
NEEDS_PART = QT_TRANSLATE_NOOP(
    "fieldmon", "{key} holds several figures; name one, as {key}[{example}]."
)
BAD_CODE = QT_TRANSLATE_NOOP(
    "fieldmon", "'{code}' is not a code (letters, digits, '-', '_' or '.', at most 40)."
)
EMPTY_TITLE = REQUIRED
BAD_YEAR = QT_TRANSLATE_NOOP("fieldmon", "'{year}' is not a year from 2000 to 2100.")
INDICATOR_EXISTS = QT_TRANSLATE_NOOP(
    "fieldmon", "The project {project} has an indicator {code} already: {title}."
)
NO_INDICATOR = QT_TRANSLATE_NOOP(
    "fieldmon", "The project {project} has no indicator with the code {code}."
)
NOT_MANUAL = QT_TRANSLATE_NOOP(
    "fieldmon",
    "Indicator {code} is computed from the records ({measure}); only manual indicators take "
    "typed values.",
)
UNKNOWN_REGION = QT_TRANSLATE_NOOP("fieldmon", "Region: there is no such region.")


@dataclass(frozen=True)
class IndicatorFields:
    project_id: uuid.UUID
    code: str
    title: str
    measure: str
    level: str = ""
    unit: str = ""
    region_id: uuid.UUID | None = None
    baseline: Decimal | None = None
    target: Decimal | None = None
    year_targets: Mapping[int, Decimal] = field(default_factory=dict)


def indicator_id(project_id: uuid.UUID, code: str) -> uuid.UUID:
    return uuid.uuid5(places.NAMESPACE, f"indicator:{project_id}:{normalize_code(code)}")


def value_id(indicator: uuid.UUID, period: str) -> uuid.UUID:
    return uuid.uuid5(places.NAMESPACE, f"indicator_value:{indicator}:{period}")


def normalize_code(code: str) -> str:
    return "".join(code.split()).upper()


def natural_key(code: str) -> tuple[Any, ...]:
    """`1.2` before `1.10`: numbers in a code compare as numbers."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.split(r"(\d+)", code)
        if part
    )


def parse_measure(measure: str) -> tuple[str, str | None]:
    """(key, part) of a measure, or ('manual', None); ValueError for anything else."""
    text = measure.strip()
    if text.lower() == MANUAL:
        return MANUAL, None
    match = MEASURE.fullmatch(text)
    if match is None:
        raise ValueError(text)
    key, part = match["key"], match["part"]
    if (key in NUMBERS and part is None) or (key in PARTS and part):
        return key, part
    raise ValueError(text)


def measure_problem(measure: str) -> FieldError | None:
    try:
        parse_measure(measure)
    except ValueError:
        text = measure.strip()
        if text in PARTS:
            example = "KZT" if text.startswith(("loans", "repayments")) else "…"
            return FieldError("measure", NEEDS_PART, {"key": text, "example": example})
        return FieldError("measure", NOT_A_MEASURE, {"measure": text})
    return None


def parse_number(value: object) -> Decimal:
    """A cell or typed text as an exact decimal ('1 200,5' → 1200.5); InvalidValue-like
    ValueError naming the value otherwise."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        text = "".join(str(value).split()).replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(str(value).strip()) from None
    if not number.is_finite() or abs(number) >= MAX_NUMBER:
        raise ValueError(str(value).strip())
    return number.normalize() + 0 if number == number.to_integral_value() else number


def parse_period(text: str) -> str:
    """'2010Q4', '2010 q4', '2010-Q4' → '2010Q4' (`periods.parse_quarter`, from 2000 to
    2100); InvalidValue naming the text otherwise."""
    period = parse_quarter(text)
    if not 2000 <= period.start.year <= 2100:
        raise InvalidValue(NOT_A_QUARTER, value=text.strip())
    return period.label


def period_of(name: str) -> Period:
    """The days of a value's quarter ('2010Q4')."""
    return quarter(int(name[:4]), int(name[5]))


def check(session: Session, fields: IndicatorFields) -> tuple[IndicatorFields, list[FieldError]]:
    """The fields cleaned, and every problem (one per field)."""
    errors: list[FieldError] = []
    code = normalize_code(fields.code)
    if not CODE.fullmatch(code):
        errors.append(FieldError("code", BAD_CODE, {"code": fields.code}))
    title = " ".join(fields.title.split())
    if not title:
        errors.append(FieldError("title", EMPTY_TITLE))
    elif len(title) > 300:
        errors.append(FieldError("title", TOO_LONG, {"max": 300}))
    measure = fields.measure.strip()
    problem = measure_problem(measure)
    if problem is not None:
        errors.append(problem)
    elif measure.lower() == MANUAL:
        measure = MANUAL
    level, unit = " ".join(fields.level.split()), " ".join(fields.unit.split())
    if len(level) > 200:
        errors.append(FieldError("level", TOO_LONG, {"max": 200}))
    if len(unit) > 60:
        errors.append(FieldError("unit", TOO_LONG, {"max": 60}))
    for year in fields.year_targets:
        if not 2000 <= year <= 2100:
            errors.append(FieldError("year_targets", BAD_YEAR, {"year": year}))
            break
    if fields.region_id is not None and session.get(Place, fields.region_id) is None:
        errors.append(FieldError("region", UNKNOWN_REGION))
    project = session.get(Project, fields.project_id)
    if project is None or project.deleted_at is not None:
        errors.append(FieldError("project", projects.PROJECT_GONE))
    cleaned = IndicatorFields(
        fields.project_id,
        code,
        title,
        measure,
        level,
        unit,
        fields.region_id,
        fields.baseline,
        fields.target,
        dict(sorted(fields.year_targets.items())),
    )
    return cleaned, errors


def _values(fields: IndicatorFields) -> dict[str, Any]:
    return {
        "project_id": fields.project_id,
        "code": fields.code,
        "title": fields.title,
        "level": fields.level,
        "unit": fields.unit,
        "measure": fields.measure,
        "region_id": fields.region_id,
        "baseline": fields.baseline,
        "target": fields.target,
        "year_targets": dump_targets(fields.year_targets),
    }


def dump_targets(targets: Mapping[int, Decimal]) -> str:
    return json.dumps({str(y): str(v) for y, v in sorted(targets.items())}, sort_keys=True)


def load_targets(text: str) -> dict[int, Decimal]:
    """The targets per year of an indicator (an unreadable value is left out)."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    result: dict[int, Decimal] = {}
    if isinstance(data, dict):
        for year, value in data.items():
            try:
                result[int(year)] = Decimal(str(value))
            except (ValueError, InvalidOperation):
                continue
    return result


def write_indicator(
    session: Session, fields: IndicatorFields, officer: str, *, update: bool = False
) -> bool:
    """Add the indicator (or, with `update`, change the one with this project and code) in
    the caller's transaction; True if a record was written. Raises ValidationError."""
    fields, errors = check(session, fields)
    if errors:
        raise ValidationError(errors)
    values = _values(fields)
    row = session.get(Indicator, indicator_id(fields.project_id, fields.code))
    project = session.get(Project, fields.project_id)
    assert project is not None
    if row is None or row.deleted_at is not None:
        if update:
            raise UserError(NO_INDICATOR, project=project.code, code=fields.code)
        ident = indicator_id(fields.project_id, fields.code)
        history.create(session, "indicator", Indicator, ident, values, officer)
        return True
    if not update:
        raise UserError(INDICATOR_EXISTS, project=project.code, code=fields.code, title=row.title)
    return history.update(session, "indicator", row, values, officer)


def save_indicator(
    db: Database, fields: IndicatorFields, officer: str, *, update: bool = False
) -> bool:
    with db.session() as session:
        return write_indicator(session, fields, officer, update=update)


def delete_indicator(db: Database, indicator: uuid.UUID, officer: str) -> None:
    """Mark the indicator deleted (its typed values are kept, and come back with it)."""
    with db.session() as session:
        row = session.get(Indicator, indicator)
        if row is not None and row.deleted_at is None:
            history.soft_delete(session, "indicator", row, officer)


def live_indicators(session: Session, project: uuid.UUID) -> list[Indicator]:
    """The project's indicators, by code (1.2 before 1.10)."""
    rows = session.scalars(
        select(Indicator).where(Indicator.project_id == project, Indicator.deleted_at.is_(None))
    )
    return sorted(rows, key=lambda r: natural_key(r.code))


def list_indicators(db: Database, project: uuid.UUID) -> list[Indicator]:
    with db.read_session() as session:
        return live_indicators(session, project)


def by_code(session: Session, project: Project, code: str) -> Indicator:
    row = session.get(Indicator, indicator_id(project.id, code))
    if row is None or row.deleted_at is not None:
        raise UserError(NO_INDICATOR, project=project.code, code=normalize_code(code))
    return row


@dataclass(frozen=True)
class TypedValue:
    period: str  # '2010Q4'
    value: Decimal
    note: str


def write_value(
    session: Session,
    indicator: Indicator,
    period: str,
    value: Decimal | None,
    note: str,
    officer: str,
) -> bool:
    """Set (or, with `value` None, clear) a manual indicator's value for a quarter, in the
    caller's transaction; True if anything changed."""
    if indicator.measure != MANUAL:
        raise UserError(NOT_MANUAL, code=indicator.code, measure=indicator.measure)
    period = parse_period(period)
    note = note.strip()
    vid = value_id(indicator.id, period)
    row = session.get(IndicatorValue, vid)
    if value is None:
        if row is None or row.deleted_at is not None:
            return False
        history.soft_delete(session, "indicator_value", row, officer)
        return True
    values = {"indicator_id": indicator.id, "period": period, "value": value, "note": note}
    if row is None or row.deleted_at is not None:
        history.create(session, "indicator_value", IndicatorValue, vid, values, officer)
        return True
    return history.update(session, "indicator_value", row, values, officer)


def set_value(
    db: Database,
    indicator: uuid.UUID,
    period: str,
    value: Decimal | None,
    note: str,
    officer: str,
) -> bool:
    with db.session() as session:
        row = session.get(Indicator, indicator)
        if row is None or row.deleted_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "This indicator no longer exists; it may have been deleted."
                )
            )
        return write_value(session, row, period, value, note, officer)


def typed_values(
    session: Session, indicators: list[uuid.UUID]
) -> dict[uuid.UUID, list[TypedValue]]:
    """The live values of these indicators, by quarter."""
    found: dict[uuid.UUID, list[TypedValue]] = {i: [] for i in indicators}
    if not indicators:
        return found
    rows = session.execute(
        select(
            IndicatorValue.indicator_id,
            IndicatorValue.period,
            IndicatorValue.value,
            IndicatorValue.note,
        )
        .where(IndicatorValue.indicator_id.in_(indicators), IndicatorValue.deleted_at.is_(None))
        .order_by(IndicatorValue.period)
    )
    for indicator, period, value, note in rows:
        found[indicator].append(TypedValue(period, value, note))
    return found


def values_of(db: Database, indicator: uuid.UUID) -> list[TypedValue]:
    with db.read_session() as session:
        return typed_values(session, [indicator])[indicator]


def quarters(start: date, end: date) -> list[str]:
    """The quarters from the one holding `start` to the one holding `end`, as '2010Q4'."""
    names = []
    year, q = start.year, (start.month - 1) // 3 + 1
    while (year, q) <= (end.year, (end.month - 1) // 3 + 1):
        names.append(f"{year}Q{q}")
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return names
