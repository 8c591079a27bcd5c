"""The summary figures against visits whose answers are counted by hand."""

import uuid
from datetime import date

from fieldmon.db.engine import Database
from fieldmon.domain.periods import parse_quarter
from fieldmon.services import visits
from fieldmon.services.summary import summary
from tests.conftest import OFFICER
from tests.factories import site_input, visit_fields

TODAY = date(2026, 11, 21)


def add(
    db: Database, region: uuid.UUID, day: date, site: str = "Пекарня", **changes: object
) -> uuid.UUID:
    return visits.save_visit(
        db,
        visit_fields(visit_date=day, **changes),
        site_input(region, name=site),
        OFFICER,
        today=TODAY,
    )


def test_summary_for_a_quarter(db: Database, east: uuid.UUID, turkistan: uuid.UUID) -> None:
    add(db, east, date(2026, 6, 30))  # Q2: outside
    add(db, east, date(2026, 7, 1))  # Q3 first day
    add(db, east, date(2026, 9, 30), follow_up="Check", follow_up_due=date(2026, 9, 30))  # open
    add(
        db,
        east,
        date(2026, 8, 1),
        site="Теплица",
        follow_up="Check",
        follow_up_due=date(2026, 10, 5),
    )  # due after the quarter: not counted
    add(
        db,
        turkistan,
        date(2026, 8, 2),
        site="Амбулатория",
        follow_up="Check",
        follow_up_due=date(2026, 8, 20),
        follow_up_closed_on=date(2026, 8, 19),
    )  # closed
    add(
        db,
        turkistan,
        date(2026, 5, 2),
        site="Амбулатория",
        follow_up="Check",
        follow_up_due=date(2026, 8, 20),
        follow_up_closed_on=date(2026, 10, 1),
    )  # closed later
    deleted = add(db, turkistan, date(2026, 8, 3), site="Амбулатория")
    visits.delete_visit(db, deleted, OFFICER)

    figures = summary(db, parse_quarter("2026Q3"))
    assert {k: v for k, v in figures.items() if k.startswith(("period.", "visits."))} == {
        "period.start": "2026-07-01",
        "period.end": "2026-09-30",
        "visits.count": 4,
        "visits.sites": 3,
        "visits.follow_ups_open": 2,
        "visits.by_region": {"East Kazakhstan Region": 3, "Turkistan Region": 1},
    }
    only_turkistan = summary(db, parse_quarter("2026Q3"), region_id=turkistan)
    assert only_turkistan["visits.count"] == 1
    assert only_turkistan["visits.by_region"] == {"Turkistan Region": 1}
    assert only_turkistan["visits.follow_ups_open"] == 1


def test_summary_of_an_empty_database(db: Database) -> None:
    figures = summary(db, parse_quarter("2026Q1"))
    assert figures["visits.count"] == 0 and figures["visits.by_region"] == {}
