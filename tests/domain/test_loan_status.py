"""A loan's status, arrears and PAR as of a date, at the boundaries the issue names."""

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain.loans import (
    Instalment,
    LoanState,
    LoanStatus,
    ageing_bucket,
    par,
    state_as_of,
)
from fieldmon.domain.money import Currency

# Three instalments of 100 (90 principal + 10 interest), the last on the last day of Q1.
SCHEDULE = [
    Instalment(1, date(2026, 1, 31), D(90), D(10)),
    Instalment(2, date(2026, 2, 28), D(90), D(10)),
    Instalment(3, date(2026, 3, 31), D(90), D(10)),
]
Q1_END = date(2026, 3, 31)


def state(payments: list[tuple[date, str]], as_of: date) -> LoanState:
    return state_as_of(SCHEDULE, [(d, D(a)) for d, a in payments], as_of)


def test_instalment_due_on_the_quarters_last_day_unpaid_is_overdue_with_no_days() -> None:
    s = state([(date(2026, 1, 30), "100"), (date(2026, 2, 27), "100")], Q1_END)
    assert s.status == LoanStatus.OVERDUE
    assert s.days_in_arrears == 0 and s.ageing_bucket is None
    assert s.oldest_unpaid_due == Q1_END
    assert s.outstanding_principal == D(90)


def test_paid_a_day_late() -> None:
    pays = [(date(2026, 1, 30), "100"), (date(2026, 2, 27), "100"), (date(2026, 4, 1), "100")]
    assert state(pays, Q1_END).status == LoanStatus.OVERDUE
    later = state(pays, date(2026, 4, 1))
    assert later.status == LoanStatus.REPAID and later.outstanding_principal == 0


def test_paid_on_the_due_date_counts_as_paid_by_that_date() -> None:
    pays = [(date(2026, 1, 31), "100"), (date(2026, 2, 28), "100"), (Q1_END, "100")]
    assert state(pays, Q1_END).status == LoanStatus.REPAID


def test_paid_early_in_one_sum() -> None:
    s = state([(date(2026, 1, 15), "300")], date(2026, 1, 31))
    assert s.status == LoanStatus.REPAID and s.outstanding_total == 0


def test_partial_payment_leaves_the_instalment_in_arrears() -> None:
    # 99 pays interest 10 and 89 of the 90 principal: one tenge of principal is late.
    s = state([(date(2026, 1, 31), "99")], date(2026, 2, 10))
    assert s.status == LoanStatus.OVERDUE
    assert s.days_in_arrears == 10 and s.ageing_bucket == "1-30"
    assert s.outstanding_principal == D(181)
    assert s.oldest_unpaid_due == date(2026, 1, 31)


def test_repayments_after_the_date_do_not_count() -> None:
    s = state([(date(2026, 2, 1), "100")], date(2026, 1, 31))
    assert s.status == LoanStatus.OVERDUE and s.paid == 0


def test_due_next_quarter_and_current() -> None:
    # as of 31.12.2025 nothing is due yet and the last instalment (31.03.2026) is in Q1 2026
    assert state([], date(2025, 12, 31)).status == LoanStatus.DUE_NEXT_QUARTER
    # as of 30.09.2025 the last instalment is two quarters ahead
    assert state([], date(2025, 9, 30)).status == LoanStatus.CURRENT
    # as of 15.01.2026 (Q1) the last instalment is in this quarter, not the next: current
    assert state([], date(2026, 1, 15)).status == LoanStatus.CURRENT


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (0, None),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "91-180"),
        (180, "91-180"),
        (181, "over_180"),
        (4000, "over_180"),
    ],
)
def test_ageing_buckets(days: int, bucket: str | None) -> None:
    assert ageing_bucket(days) == bucket


def test_par30_is_per_currency_and_counts_only_more_than_30_days() -> None:
    late_31 = state([], date(2026, 3, 3))  # 31 days after 31.01: at risk, all 270 principal
    late_30 = state([], date(2026, 3, 2))  # 30 days: not yet at risk
    repaid = state([(date(2026, 1, 1), "300")], date(2026, 3, 3))
    ratios = par(
        [
            (Currency.KZT, late_31),
            (Currency.KZT, late_30),
            (Currency.KZT, repaid),
            (Currency.USD, late_30),
        ]
    )
    assert ratios == {Currency.KZT: D("0.5000"), Currency.USD: D("0.0000")}


amounts = st.lists(
    st.tuples(
        st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 6, 30)),
        st.decimals(min_value=D("0.01"), max_value=D(120), places=2),
    ),
    max_size=6,
)


@given(amounts, st.dates(min_value=date(2025, 12, 1), max_value=date(2026, 7, 31)))
def test_outstanding_is_never_negative_and_status_is_consistent(
    payments: list[tuple[date, D]], as_of: date
) -> None:
    s = state_as_of(SCHEDULE, payments, as_of)
    assert s.outstanding_principal >= 0 and s.outstanding_total >= 0
    assert (s.status == LoanStatus.REPAID) == (s.outstanding_total <= 0)
    assert s.days_in_arrears >= 0
    if s.status != LoanStatus.OVERDUE:
        assert s.days_in_arrears == 0


def test_amount_due_is_the_arrears_or_else_the_next_instalments_rest() -> None:
    from fieldmon.domain.loans import amount_due

    lines = [(i.due_on, i.total, D(0)) for i in SCHEDULE]
    assert amount_due(lines, date(2026, 1, 15)) == D(100)  # nothing due yet: the next one
    assert amount_due(lines, date(2026, 2, 28)) == D(200)  # two due, nothing paid
    part = [
        (SCHEDULE[0].due_on, D(100), D(100)),
        (SCHEDULE[1].due_on, D(100), D(40)),
        (SCHEDULE[2].due_on, D(100), D(0)),
    ]
    assert amount_due(part, date(2026, 2, 1)) == D(60)  # the rest of February's
    assert amount_due([(d, t, t) for d, t, _ in lines], date(2026, 5, 1)) == 0
