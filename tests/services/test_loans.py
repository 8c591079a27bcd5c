"""Recording loans and repayments through the services, and reading them back."""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from fieldmon.cli import loan_json
from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, BorrowerMember, History, Instalment, Loan, Person
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.iin import make_iin
from fieldmon.domain.loans import LoanStatus, Method, Product, Sex
from fieldmon.domain.money import Currency
from fieldmon.domain.periods import quarter
from fieldmon.services import history, loans, places
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields

TODAY = date(2026, 11, 21)


def add_loan(db: Database, region: uuid.UUID, **changes: object) -> uuid.UUID:
    borrower = changes.pop("borrower", None) or borrower_input(region)
    return loans.save_loan(db, loan_fields(**changes), borrower, OFFICER, today=TODAY)  # type: ignore[arg-type]


def pay(db: Database, loan_id: uuid.UUID, day: date, amount: str, receipt: str) -> uuid.UUID:
    return loans.post_repayment(db, loan_id, day, D(amount), receipt, OFFICER, today=TODAY)


def errors_of(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def test_a_loan_is_stored_with_its_schedule_in_minor_units(db: Database, east: uuid.UUID) -> None:
    loan_id = add_loan(db, east)
    with db.read_session() as session:
        loan = session.get(Loan, loan_id)
        assert loan is not None
        assert loan.loan_no == "MC-2026/001" and loan.principal_minor == 100_000_000
        assert loan.region_id == east and loan.final_due_on == date(2027, 1, 15)
        lines = session.scalars(
            select(Instalment).where(Instalment.loan_id == loan_id).order_by(Instalment.seq)
        ).all()
        assert [i.principal_minor for i in lines] == [8_333_333] * 11 + [8_333_337]
        assert sum(i.principal_minor for i in lines) == loan.principal_minor
        assert lines[5].due_before_minor == 5 * (8_333_333 + 1_000_000)
        assert loan.total_due_minor == 100_000_000 + 12 * 1_000_000
        assert loan.next_due_on == date(2026, 2, 15)
        assert (
            session.scalar(
                select(func.count()).select_from(History).where(History.record_id == loan_id)
            )
            == 1
        )


def test_a_loan_without_a_first_due_date_starts_a_month_after_disbursement(
    db: Database, east: uuid.UUID
) -> None:
    loan_id = add_loan(db, east, first_due_on=None, disbursed_on=date(2026, 1, 31))
    detail = loans.load_loan(db, loan_id, TODAY)
    assert detail.schedule[0].due_on == date(2026, 2, 28)
    assert detail.schedule[1].due_on == date(2026, 3, 31)


def test_the_same_person_is_found_again_not_entered_twice(db: Database, east: uuid.UUID) -> None:
    add_loan(
        db,
        east,
        loan_no="A-1",
        borrower=borrower_input(east, person_fields(full_name="Семёнова Алёна", sex=Sex.FEMALE)),
    )
    # typed again with е for ё, other case, extra spaces, and now with an IIN
    iin = make_iin(date(1985, 5, 4), "female", 1)
    again = person_fields(full_name="  СЕМЕНОВА   алена ", sex=Sex.FEMALE, iin=iin)
    add_loan(db, east, loan_no="A-2", borrower=borrower_input(east, again))
    # found by IIN alone, even with the name spelt differently
    by_iin = person_fields(full_name="Semenova Alena", sex=Sex.FEMALE, iin=iin)
    add_loan(db, east, loan_no="A-3", borrower=borrower_input(east, by_iin))
    with db.read_session() as session:
        people = session.scalars(select(Person)).all()
        assert len(people) == 1
        assert people[0].iin == iin and people[0].full_name == "Семёнова Алёна"
        assert session.scalar(select(func.count()).select_from(Borrower)) == 1


def test_namesakes_with_different_iins_are_two_people(db: Database, east: uuid.UUID) -> None:
    first = person_fields(iin=make_iin(date(1985, 1, 2), "male", 10))
    second = person_fields(iin=make_iin(date(1985, 7, 8), "male", 20))
    add_loan(db, east, loan_no="A-1", borrower=borrower_input(east, first))
    add_loan(db, east, loan_no="A-2", borrower=borrower_input(east, second))
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2


def test_a_group_loan_has_two_or_three_members(db: Database, east: uuid.UUID) -> None:
    members = [
        person_fields(full_name="Ахметов Болат", birth_year=1980),
        person_fields(full_name="Ахметова Гульнар", sex=Sex.FEMALE, birth_year=1982),
    ]
    group = borrower_input(east, *members, group_name="Крестьянское хозяйство «Береке»")
    loan_id = add_loan(db, east, borrower=group, product=Product.MICROLEASING)
    detail = loans.load_loan(db, loan_id, TODAY)
    assert detail.borrower_name == "Крестьянское хозяйство «Береке»"
    assert [m.full_name for m in detail.borrower.members] == ["Ахметов Болат", "Ахметова Гульнар"]
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(BorrowerMember)) == 2

    with pytest.raises(ValidationError) as exc:
        add_loan(
            db, east, loan_no="G-2", borrower=borrower_input(east, members[0], group_name="Один")
        )
    assert errors_of(exc) == {"members": "A group has 2 or 3 members."}
    four = [person_fields(full_name=f"Член {n}", birth_year=1980 + n) for n in range(4)]
    with pytest.raises(ValidationError) as exc:
        add_loan(
            db, east, loan_no="G-3", borrower=borrower_input(east, *four, group_name="Четверо")
        )
    assert "members" in errors_of(exc)
    with pytest.raises(ValidationError) as exc:
        add_loan(
            db,
            east,
            loan_no="G-4",
            borrower=borrower_input(east, members[0], members[0], group_name="Двое"),
        )
    assert errors_of(exc)["members"] == "The same person is listed twice in the group."


