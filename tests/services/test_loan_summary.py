"""The loan figures of `fieldmon summary`, built to reproduce a real report's sentence:
"out of 33 borrowers 15 repaid their microcredits, 12 microcredits are to be repaid in the
first quarter of 2011, 6 borrowers did not succeed to repay the loans in time"."""

import uuid
from datetime import date
from decimal import Decimal as D

from fieldmon.db.engine import Database
from fieldmon.domain.loans import Product
from fieldmon.domain.money import Currency
from fieldmon.domain.periods import parse_quarter
from fieldmon.services import loans
from fieldmon.services.summary import summary
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields

TODAY = date(2026, 11, 21)


def loan(db: Database, region: uuid.UUID, n: int, **kw: object) -> uuid.UUID:
    borrower = borrower_input(region, person_fields(full_name=f"Заемщик {n}", birth_year=1960 + n))
    fields = loan_fields(loan_no=f"MC-{n}", annual_rate_pct=D(0), first_due_on=None, **kw)
    return loans.save_loan(db, fields, borrower, OFFICER, today=TODAY)


def pay(db: Database, loan_id: uuid.UUID, day: date, amount: int, receipt: str) -> None:
    loans.post_repayment(db, loan_id, day, D(amount), receipt, OFFICER, today=TODAY)


def build(db: Database, east: uuid.UUID, turkistan: uuid.UUID) -> None:
    for n in range(15):  # repaid in July 2010
        lid = loan(db, east, n, principal=D(60000), term_months=6, disbursed_on=date(2010, 1, 10))
        pay(db, lid, date(2010, 7, 10), 60000, f"{n}")
    for n in range(15, 27):  # last instalment 15.01.2011; everything due in 2010 paid
        lid = loan(db, east, n, principal=D(90000), term_months=9, disbursed_on=date(2010, 4, 15))
        pay(db, lid, date(2010, 12, 15), 80000, f"{n}")
    for n in range(27, 33):  # paid April–August only; September's instalment is 121 days late
        lid = loan(
            db,
            east,
            n,
            principal=D(120000),
            term_months=12,
            disbursed_on=date(2010, 3, 1),
            product=Product.MICROLEASING,
        )
        pay(db, lid, date(2010, 8, 1), 50000, f"{n}")
    # a dollar loan elsewhere, disbursed in the quarter, its first instalment exactly 30 days late
    loan(
        db,
        turkistan,
        33,
        principal=D(1000),
        currency=Currency.USD,
        term_months=10,
        disbursed_on=date(2010, 11, 1),
    )
    # disbursed after the quarter: not counted
    loan(db, east, 34, principal=D(1000), term_months=10, disbursed_on=date(2011, 1, 5))


def test_the_reports_sentence_comes_out_of_the_records(
    db: Database, east: uuid.UUID, turkistan: uuid.UUID
) -> None:
    build(db, east, turkistan)
    figures = summary(db, parse_quarter("2010Q4"))
    assert figures["loans.count"] == 34
    assert figures["loans.repaid"] == 15
    assert figures["loans.due_next_quarter"] == 12
    assert figures["loans.overdue"] == 7
    assert figures["loans.current"] == 0
    assert figures["loans.disbursed_in_period"] == 1
    assert figures["loans.by_product"] == {"microcredit": 28, "microleasing": 6}
    # 12 × 10 000 not yet due + 6 × 70 000 in arrears
    assert figures["loans.outstanding"] == {"KZT": "540000.00", "USD": "1000.00"}
    # 420 000 / 540 000 = 0.77777… ; the dollar loan is 30 days late, not more than 30
    assert figures["loans.par30"] == {"KZT": "0.7778", "USD": "0.0000"}
    assert figures["repayments.count"] == 12
    assert figures["repayments.amount"] == {"KZT": "960000.00"}


def test_loan_figures_by_region_and_for_an_earlier_quarter(
    db: Database, east: uuid.UUID, turkistan: uuid.UUID
) -> None:
    build(db, east, turkistan)
    east_only = summary(db, parse_quarter("2010Q4"), east)
    assert (east_only["loans.count"], east_only["loans.overdue"]) == (33, 6)
    assert east_only["loans.outstanding"] == {"KZT": "540000.00"}
    # as of 30.09.2010 the 15 were repaid, the 6 were 29 days late (not at risk yet) and the
    # 12 had paid nothing since 15.05 (138 days): 12 × 90 000 at risk of 1 080 000 + 420 000
    q3 = summary(db, parse_quarter("2010Q3"))
    assert (q3["loans.count"], q3["loans.repaid"], q3["loans.overdue"], q3["loans.current"]) == (
        33,
        15,
        18,
        0,
    )
    assert q3["loans.outstanding"] == {"KZT": "1500000.00"}
    assert q3["loans.par30"] == {"KZT": "0.7200"}
    assert q3["repayments.count"] == 21 and q3["repayments.amount"] == {"KZT": "1200000.00"}
    empty = summary(db, parse_quarter("2009Q4"))
    assert empty["loans.count"] == 0 and empty["loans.outstanding"] == {}
