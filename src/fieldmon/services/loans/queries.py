"""Loan queries: one loan as its page and `loans show` present it, the loans list and its
count, the collection sheet and the brief for fast repayment entry; `find_loan_id`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Select,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, BorrowerMember, Instalment, Loan, Person, Place, Repayment
from fieldmon.domain import loans as rules
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import (
    BorrowerKind,
    LoanFields,
    LoanState,
    LoanStatus,
    Product,
    Sex,
    normalize_loan_no,
)
from fieldmon.domain.money import Currency, from_minor
from fieldmon.domain.people import PersonFields
from fieldmon.domain.periods import Period
from fieldmon.domain.text import escape_like, normalize_name, person_key
from fieldmon.services import places
from fieldmon.services.loans._rows import (
    _instalments,
    _live_loan,
    _loan_fields,
    _money,
)
from fieldmon.services.loans.commands import BorrowerInput
from fieldmon.services.loans.portfolio import status_today
from fieldmon.services.places import PlaceInput


def find_loan_id(db: Database, loan_no: str) -> uuid.UUID:
    with db.read_session() as session:
        found = session.scalar(
            select(Loan.id).where(
                Loan.loan_no == normalize_loan_no(loan_no), Loan.deleted_at.is_(None)
            )
        )
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "There is no loan number {loan_no}."),
            loan_no=normalize_loan_no(loan_no),
        )
    return found


# --- one loan as the loan page and `loans show` present it ---------------------------------


@dataclass(frozen=True)
class ScheduleLine:
    seq: int
    due_on: date
    principal: Decimal
    interest: Decimal
    total: Decimal
    paid: Decimal


@dataclass(frozen=True)
class RepaymentLine:
    id: uuid.UUID
    paid_on: date
    amount: Decimal
    receipt_no: str
    posted_by: str
    reversed_at: datetime | None
    reversed_by: str | None
    reversal_reason: str | None


@dataclass(frozen=True)
class LoanDetail:
    id: uuid.UUID
    fields: LoanFields
    borrower: BorrowerInput
    borrower_name: str
    place_names: list[str]
    schedule: list[ScheduleLine]
    repayments: list[RepaymentLine]
    state: LoanState
    currency: Currency
    created_by: str
    updated_at: datetime
    updated_by: str


def load_loan(
    db: Database, loan_id: uuid.UUID, as_of: date | None = None, lang: str = "en"
) -> LoanDetail:
    """The loan with its schedule (paid as of `as_of`), every repayment (reversed ones too)
    and its state as of `as_of` (default today); its places named in `lang`."""
    as_of = as_of or date.today()
    with db.read_session() as session:
        loan = _live_loan(session, loan_id)
        cur = Currency(loan.currency)
        borrower = session.get(Borrower, loan.borrower_id)
        assert borrower is not None
        persons = [
            session.get(Person, m.person_id)
            for m in session.scalars(
                select(BorrowerMember)
                .where(BorrowerMember.borrower_id == borrower.id)
                .order_by(BorrowerMember.position)
            )
        ]
        chain = places.path_of(session, borrower.place_id)
        names = {p.kind: p.name for p in chain}
        members = tuple(
            PersonFields(p.full_name, Sex(p.sex), p.birth_year, p.iin or "", p.phone)
            for p in persons
            if p is not None
        )
        borrower_input = BorrowerInput(
            BorrowerKind(borrower.kind),
            members,
            PlaceInput(chain[0].id, names.get("district", ""), names.get("settlement", "")),
            borrower.name if borrower.kind == BorrowerKind.GROUP else "",
        )
        instalments = _instalments(session, loan)
        all_repayments = list(
            session.scalars(
                select(Repayment)
                .where(Repayment.loan_id == loan.id)
                .order_by(Repayment.paid_on, Repayment.created_at)
            )
        )
        live = [
            (r.paid_on, from_minor(r.amount_minor, cur))
            for r in all_repayments
            if r.reversed_at is None
        ]
        state = rules.state_as_of(instalments, live, as_of)
        allocation = rules.allocate(instalments, state.paid)
        return LoanDetail(
            id=loan.id,
            fields=_loan_fields(loan),
            borrower=borrower_input,
            borrower_name=borrower.name,
            place_names=[places.display_name(p, lang) for p in chain],
            schedule=[
                ScheduleLine(i.seq, i.due_on, i.principal, i.interest, i.total, p.total)
                for i, p in zip(instalments, allocation, strict=True)
            ],
            repayments=[
                RepaymentLine(
                    r.id,
                    r.paid_on,
                    from_minor(r.amount_minor, cur),
                    r.receipt_no,
                    r.created_by,
                    r.reversed_at,
                    r.reversed_by,
                    r.reversal_reason,
                )
                for r in all_repayments
            ],
            state=state,
            currency=cur,
            created_by=loan.created_by,
            updated_at=loan.updated_at,
            updated_by=loan.updated_by,
        )


# --- the loans list (today's state, from the columns kept on each loan) ----------------------


@dataclass(frozen=True)
class LoanFilter:
    """Text matches the loan number, the borrower's name or the place's name (any case)."""

    text: str = ""
    status: LoanStatus | None = None
    product: Product | None = None
    region_id: uuid.UUID | None = None
    currency: Currency | None = None
    project_id: uuid.UUID | None = None  # the loans of this project only; None: all


@dataclass(frozen=True)
class LoanRow:
    id: uuid.UUID
    loan_no: str
    borrower: str
    place: str
    product: Product
    currency: Currency
    principal: Decimal
    disbursed_on: date
    outstanding: Decimal
    status: LoanStatus
    days_in_arrears: int


def _filtered(query: Select[Any], flt: LoanFilter, today: date) -> Select[Any]:
    query = query.where(Loan.deleted_at.is_(None), Loan.disbursed_on <= today)
    if flt.status is not None:
        query = query.where(status_today(today) == flt.status.value)
    if flt.product is not None:
        query = query.where(Loan.product == flt.product.value)
    if flt.currency is not None:
        query = query.where(Loan.currency == flt.currency.value)
    if flt.region_id is not None:
        query = query.where(Loan.region_id == flt.region_id)
    if flt.project_id is not None:
        query = query.where(Loan.project_id == flt.project_id)  # indexed (ix_loan_project_id)
    text = " ".join(flt.text.split())
    if text:
        pattern = f"%{escape_like(normalize_name(text))}%"
        loan_no = f"%{escape_like(normalize_loan_no(text))}%"
        query = query.where(
            or_(
                Loan.loan_no.like(loan_no, escape="\\"),
                Loan.borrower_id.in_(
                    select(Borrower.id).where(Borrower.name_key.like(pattern, escape="\\"))
                ),
                Loan.borrower_id.in_(
                    select(BorrowerMember.borrower_id)
                    .join(Person, Person.id == BorrowerMember.person_id)
                    .where(Person.name_key.like(f"%{escape_like(person_key(text))}%", escape="\\"))
                ),
                Loan.place_id.in_(
                    select(Place.id).where(Place.name_key.like(pattern, escape="\\"))
                ),
            )
        )
    return query


SORT_KEYS = {
    "loan_no": Loan.loan_no,
    "borrower": Borrower.name,
    "disbursed_on": Loan.disbursed_on,
    "principal": Loan.principal_minor,
    "outstanding": Loan.outstanding_principal_minor,
    "next_due_on": Loan.next_due_on,
}


def list_loans(
    session: Session,
    flt: LoanFilter,
    *,
    sort: str = "loan_no",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
    lang: str = "en",
) -> list[LoanRow]:
    """A page of loans; places are named in `lang` (a region's Russian or Kazakh name)."""
    today = today or date.today()
    column = SORT_KEYS[sort]
    order = [column.desc(), Loan.id.desc()] if descending else [column, Loan.id]
    if sort == "loan_no":  # unique: no tie-break, so the unique index gives the order
        order = order[:1]
    status = status_today(today)
    query = _filtered(
        select(
            Loan.id,
            Loan.loan_no,
            Borrower.name,
            Place.name,
            Loan.product,
            Loan.currency,
            Loan.principal_minor,
            Loan.disbursed_on,
            Loan.outstanding_principal_minor,
            status,
            Loan.next_due_on,
            Place.name_ru,
            Place.name_kk,
        )
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .join(Place, Place.id == Loan.place_id),
        flt,
        today,
    )
    rows = session.execute(query.order_by(*order).offset(offset).limit(limit)).all()
    return [
        LoanRow(
            id=r[0],
            loan_no=r[1],
            borrower=r[2],
            place={"ru": r[11], "kk": r[12]}.get(lang) or r[3],
            product=Product(r[4]),
            currency=Currency(r[5]),
            principal=_money(r[6], r[5]),
            disbursed_on=r[7],
            outstanding=_money(r[8], r[5]),
            status=LoanStatus(r[9]),
            days_in_arrears=(today - r[10]).days if r[9] == LoanStatus.OVERDUE.value else 0,
        )
        for r in rows
    ]


def loan_page(
    db: Database,
    flt: LoanFilter,
    *,
    sort: str = "loan_no",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
    lang: str = "en",
) -> list[LoanRow]:
    """`list_loans` for the loans list's model (one page per call)."""
    with db.read_session() as session:
        return list_loans(
            session,
            flt,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
            today=today,
            lang=lang,
        )


def loan_count(db: Database, flt: LoanFilter, today: date | None = None) -> int:
    """`count_loans`, for the loans list's count."""
    with db.read_session() as session:
        return count_loans(session, flt, today)


def count_loans(session: Session, flt: LoanFilter, today: date | None = None) -> int:
    query = _filtered(select(func.count()).select_from(Loan), flt, today or date.today())
    return int(session.scalar(query) or 0)


# --- the collection sheet -------------------------------------------------------------------


@dataclass(frozen=True)
class CollectionLine:
    loan_id: uuid.UUID
    loan_no: str
    borrower: str
    phone: str
    place: str
    seq: int
    due_on: date
    to_collect: Decimal
    currency: Currency


def collection_sheet(
    db: Database,
    period: Period,
    place_id: uuid.UUID,
    *,
    with_arrears: bool = True,
) -> list[CollectionLine]:
    """Instalments still to collect that fall due in `period` (and, with `with_arrears`,
    earlier ones still unpaid) for loans whose borrower lives in the place (a region, a
    district or a settlement), by settlement, borrower and due date. The amount is what is
    left of each instalment after every repayment posted so far."""
    with db.read_session() as session:
        place = session.get(Place, place_id)
        if place is None:
            raise UserError(QT_TRANSLATE_NOOP("fieldmon", "This place no longer exists."))
        settlement = aliased(Place)
        if place.kind in places.TOP_KINDS:
            where = Loan.region_id == place.id
        else:
            where = or_(Loan.place_id == place.id, settlement.parent_id == place.id)
        total = Instalment.principal_minor + Instalment.interest_minor
        unpaid = Instalment.due_before_minor + total - Loan.paid_minor
        remaining = case((unpaid < total, unpaid), else_=total)
        due = (
            Instalment.due_on.between(period.start, period.end)
            if not with_arrears
            else Instalment.due_on <= period.end
        )
        phone = (
            select(Person.phone)
            .join(BorrowerMember, BorrowerMember.person_id == Person.id)
            .where(BorrowerMember.borrower_id == Borrower.id, Person.phone != "")
            .order_by(BorrowerMember.position)
            .limit(1)
            .scalar_subquery()
        )
        rows = session.execute(
            select(
                Loan.id,
                Loan.loan_no,
                Borrower.name,
                func.coalesce(phone, ""),
                settlement.name,
                Instalment.seq,
                Instalment.due_on,
                remaining,
                Loan.currency,
            )
            .join(Instalment, Instalment.loan_id == Loan.id)
            .join(Borrower, Borrower.id == Loan.borrower_id)
            .join(settlement, settlement.id == Loan.place_id)
            .where(
                where,
                due,
                Loan.deleted_at.is_(None),
                unpaid > 0,
            )
            .order_by(settlement.name, Borrower.name, Loan.loan_no, Instalment.seq)
        ).all()
    return [
        CollectionLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _money(r[7], r[8]), Currency(r[8]))
        for r in rows
    ]


