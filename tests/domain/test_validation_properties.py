"""Every form's validation, with any input: a list of errors that each name a field of the
form and end as a sentence, or none — and then the values really are usable (the schedule
can be computed, the event has days). Never an exception."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain.loans import (
    LoanFields,
    Method,
    Product,
    schedule,
    validate_loan,
    validate_repayment,
)
from fieldmon.domain.money import Currency
from fieldmon.domain.people import PersonFields, Sex, validate_person
from fieldmon.domain.trainings import TrainingFields, TrainingKind, validate_training

TODAY = date(2026, 11, 21)
dates = st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31)))
texts = st.text(max_size=40)
decimals = st.one_of(
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15),
)
counts = st.one_of(st.none(), st.integers(-1000, 10**6))


def names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def well_formed(errors: list, allowed: set[str]) -> None:  # type: ignore[type-arg]
    for e in errors:
        assert e.field in allowed, e.field
        assert e.message.endswith(".") and (e.message[:1].isupper() or e.message[0] == "'"), (
            e.message
        )


@given(
    loan_no=texts,
    product=st.one_of(st.none(), st.sampled_from(Product)),
    purpose=texts,
    principal=decimals,
    currency=st.one_of(st.none(), st.sampled_from(Currency)),
    annual_rate_pct=decimals,
    method=st.one_of(st.none(), st.sampled_from(Method)),
    term_months=counts,
    disbursed_on=dates,
    first_due_on=dates,
    approved_on=dates,
)
def test_loan_form(**values: object) -> None:
    loan = LoanFields(**values)  # type: ignore[arg-type]
    errors = validate_loan(loan, TODAY)
    well_formed(errors, names(LoanFields))
    if not errors:
        lines = schedule(loan.terms())
        assert len(lines) == loan.term_months
        assert sum((line.principal for line in lines), Decimal(0)) == loan.principal


@given(
    paid_on=dates, amount=decimals, receipt_no=texts, outstanding=st.decimals(0, 10**9, places=2)
)
def test_repayment_form(paid_on, amount, receipt_no, outstanding) -> None:  # type: ignore[no-untyped-def]
    errors = validate_repayment(
        paid_on,
        amount,
        receipt_no,
        currency=Currency.KZT,
        disbursed_on=date(2026, 1, 15),
        outstanding=outstanding,
        today=TODAY,
    )
    well_formed(errors, {"paid_on", "amount", "receipt_no"})
    if not errors:
        assert paid_on is not None and date(2026, 1, 15) <= paid_on <= TODAY
        assert amount is not None and 0 < amount <= outstanding


@given(
    code=texts,
    title=texts,
    topic=texts,
    kind=st.one_of(st.none(), st.sampled_from(TrainingKind)),
    start_date=dates,
    days=counts,
    venue=texts,
    organizer=texts,
    facilitator=texts,
    min_days=counts,
)
def test_training_form(**values: object) -> None:
    training = TrainingFields(**values)  # type: ignore[arg-type]
    errors = validate_training(training)
    well_formed(errors, names(TrainingFields))
    if not errors:
        assert training.days is not None and training.days >= 1
        assert training.min_days is None or 1 <= training.min_days <= training.days


@given(
    full_name=texts,
    sex=st.one_of(st.none(), st.sampled_from(Sex)),
    birth_year=counts,
    iin=st.one_of(texts, st.from_regex(r"\A[0-9]{12}\Z")),
    phone=texts,
)
def test_person_form(**values: object) -> None:
    person = PersonFields(**values)  # type: ignore[arg-type]
    errors = validate_person(person, TODAY)
    well_formed(errors, names(PersonFields))
    if not errors:
        assert person.full_name.strip() and person.sex is not None
        assert person.birth_year is not None and 1900 <= person.birth_year <= TODAY.year
