"""The repayment ledger across two laptops: one receipt is one payment, whatever order the
packages travel in; a receipt that disagrees is a conflict; an over-payment is shown."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import History, Loan, Repayment
from fieldmon.services import loans, places
from fieldmon.services.merge import open_conflicts, resolve
from tests.conftest import Laptops
from tests.factories import borrower_input, loan_fields, person_fields

TODAY = date(2026, 11, 21)


def shared_loan(pair: Laptops) -> uuid.UUID:
    """A loan made on laptop a and already on laptop b."""
    east = places.registry_id("east-kazakhstan")
    loan_id = loans.save_loan(
        pair.a,
        loan_fields(loan_no="МК-2026/017"),
        borrower_input(east, person_fields(full_name="Әсел Қасымова")),
        pair.officer(pair.a),
        today=TODAY,
    )
    pair.send(pair.a, pair.b)
    return loan_id


def pay(
    pair: Laptops, db: Database, loan_id: uuid.UUID, amount: str, receipt: str, day: int = 15
) -> uuid.UUID:
    return loans.post_repayment(
        db, loan_id, date(2026, 3, day), Decimal(amount), receipt, pair.officer(db), today=TODAY
    )


def ledger(db: Database, loan_id: uuid.UUID) -> tuple[list[tuple[str, int]], int, int]:
    """(live receipts with amounts, paid, outstanding principal) as stored."""
    with db.read_session() as session:
        live = session.execute(
            select(Repayment.receipt_no, Repayment.amount_minor)
            .where(Repayment.loan_id == loan_id, Repayment.reversed_at.is_(None))
            .order_by(Repayment.receipt_no)
        ).all()
        loan = session.get(Loan, loan_id)
        assert loan is not None
        return [tuple(r) for r in live], loan.paid_minor, loan.outstanding_principal_minor


def test_one_receipt_typed_on_two_laptops_counts_once_and_both_officers_are_named(
    laptops: Laptops,
) -> None:
    loan_id = shared_loan(laptops)
    first = pay(laptops, laptops.a, loan_id, "93333.33", "КВ-0001")
    second = pay(laptops, laptops.b, loan_id, "93333.33", "КВ-0001")
    laptops.exchange()
    for db in (laptops.a, laptops.b):
        live, paid, _ = ledger(db, loan_id)
        assert live == [("КВ-0001", 9333333)] and paid == 9333333
        assert open_conflicts(db) == []
        with db.read_session() as session:
            copy = session.get(Repayment, second)
            kept = session.get(Repayment, first)
            assert kept is not None and kept.reversed_at is None
            assert copy is not None and copy.reversed_at is not None  # kept, not deleted
            assert "Айгерим Нурланова" in copy.reversal_reason
            assert "Ерлан Сапаров" in copy.reversal_reason
            [entry] = session.scalars(
                select(History).where(History.record_id == second, History.action == "reverse")
            ).all()
            assert "Duplicate of receipt КВ-0001" in entry.changes
    assert ledger(laptops.a, loan_id) == ledger(laptops.b, loan_id)


def test_the_same_receipt_with_another_amount_is_a_conflict_the_coordinator_settles(
    laptops: Laptops,
) -> None:
    loan_id = shared_loan(laptops)
    pay(laptops, laptops.a, loan_id, "90000", "КВ-0002")
    pay(laptops, laptops.b, loan_id, "9000", "КВ-0002", day=16)
    result = laptops.send(laptops.b, laptops.a)
    assert result.receipts == [("МК-2026/017", "КВ-0002", False)]
    assert ledger(laptops.a, loan_id)[0] == [("КВ-0002", 9000000)]
    [conflict] = open_conflicts(laptops.a)
    assert (conflict.table, conflict.field) == ("repayment", "receipt_no")
    assert conflict.kept == "90000.00 KZT, 15.03.2026" and conflict.kept_by == "Айгерим Нурланова"
    assert conflict.other == "9000.00 KZT, 16.03.2026" and conflict.other_by == "Ерлан Сапаров"
    resolve(laptops.a, conflict.id, True, "Координатор Әлия")
    assert ledger(laptops.a, loan_id)[0] == [("КВ-0002", 900000)]
    assert open_conflicts(laptops.a) == []
    laptops.exchange()
    assert ledger(laptops.b, loan_id) == ledger(laptops.a, loan_id)
    assert ledger(laptops.b, loan_id)[0] == [("КВ-0002", 900000)]


def test_an_over_payment_that_only_a_merge_shows_is_reported(laptops: Laptops) -> None:
    loan_id = shared_loan(laptops)
    pay(laptops, laptops.a, loan_id, "700000", "КВ-0003")
    pay(laptops, laptops.b, loan_id, "700000", "КВ-0004")
    result = laptops.send(laptops.b, laptops.a)
    [(loan_no, over, currency)] = result.overpaid
    _live, paid, outstanding = ledger(laptops.a, loan_id)
    assert (loan_no, currency) == ("МК-2026/017", "KZT")
    with laptops.a.read_session() as session:
        loan = session.get(Loan, loan_id)
        assert loan is not None
        assert over == Decimal(loan.paid_minor - loan.total_due_minor) / 100 > 0
    assert paid == 140000000 and outstanding == 0


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    posts=st.lists(
        st.tuples(
            st.sampled_from("ab"),
            st.sampled_from(["КВ-1", "КВ-2", "КВ-3", "Қ-4"]),
            st.sampled_from(["1000", "2500.50"]),
            st.integers(1, 3),
        ),
        min_size=1,
        max_size=8,
    ),
    exchanges=st.lists(st.sampled_from(["ab", "ba"]), max_size=4),
)
def test_any_repayments_in_any_exchange_order_end_with_one_ledger(
    tmp_path_factory, posts, exchanges
) -> None:
    pair = Laptops(tmp_path_factory.mktemp("pair"))
    try:
        loan_id = shared_loan(pair)
        plan = iter(exchanges)
        for side, receipt, amount, day in posts:
            db = pair.a if side == "a" else pair.b
            # A laptop that already has the receipt refuses it, as its officer would see.
            with contextlib.suppress(loans.ValidationError):
                pay(pair, db, loan_id, amount, receipt, day)
            step = next(plan, None)
            if step == "ab":
                pair.send(pair.a, pair.b)
            elif step == "ba":
                pair.send(pair.b, pair.a)
        pair.exchange()
        pair.send(pair.b, pair.a)
        a, b = ledger(pair.a, loan_id), ledger(pair.b, loan_id)
        assert a == b
        live = a[0]
        receipts = [r for r, _ in live]
        assert len(receipts) == len(set(receipts))  # no receipt counts twice
        assert a[1] == sum(amount for _, amount in live)
    finally:
        pair.dispose()


def test_the_command_line_import_names_the_receipt_and_the_over_payment(
    laptops: Laptops, capsys
) -> None:
    from fieldmon.cli import main
    from fieldmon.services.packages import export_package

    loan_id = shared_loan(laptops)
    pay(laptops, laptops.a, loan_id, "700000", "КВ-0005")
    pay(laptops, laptops.b, loan_id, "700000", "КВ-0005")
    pay(laptops, laptops.a, loan_id, "400000", "КВ-0007")
    pay(laptops, laptops.b, loan_id, "400000", "КВ-0006")
    path = laptops.folder / "stick" / "b.fmpkg"
    export_package(laptops.b, path, laptops.officer(laptops.b))
    assert laptops.a.path is not None
    assert main(["--db", str(laptops.a.path), "package", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "Loan МК-2026/017, receipt КВ-0005: typed on two laptops; it counts once (the first posted)."
        in out
    )
    assert "Loan МК-2026/017 is over-paid by 380000.00 KZT: check its repayments." in out
