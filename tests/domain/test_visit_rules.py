"""The visit rules, case by case and by property: any input either passes or names a field."""

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain.choices import FundsUsed, Purpose, Rating
from fieldmon.domain.visits import (
    VisitFields,
    parse_coordinate,
    parse_typed_count,
    parse_typed_date,
    validate_site,
    validate_visit,
)
from tests.factories import visit_fields

TODAY = date(2026, 11, 21)


def fields_with_errors(v: VisitFields) -> dict[str, str]:
    return {e.field: e.message for e in validate_visit(v, TODAY)}


def test_a_complete_visit_is_valid() -> None:
    assert validate_visit(visit_fields(), TODAY) == []


def test_required_fields_are_named() -> None:
    errors = fields_with_errors(
        visit_fields(visit_date=None, officer=" ", purpose=None, funds_used=None, rating=None)
    )
    assert set(errors) == {"visit_date", "officer", "purpose", "funds_used", "rating"}
    assert all(message == "Required." for message in errors.values())


def test_visit_date_cannot_be_in_the_future() -> None:
    assert "visit_date" in fields_with_errors(visit_fields(visit_date=TODAY + timedelta(days=1)))
    assert fields_with_errors(visit_fields(visit_date=TODAY)) == {}


def test_follow_up_due_on_the_visit_day_is_fine_the_day_before_is_not() -> None:
    day = date(2026, 8, 14)
    ok = visit_fields(visit_date=day, follow_up="Check ledger", follow_up_due=day)
    late = dataclasses.replace(ok, follow_up_due=day - timedelta(days=1))
    assert fields_with_errors(ok) == {}
    assert "on or after the visit date (14.08.2026)" in fields_with_errors(late)["follow_up_due"]


def test_follow_up_action_and_due_date_go_together() -> None:
    assert "follow_up_due" in fields_with_errors(visit_fields(follow_up="Check ledger"))
    assert "follow_up" in fields_with_errors(visit_fields(follow_up_due=date(2026, 9, 1)))


def test_closing_a_follow_up() -> None:
    base = visit_fields(follow_up="Check", follow_up_due=date(2026, 9, 1))
    assert (
        fields_with_errors(dataclasses.replace(base, follow_up_closed_on=date(2026, 8, 20))) == {}
    )
    assert "follow_up_closed_on" in fields_with_errors(
        dataclasses.replace(base, follow_up_closed_on=date(2026, 8, 1))
    )
    assert "follow_up_closed_on" in fields_with_errors(
        visit_fields(follow_up_closed_on=date(2026, 8, 20))
    )


def test_coordinates_must_be_inside_kazakhstan() -> None:
    almaty = visit_fields(latitude=Decimal("43.2389"), longitude=Decimal("76.8897"))
    moscow = visit_fields(latitude=Decimal("55.7558"), longitude=Decimal("37.6173"))
    assert fields_with_errors(almaty) == {}
    assert set(fields_with_errors(moscow)) == {"latitude", "longitude"}
    assert "longitude" in fields_with_errors(visit_fields(latitude=Decimal("43.2")))


def test_coordinates_accept_a_decimal_comma() -> None:
    assert parse_coordinate("43,2389", "latitude") == (Decimal("43.238900"), None)
    value, error = parse_coordinate("north", "latitude")
    assert value is None and error is not None and error.field == "latitude"
    assert parse_coordinate("nan", "latitude")[1] is not None


def test_beneficiaries_range() -> None:
    assert "beneficiaries" in fields_with_errors(visit_fields(beneficiaries=-1))
    assert fields_with_errors(visit_fields(beneficiaries=0)) == {}


def test_typed_numbers_and_dates() -> None:
    assert parse_typed_count("1 200", "beneficiaries") == (1200, None)
    assert parse_typed_count("", "beneficiaries") == (None, None)
    assert parse_typed_count("12a", "beneficiaries")[1].message == "'12a' is not a whole number."
    assert parse_typed_count("١٢", "beneficiaries")[1] is not None  # non-ASCII digits
    assert parse_typed_date("14.08.2026", "visit_date") == (date(2026, 8, 14), None)
    assert parse_typed_date("32.01.2026", "visit_date")[1].field == "visit_date"


def test_a_new_site_needs_a_type() -> None:
    assert [e.field for e in validate_site("Bakery", None, is_new=True)] == ["site_type"]
    assert validate_site("Bakery", None, is_new=False) == []
    assert [e.field for e in validate_site("  ", None, is_new=False)] == ["site"]


FIELD_NAMES = {f.name for f in dataclasses.fields(VisitFields)}


@given(
    visit_date=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
    officer=st.text(max_size=30),
    purpose=st.one_of(st.none(), st.sampled_from(Purpose)),
    funds_used=st.one_of(st.none(), st.sampled_from(FundsUsed)),
    beneficiaries=st.one_of(st.none(), st.integers(-10, 2_000_000)),
    rating=st.one_of(st.none(), st.sampled_from(Rating)),
    follow_up=st.text(max_size=10),
    follow_up_due=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
    latitude=st.one_of(st.none(), st.decimals(-90, 90, places=4)),
    longitude=st.one_of(st.none(), st.decimals(-180, 180, places=4)),
)
def test_any_input_is_valid_or_names_its_fields(**values: object) -> None:
    v = VisitFields(equipment_ok=None, **values)  # type: ignore[arg-type]
    errors = validate_visit(v, TODAY)
    assert all(e.field in FIELD_NAMES and e.message.endswith(".") for e in errors)
    if not errors:  # what passes really is a valid visit
        assert v.visit_date is not None and v.visit_date <= TODAY
        assert v.officer.strip() and v.purpose and v.funds_used and v.rating
        assert v.follow_up_due is None or v.follow_up_due >= v.visit_date
        assert (v.latitude is None) == (v.longitude is None)
        if v.latitude is not None:
            assert Decimal("40.5") <= v.latitude <= Decimal("55.5")
