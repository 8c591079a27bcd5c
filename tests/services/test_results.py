"""A project's results against records whose figures are counted by hand: a flow (visits,
disbursements), unique people (women trained, once over the whole span), a stock (loans and
principal outstanding on the period's last day) and manual values, over periods that cross
the project's start (15.11.2010) and a year boundary (Q4 2010 → Q1 2011)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from fieldmon.db.engine import Database
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.loans import Sex
from fieldmon.domain.periods import Period, parse_quarter
from fieldmon.services import indicators, loans, projects, results, trainings, visits
from fieldmon.services.indicators import IndicatorFields
from fieldmon.services.summary import summary
from tests.conftest import OFFICER
from tests.factories import (
    borrower_input,
    loan_fields,
    participant,
    person_fields,
    site_input,
    training_fields,
    visit_fields,
)

TODAY = date(2026, 11, 21)
Q4_2010, Q1_2011 = parse_quarter("2010Q4"), parse_quarter("2011Q1")


def _project(db: Database, code: str, start: date | None = date(2010, 11, 15)) -> uuid.UUID:
    projects.save_project(
        db,
        projects.ProjectFields(code, f"Жоба {code}", "ЕҚДБ", start, date(2012, 12, 31)),
        OFFICER,
    )
    return projects.project_id(code)


def _visit(db: Database, region: uuid.UUID, day: date, project: uuid.UUID | None) -> uuid.UUID:
    return visits.save_visit(
        db,
        visit_fields(visit_date=day, project_id=project),
        site_input(region, name=f"Шеберхана {day.isoformat()}"),
        OFFICER,
        today=TODAY,
    )


def _training(
    db: Database, region: uuid.UUID, code: str, day: date, project: uuid.UUID, *people: str
) -> None:
    training = trainings.save_training(
        db,
        training_fields(code=code, start_date=day, days=1, project_id=project),
        site_input(region).place,
        OFFICER,
    )
    for name in people:
        sex = Sex.MALE if name == "Ерлан Сапаров" else Sex.FEMALE
        pid = trainings.add_participant(
            db, training, OFFICER, participant=participant(name, sex, 1990), today=TODAY
        )
        trainings.set_mark(db, pid, 1, True, OFFICER)


def _indicator(db: Database, project: uuid.UUID, code: str, measure: str, **more: object) -> None:
    indicators.save_indicator(
        db,
        IndicatorFields(project, code, f"Көрсеткіш {code}", measure, **more),  # type: ignore[arg-type]
        OFFICER,
    )


@pytest.fixture
def framework(db: Database, east: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """Project ЖОБА-1 (from 15.11.2010) with records, and БАСҚА with one visit of its own."""
    one, other = _project(db, "ЖОБА-1"), _project(db, "БАСҚА")
    for day in (date(2010, 10, 20), date(2010, 11, 20), date(2010, 12, 5)):
        _visit(db, east, day, one)  # 20.10: before the project's start
    for day in (date(2011, 1, 10), date(2011, 2, 1)):
        _visit(db, east, day, one)
    _visit(db, east, date(2010, 12, 1), other)
    _visit(db, east, date(2010, 12, 2), None)
    women = ("Айгүл Серікова", "Жанар Әлиева")
    _training(db, east, "ОҚУ-1", date(2010, 12, 1), one, *women, "Ерлан Сапаров")
    _training(db, east, "ОҚУ-2", date(2011, 1, 20), one, "Айгүл Серікова", "Әсел Қасымова")
    loan = loans.save_loan(
        db,
        loan_fields(
            loan_no="ЖОБА-1/001",
            principal=Decimal("1200000"),
            disbursed_on=date(2010, 12, 1),
            first_due_on=date(2011, 1, 1),
            project_id=one,
        ),
        borrower_input(east, person_fields(full_name="Гүлнар Омарова", sex=Sex.FEMALE)),
        OFFICER,
        today=TODAY,
    )
    # flat, 12 %: each instalment 100,000 principal + 12,000 interest; the first paid in full
    loans.post_repayment(db, loan, date(2011, 1, 1), Decimal("112000"), "Т-1", OFFICER, today=TODAY)
    _indicator(db, one, "1.1", "visits.count", level="Нәтиже 1", unit="сапар", target=Decimal(10))
    _indicator(
        db,
        one,
        "1.2",
        "training.participants.female",
        level="Нәтиже 1",
        baseline=Decimal(0),
        target=Decimal(12),
        year_targets={2011: Decimal(6)},
    )
    _indicator(db, one, "1.10", "loans.disbursed_in_period", level="Нәтиже 2", target=Decimal(4))
    _indicator(db, one, "2.1", "loans.outstanding[KZT]", level="Нәтиже 2")
    _indicator(db, one, "2.2", "loans.count", level="Нәтиже 2", target=Decimal(2))
    _indicator(db, one, "3.1", "manual", level="Мақсат", target=Decimal(40))
    value = indicators.set_value
    three = indicators.indicator_id(one, "3.1")
    value(db, three, "2010Q4", Decimal(5), "Әкімдік есебі", OFFICER)
    value(db, three, "2011Q1", Decimal(7), "Сауалнама", OFFICER)
    value(db, three, "2011Q2", Decimal(4), "", OFFICER)
    return one, other


def _by_code(found: results.ProjectResults) -> dict[str, results.IndicatorResult]:
    return {r.code: r for r in found.indicators}


def _columns(r: results.IndicatorResult) -> tuple[Decimal | None, ...]:
    return r.period, r.year_to_date, r.cumulative


def test_each_kind_of_measure_in_the_quarter_that_crosses_the_start(
    db: Database, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, _other = framework
    found = _by_code(results.results(db, one, Q4_2010))
    # 20.10.2010 is before the start: the project's figures count from 15.11
    assert _columns(found["1.1"]) == (2, 2, 2)
    assert _columns(found["1.2"]) == (2, 2, 2)
    assert _columns(found["1.10"]) == (1, 1, 1)
    assert _columns(found["2.1"]) == (Decimal("1200000"),) * 3
    assert _columns(found["2.2"]) == (1, 1, 1)
    assert _columns(found["3.1"]) == (5, 5, 5)
    assert found["3.1"].notes == "Әкімдік есебі"
    assert found["1.1"].percent_of_target == Decimal("0.2000")


def test_each_kind_of_measure_across_the_year_boundary(
    db: Database, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, _other = framework
    found = _by_code(results.results(db, one, Q1_2011))
    assert _columns(found["1.1"]) == (2, 2, 4)  # flow: the quarters add up
    # unique people: Айгүл came to both events, so since the start it is 3 women, not 2 + 2
    assert _columns(found["1.2"]) == (2, 2, 3)
    assert found["1.2"].percent_of_target == Decimal("0.2500")
    assert found["1.2"].target_year == 6 and found["1.2"].baseline == 0
    assert _columns(found["1.10"]) == (0, 0, 1)
    # stock: principal outstanding on 31.03.2011 in every column, after the first instalment
    assert _columns(found["2.1"]) == (Decimal("1100000"),) * 3
    assert _columns(found["2.2"]) == (1, 1, 1)
    assert found["2.2"].percent_of_target == Decimal("0.5000")
    assert _columns(found["3.1"]) == (7, 7, 12)  # manual: values summed
    assert found["3.1"].percent_of_target == Decimal("0.3000")
    assert [r.code for r in results.results(db, one, Q1_2011).indicators] == [
        "1.1",
        "1.2",
        "1.10",
        "2.1",
        "2.2",
        "3.1",
    ]


def test_a_year_to_date_that_is_not_the_quarter(
    db: Database, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, _other = framework
    found = _by_code(results.results(db, one, parse_quarter("2011Q2")))
    assert _columns(found["1.1"]) == (0, 2, 4)
    assert _columns(found["1.2"]) == (0, 2, 3)
    assert _columns(found["3.1"]) == (4, 11, 16)
    assert found["3.1"].notes == ""  # the 2011Q2 value has none


def test_a_period_before_the_project_has_no_figures(
    db: Database, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, _other = framework
    found = _by_code(results.results(db, one, parse_quarter("2010Q3")))
    assert all(_columns(r) == (None, None, None) for r in found.values())
    assert found["1.1"].percent_of_target is None


def test_results_are_the_summary_of_the_project(
    db: Database, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, other = framework
    period = Period(date(2011, 1, 1), date(2011, 3, 31))
    found = _by_code(results.results(db, one, period))
    figures = summary(db, period, project_id=one)
    assert found["1.1"].period == figures["visits.count"] == 2
    assert found["1.2"].period == figures["training.participants.female"]
    assert found["2.1"].period == Decimal(figures["loans.outstanding"]["KZT"])
    since = summary(db, Period(date(2010, 11, 15), period.end), project_id=one)
    assert found["1.2"].cumulative == since["training.participants.female"] == 3
    # the other project and the records without one are not counted
    assert summary(db, Q4_2010, project_id=other)["visits.count"] == 1
    assert summary(db, Q4_2010)["visits.count"] == 5


def test_a_record_moved_to_another_project_changes_both(
    db: Database, east: uuid.UUID, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, other = framework
    _indicator(db, other, "1.1", "visits.count")
    moved = _visit(db, east, date(2011, 3, 3), one)
    assert _by_code(results.results(db, one, Q1_2011))["1.1"].period == 3
    record = visits.load_visit(db, moved)
    fields = record.fields
    changed = type(fields)(**{**fields.__dict__, "project_id": other})
    visits.save_visit(db, changed, record.site, OFFICER, visit_id=moved, today=TODAY)
    assert _by_code(results.results(db, one, Q1_2011))["1.1"].period == 2
    assert _by_code(results.results(db, other, Q1_2011))["1.1"].period == 1


def test_an_indicator_limited_to_a_region(
    db: Database, east: uuid.UUID, turkistan: uuid.UUID, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    one, _other = framework
    _visit(db, turkistan, date(2011, 2, 2), one)
    _indicator(db, one, "1.1T", "visits.count", region_id=turkistan)
    found = _by_code(results.results(db, one, Q1_2011))
    assert found["1.1T"].period == 1 and found["1.1"].period == 3
    assert found["1.1T"].region


def test_indicator_fields_are_checked(db: Database, framework: tuple[uuid.UUID, uuid.UUID]) -> None:
    one, _other = framework
    with pytest.raises(ValidationError) as caught:
        indicators.save_indicator(db, IndicatorFields(one, "4.1", "Несие", "loans.par30"), OFFICER)
    assert caught.value.for_field("measure") is not None
    with pytest.raises(ValidationError):
        indicators.save_indicator(db, IndicatorFields(one, "4.1", "Несие", "visits.cuont"), OFFICER)
    with pytest.raises(UserError):  # the code exists in the project
        indicators.save_indicator(db, IndicatorFields(one, "1.1", "Тағы", "visits.count"), OFFICER)
    with pytest.raises(UserError):  # only manual indicators take typed values
        indicators.set_value(
            db, indicators.indicator_id(one, "1.1"), "2011Q1", Decimal(1), "", OFFICER
        )
    assert len(indicators.list_indicators(db, one)) == 6


def test_clearing_a_manual_value(db: Database, framework: tuple[uuid.UUID, uuid.UUID]) -> None:
    one, _other = framework
    three = indicators.indicator_id(one, "3.1")
    assert indicators.set_value(db, three, "2011Q1", None, "", OFFICER)
    assert _columns(_by_code(results.results(db, one, Q1_2011))["3.1"]) == (None, None, 5)
    assert [v.period for v in indicators.values_of(db, three)] == ["2010Q4", "2011Q2"]


def test_results_as_json(db: Database, framework: tuple[uuid.UUID, uuid.UUID]) -> None:
    one, _other = framework
    data = results.as_json(results.results(db, one, Q1_2011))
    assert data["project"]["code"] == "ЖОБА-1" and data["project"]["start"] == "2010-11-15"
    assert data["period"] == {"start": "2011-01-01", "end": "2011-03-31"}
    first = data["indicators"][1]
    assert first["code"] == "1.2" and first["cumulative"] == 3
    assert first["percent_of_target"] == "0.2500" and first["target_year"] == 6


def test_repayments_since_the_start_read_loan_by_loan_add_up_the_same(
    db: Database, framework: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """Over more than half a year a project's repayments are read loan by loan
    (`loans.repaid_since`); the figures are those of the quarters added up."""
    one, _other = framework
    loan = loans.find_loan_id(db, "ЖОБА-1/001")
    loans.post_repayment(db, loan, date(2011, 4, 1), Decimal("112000"), "Т-2", OFFICER, today=TODAY)
    _indicator(db, one, "4.1", "repayments.amount[KZT]")
    _indicator(db, one, "4.2", "repayments.count")
    found = _by_code(results.results(db, one, parse_quarter("2011Q2")))
    assert _columns(found["4.1"]) == (Decimal("112000"), Decimal("224000"), Decimal("224000"))
    assert _columns(found["4.2"]) == (1, 2, 2)
    quarters = [summary(db, q, project_id=one) for q in (Q1_2011, parse_quarter("2011Q2"))]
    assert sum(Decimal(f["repayments.amount"]["KZT"]) for f in quarters) == Decimal("224000")
