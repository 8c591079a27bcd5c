"""Importing loans and repayments from workbooks, all or nothing, like visits.

Loans: one row per borrower; rows sharing a `loan_no` and a `group_name` are the members of
a group loan and must agree on every loan column (the optional `project`, a project's code,
too). Repayments: one row per repayment, posted in the file's order, so a file that pays
more than is owed fails on the row that overpays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan
from fieldmon.domain.errors import ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Message
from fieldmon.domain.loans import (
    BorrowerKind,
    LoanFields,
    Method,
    Product,
    Sex,
    normalize_loan_no,
)
from fieldmon.domain.money import parse_amount, parse_currency
from fieldmon.domain.people import PersonFields, parse_sex
from fieldmon.domain.periods import parse_date
from fieldmon.services import loans, people, places
from fieldmon.services.loans import BorrowerInput
from fieldmon.services.places import PlaceInput
from fieldmon.services.workbooks import (
    PROJECT_COLUMN,
    UNKNOWN_REGION,
    Column,
    ProjectCodes,
    RowProblems,
    cell_text,
    choice_column,
    no_data_rows,
    parse_cells,
    project_code,
    read_rows,
    reason,
    stop_if_asked,
    whole_number,
)

LOANS_SHEET = "Loans"
REPAYMENTS_SHEET = "Repayments"
LOAN_COLUMNS = [
    Column(
        "loan_no",
        True,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Loan number, unique; repeat it on each member's row of a group loan."
        ),
        "MC-2026/014",
    ),
    Column(
        "borrower_name",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Full name of the borrower (or of one group member)."),
        "Ахметова Гульнар Болатовна",
    ),
    choice_column(
        "sex", True, QT_TRANSLATE_NOOP("fieldmon", "female / male (ж / м)."), "female", Sex
    ),
    Column("birth_year", True, QT_TRANSLATE_NOOP("fieldmon", "Year of birth."), "1984"),
    Column(
        "iin",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "IIN, 12 digits; checked against sex and birth year."),
        "840312400126",
    ),
    Column("phone", False, QT_TRANSLATE_NOOP("fieldmon", "Phone number."), "+7 701 234 56 78"),
    Column(
        "group_name",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon", "For a group loan: the group's name on each member's row (2–3 rows)."
        ),
        "",
    ),
    Column(
        "region",
        True,
        QT_TRANSLATE_NOOP(
            "fieldmon", "Region or city in English, Russian or Kazakh, or abbreviated (ВКО)."
        ),
        "East Kazakhstan",
    ),
    Column(
        "district",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "District; added if new."),
        "Shemonaikha District",
    ),
    Column(
        "settlement",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Village or settlement; added if new."),
        "Verkh-Uba",
    ),
    choice_column(
        "product",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "microcredit or microleasing."),
        "microcredit",
        Product,
    ),
    Column(
        "purpose",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Purpose of the loan or the leased equipment."),
        "Mini-bakery oven",
    ),
    Column(
        "principal",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Amount lent, e.g. 1 500 000 or 1500000,00."),
        "1500000",
    ),
    Column("currency", True, QT_TRANSLATE_NOOP("fieldmon", "KZT or USD."), "KZT", ("KZT", "USD")),
    Column(
        "annual_rate_pct",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Annual interest rate in per cent."),
        "12",
    ),
    choice_column(
        "method",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "flat or declining (balance, equal instalments)."),
        "flat",
        Method,
    ),
    Column(
        "term_months", True, QT_TRANSLATE_NOOP("fieldmon", "Number of monthly instalments."), "12"
    ),
    Column(
        "disbursed_on",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Disbursement date, dd.mm.yyyy."),
        "15.01.2026",
    ),
    Column(
        "first_due_on",
        False,
        QT_TRANSLATE_NOOP(
            "fieldmon", "First instalment's due date; empty = one month after disbursement."
        ),
        "",
    ),
    Column(
        "approved_on",
        False,
        QT_TRANSLATE_NOOP("fieldmon", "Credit committee's approval date, if any."),
        "",
    ),
    PROJECT_COLUMN,
]
REPAYMENT_COLUMNS = [
    Column(
        "loan_no", True, QT_TRANSLATE_NOOP("fieldmon", "Number of the loan repaid."), "MC-2026/014"
    ),
    Column(
        "paid_on",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Date of the repayment, dd.mm.yyyy."),
        "15.02.2026",
    ),
    Column(
        "amount",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Amount paid, in the loan's currency."),
        "93333.33",
    ),
    Column(
        "receipt_no",
        True,
        QT_TRANSLATE_NOOP("fieldmon", "Receipt number (once per loan)."),
        "0001234",
    ),
]
DIFFERS = QT_TRANSLATE_NOOP("fieldmon", "Differs from row {row} of the same loan {loan_no}.")
SEVERAL_ROWS = QT_TRANSLATE_NOOP(
    "fieldmon", "Loan {loan_no} is on several rows; give them a group_name."
)
NO_SUCH_LOAN = QT_TRANSLATE_NOOP("fieldmon", "There is no loan number {loan_no}.")
_LOAN_KEYS = [
    "product",
    "purpose",
    "principal",
    "currency",
    "annual_rate_pct",
    "method",
    "term_months",
    "disbursed_on",
    "first_due_on",
    "approved_on",
    "region",
    "district",
    "settlement",
    "project",
]
# Error field names of the services → import columns.
_FIELD_COLUMNS = {"full_name": "borrower_name", "members": "group_name", "kind": "group_name"}


@dataclass(frozen=True)
class LoanImportResult:
    loans: int
    people: int


def _parse_loan_row(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Message]]:
    return parse_cells(
        values,
        {
            "sex": lambda v: parse_sex(cell_text(v)),
            "birth_year": whole_number,
            "product": lambda v: Product.parse(cell_text(v)),
            "principal": parse_amount,
            "currency": lambda v: parse_currency(cell_text(v)),
            "annual_rate_pct": parse_amount,
            "method": lambda v: Method.parse(cell_text(v)),
            "term_months": whole_number,
            "disbursed_on": parse_date,
            "first_due_on": parse_date,
            "approved_on": parse_date,
            "project": project_code,
        },
        {c.name for c in LOAN_COLUMNS if c.required},
    )


def _column_of(field: str, rows: list[int]) -> tuple[int, str]:
    """A service error field ('member2.iin') → (row number, import column)."""
    row = rows[0]
    if field.startswith("member") and "." in field:
        index, field = field.split(".", 1)
        position = int(index.removeprefix("member")) - 1
        row = rows[min(position, len(rows) - 1)]
    return row, _FIELD_COLUMNS.get(field, field)


def import_loans(
    db: Database,
    path: str | Path,
    officer: str,
    *,
    today: date | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> LoanImportResult:
    today = today or date.today()
    problems = RowProblems(LOAN_COLUMNS)
    by_loan: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for number, values in read_rows(path, LOAN_COLUMNS, LOANS_SHEET):
        parsed, row_problems = _parse_loan_row(values)
        problems.add(number, row_problems)
        key = normalize_loan_no(parsed.get("loan_no") or "")
        if key and not row_problems:
            by_loan.setdefault(key, []).append((number, parsed))
    count = 0
    with db.read_session() as session, session.begin():
        people_before = people.count_records(session)
        codes = ProjectCodes(session)
        for loan_no, rows in by_loan.items():
            stop_if_asked(should_stop)
            numbers = [n for n, _ in rows]
            first_number, first = rows[0]
            group = first["group_name"]
            bad = False
            for number, parsed in rows[1:]:
                for key in ["group_name", *_LOAN_KEYS]:
                    if parsed.get(key) != first.get(key):
                        problems.add(
                            number,
                            {key: reason(DIFFERS, row=first_number, loan_no=loan_no)},
                        )
                        bad = True
                        break
            if len(rows) > 1 and not group:
                problems.add(
                    numbers[1],
                    {"group_name": reason(SEVERAL_ROWS, loan_no=loan_no)},
                )
                bad = True
            # The loan's own columns, wrong on each of its rows.
            loan_problems: dict[str, Message] = {}
            region = places.find_region(session, first["region"])
            if region is None:
                loan_problems["region"] = reason(UNKNOWN_REGION, name=first["region"])
            project, unknown = codes.lookup(first["project"])
            if unknown is not None:
                loan_problems["project"] = unknown
            if loan_problems:
                for number in numbers:
                    problems.add(number, loan_problems)
                bad = True
            if bad or region is None:
                continue
            fields = LoanFields(
                loan_no=loan_no,
                product=first["product"],
                purpose=first.get("purpose") or "",
                principal=first["principal"],
                currency=first["currency"],
                annual_rate_pct=first["annual_rate_pct"],
                method=first["method"],
                term_months=first["term_months"],
                disbursed_on=first["disbursed_on"],
                first_due_on=first["first_due_on"],
                approved_on=first["approved_on"],
                project_id=project,
            )
            borrower = BorrowerInput(
                BorrowerKind.GROUP if group else BorrowerKind.INDIVIDUAL,
                tuple(
                    PersonFields(
                        p["borrower_name"],
                        p["sex"],
                        p["birth_year"],
                        p.get("iin") or "",
                        p.get("phone") or "",
                    )
                    for _n, p in rows
                ),
                PlaceInput(region.id, first.get("district") or "", first.get("settlement") or ""),
                group or "",
            )
            try:
                loans.write_loan(session, fields, borrower, officer, today=today)
                count += 1
            except ValidationError as exc:
                found: dict[int, dict[str, Message]] = {}
                for error in exc.errors:
                    row, column = _column_of(error.field, numbers)
                    found.setdefault(row, {}).setdefault(column, error.as_message.as_reason())
                for row, row_problems in sorted(found.items()):
                    problems.add(row, row_problems)
        problems.raise_if_any()  # leaving the block rolls everything back
        if count == 0:
            raise no_data_rows(path)
        result = LoanImportResult(count, people.count_records(session) - people_before)
    return result


def import_repayments(
    db: Database,
    path: str | Path,
    officer: str,
    *,
    today: date | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> int:
    """Returns the number of repayments posted."""
    today = today or date.today()
    problems = RowProblems(REPAYMENT_COLUMNS)
    count = 0
    with db.read_session() as session, session.begin():
        for number, values in read_rows(path, REPAYMENT_COLUMNS, REPAYMENTS_SHEET):
            stop_if_asked(should_stop)
            parsed, row_problems = parse_cells(
                values,
                {"paid_on": parse_date, "amount": parse_amount},
                {c.name for c in REPAYMENT_COLUMNS if c.required},
            )
            loan_id = None
            if parsed.get("loan_no"):
                loan_no = normalize_loan_no(parsed["loan_no"])
                loan_id = session.scalar(
                    select(Loan.id).where(Loan.loan_no == loan_no, Loan.deleted_at.is_(None))
                )
                if loan_id is None:
                    row_problems["loan_no"] = reason(NO_SUCH_LOAN, loan_no=loan_no)
            if not row_problems and loan_id is not None:
                try:
                    loans.write_repayment(
                        session,
                        loan_id,
                        parsed["paid_on"],
                        parsed["amount"],
                        parsed["receipt_no"],
                        officer,
                        today=today,
                    )
                    count += 1
                except ValidationError as exc:
                    for error in exc.errors:
                        row_problems.setdefault(error.field, error.as_message.as_reason())
            problems.add(number, row_problems)
        problems.raise_if_any()
        if count == 0:
            raise no_data_rows(path)
    return count
