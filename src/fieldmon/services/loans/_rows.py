"""Rows and conversions the loan commands, queries and portfolio SQL share."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import (
    select,
)
from sqlalchemy.orm import Session

from fieldmon.db.models import Instalment, Loan, Repayment
from fieldmon.domain import loans as rules
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import (
    LoanFields,
    Method,
    Product,
)
from fieldmon.domain.money import Currency, from_minor


def _money(minor: int, currency: str) -> Decimal:
    return from_minor(int(minor), Currency(currency))


def _live_loan(session: Session, loan_id: uuid.UUID) -> Loan:
    loan = session.get(Loan, loan_id)
    if loan is None or loan.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "This loan no longer exists; it may have been deleted.")
        )
    return loan


def _instalments(session: Session, loan: Loan) -> list[rules.Instalment]:
    cur = Currency(loan.currency)
    return [
        rules.Instalment(
            i.seq, i.due_on, from_minor(i.principal_minor, cur), from_minor(i.interest_minor, cur)
        )
        for i in session.scalars(
            select(Instalment).where(Instalment.loan_id == loan.id).order_by(Instalment.seq)
        )
    ]


def _live_repayments(session: Session, loan_id: uuid.UUID) -> list[Repayment]:
    return list(
        session.scalars(
            select(Repayment)
            .where(Repayment.loan_id == loan_id, Repayment.reversed_at.is_(None))
            .order_by(Repayment.paid_on, Repayment.created_at)
        )
    )


def _loan_fields(loan: Loan) -> LoanFields:
    cur = Currency(loan.currency)
    return LoanFields(
        loan_no=loan.loan_no,
        product=Product(loan.product),
        purpose=loan.purpose,
        principal=from_minor(loan.principal_minor, cur),
        currency=cur,
        annual_rate_pct=loan.annual_rate_pct,
        method=Method(loan.method),
        term_months=loan.term_months,
        disbursed_on=loan.disbursed_on,
        first_due_on=loan.first_due_on,
        approved_on=loan.approved_on,
        project_id=loan.project_id,
    )
