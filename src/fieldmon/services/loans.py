"""Loans: record a loan with its borrower and schedule, post and reverse repayments, read a
loan's state as of a date, list loans, and the portfolio figures of the summary.

Money is stored as whole minor units (see domain/money.py). The schedule is computed once,
when the loan is saved, and stored (`instalment`), so a later change of the rules does not
change loans already made. A loan with live repayments keeps its terms: to change the amount,
rate, term or dates, reverse its repayments first.

Two ways to a loan's state:
* today's: the columns `paid_minor`, `next_due_on`, `outstanding_principal_minor` kept on the
  loan by every post and reversal (the list filters and sorts on them);
* as of any date D: repayments dated on or before D are summed per loan and the instalment
  that sum reaches is found with one range join (repayments pay the oldest instalment first,
  so the sum decides everything). This is what the summary and `loans show --as-of` use.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    delete,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, BorrowerMember, Instalment, Loan, Person, Place, Repayment
from fieldmon.domain import loans as rules
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import (
    BorrowerKind,
    LoanFields,
    LoanState,
    LoanStatus,
    Method,
    Product,
    Sex,
    normalize_loan_no,
)
from fieldmon.domain.money import Currency, from_minor, to_minor
from fieldmon.domain.people import PersonFields, validate_person
from fieldmon.domain.periods import Period, quarter_of
from fieldmon.domain.text import escape_like, normalize_name, person_key
from fieldmon.domain.visits import REGION_NEEDED, REQUIRED, TOO_LONG
from fieldmon.services import history, people, places
from fieldmon.services.places import PlaceInput

LOAN_NO_TAKEN = QT_TRANSLATE_NOOP("fieldmon", "Loan number {loan_no} is already used.")
GROUP_SIZE = QT_TRANSLATE_NOOP("fieldmon", "A group has 2 or 3 members.")
ONE_MEMBER = QT_TRANSLATE_NOOP("fieldmon", "An individual borrower is one person.")
SAME_MEMBER_TWICE = QT_TRANSLATE_NOOP("fieldmon", "The same person is listed twice in the group.")
TERMS_LOCKED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "This loan has repayments; reverse them before changing its amount, rate, term or dates.",
)
RECEIPT_TAKEN = QT_TRANSLATE_NOOP(
    "fieldmon", "Receipt {receipt_no} is already posted on this loan."
)
REASON_NEEDED = QT_TRANSLATE_NOOP("fieldmon", "Say why the repayment is reversed.")

MAX_GROUP = 3


@dataclass(frozen=True)
class BorrowerInput:
    """An individual (one member) or a group of 2–3 members, with the borrower's place."""

    kind: BorrowerKind | None
    members: tuple[PersonFields, ...]
    place: PlaceInput
    group_name: str = ""


def member_prefix(kind: BorrowerKind | None, index: int) -> str:
    """Error field names of the i-th member (0-based): 'full_name' for an individual,
    'member2.full_name' for the second member of a group."""
    return "" if kind != BorrowerKind.GROUP else f"member{index + 1}."


def loan_id_for(loan_no: str) -> uuid.UUID:
    return uuid.uuid5(places.NAMESPACE, f"loan:{normalize_loan_no(loan_no)}")


def _money(minor: int, currency: str) -> Decimal:
    return from_minor(int(minor), Currency(currency))


# --- checking and writing a loan ----------------------------------------------------------


