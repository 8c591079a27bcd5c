"""What makes a monitoring visit valid. The same rules serve the form, the import and the
command line, so a visit that saves in one place saves in all of them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import FieldError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.periods import NOT_A_DATE, parse_date

# Kazakhstan's extreme points (about 40.56°N–55.44°N, 46.49°E–87.32°E), rounded outwards.
LAT_MIN, LAT_MAX = Decimal("40.5"), Decimal("55.5")
LON_MIN, LON_MAX = Decimal("46.4"), Decimal("87.4")
MAX_BENEFICIARIES = 1_000_000
MAX_TEXT = 10_000
MAX_NAME = 200

REQUIRED = QT_TRANSLATE_NOOP("fieldmon", "Required.")
IN_FUTURE = QT_TRANSLATE_NOOP(
    "fieldmon", "The visit date cannot be in the future (today is {today})."
)
TOO_OLD = QT_TRANSLATE_NOOP("fieldmon", "The visit date must be in the year 2000 or later.")
DUE_BEFORE_VISIT = QT_TRANSLATE_NOOP(
    "fieldmon", "The follow-up due date must be on or after the visit date ({visit_date})."
)
DUE_WITHOUT_ACTION = QT_TRANSLATE_NOOP(
    "fieldmon", "Describe the follow-up action, or clear its due date."
)
ACTION_WITHOUT_DUE = QT_TRANSLATE_NOOP("fieldmon", "Give the follow-up action a due date.")
CLOSED_BEFORE_VISIT = QT_TRANSLATE_NOOP(
    "fieldmon", "The follow-up cannot be closed before the visit date ({visit_date})."
)
CLOSED_IN_FUTURE = QT_TRANSLATE_NOOP("fieldmon", "The follow-up cannot be closed on a future date.")
CLOSED_WITHOUT_ACTION = QT_TRANSLATE_NOOP("fieldmon", "There is no follow-up action to close.")
BENEFICIARIES_RANGE = QT_TRANSLATE_NOOP(
    "fieldmon", "Beneficiaries must be a whole number from 0 to {max}."
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a number.")
LAT_RANGE = QT_TRANSLATE_NOOP(
    "fieldmon", "Latitude must be between {min} and {max} (inside Kazakhstan)."
)
LON_RANGE = QT_TRANSLATE_NOOP(
    "fieldmon", "Longitude must be between {min} and {max} (inside Kazakhstan)."
)
PAIR_MISSING = QT_TRANSLATE_NOOP("fieldmon", "Give both latitude and longitude, or neither.")
TOO_LONG = QT_TRANSLATE_NOOP("fieldmon", "Too long: at most {max} characters.")


@dataclass
class VisitFields:
    """The visit's own fields as typed or imported; the site is validated separately."""

    visit_date: date | None
    officer: str
    purpose: Purpose | None
    funds_used: FundsUsed | None
    equipment_ok: bool | None
    beneficiaries: int | None
    rating: Rating | None
    findings: str = ""
    follow_up: str = ""
    follow_up_due: date | None = None
    follow_up_closed_on: date | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    project_id: uuid.UUID | None = None  # None: no project


