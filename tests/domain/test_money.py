"""Typed and imported amounts: '1 500,50' is read as Russian users write it, and a lone
comma or dot before exactly three digits ('1,500') is refused instead of guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain.money import (
    AMBIGUOUS_AMOUNT,
    AmbiguousAmountError,
    parse_amount,
    parse_typed_amount,
)


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("1 500", "1500"),
        ("1500", "1500"),
        ("1500,50", "1500.50"),
        ("1 500,50", "1500.50"),
        ("1,500.50", "1500.50"),
        ("1.500,50", "1500.50"),
        ("1.500.000,50", "1500000.50"),
        ("1,500,000", "1500000"),
        ("1\u202f500\u202f000,50", "1500000.50"),
        ("1\u00a0500,50", "1500.50"),
        ("12345,678", "12345.678"),  # not a thousands group: four digits before the comma
        ("0,500", "0.5"),
        ("1,5", "1.5"),
        ("-2 000,25", "-2000.25"),
        (1500, "1500"),
        (1500.5, "1500.5"),  # a number cell
        (Decimal("1500.50"), "1500.50"),
    ],
)
def test_amounts_people_write(value: object, amount: str) -> None:
    assert parse_amount(value) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,500", "'1,500' is ambiguous: 1 500 or 1,5? Write 1500 or 1,5."),
        ("12,345", "'12,345' is ambiguous: 12 345 or 12,3450? Write 12345 or 12,3450."),
        ("1.500", "'1.500' is ambiguous: 1 500 or 1.5? Write 1500 or 1.5."),
        (" 2,000 ", "'2,000' is ambiguous: 2 000 or 2? Write 2000 or 2."),
    ],
)
def test_one_mark_before_three_digits_is_refused_with_both_readings(
    text: str, message: str
) -> None:
    with pytest.raises(AmbiguousAmountError) as exc:
        parse_amount(text)
    assert str(exc.value) == message
    assert isinstance(exc.value, ValueError)

    amount, error = parse_typed_amount(text, "principal")
    assert amount is None and error is not None
    assert (error.field, error.template, error.message) == ("principal", AMBIGUOUS_AMOUNT, message)


@pytest.mark.parametrize("text", ["1,50,000", "1,5.5", "1.2.3", "1,,5", "Береке"])
def test_misplaced_marks_are_not_amounts(text: str) -> None:
    with pytest.raises(ValueError, match="is not an amount"):
        parse_amount(text)
    assert parse_typed_amount(text, "amount")[1] is not None


def russian(amount: Decimal, space: str) -> str:
    """1234567.89 → '1 234 567,89'."""
    return f"{amount:,.2f}".replace(",", space).replace(".", ",")


@given(
    amount=st.decimals(
        min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=2, allow_nan=False
    ),
    space=st.sampled_from([" ", "\u00a0", "\u202f"]),
)
def test_amounts_written_the_russian_way_parse_back(amount: Decimal, space: str) -> None:
    assert parse_amount(russian(amount, space)) == amount
    assert parse_typed_amount(russian(amount, space), "amount") == (amount, None)
