"""Dates and reporting periods: calendar quarters and date ranges, dd.mm.yyyy parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fieldmon.domain.errors import InvalidValue
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?\s*$")

NOT_A_QUARTER = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a quarter; write it like 2026Q3.")
NOT_A_REAL_DATE = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a real date.")
# Also a form's message for a date it cannot read (domain.visits.parse_typed_date).
NOT_A_DATE = QT_TRANSLATE_NOOP("fieldmon", "'{value}' is not a date; write it as dd.mm.yyyy.")


@dataclass(frozen=True)
class Period:
    """An inclusive range of days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def label(self) -> str:
        if is_quarter(self):
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        return f"{format_date(self.start)}–{format_date(self.end)}"


def quarter(year: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1 to 4, not {q}")
    start = date(year, 3 * q - 2, 1)
    next_start = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return Period(start, next_start - timedelta(days=1))


def quarter_of(day: date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def is_quarter(period: Period) -> bool:
    return quarter_of(period.start) == period


def previous(period: Period) -> Period:
    """The period a report compares with: the quarter before a quarter; before any other
    range, a range of the same number of days ending the day before it starts."""
    if is_quarter(period):
        return quarter_of(period.start - timedelta(days=1))
    end = period.start - timedelta(days=1)
    return Period(end - (period.end - period.start), end)


def year_to_date(period: Period) -> Period:
    """From 1 January of the year the period ends in to its last day."""
    return Period(date(period.end.year, 1, 1), period.end)


def parse_quarter(text: str) -> Period:
    """'2026Q3', '2026-Q3' or '2026q3' → 1 July 2026 to 30 September 2026."""
    m = _QUARTER.match(text)
    if not m:
        raise InvalidValue(NOT_A_QUARTER, value=text.strip())
    return quarter(int(m.group(1)), int(m.group(2)))


def parse_date(value: object) -> date:
    """A date from an Excel cell or typed text: a date/datetime, 'dd.mm.yyyy' or ISO
    'yyyy-mm-dd'. Raises InvalidValue with a message naming the accepted forms."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _DMY.match(value)
        try:
            if m:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            m = _ISO.match(value)
            if m:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise InvalidValue(NOT_A_REAL_DATE, value=value.strip()) from None
    raise InvalidValue(NOT_A_DATE, value=str(value).strip())


def format_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")
