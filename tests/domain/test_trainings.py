"""Training rules: age groups, completion, day marks, sign-in cells, event fields."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain import trainings as rules
from fieldmon.domain.trainings import age_group, completed, parse_present, set_mark
from tests.factories import training_fields


@pytest.mark.parametrize(
    ("born", "group"),
    [
        (2012, "under 15"),  # 14 in 2026
        (2011, "15-17"),
        (2009, "15-17"),
        (2008, "18-24"),
        (2002, "18-24"),
        (2001, "25-34"),
        (1992, "25-34"),
        (1991, "35-44"),
        (1982, "35-44"),
        (1981, "45-59"),
        (1967, "45-59"),
        (1966, "60+"),
        (1930, "60+"),
    ],
)
def test_age_group_by_the_age_reached_in_the_year(born: int, group: str) -> None:
    assert age_group(born, 2026) == group


def test_completion_is_every_day_unless_the_event_says_at_least_n() -> None:
    assert completed("111", 3, None)
    assert not completed("110", 3, None)
    assert completed("110", 3, 2)
    assert not completed("100", 3, 2)
    assert completed("11111", 5, 5)


def test_set_mark_pads_to_the_event_and_refuses_days_outside_it() -> None:
    assert set_mark("", 2, True, 3) == "010"
    assert set_mark("111", 1, False, 3) == "011"
    assert set_mark("1", 3, True, 3) == "101"
    with pytest.raises(ValueError, match="day 4 is outside the event's 3 days"):
        set_mark("000", 4, True, 3)


@pytest.mark.parametrize("cell", ["x", "X", "х", "+", "1", 1, "yes", "Да", "иә", "ИӘ", "✓"])
def test_present_marks_in_three_languages(cell: object) -> None:
    assert parse_present(cell) is True


@pytest.mark.parametrize("cell", [None, "", "  ", "0", 0, "-", "no", "нет", "жоқ"])
def test_absent_marks(cell: object) -> None:
    assert parse_present(cell) is False


@pytest.mark.parametrize("cell", ["maybe", "2", 2, "xx", "late"])
def test_other_cells_are_refused_with_the_value_named(cell: object) -> None:
    with pytest.raises(ValueError, match=f"'{cell}' is not a mark"):
        parse_present(cell)


@given(st.text(max_size=8))
def test_any_sign_in_cell_is_a_mark_or_a_clear_error(text: str) -> None:
    try:
        assert parse_present(text) in (True, False)
    except ValueError as exc:
        assert "is not a mark; write x for present" in str(exc)


def test_event_fields_each_problem_named() -> None:
    assert rules.validate_training(training_fields()) == []
    bad = training_fields(code="TR 1 ✓", title=" ", kind=None, start_date=None, days=0)
    fields = {e.field: e.message for e in rules.validate_training(bad)}
    assert set(fields) == {"code", "title", "kind", "start_date", "days"}
    assert fields["code"] == rules.CODE_CHARS
    too_many = {e.field for e in rules.validate_training(training_fields(days=3, min_days=4))}
    assert too_many == {"min_days"}
    assert {e.field for e in rules.validate_training(training_fields(days=61))} == {"days"}


def test_code_is_kept_without_spaces_in_capitals() -> None:
    assert rules.normalize_code(" tr-2026 07 ") == "TR-202607"


def test_days_are_consecutive_dates() -> None:
    assert rules.session_date(date(2026, 9, 30), 2) == date(2026, 10, 1)


def test_scores() -> None:
    assert rules.parse_score(" 85% ") == 85
    assert rules.parse_score("") is None
    assert rules.validate_score("pre_score", 101)[0].field == "pre_score"
    assert rules.validate_score("pre_score", 0) == []
    with pytest.raises(ValueError, match="'8,5' is not a whole number"):
        rules.parse_score("8,5")