def check_borrower(borrower: BorrowerInput, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if borrower.place.region_id is None:
        errors.append(FieldError("region", REGION_NEEDED))
    if borrower.kind is None:
        errors.append(FieldError("kind", REQUIRED))
        return errors
    present = [m for m in borrower.members if any((m.full_name.strip(), m.iin.strip()))]
    if borrower.kind == BorrowerKind.GROUP:
        name = " ".join(borrower.group_name.split())
        if not name:
            errors.append(FieldError("group_name", REQUIRED))
        elif len(name) > 200:
            errors.append(FieldError("group_name", TOO_LONG, {"max": 200}))
        if not 2 <= len(present) <= MAX_GROUP:
            errors.append(FieldError("members", GROUP_SIZE))
    elif len(present) > 1:
        errors.append(FieldError("members", ONE_MEMBER))
    members = borrower.members if borrower.kind == BorrowerKind.GROUP else borrower.members[:1]
    keys: set[str] = set()
    for index, member in enumerate(members):
        if borrower.kind == BorrowerKind.GROUP and member not in present:
            continue
        errors += validate_person(member, today, member_prefix(borrower.kind, index))
        key = member.iin.strip() or f"{person_key(member.full_name)}:{member.birth_year}"
        if key in keys:
            errors.append(FieldError("members", SAME_MEMBER_TWICE))
        keys.add(key)
    return errors


def _has_live_repayments(session: Session, loan_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(Repayment.id)
            .where(Repayment.loan_id == loan_id, Repayment.reversed_at.is_(None))
            .limit(1)
        )
        is not None
    )


_TERM_FIELDS = ("principal", "currency", "annual_rate_pct", "method", "term_months")


def check_loan(
    session: Session,
    loan: LoanFields,
    borrower: BorrowerInput,
    today: date,
    loan_id: uuid.UUID | None = None,
) -> list[FieldError]:
    """Every problem with a loan and its borrower, without writing anything."""
    errors = rules.validate_loan(loan, today)
    loan_no = normalize_loan_no(loan.loan_no)
    if loan_no and not any(e.field == "loan_no" for e in errors):
        taken = session.scalar(select(Loan.id).where(Loan.loan_no == loan_no))
        if taken is not None and taken != loan_id:
            errors.append(FieldError("loan_no", LOAN_NO_TAKEN, {"loan_no": loan_no}))
    errors += check_borrower(borrower, today)
    if loan_id is not None and not errors and _has_live_repayments(session, loan_id):
        stored = _loan_fields(_live_loan(session, loan_id))
        if stored.terms() != loan.terms() or stored.disbursed_on != loan.disbursed_on:
            errors.append(FieldError("principal", TERMS_LOCKED))
    return errors


def problems(
    db: Database,
    loan: LoanFields,
    borrower: BorrowerInput,
    today: date,
    loan_id: uuid.UUID | None = None,
) -> list[FieldError]:
    """`check_loan` in a session of its own, for a form that wants every problem at once."""
    with db.read_session() as session:
        return check_loan(session, loan, borrower, today, loan_id)


def _borrower_row(session: Session, borrower: BorrowerInput, officer: str) -> Borrower:
    place = places.get_or_create(session, borrower.place, officer)
    if borrower.kind == BorrowerKind.GROUP:
        members = [m for m in borrower.members if m.full_name.strip() or m.iin.strip()]
    else:
        members = list(borrower.members[:1])
    persons = [people.get_or_create_person(session, m, borrower.place, officer) for m in members]
    if borrower.kind == BorrowerKind.GROUP:
        name = " ".join(borrower.group_name.split())
        key = f"borrower:group:{place.id}:{person_key(name)}"
    else:
        name = persons[0].full_name
        key = f"borrower:person:{persons[0].id}"
    bid = uuid.uuid5(places.NAMESPACE, key)
    row = session.get(Borrower, bid)
    region_id = place.region_id or place.id
    if row is None:
        row = Borrower(
            id=bid,
            kind=(borrower.kind or BorrowerKind.INDIVIDUAL).value,
            name=name,
            place_id=place.id,
            region_id=region_id,
            created_by=officer,
            updated_by=officer,
        )
        session.add(row)
        session.flush()
        history.record(
            session,
            "borrower",
            bid,
            "create",
            {"kind": (None, row.kind), "name": (None, name)},
            officer,
        )
    elif row.deleted_at is not None:
        history.restore(session, "borrower", row, officer)
    old = [
        m.person_id
        for m in session.scalars(
            select(BorrowerMember)
            .where(BorrowerMember.borrower_id == bid)
            .order_by(BorrowerMember.position)
        )
    ]
    new = [p.id for p in persons]
    if old != new:
        for member in session.scalars(
            select(BorrowerMember).where(BorrowerMember.borrower_id == bid)
        ):
            session.delete(member)
        session.flush()
        for position, pid in enumerate(new, start=1):
            session.add(BorrowerMember(borrower_id=bid, position=position, person_id=pid))
        if old:
            history.stamp(row, officer)
            history.record(session, "borrower", bid, "update", {"members": (old, new)}, officer)
    if (row.place_id, row.name) != (place.id, name):
        changes = {"place_id": (row.place_id, place.id), "name": (row.name, name)}
        row.place_id, row.region_id, row.name = place.id, region_id, name
        history.stamp(row, officer)
        history.record(session, "borrower", bid, "update", changes, officer)
    return row


