"""The portfolio SQL: loans' status and arrears as of any date (one range join over the
stored schedule), the portfolio by status and currency, repayments and disbursements in a
period: the figures of `summary` and the quarterly report."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Subquery,
    and_,
    case,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from fieldmon.db.models import Instalment, Loan, Repayment
from fieldmon.domain.loans import (
    LoanStatus,
    Product,
)
from fieldmon.domain.money import Currency
from fieldmon.domain.periods import Period, quarter_of
from fieldmon.services.loans._rows import _money

LONG_SPAN_DAYS = 184  # longer than half a year: see `repaid_since`

# --- the portfolio as of a date (summary) ---------------------------------------------------


def next_quarter(day: date) -> Period:
    return quarter_of(quarter_of(day).end + timedelta(days=1))


@dataclass(frozen=True)
class PortfolioLine:
    """Loans of one currency, product and status as of a date."""

    currency: Currency
    product: Product
    status: LoanStatus
    count: int
    outstanding: Decimal
    at_risk: Decimal  # outstanding principal of those more than 30 days in arrears


def loans_as_of(
    as_of: date,
    region_id: uuid.UUID | None = None,
    par_days: int = 30,
    project_id: uuid.UUID | None = None,
) -> Subquery:
    """Every live loan disbursed on or before `as_of`, one row each, with its state as of
    that date computed in SQL from its schedule and the repayments dated by then: `id`,
    `currency`, `product`, `paid` (minor units), `status`, `outstanding` (principal, minor
    units), `at_risk` (the outstanding principal if more than `par_days` in arrears, else 0)
    and `oldest_due` (the oldest instalment not fully paid; NULL when repaid)."""
    live_paid = (
        select(Repayment.loan_id, func.sum(Repayment.amount_minor).label("paid"))
        .where(Repayment.reversed_at.is_(None), Repayment.paid_on <= as_of)
        .group_by(Repayment.loan_id)
        .subquery("paid")
    )
    conditions: list[ColumnElement[bool]] = [Loan.deleted_at.is_(None), Loan.disbursed_on <= as_of]
    conditions += _scope(region_id, project_id)
    base = (
        select(
            Loan.id,
            Loan.currency,
            Loan.product,
            Loan.principal_minor,
            Loan.final_due_on,
            func.coalesce(live_paid.c.paid, 0).label("paid"),
        )
        .outerjoin(live_paid, live_paid.c.loan_id == Loan.id)
        .where(*conditions)
        .subquery("base")
    )
    inst = aliased(Instalment)
    # The instalment the paid sum reaches: the oldest not fully paid (none: repaid).
    reached = and_(
        inst.loan_id == base.c.id,
        inst.due_before_minor <= base.c.paid,
        base.c.paid < inst.due_before_minor + inst.principal_minor + inst.interest_minor,
    )
    into_principal = base.c.paid - inst.due_before_minor - inst.interest_minor
    outstanding = case(
        (inst.seq.is_(None), 0),
        else_=base.c.principal_minor
        - inst.principal_before_minor
        - case((into_principal > 0, into_principal), else_=0),
    )
    # no instalment reached (due_on NULL from the outer join) means repaid
    at_risk = case((inst.due_on < as_of - timedelta(days=par_days), outstanding), else_=0)
    return (
        select(
            base.c.id,
            base.c.currency,
            base.c.product,
            base.c.paid,
            status_sql(inst.due_on, base.c.final_due_on, as_of).label("status"),
            outstanding.label("outstanding"),
            at_risk.label("at_risk"),
            inst.due_on.label("oldest_due"),
        )
        .select_from(base)
        .outerjoin(inst, reached)
        .subquery("as_of")
    )


def portfolio(
    session: Session,
    as_of: date,
    region_id: uuid.UUID | None = None,
    par_days: int = 30,
    *,
    project_id: uuid.UUID | None = None,
) -> list[PortfolioLine]:
    """The loans of `loans_as_of`, counted and summed per currency, product and status."""
    loans = loans_as_of(as_of, region_id, par_days, project_id)
    rows = session.execute(
        select(
            loans.c.currency,
            loans.c.product,
            loans.c.status,
            func.count(),
            func.sum(loans.c.outstanding),
            func.sum(loans.c.at_risk),
        ).group_by(loans.c.currency, loans.c.product, loans.c.status)
    ).all()
    return [
        PortfolioLine(
            Currency(cur),
            Product(product),
            LoanStatus(st),
            int(n),
            _money(out or 0, cur),
            _money(risk or 0, cur),
        )
        for cur, product, st, n, out, risk in rows
    ]


def repayments_in(
    session: Session,
    period: Period,
    region_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
) -> tuple[int, dict[Currency, Decimal]]:
    """Live repayments dated in the period: their number and their sum per currency.
    Summed per loan first (from an index holding date, loan and amount), then by currency."""
    per_loan = (
        select(
            Repayment.loan_id,
            func.count().label("n"),
            func.sum(Repayment.amount_minor).label("total"),
        )
        .where(Repayment.reversed_at.is_(None), Repayment.paid_on.between(period.start, period.end))
        .group_by(Repayment.loan_id)
        .subquery("per_loan")
    )
    conditions: list[ColumnElement[bool]] = [Loan.deleted_at.is_(None)]
    conditions += _scope(region_id, project_id)
    rows = session.execute(
        select(Loan.currency, func.sum(per_loan.c.n), func.sum(per_loan.c.total))
        .join(per_loan, per_loan.c.loan_id == Loan.id)
        .where(*conditions)
        .group_by(Loan.currency)
    ).all()
    count = sum(int(n) for _c, n, _s in rows)
    return count, {Currency(c): _money(total, c) for c, _n, total in rows}


def disbursed_in(
    session: Session,
    period: Period,
    region_id: uuid.UUID | None = None,
    *,
    project_id: uuid.UUID | None = None,
) -> int:
    conditions: list[ColumnElement[bool]] = [
        Loan.deleted_at.is_(None),
        Loan.disbursed_on.between(period.start, period.end),
        *_scope(region_id, project_id),
    ]
    return int(session.scalar(select(func.count()).select_from(Loan).where(*conditions)) or 0)


def _scope(region_id: uuid.UUID | None, project_id: uuid.UUID | None) -> list[Any]:
    """Conditions keeping the loans of a region and a project (None: any)."""
    conditions = []
    if region_id is not None:
        conditions.append(Loan.region_id == region_id)
    if project_id is not None:
        conditions.append(Loan.project_id == project_id)
    return conditions


def disbursed_since(
    session: Session,
    widest: Period,
    starts: Mapping[str, date],
    region_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
) -> dict[str, int]:
    """Loans disbursed from each of `starts` to the end of `widest` (which holds them all),
    counted in one pass: `disbursed_in` of several periods ending on the same day."""
    row = session.execute(
        select(
            *(func.sum(case((Loan.disbursed_on >= s, 1), else_=0)) for s in starts.values())
        ).where(
            Loan.deleted_at.is_(None),
            Loan.disbursed_on.between(widest.start, widest.end),
            *_scope(region_id, project_id),
        )
    ).one()
    return {name: int(row[i] or 0) for i, name in enumerate(starts)}


def repaid_since(
    session: Session,
    widest: Period,
    starts: Mapping[str, date],
    region_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
) -> dict[str, tuple[int, dict[Currency, Decimal]]]:
    """`repayments_in` of several periods ending on the same day, in one pass over the
    longest: per start, the live repayments dated from it and their sum per currency.

    Over a quarter the repayments are read by date and summed per loan first. Over a longer
    span of one project (a project's results since its start), each of its loans' repayments
    are read from the loan's own index instead (on SQLite, the unary + keeps it off the date
    index): 100,000 loans with 600,000 repayments over 21 months, 0.7 s against 1.9 s."""
    by_loan = project_id is not None and (widest.end - widest.start).days > LONG_SPAN_DAYS
    paid: Any = Repayment.paid_on
    if by_loan and session.get_bind().dialect.name == "sqlite":
        paid = type_coerce(literal_column("+repayment.paid_on"), Date)
    columns = []
    for i, start in enumerate(starts.values()):
        since = paid >= start
        columns += [
            func.sum(case((since, 1), else_=0)).label(f"n{i}"),
            func.sum(case((since, Repayment.amount_minor), else_=0)).label(f"t{i}"),
        ]
    live = [Repayment.reversed_at.is_(None), paid.between(widest.start, widest.end)]
    if by_loan:
        query = (
            select(Loan.currency, *columns)
            .select_from(Loan)
            .join(Repayment, Repayment.loan_id == Loan.id)
            .where(*live, Loan.deleted_at.is_(None), *_scope(region_id, project_id))
            .group_by(Loan.currency)
        )
    else:
        per_loan = (
            select(Repayment.loan_id, *columns)
            .where(*live)
            .group_by(Repayment.loan_id)
            .subquery("per_loan")
        )
        sums = []
        for i in range(len(starts)):
            sums += [func.sum(per_loan.c[f"n{i}"]), func.sum(per_loan.c[f"t{i}"])]
        query = (
            select(Loan.currency, *sums)
            .join(per_loan, per_loan.c.loan_id == Loan.id)
            .where(Loan.deleted_at.is_(None), *_scope(region_id, project_id))
            .group_by(Loan.currency)
        )
    rows = session.execute(query).all()
    found: dict[str, tuple[int, dict[Currency, Decimal]]] = {}
    for i, name in enumerate(starts):
        count = sum(int(r[1 + 2 * i] or 0) for r in rows)
        amounts = {Currency(r[0]): _money(r[2 + 2 * i], r[0]) for r in rows if r[1 + 2 * i]}
        found[name] = (count, amounts)
    return found


def status_sql(oldest_unpaid_due: Any, final_due_on: Any, as_of: date) -> Any:
    """`rules.status_of` as SQL: NULL oldest unpaid due date = repaid."""
    nq = next_quarter(as_of)
    return case(
        (oldest_unpaid_due.is_(None), literal(LoanStatus.REPAID.value)),
        (oldest_unpaid_due <= as_of, literal(LoanStatus.OVERDUE.value)),
        (final_due_on.between(nq.start, nq.end), literal(LoanStatus.DUE_NEXT_QUARTER.value)),
        else_=literal(LoanStatus.CURRENT.value),
    )


def status_today(today: date) -> Any:
    """Today's status from the columns kept on the loan."""
    return status_sql(Loan.next_due_on, Loan.final_due_on, today)