def test_invalid_loans_save_nothing_and_name_each_field(db: Database, east: uuid.UUID) -> None:
    bad = person_fields(iin="850312300013", birth_year=1850)
    with pytest.raises(ValidationError) as exc:
        add_loan(
            db,
            east,
            loan_no="",
            principal=D("0"),
            term_months=0,
            disbursed_on=date(2026, 12, 1),
            first_due_on=None,
            borrower=borrower_input(east, bad),
        )
    found = errors_of(exc)
    assert set(found) == {
        "loan_no",
        "principal",
        "term_months",
        "disbursed_on",
        "birth_year",
        "iin",
    }
    assert "check digit" in found["iin"]
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Loan)) == 0
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_loan_numbers_are_unique(db: Database, east: uuid.UUID) -> None:
    add_loan(db, east, loan_no="mc-7")
    with pytest.raises(ValidationError) as exc:
        add_loan(db, east, loan_no=" MC-7 ")
    assert errors_of(exc) == {"loan_no": "Loan number MC-7 is already used."}


def test_repayments_pay_oldest_first_and_update_the_state(db: Database, east: uuid.UUID) -> None:
    loan_id = add_loan(
        db,
        east,
        principal=D(300),
        annual_rate_pct=D(40),
        term_months=3,
        first_due_on=date(2026, 2, 15),
    )
    # each instalment: principal 100, interest 300 × 40/1200 = 10 → 110
    pay(db, loan_id, date(2026, 2, 15), "150", "R-1")
    detail = loans.load_loan(db, loan_id, date(2026, 3, 20))
    assert [str(line.paid) for line in detail.schedule] == ["110.00", "40.00", "0.00"]
    assert detail.state.status == LoanStatus.OVERDUE
    assert detail.state.days_in_arrears == 5  # 15.03 → 20.03
    assert detail.state.outstanding_principal == D("170.00")  # 40 paid 10 interest + 30 principal
    with db.read_session() as session:
        loan = session.get(Loan, loan_id)
        assert loan is not None and loan.paid_minor == 15000
        assert loan.next_due_on == date(2026, 3, 15)
        assert loan.outstanding_principal_minor == 17000


def test_more_than_is_owed_is_refused(db: Database, east: uuid.UUID) -> None:
    loan_id = add_loan(db, east, principal=D(300), annual_rate_pct=D(40), term_months=3)
    with pytest.raises(ValidationError) as exc:
        pay(db, loan_id, date(2026, 2, 15), "330.01", "R-1")
    assert errors_of(exc) == {
        "amount": "The amount is more than the 330.00 KZT still owed on this loan."
    }
    pay(db, loan_id, date(2026, 2, 15), "330", "R-1")
    with pytest.raises(ValidationError) as exc:
        pay(db, loan_id, date(2026, 2, 16), "1", "R-2")
    assert errors_of(exc) == {"amount": "This loan is fully repaid; nothing is owed."}