def _loan_values(loan: LoanFields, borrower: Borrower) -> dict[str, Any]:
    terms = loan.terms()
    assert loan.product is not None and loan.currency is not None
    return {
        "loan_no": normalize_loan_no(loan.loan_no),
        "borrower_id": borrower.id,
        "product": loan.product.value,
        "purpose": " ".join(loan.purpose.split()),
        "principal_minor": to_minor(terms.principal, terms.currency),
        "currency": terms.currency.value,
        "annual_rate_pct": terms.annual_rate_pct.normalize() + 0,
        "method": terms.method.value,
        "term_months": terms.term_months,
        "disbursed_on": loan.disbursed_on,
        "first_due_on": terms.first_due_on,
        "approved_on": loan.approved_on,
        "region_id": borrower.region_id,
        "place_id": borrower.place_id,
    }


def write_schedule(session: Session, loan: Loan, terms: rules.LoanTerms) -> None:
    """Store the schedule (replacing an earlier one) and the totals kept on the loan."""
    currency = terms.currency
    lines = [
        (inst, to_minor(inst.principal, currency), to_minor(inst.interest, currency))
        for inst in rules.schedule(terms)
    ]
    loan.total_due_minor = sum(p + i for _inst, p, i in lines)
    loan.final_due_on = lines[-1][0].due_on
    loan.outstanding_principal_minor = loan.principal_minor
    loan.paid_minor = loan.paid_minor or 0
    session.add(loan)
    session.execute(delete(Instalment).where(Instalment.loan_id == loan.id))
    due_before = principal_before = 0
    for inst, p, i in lines:
        session.add(
            Instalment(
                loan_id=loan.id,
                seq=inst.seq,
                due_on=inst.due_on,
                principal_minor=p,
                interest_minor=i,
                due_before_minor=due_before,
                principal_before_minor=principal_before,
            )
        )
        due_before += p + i
        principal_before += p
    session.flush()


def write_loan(
    session: Session,
    loan: LoanFields,
    borrower: BorrowerInput,
    officer: str,
    *,
    loan_id: uuid.UUID | None = None,
    today: date | None = None,
) -> Loan:
    """Validate and write in the caller's transaction; raises ValidationError."""
    errors = check_loan(session, loan, borrower, today or date.today(), loan_id)
    if errors:
        raise ValidationError(errors)
    borrower_row = _borrower_row(session, borrower, officer)
    values = _loan_values(loan, borrower_row)
    if loan_id is None:
        row = Loan(
            id=loan_id_for(values["loan_no"]),
            **values,
            paid_minor=0,
            created_by=officer,
            updated_by=officer,
        )
        write_schedule(session, row, loan.terms())
        refresh_state(session, row)
        history.record(
            session, "loan", row.id, "create", {k: (None, v) for k, v in values.items()}, officer
        )
        return row
    row = _live_loan(session, loan_id)
    changes = {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}
    if changes:
        for k, (_old, v) in changes.items():
            setattr(row, k, v)
        history.stamp(row, officer)
        history.record(session, "loan", row.id, "update", changes, officer)
        write_schedule(session, row, loan.terms())
        refresh_state(session, row)
    return row


def save_loan(
    db: Database,
    loan: LoanFields,
    borrower: BorrowerInput,
    officer: str,
    *,
    loan_id: uuid.UUID | None = None,
    today: date | None = None,
) -> uuid.UUID:
    """Record a new loan (loan_id None) or save changes to one; one transaction."""
    with db.session() as session:
        return write_loan(session, loan, borrower, officer, loan_id=loan_id, today=today).id


