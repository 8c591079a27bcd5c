"""Loan schedules against cases worked out by hand, and their invariants for any loan."""

from datetime import date
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from fieldmon.domain.loans import (
    LoanTerms,
    Method,
    allocate,
    annuity_payment,
    default_first_due,
    schedule,
)
from fieldmon.domain.money import Currency


def terms(principal: str, rate: str, method: Method, months: int, **kw: object) -> LoanTerms:
    return LoanTerms(
        D(principal),
        kw.get("currency", Currency.KZT),  # type: ignore[arg-type]
        D(rate),
        method,
        months,
        kw.get("first_due_on", date(2026, 1, 31)),  # type: ignore[arg-type]
    )


def rows(t: LoanTerms) -> list[tuple[str, str, str]]:
    return [(i.due_on.isoformat(), str(i.principal), str(i.interest)) for i in schedule(t)]


def test_flat_kzt_by_hand() -> None:
    # 1 000 000 KZT, 12 % a year = 1 % a month: interest 10 000.00 every month; principal
    # 1 000 000 / 12 = 83 333.33(3) → 83 333.33 for 11 months, the last takes 83 333.37.
    lines = schedule(terms("1000000", "12", Method.FLAT, 12))
    assert [i.interest for i in lines] == [D("10000.00")] * 12
    assert [i.principal for i in lines[:11]] == [D("83333.33")] * 11
    assert lines[11].principal == D("83333.37")
    assert lines[11].total == D("93333.37")


def test_due_dates_keep_the_day_or_take_the_month_end() -> None:
    due = [i.due_on for i in schedule(terms("1000", "0", Method.FLAT, 4))]
    assert due == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    assert default_first_due(date(2026, 1, 31)) == date(2026, 2, 28)
    assert default_first_due(date(2026, 12, 15)) == date(2027, 1, 15)


def test_declining_usd_by_hand() -> None:
    # 1 000 USD, 12 % → i = 0.01, 3 months. Payment 10 / (1 − 1.01⁻³) = 340.0221 → 340.02.
    # 1: interest 10.00, principal 330.02, balance 669.98
    # 2: interest 6.6998 → 6.70, principal 333.32, balance 336.66
    # 3: interest 3.3666 → 3.37, principal 336.66 (the rest), total 340.03
    t = terms("1000", "12", Method.DECLINING, 3, currency=Currency.USD)
    assert rows(t) == [
        ("2026-01-31", "330.02", "10.00"),
        ("2026-02-28", "333.32", "6.70"),
        ("2026-03-31", "336.66", "3.37"),
    ]
    assert round(annuity_payment(D(1000), D("0.01"), 3), 4) == D("340.0221")


def test_declining_kzt_annuity_is_equal_but_the_last() -> None:
    # The standard annuity of 1 000 000 at 1 % a month for 12 months is 88 848.79.
    lines = schedule(terms("1000000", "12", Method.DECLINING, 12))
    assert {i.total for i in lines[:11]} == {D("88848.79")}
    assert lines[0].interest == D("10000.00") and lines[0].principal == D("78848.79")
    assert sum(i.principal for i in lines) == D("1000000.00")
    assert lines[11].total == D("88848.76")


def test_rounding_remainder_goes_to_the_last_instalment() -> None:
    lines = schedule(terms("100000", "0", Method.FLAT, 3))
    assert [str(i.principal) for i in lines] == ["33333.33", "33333.33", "33333.34"]
    assert all(i.interest == 0 for i in lines)


def test_interest_rounds_half_up() -> None:
    # 1 001 USD at 6 %: 1 001 × 0.005 = 5.005 → 5.01 (half-even would give 5.00).
    lines = schedule(terms("1001", "6", Method.FLAT, 12, currency=Currency.USD))
    assert lines[0].interest == D("5.01")
    assert lines[0].principal == D("83.42") and lines[-1].principal == D("83.38")


def test_zero_rate_declining_is_equal_principal() -> None:
    lines = schedule(terms("1200", "0", Method.DECLINING, 12))
    assert {i.total for i in lines} == {D("100.00")}


loans = st.builds(
    lambda p, r, m, n: terms(str(p), str(r), m, n),
    st.decimals(min_value=1, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(Method),
    st.integers(min_value=1, max_value=360),
)


@given(loans)
def test_principal_parts_sum_to_the_principal(t: LoanTerms) -> None:
    lines = schedule(t)
    assert len(lines) == t.term_months
    assert sum(i.principal for i in lines) == t.principal
    assert all(i.principal >= 0 and i.interest >= 0 for i in lines)
    assert all(i.principal == i.principal.quantize(D("0.01")) for i in lines)
    assert [i.due_on for i in lines] == sorted(i.due_on for i in lines)


@given(loans, st.decimals(min_value=0, max_value=10**12, places=2))
def test_allocation_never_pays_more_than_is_due(t: LoanTerms, amount: D) -> None:
    lines = schedule(t)
    paid = allocate(lines, amount)
    total_due = sum(i.total for i in lines)
    assert sum(p.total for p in paid) == min(amount, total_due)
    for inst, p in zip(lines, paid, strict=True):
        assert 0 <= p.interest <= inst.interest and 0 <= p.principal <= inst.principal
        # interest before principal within an instalment
        assert p.principal == 0 or p.interest == inst.interest
    # oldest first: a later instalment gets money only when every earlier one is paid
    seen_unpaid = False
    for inst, p in zip(lines, paid, strict=True):
        if seen_unpaid:
            assert p.total == 0
        seen_unpaid = seen_unpaid or p.total < inst.total
