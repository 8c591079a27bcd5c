"""The import template as a person sees it: printable, readable help."""

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Site, Visit
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.i18n import translator
from fieldmon.domain.trainings import Category
from fieldmon.reports.templates import write_template
from fieldmon.services.imports import VISIT_COLUMNS, import_visits
from fieldmon.services.loan_imports import LOAN_COLUMNS, import_loans
from fieldmon.services.training_imports import ATTENDANCE_COLUMNS
from tests.conftest import OFFICER
from tests.domain.test_choices import label_languages
from tests.services.test_imports import row as visit_row
from tests.services.test_loan_imports import loan_row

TODAY = date(2026, 11, 21)


def test_printed_sheets_are_one_page_wide_and_rows_fit_their_text(tmp_path: Path) -> None:
    wb = load_workbook(write_template("visits", tmp_path / "t.xlsx"))
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    help_sheet = wb["Columns"]
    site_type = next(r for r in help_sheet.iter_rows(min_row=2) if r[0].value == "site_type")
    # its allowed values run to three lines in a 50-character column
    assert help_sheet.row_dimensions[site_type[0].row].height == 45
    assert site_type[3].alignment.wrap_text


def test_choice_columns_offer_a_drop_down(tmp_path: Path) -> None:
    sheet = load_workbook(write_template("visits", tmp_path / "t.xlsx"))["Visits"]
    rules = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert rules["L2:L100000"] == '"on_track,minor_issues,serious_issues"'
    assert len(rules) == 4  # site_type, purpose, funds_used, rating


# --- templates in the user's language ----------------------------------------------------


def drop_downs(workbook: Workbook, sheet_name: str) -> dict[str, list[str]]:
    """Header name → the values its drop-down offers (written in the rule, or on the hidden
    sheet the rule refers to)."""
    sheet = workbook[sheet_name]
    names = {cell.column_letter: cell.value for cell in sheet[1]}
    offered = {}
    for rule in sheet.data_validations.dataValidation:
        letter = str(rule.sqref).split(":")[0].rstrip("0123456789")
        formula = rule.formula1
        if formula.startswith('"'):
            values = formula.strip('"').split(",")
        else:
            lists = workbook[formula.split("!")[0]]
            assert lists.sheet_state == "hidden"
            values = [c.value for c in lists[letter] if c.value is not None]
        offered[names[letter]] = values
    return offered


def column_help(workbook: Workbook) -> dict[str, tuple[Any, ...]]:
    help_sheet = workbook.worksheets[1]
    return {row[0]: row for row in help_sheet.iter_rows(min_row=2, values_only=True)}


@pytest.mark.parametrize("lang", label_languages())
def test_a_translated_template_offers_labels_that_import(
    db: Database, tmp_path: Path, lang: str
) -> None:
    tr = translator(lang)
    path = write_template("visits", tmp_path / f"visits-{lang}.xlsx", tr)
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Visits"
    assert [c.value for c in workbook["Visits"][1]] == [c.name for c in VISIT_COLUMNS]
    offered = drop_downs(workbook, "Visits")
    choices = {"site_type": SiteType, "purpose": Purpose, "funds_used": FundsUsed, "rating": Rating}
    assert set(offered) == set(choices)
    for column, choice in choices.items():
        assert offered[column] == [tr(label) for label in choice.labels().values()]
    help_rows = column_help(workbook)
    assert help_rows["purpose"][3].splitlines()[0] == f"routine — {tr('Routine monitoring')}"
    assert help_rows["rating"][4] == tr("On track")  # the example as the drop-down has it

    # Filled in from the drop-downs: the second value of each list.
    picked = {column: values[1] for column, values in offered.items()}
    sheet = workbook["Visits"]
    values = visit_row(site="Новый объект", **picked)
    sheet.append([values[c.name] for c in VISIT_COLUMNS])
    workbook.save(path)
    assert import_visits(db, path, OFFICER, today=TODAY).visits == 1
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        site_type = session.scalar(select(Site.site_type))
    stored = {
        "site_type": site_type,
        "purpose": visit.purpose,
        "funds_used": visit.funds_used,
        "rating": visit.rating,
    }
    assert stored == {column: list(choice.labels())[1] for column, choice in choices.items()}


def test_a_russian_loan_template_offers_russian_labels_that_import(
    db: Database, tmp_path: Path
) -> None:
    path = write_template("loans", tmp_path / "loans-ru.xlsx", translator("ru"))
    workbook = load_workbook(path)
    offered = drop_downs(workbook, "Loans")
    assert offered["sex"] == ["Женский", "Мужской"]
    assert offered["method"] == ["Фиксированные проценты", "На остаток (аннуитет)"]
    assert offered["currency"] == ["KZT", "USD"]  # codes in every language
    values = loan_row(sex=offered["sex"][0], product=offered["product"][1])
    values |= {"method": offered["method"][1], "currency": offered["currency"][0]}
    workbook["Loans"].append([values[c.name] for c in LOAN_COLUMNS])
    workbook.save(path)
    assert import_loans(db, path, OFFICER, today=TODAY).loans == 1
    with db.read_session() as session:
        loan = session.scalars(select(Loan)).one()
        assert (loan.product, loan.method, loan.currency) == ("microleasing", "declining", "KZT")


def test_a_russian_template_explains_in_russian(tmp_path: Path) -> None:
    """Needs translations: the template's headings and descriptions in fieldmon_ru.qm."""
    ru = translator("ru")
    workbook = load_workbook(write_template("attendance", tmp_path / "a.xlsx", ru))
    assert workbook.sheetnames[:2] == ["Attendance", "Столбцы"]
    help_sheet = workbook["Столбцы"]
    assert [c.value for c in help_sheet[1]] == [
        "столбец",
        "обязательный",
        "что писать",
        "допустимые значения",
        "пример",
    ]
    rows = column_help(workbook)
    for column in ATTENDANCE_COLUMNS:
        name, required, description, _allowed, _example = rows[column.name]
        assert name == column.name
        assert required == ("да" if column.required else None)
        assert description != column.description, description
        assert re.search("[а-яё]{3,}", description), description
    assert rows["sex"][3] == "female — Женский\nmale — Мужской"


def test_long_or_comma_labels_go_to_a_hidden_list(tmp_path: Path) -> None:
    """Excel holds at most 255 characters of values in a rule, and a comma there separates
    values: such a list is written on a hidden sheet the drop-down refers to."""

    def wordy(text: str, n: int | None = None) -> str:
        return f"{text}, that is to say {text.lower()} " * 3

    workbook = load_workbook(write_template("attendance", tmp_path / "a.xlsx", wordy))
    offered = drop_downs(workbook, "Attendance")
    assert offered["category"][0] == wordy("Health professional")
    assert len(offered["category"]) == len(Category.labels())
    assert all(
        len(rule.error) <= 225 for rule in workbook["Attendance"].data_validations.dataValidation
    )