def _live_loan(session: Session, loan_id: uuid.UUID) -> Loan:
    loan = session.get(Loan, loan_id)
    if loan is None or loan.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("fieldmon", "This loan no longer exists; it may have been deleted.")
        )
    return loan


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


# --- schedules and state ------------------------------------------------------------------


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


def refresh_state(session: Session, loan: Loan) -> None:
    """Recompute today's state columns from the schedule and every live repayment."""
    session.flush()
    cur = Currency(loan.currency)
    instalments = _instalments(session, loan)
    paid_minor = sum(r.amount_minor for r in _live_repayments(session, loan.id))
    allocation = rules.allocate(instalments, from_minor(paid_minor, cur))
    loan.paid_minor = paid_minor
    loan.next_due_on = next(
        (i.due_on for i, p in zip(instalments, allocation, strict=True) if p.total < i.total),
        None,
    )
    principal_paid = sum((p.principal for p in allocation), Decimal(0))
    loan.outstanding_principal_minor = loan.principal_minor - to_minor(principal_paid, cur)


# --- repayments ---------------------------------------------------------------------------


def write_repayment(
    session: Session,
    loan_id: uuid.UUID,
    paid_on: date | None,
    amount: Decimal | None,
    receipt_no: str,
    officer: str,
    *,
    today: date | None = None,
) -> Repayment:
    """Post a repayment in the caller's transaction; raises ValidationError."""
    loan = _live_loan(session, loan_id)
    cur = Currency(loan.currency)
    receipt = " ".join(receipt_no.split())
    errors = rules.validate_repayment(
        paid_on,
        amount,
        receipt,
        currency=cur,
        disbursed_on=loan.disbursed_on,
        outstanding=from_minor(loan.total_due_minor - loan.paid_minor, cur),
        today=today or date.today(),
    )
    if receipt and not any(e.field == "receipt_no" for e in errors):
        duplicate = session.scalar(
            select(Repayment.id).where(
                Repayment.loan_id == loan.id,
                Repayment.receipt_no == receipt,
                Repayment.reversed_at.is_(None),
                Repayment.deleted_at.is_(None),
            )
        )
        if duplicate is not None:
            errors.append(FieldError("receipt_no", RECEIPT_TAKEN, {"receipt_no": receipt}))
    if errors:
        raise ValidationError(errors)
    assert paid_on is not None and amount is not None
    repayment = Repayment(
        loan_id=loan.id,
        paid_on=paid_on,
        amount_minor=to_minor(amount, cur),
        receipt_no=receipt,
        created_by=officer,
        updated_by=officer,
    )
    session.add(repayment)
    session.flush()
    history.record(
        session,
        "repayment",
        repayment.id,
        "create",
        {
            "loan_no": (None, loan.loan_no),
            "paid_on": (None, paid_on),
            "amount": (None, f"{amount} {cur.value}"),
            "receipt_no": (None, receipt),
        },
        officer,
    )
    refresh_state(session, loan)
    return repayment


def post_repayment(
    db: Database,
    loan_id: uuid.UUID,
    paid_on: date | None,
    amount: Decimal | None,
    receipt_no: str,
    officer: str,
    *,
    today: date | None = None,
) -> uuid.UUID:
    with db.session() as session:
        return write_repayment(
            session, loan_id, paid_on, amount, receipt_no, officer, today=today
        ).id