def test_repayment_dates_and_receipts_are_checked(db: Database, east: uuid.UUID) -> None:
    loan_id = add_loan(db, east)
    with pytest.raises(ValidationError) as exc:
        pay(db, loan_id, date(2026, 1, 14), "-5", " ")
    assert set(errors_of(exc)) == {"paid_on", "amount", "receipt_no"}
    with pytest.raises(ValidationError) as exc:
        pay(db, loan_id, TODAY + timedelta(days=1), "1.001", "R")
    assert set(errors_of(exc)) == {"paid_on", "amount"}
    pay(db, loan_id, date(2026, 2, 15), "100", "R-1")
    with pytest.raises(ValidationError) as exc:
        pay(db, loan_id, date(2026, 2, 16), "100", "R-1")
    assert errors_of(exc) == {"receipt_no": "Receipt R-1 is already posted on this loan."}


def test_a_reversal_keeps_the_repayment_and_restores_the_balance(
    db: Database, east: uuid.UUID
) -> None:
    loan_id = add_loan(db, east)
    wrong = pay(db, loan_id, date(2026, 2, 15), "93333.33", "R-1")
    with pytest.raises(ValidationError):
        loans.reverse_repayment(db, wrong, "  ", OFFICER)
    loans.reverse_repayment(db, wrong, "Typed the wrong loan", OFFICER)
    with pytest.raises(UserError):
        loans.reverse_repayment(db, wrong, "again", OFFICER)
    detail = loans.load_loan(db, loan_id, TODAY)
    [line] = detail.repayments
    assert line.reversed_at is not None and line.reversal_reason == "Typed the wrong loan"
    assert detail.state.paid == 0
    with db.read_session() as session:
        loan = session.get(Loan, loan_id)
        assert loan is not None and loan.paid_minor == 0 and loan.next_due_on == date(2026, 2, 15)
    actions = [a for _when, _who, a, _c in history.history_rows(db, wrong)]
    assert actions == ["create", "reverse"]
    # the same receipt can be posted again, correctly
    pay(db, loan_id, date(2026, 2, 15), "93333.33", "R-1")


def test_terms_are_locked_once_repayments_are_posted(db: Database, east: uuid.UUID) -> None:
    loan_id = add_loan(db, east)
    borrower = borrower_input(east)
    loans.save_loan(
        db, loan_fields(purpose="Oven and mixer"), borrower, OFFICER, loan_id=loan_id, today=TODAY
    )
    loans.save_loan(
        db, loan_fields(principal=D(900000)), borrower, OFFICER, loan_id=loan_id, today=TODAY
    )
    assert loans.load_loan(db, loan_id).schedule[0].principal == D("75000.00")
    pay(db, loan_id, date(2026, 2, 15), "100", "R-1")
    with pytest.raises(ValidationError) as exc:
        loans.save_loan(
            db, loan_fields(principal=D(800000)), borrower, OFFICER, loan_id=loan_id, today=TODAY
        )
    assert "reverse them" in errors_of(exc)["principal"]
    loans.save_loan(
        db,
        loan_fields(principal=D(900000), purpose="Oven"),
        borrower,
        OFFICER,
        loan_id=loan_id,
        today=TODAY,
    )
    assert loans.load_loan(db, loan_id).fields.purpose == "Oven"


def test_loan_json_has_decimal_strings(db: Database, east: uuid.UUID) -> None:
    loan_id = add_loan(
        db,
        east,
        currency=Currency.USD,
        principal=D(1000),
        method=Method.DECLINING,
        term_months=3,
        first_due_on=date(2026, 1, 31),
    )
    pay(db, loan_id, date(2026, 1, 31), "340.02", "R-1")
    data = json.loads(json.dumps(loan_json(loans.load_loan(db, loan_id, date(2026, 3, 10)))))
    assert data["principal"] == "1000.00" and data["currency"] == "USD"
    assert [line["total"] for line in data["schedule"]] == ["340.02", "340.02", "340.03"]
    assert [line["paid"] for line in data["schedule"]] == ["340.02", "0.00", "0.00"]
    assert data["status"] == "overdue" and data["days_in_arrears"] == 10
    assert data["outstanding_principal"] == "669.98"
    assert data["repayments"] == [
        {
            "paid_on": "2026-01-31",
            "amount": "340.02",
            "receipt_no": "R-1",
            "reversed": False,
            "counted": True,
        }
    ]


