"""Importing loans and repayments: group rows, all or nothing, row-level errors."""

from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Person, Repayment
from fieldmon.domain.iin import make_iin
from fieldmon.reports.templates import write_template
from fieldmon.services import loans
from fieldmon.services.loan_imports import (
    LOAN_COLUMNS,
    REPAYMENT_COLUMNS,
    import_loans,
    import_repayments,
)
from fieldmon.services.workbooks import ImportFailed
from tests.conftest import OFFICER

TODAY = date(2026, 11, 21)


def loan_row(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "loan_no": "MC-1",
        "borrower_name": "Ахметова Гульнар",
        "sex": "ж",
        "birth_year": 1984,
        "iin": make_iin(date(1984, 3, 12), "female", 12),
        "phone": "8 701 234 56 78",
        "group_name": None,
        "region": "ВКО",
        "district": "Шемонаихинский район",
        "settlement": "Верх-Уба",
        "product": "microcredit",
        "purpose": "Oven",
        "principal": "1 000 000",
        "currency": "тенге",
        "annual_rate_pct": 12,
        "method": "flat",
        "term_months": 12,
        "disbursed_on": "15.01.2026",
        "first_due_on": None,
        "approved_on": date(2026, 1, 10),
        "project": None,
    }
    return base | values


def sheet(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(columns)
    for r in rows:
        ws.append([r.get(c) for c in columns])
    wb.save(path)
    return path


def loans_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    return sheet(path, [c.name for c in LOAN_COLUMNS], rows)


def repayments_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    return sheet(path, [c.name for c in REPAYMENT_COLUMNS], rows)


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_individual_and_group_loans(db: Database, tmp_path: Path) -> None:
    rows = [
        loan_row(),
        loan_row(
            loan_no="ML-2",
            borrower_name="Ахметов Болат",
            sex="м",
            birth_year=1980,
            iin=None,
            group_name="КХ Береке",
            product="microleasing",
            principal=2500,
            currency="USD",
            method="declining",
            term_months=24,
        ),
        loan_row(
            loan_no="ML-2",
            borrower_name="Ахметова Гульнар",
            group_name="КХ Береке",
            product="microleasing",
            principal=2500,
            currency="USD",
            method="declining",
            term_months=24,
        ),
    ]
    result = import_loans(db, loans_file(tmp_path / "l.xlsx", rows), OFFICER, today=TODAY)
    assert (result.loans, result.people) == (2, 2)  # Гульнар is one person in both loans
    group = loans.load_loan(db, loans.find_loan_id(db, "ml-2"))
    assert group.borrower_name == "КХ Береке"
    assert [m.full_name for m in group.borrower.members] == ["Ахметов Болат", "Ахметова Гульнар"]
    assert group.fields.principal == D("2500.00") and group.currency.value == "USD"
    single = loans.load_loan(db, loans.find_loan_id(db, "MC-1"))
    assert single.fields.approved_on == date(2026, 1, 10)
    assert single.borrower.members[0].phone == "+7 701 234 56 78"


def test_a_bad_loan_file_imports_nothing_and_names_rows_and_columns(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        loan_row(),
        loan_row(loan_no="MC-2", sex="x", principal="lots"),
        loan_row(loan_no="MC-3", iin="840312400124", region="Atlantis"),
        loan_row(loan_no="MC-4", group_name="Двое", borrower_name="Один"),
        loan_row(loan_no="MC-5", borrower_name="А"),
        loan_row(loan_no="MC-5", borrower_name="Б", birth_year=1990),
        loan_row(loan_no="MC-6", group_name="Г", borrower_name="А"),
        loan_row(loan_no="MC-6", group_name="Г", borrower_name="Б", principal=5),
    ]
    with pytest.raises(ImportFailed) as exc:
        import_loans(db, loans_file(tmp_path / "l.xlsx", rows), OFFICER, today=TODAY)
    problems = exc.value.problems
    assert "row 3, column sex: 'x' is not a sex; write female or male (ж / м)" in problems
    assert "row 3, column principal: 'lots' is not an amount" in problems
    assert "row 4, column region: unknown region 'Atlantis'" in problems
    assert "row 5, column group_name: a group has 2 or 3 members" in problems
    assert (
        "row 7, column group_name: loan MC-5 is on several rows; give them a group_name" in problems
    )
    assert "row 9, column principal: differs from row 8 of the same loan MC-6" in problems
    assert count(db, Loan) == 0 and count(db, Person) == 0


def test_member_errors_point_at_the_members_row(db: Database, tmp_path: Path) -> None:
    rows = [
        loan_row(group_name="Г", borrower_name="Первый", iin=None),
        loan_row(group_name="Г", borrower_name="Второй", iin="850312300012"),  # a man's IIN
    ]
    with pytest.raises(ImportFailed) as exc:
        import_loans(db, loans_file(tmp_path / "l.xlsx", rows), OFFICER, today=TODAY)
    assert exc.value.problems == [
        "row 3, column iin: this IIN belongs to a man, but the sex given is female"
    ]


def test_repayments_import_in_order_and_all_or_nothing(db: Database, tmp_path: Path) -> None:
    import_loans(
        db,
        loans_file(
            tmp_path / "l.xlsx", [loan_row(principal=300, term_months=3, annual_rate_pct=40)]
        ),
        OFFICER,
        today=TODAY,
    )
    good = [
        {"loan_no": "mc-1", "paid_on": "15.02.2026", "amount": "110", "receipt_no": "R1"},
        {"loan_no": "MC-1", "paid_on": date(2026, 3, 15), "amount": 110, "receipt_no": "R2"},
    ]
    assert (
        import_repayments(db, repayments_file(tmp_path / "r.xlsx", good), OFFICER, today=TODAY) == 2
    )
    bad = [
        {"loan_no": "MC-1", "paid_on": "15.04.2026", "amount": "100", "receipt_no": "R3"},
        {"loan_no": "MC-1", "paid_on": "16.04.2026", "amount": "20", "receipt_no": "R4"},  # 10 left
        {"loan_no": "MC-9", "paid_on": "16.04.2026", "amount": "20", "receipt_no": "R5"},
        {"loan_no": "MC-1", "paid_on": "16.04.2026", "amount": "1", "receipt_no": "R1"},
    ]
    with pytest.raises(ImportFailed) as exc:
        import_repayments(db, repayments_file(tmp_path / "r2.xlsx", bad), OFFICER, today=TODAY)
    assert exc.value.problems == [
        "row 3, column amount: the amount is more than the 10.00 KZT still owed on this loan",
        "row 4, column loan_no: there is no loan number MC-9",
        "row 5, column receipt_no: receipt R1 is already posted on this loan",
    ]
    assert count(db, Repayment) == 2


def test_templates_for_loans_and_repayments_have_the_import_columns(tmp_path: Path) -> None:
    for kind, columns in (("loans", LOAN_COLUMNS), ("repayments", REPAYMENT_COLUMNS)):
        path = write_template(kind, tmp_path / f"{kind}.xlsx")
        wb = load_workbook(path)
        header = [c.value for c in wb.worksheets[0][1]]
        assert header == [c.name for c in columns]
        assert wb.sheetnames[1] == "Columns"


def test_the_templates_examples_would_import(db: Database, tmp_path: Path) -> None:
    """The example row of the help sheet is itself a valid loan."""
    example = {c.name: c.example or None for c in LOAN_COLUMNS}
    result = import_loans(db, loans_file(tmp_path / "e.xlsx", [example]), OFFICER, today=TODAY)
    assert result.loans == 1


def test_an_ambiguous_text_amount_is_a_row_error_and_nothing_is_imported(
    db: Database, tmp_path: Path
) -> None:
    import_loans(
        db,
        loans_file(tmp_path / "l.xlsx", [loan_row(borrower_name="Әсел Қасымова")]),
        OFFICER,
        today=TODAY,
    )
    rows = [
        {"loan_no": "MC-1", "paid_on": "15.02.2026", "amount": "1 500,50", "receipt_no": "Қ-1"},
        {"loan_no": "MC-1", "paid_on": "15.03.2026", "amount": "1,500", "receipt_no": "Қ-2"},
        {"loan_no": "MC-1", "paid_on": "15.04.2026", "amount": 1500, "receipt_no": "Қ-3"},
    ]
    with pytest.raises(ImportFailed) as exc:
        import_repayments(db, repayments_file(tmp_path / "r.xlsx", rows), OFFICER, today=TODAY)
    assert exc.value.problems == [
        "row 3, column amount: '1,500' is ambiguous: 1 500 or 1,5? Write 1500 or 1,5"
    ]
    assert count(db, Repayment) == 0
