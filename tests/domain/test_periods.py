from datetime import date, datetime

import pytest

from fieldmon.domain.periods import (
    Period,
    format_date,
    parse_date,
    parse_quarter,
    previous,
    quarter_of,
    year_to_date,
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026Q1", date(2026, 1, 1), date(2026, 3, 31)),
        ("2024q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        ("2026Q4", date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_quarters_are_calendar_quarters(text: str, start: date, end: date) -> None:
    assert parse_quarter(text) == Period(start, end)


@pytest.mark.parametrize("text", ["2026Q5", "2026", "Q3 2026", "", "26Q1"])
def test_bad_quarters_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="quarter"):
        parse_quarter(text)


def test_quarter_of_day_contains_it() -> None:
    day = date(2026, 5, 31)
    q = quarter_of(day)
    assert day in q and q.start == date(2026, 4, 1) and q.label == "2026Q2"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("14.08.2026", date(2026, 8, 14)),
        ("1.2.2026", date(2026, 2, 1)),
        ("2026-08-14", date(2026, 8, 14)),
        ("2026-08-14 00:00:00", date(2026, 8, 14)),
        (datetime(2026, 8, 14, 0, 0), date(2026, 8, 14)),
        (date(2026, 8, 14), date(2026, 8, 14)),
    ],
)
def test_dates_from_cells_and_text(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31.02.2026", "14/08/26", "yesterday", 45123, None])
def test_non_dates_are_refused_with_a_message(value: object) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(value)


def test_dates_print_as_dd_mm_yyyy() -> None:
    assert format_date(date(2026, 3, 5)) == "05.03.2026"


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("text", "before"),
    [("2026Q3", "2026Q2"), ("2026Q1", "2025Q4"), ("2025Q4", "2025Q3")],
)
def test_a_quarter_is_compared_with_the_quarter_before(text: str, before: str) -> None:
    assert previous(parse_quarter(text)) == parse_quarter(before)


def test_any_other_range_is_compared_with_as_many_days_just_before_it() -> None:
    ten_days = Period(date(2026, 3, 1), date(2026, 3, 10))
    assert previous(ten_days) == Period(date(2026, 2, 19), date(2026, 2, 28))
    # a month is not a quarter: its previous period is 31 days, not the month before
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    assert previous(march) == Period(date(2026, 1, 29), date(2026, 2, 28))


def test_year_to_date_runs_from_january_of_the_year_the_period_ends() -> None:
    assert year_to_date(parse_quarter("2026Q3")) == Period(date(2026, 1, 1), date(2026, 9, 30))
    winter = Period(date(2025, 12, 1), date(2026, 2, 28))
    assert year_to_date(winter) == Period(date(2026, 1, 1), date(2026, 2, 28))