def test_the_portfolio_in_sql_agrees_with_the_rules_for_random_loans(
    db: Database, east: uuid.UUID
) -> None:
    """The summary classifies loans in SQL; the domain classifies one loan in Python. For 60
    random loans with random repayments both must give the same answer on every date."""
    rng = random.Random(7)
    expected_inputs = []
    for n in range(60):
        currency = rng.choice(list(Currency))
        principal = D(rng.randrange(10_000, 5_000_000)) / (100 if currency == Currency.USD else 1)
        disbursed = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 600))
        term = rng.choice([3, 6, 12, 18])
        loan_id = add_loan(
            db,
            east,
            loan_no=f"R-{n}",
            currency=currency,
            principal=principal,
            annual_rate_pct=D(rng.choice([0, 12, 18, 24])),
            method=rng.choice(list(Method)),
            term_months=term,
            product=rng.choice(list(Product)),
            disbursed_on=disbursed,
            first_due_on=None,
        )
        detail = loans.load_loan(db, loan_id, TODAY)
        owed = sum(line.total for line in detail.schedule)
        day = disbursed
        for k in range(rng.randrange(0, term + 1)):
            day = min(TODAY, day + timedelta(days=rng.randrange(10, 50)))
            amount = min(owed, detail.schedule[0].total * D(rng.choice(["0.5", "1", "1", "2"])))
            amount = amount.quantize(D("0.01"))
            if amount <= 0:
                break
            pay(db, loan_id, day, str(amount), f"{n}-{k}")
            owed -= amount
        expected_inputs.append(loan_id)
    for as_of in (
        date(2025, 6, 30),
        date(2025, 12, 31),
        date(2026, 3, 31),
        date(2026, 9, 30),
        TODAY,
    ):
        counts: dict[tuple[Currency, LoanStatus], int] = {}
        outstanding: dict[Currency, D] = {}
        at_risk: dict[Currency, D] = {}
        for loan_id in expected_inputs:
            detail = loans.load_loan(db, loan_id, as_of)
            if detail.fields.disbursed_on and detail.fields.disbursed_on > as_of:
                continue
            state = detail.state
            key = (detail.currency, state.status)
            counts[key] = counts.get(key, 0) + 1
            outstanding[detail.currency] = (
                outstanding.get(detail.currency, D(0)) + state.outstanding_principal
            )
            if state.days_in_arrears > 30:
                at_risk[detail.currency] = (
                    at_risk.get(detail.currency, D(0)) + state.outstanding_principal
                )
        with db.read_session() as session:
            lines = loans.portfolio(session, as_of)
        got: dict[tuple[Currency, LoanStatus], int] = {}
        got_out: dict[Currency, D] = {}
        got_risk: dict[Currency, D] = {}
        for line in lines:
            got[(line.currency, line.status)] = (
                got.get((line.currency, line.status), 0) + line.count
            )
            got_out[line.currency] = got_out.get(line.currency, D(0)) + line.outstanding
            got_risk[line.currency] = got_risk.get(line.currency, D(0)) + line.at_risk
        assert got == counts, as_of
        assert got_out == outstanding, as_of
        assert {c: v for c, v in got_risk.items() if v} == at_risk, as_of


def test_collection_sheet_lists_what_is_left_to_collect(db: Database, east: uuid.UUID) -> None:
    a = add_loan(
        db,
        east,
        loan_no="A-1",
        principal=D(300),
        annual_rate_pct=D(40),
        term_months=3,
        first_due_on=date(2026, 10, 10),
        disbursed_on=date(2026, 9, 10),
    )
    add_loan(
        db,
        east,
        loan_no="B-1",
        principal=D(300),
        annual_rate_pct=D(0),
        term_months=3,
        first_due_on=date(2026, 10, 20),
        disbursed_on=date(2026, 9, 20),
        borrower=borrower_input(
            east,
            person_fields(full_name="Бекова Асем", sex=Sex.FEMALE),
            settlement="Горная Ульбинка",
        ),
    )
    add_loan(
        db,
        east,
        loan_no="C-1",
        borrower=borrower_input(
            east, person_fields(full_name="Другой район"), district="Глубоковский район"
        ),
    )
    pay(db, a, date(2026, 10, 10), "150", "R-1")  # 110 for October, 40 towards November
    district = places.find_child_item(db, east, "Шемонаихинский район")
    assert district is not None
    lines = loans.collection_sheet(db, quarter(2026, 4), district.id, with_arrears=False)
    got = [(line.loan_no, line.due_on.isoformat(), str(line.to_collect)) for line in lines]
    assert got == [
        ("A-1", "2026-11-10", "70.00"),
        ("A-1", "2026-12-10", "110.00"),
        ("B-1", "2026-10-20", "100.00"),
        ("B-1", "2026-11-20", "100.00"),
        ("B-1", "2026-12-20", "100.00"),
    ]
    assert lines[0].phone == "+7 701 234 56 78"