# --- what to collect from one borrower (fast repayment entry) -------------------------------


@dataclass(frozen=True)
class LoanBrief:
    id: uuid.UUID
    loan_no: str
    borrower: str
    currency: Currency
    due_now: Decimal  # unpaid of everything due by today, else the next instalment's rest
    next_due_on: date | None
    outstanding: Decimal  # everything still owed


def loan_brief(db: Database, loan_no: str, today: date | None = None) -> LoanBrief:
    today = today or date.today()
    loan_id = find_loan_id(db, loan_no)
    with db.read_session() as session:
        loan = _live_loan(session, loan_id)
        borrower = session.get(Borrower, loan.borrower_id)
        cur = Currency(loan.currency)
        instalments = _instalments(session, loan)
        paid = from_minor(loan.paid_minor, cur)
        allocation = rules.allocate(instalments, paid)
        lines = [(i.due_on, i.total, p.total) for i, p in zip(instalments, allocation, strict=True)]
        next_due = next((due_on for due_on, total, paid in lines if paid < total), None)
        return LoanBrief(
            loan.id,
            loan.loan_no,
            borrower.name if borrower else "",
            cur,
            rules.amount_due(lines, today),
            next_due,
            from_minor(loan.total_due_minor - loan.paid_minor, cur),
        )