def reverse_repayment(db: Database, repayment_id: uuid.UUID, reason: str, officer: str) -> None:
    """Cancel a posted repayment; it stays, marked reversed, with who, when and why."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError([FieldError("reason", REASON_NEEDED)])
    with db.session() as session:
        repayment = session.get(Repayment, repayment_id)
        if repayment is None or repayment.reversed_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "This repayment does not exist or is already reversed."
                )
            )
        history.stamp(repayment, officer)
        repayment.reversed_at = repayment.updated_at
        repayment.reversed_by = officer
        repayment.reversal_reason = reason
        history.record(
            session, "repayment", repayment.id, "reverse", {"reason": (None, reason)}, officer
        )
        refresh_state(session, _live_loan(session, repayment.loan_id))


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
    )


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


def loan_json(detail: LoanDetail) -> dict[str, Any]:
    """`fieldmon loans show --json`: amounts as decimal strings, dates ISO."""
    f, s = detail.fields, detail.state
    assert f.product and f.method and f.annual_rate_pct is not None and f.disbursed_on
    return {
        "loan_no": f.loan_no,
        "borrower": detail.borrower_name,
        "borrower_kind": detail.borrower.kind.value if detail.borrower.kind else None,
        "members": [m.full_name for m in detail.borrower.members],
        "place": detail.place_names,
        "product": f.product.value,
        "purpose": f.purpose,
        "principal": str(f.principal),
        "currency": detail.currency.value,
        "annual_rate_pct": str(f.annual_rate_pct),
        "method": f.method.value,
        "term_months": f.term_months,
        "disbursed_on": f.disbursed_on.isoformat(),
        "first_due_on": f.first_due_on.isoformat() if f.first_due_on else None,
        "approved_on": f.approved_on.isoformat() if f.approved_on else None,
        "as_of": s.as_of.isoformat(),
        "schedule": [
            {
                "seq": line.seq,
                "due_on": line.due_on.isoformat(),
                "principal": str(line.principal),
                "interest": str(line.interest),
                "total": str(line.total),
                "paid": str(line.paid),
            }
            for line in detail.schedule
        ],
        "repayments": [
            {
                "paid_on": r.paid_on.isoformat(),
                "amount": str(r.amount),
                "receipt_no": r.receipt_no,
                "reversed": r.reversed_at is not None,
                "counted": r.reversed_at is None and r.paid_on <= s.as_of,
                **({"reversal_reason": r.reversal_reason} if r.reversed_at else {}),
            }
            for r in detail.repayments
        ],
        "paid": str(s.paid),
        "outstanding_principal": str(s.outstanding_principal),
        "outstanding_total": str(s.outstanding_total),
        "status": s.status.value,
        "days_in_arrears": s.days_in_arrears,
        "ageing_bucket": s.ageing_bucket,
    }


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


def loans_as_of(as_of: date, region_id: uuid.UUID | None = None, par_days: int = 30) -> Subquery:
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
    if region_id is not None:
        conditions.append(Loan.region_id == region_id)
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
    session: Session, as_of: date, region_id: uuid.UUID | None = None, par_days: int = 30
) -> list[PortfolioLine]:
    """The loans of `loans_as_of`, counted and summed per currency, product and status."""
    loans = loans_as_of(as_of, region_id, par_days)
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
    session: Session, period: Period, region_id: uuid.UUID | None = None
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
    if region_id is not None:
        conditions.append(Loan.region_id == region_id)
    rows = session.execute(
        select(Loan.currency, func.sum(per_loan.c.n), func.sum(per_loan.c.total))
        .join(per_loan, per_loan.c.loan_id == Loan.id)
        .where(*conditions)
        .group_by(Loan.currency)
    ).all()
    count = sum(int(n) for _c, n, _s in rows)
    return count, {Currency(c): _money(total, c) for c, _n, total in rows}


def disbursed_in(session: Session, period: Period, region_id: uuid.UUID | None = None) -> int:
    conditions: list[ColumnElement[bool]] = [
        Loan.deleted_at.is_(None),
        Loan.disbursed_on.between(period.start, period.end),
    ]
    if region_id is not None:
        conditions.append(Loan.region_id == region_id)
    return int(session.scalar(select(func.count()).select_from(Loan).where(*conditions)) or 0)


# --- the loans list (today's state, from the columns kept on each loan) ----------------------


@dataclass(frozen=True)
class LoanFilter:
    """Text matches the loan number, the borrower's name or the place's name (any case)."""

    text: str = ""
    status: LoanStatus | None = None
    product: Product | None = None
    region_id: uuid.UUID | None = None
    currency: Currency | None = None


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
