"""Loan commands: check and save a loan with its borrower and schedule, keep a loan's
state columns current, post and reverse repayments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    delete,
    select,
)
from sqlalchemy.orm import Session

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, BorrowerMember, Instalment, Loan, Repayment
from fieldmon.domain import loans as rules
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import (
    BorrowerKind,
    LoanFields,
    normalize_loan_no,
)
from fieldmon.domain.money import Currency, from_minor, to_minor
from fieldmon.domain.people import PersonFields, validate_person
from fieldmon.domain.text import person_key
from fieldmon.domain.visits import REGION_NEEDED, REQUIRED, TOO_LONG
from fieldmon.services import history, people, places, projects
from fieldmon.services.loans._rows import _instalments, _live_loan, _live_repayments, _loan_fields
from fieldmon.services.places import PlaceInput

LOAN_NO_TAKEN = QT_TRANSLATE_NOOP("fieldmon", "Loan number {loan_no} is already used.")
LOAN_NO_DELETED = QT_TRANSLATE_NOOP(
    "fieldmon",
    "Loan number {loan_no} belongs to a deleted loan; use another number or undo the deletion.",
)
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
    errors = rules.validate_loan(loan, today) + projects.project_problem(session, loan.project_id)
    loan_no = normalize_loan_no(loan.loan_no)
    if loan_no and not any(e.field == "loan_no" for e in errors):
        taken = session.execute(
            select(Loan.id, Loan.deleted_at).where(Loan.loan_no == loan_no)
        ).first()
        if taken is not None and taken[0] != loan_id:
            # numbers stay unique among deleted loans too (a deletion can be undone)
            message = LOAN_NO_DELETED if taken[1] is not None else LOAN_NO_TAKEN
            errors.append(FieldError("loan_no", message, {"loan_no": loan_no}))
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
        "project_id": loan.project_id,
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


# --- deleting a loan ------------------------------------------------------------------------

HAS_REPAYMENTS = QT_TRANSLATE_NOOP(
    "fieldmon", "Loan {loan_no} has repayments; reverse them before deleting the loan."
)


def _has_any_live_repayment(session: Session, loan_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(Repayment.id)
            .where(
                Repayment.loan_id == loan_id,
                Repayment.reversed_at.is_(None),
                Repayment.deleted_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def delete_loan(db: Database, loan_id: uuid.UUID, officer: str) -> str:
    """Mark a loan deleted (kept, with its schedule; `restore_loan` brings it back) and
    return its number. Refused (UserError) while it has a live repayment: money received
    is never thrown away with a loan entered by mistake; reverse the repayments (each with
    its reason) first. Reversed repayments do not block it — the rule is the one that
    locks a loan's terms — and stay with the deleted loan as they were, so its history is
    whole if it is restored. The borrower and its people stay in the registry."""
    with db.session() as session:
        loan = _live_loan(session, loan_id)
        if _has_any_live_repayment(session, loan.id):
            raise UserError(HAS_REPAYMENTS, loan_no=loan.loan_no)
        history.soft_delete(session, "loan", loan, officer)
        return loan.loan_no


def restore_loan(db: Database, loan_id: uuid.UUID, officer: str) -> None:
    """Undo `delete_loan`; a loan that is not deleted (or is gone) is left as it is. The
    loan number cannot have been taken meanwhile: numbers are unique among deleted loans
    too."""
    with db.session() as session:
        loan = session.get(Loan, loan_id)
        if loan is not None and loan.deleted_at is not None:
            history.restore(session, "loan", loan, officer)


def loan_is_live(db: Database, loan_id: uuid.UUID) -> bool:
    """Whether the loan exists and is not deleted (a loan's page closes when it is not)."""
    with db.read_session() as session:
        loan = session.get(Loan, loan_id)
        return loan is not None and loan.deleted_at is None