def parse_coordinate(value: object, field: str) -> tuple[Decimal | None, FieldError | None]:
    """'43.2567', '43,2567' or a number → Decimal; empty → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    text = str(value).strip().replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None, FieldError(field, NOT_A_NUMBER, {"value": str(value).strip()})
    if not number.is_finite():
        return None, FieldError(field, NOT_A_NUMBER, {"value": str(value).strip()})
    if abs(number) > 1000:  # no coordinate; validate_visit names the allowed range
        return number.to_integral_value(), None
    return number.quantize(Decimal("0.000001")), None


def validate_visit(v: VisitFields, today: date) -> list[FieldError]:
    """Every problem with the visit's fields, at most one per field, in form order."""
    errors: list[FieldError] = []

    def need(field: str, present: bool) -> None:
        if not present:
            errors.append(FieldError(field, REQUIRED))

    if v.visit_date is None:
        need("visit_date", False)
    elif v.visit_date > today:
        errors.append(FieldError("visit_date", IN_FUTURE, {"today": today.strftime("%d.%m.%Y")}))
    elif v.visit_date.year < 2000:
        errors.append(FieldError("visit_date", TOO_OLD))
    need("officer", bool(v.officer.strip()))
    if len(v.officer) > MAX_NAME:
        errors.append(FieldError("officer", TOO_LONG, {"max": MAX_NAME}))
    need("purpose", v.purpose is not None)
    need("funds_used", v.funds_used is not None)
    if v.beneficiaries is not None and not 0 <= v.beneficiaries <= MAX_BENEFICIARIES:
        errors.append(FieldError("beneficiaries", BENEFICIARIES_RANGE, {"max": MAX_BENEFICIARIES}))
    need("rating", v.rating is not None)
    for name in ("findings", "follow_up"):
        if len(getattr(v, name)) > MAX_TEXT:
            errors.append(FieldError(name, TOO_LONG, {"max": MAX_TEXT}))

    has_action = bool(v.follow_up.strip())
    if v.follow_up_due is not None:
        if not has_action:
            errors.append(FieldError("follow_up", DUE_WITHOUT_ACTION))
        elif v.visit_date is not None and v.follow_up_due < v.visit_date:
            errors.append(
                FieldError(
                    "follow_up_due",
                    DUE_BEFORE_VISIT,
                    {"visit_date": v.visit_date.strftime("%d.%m.%Y")},
                )
            )
    elif has_action:
        errors.append(FieldError("follow_up_due", ACTION_WITHOUT_DUE))
    if v.follow_up_closed_on is not None:
        if not has_action:
            errors.append(FieldError("follow_up_closed_on", CLOSED_WITHOUT_ACTION))
        elif v.visit_date is not None and v.follow_up_closed_on < v.visit_date:
            errors.append(
                FieldError(
                    "follow_up_closed_on",
                    CLOSED_BEFORE_VISIT,
                    {"visit_date": v.visit_date.strftime("%d.%m.%Y")},
                )
            )
        elif v.follow_up_closed_on > today:
            errors.append(FieldError("follow_up_closed_on", CLOSED_IN_FUTURE))

    if (v.latitude is None) != (v.longitude is None):
        missing = "latitude" if v.latitude is None else "longitude"
        errors.append(FieldError(missing, PAIR_MISSING))
    if v.latitude is not None and not LAT_MIN <= v.latitude <= LAT_MAX:
        errors.append(FieldError("latitude", LAT_RANGE, {"min": LAT_MIN, "max": LAT_MAX}))
    if v.longitude is not None and not LON_MIN <= v.longitude <= LON_MAX:
        errors.append(FieldError("longitude", LON_RANGE, {"min": LON_MIN, "max": LON_MAX}))
    return errors


SITE_TYPE_NEEDED = QT_TRANSLATE_NOOP("fieldmon", "Choose the type of the new site.")
REGION_NEEDED = QT_TRANSLATE_NOOP("fieldmon", "Choose the region of the site.")


def validate_site(name: str, site_type: SiteType | None, *, is_new: bool) -> list[FieldError]:
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(FieldError("site", REQUIRED))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("site", TOO_LONG, {"max": MAX_NAME}))
    if is_new and site_type is None:
        errors.append(FieldError("site_type", SITE_TYPE_NEEDED))
    return errors


NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a whole number.")


def parse_typed_date(text: str, field: str) -> tuple[date | None, FieldError | None]:
    """A date typed in a form; empty → None."""
    if not text.strip():
        return None, None
    try:
        return parse_date(text), None
    except ValueError:
        return None, FieldError(field, NOT_A_DATE, {"value": text.strip()})


def parse_typed_count(text: str, field: str) -> tuple[int | None, FieldError | None]:
    """A whole number typed in a form; empty → None; spaces between thousands allowed."""
    cleaned = "".join(text.split())
    if not cleaned:
        return None, None
    if cleaned.isdecimal() and cleaned.isascii():
        return int(cleaned), None
    return None, FieldError(field, NOT_A_WHOLE_NUMBER, {"value": text.strip()})
