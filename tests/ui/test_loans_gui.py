"""Loans driven as a person would: the loan form, the loan page with its repayment line,
the fast repayment entry, the loans list and the collection sheet."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Person, Repayment
from fieldmon.domain.loans import LoanStatus
from fieldmon.domain.periods import format_date
from fieldmon.services import drafts, loans
from fieldmon.ui import dialogs, formats
from fieldmon.ui.loans_model import STATUS_COLOURS
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields
from tests.ui.test_visit_form import choose, type_in


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_typing_a_loan_saves_it_and_the_page_shows_the_services_schedule(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.loans.new()
    type_in(qtbot, form.members[0].full_name, "Ахметова Гульнар")
    choose(qtbot, form.members[0].sex, "Fem")
    type_in(qtbot, form.members[0].birth_year, "1984")
    type_in(qtbot, form.members[0].phone, "87012345678")
    type_in(qtbot, form.places.region, "ВКО")
    type_in(qtbot, form.places.district, "Шемонаихинский район")
    type_in(qtbot, form.loan_no, "MC-77")
    choose(qtbot, form.product, "Microc")
    type_in(qtbot, form.purpose, "Печь для пекарни")
    type_in(qtbot, form.principal, "1 000 000")
    type_in(qtbot, form.annual_rate_pct, "12")
    choose(qtbot, form.method, "Decl")
    type_in(qtbot, form.term_months, "12")
    type_in(qtbot, form.disbursed_on, "15.01.2026")
    assert "12 instalments from 15.02.2026 to 15.01.2027" in form.preview.text()
    assert formats.money(D("88848.79")) in form.preview.text()
    form.draft.save()  # as the timer would, had the typing paused
    assert drafts.draft_keys(db) == ["loan:new"]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert drafts.draft_keys(db) == []  # saved: the draft is gone

    loan_id = loans.find_loan_id(db, "MC-77")
    detail = loans.load_loan(db, loan_id)
    assert detail.borrower_name == "Ахметова Гульнар"
    assert detail.borrower.members[0].phone == "+7 701 234 56 78"
    view = window.open_forms.get(f"loan-page:{loan_id}")
    assert view.schedule.rowCount() == 12
    for row, line in enumerate(detail.schedule):
        assert view.schedule.item(row, 1).text() == format_date(line.due_on)
        assert view.schedule.item(row, 4).text() == formats.money(line.total)
    status = detail.state.status
    from fieldmon.domain.loans import LoanStatus as S  # noqa: N817

    assert view.status.text().startswith(
        {
            S.OVERDUE: "Overdue",
            S.CURRENT: "Current",
            S.REPAID: "Repaid",
            S.DUE_NEXT_QUARTER: "Due next quarter",
        }[status]
    )
    assert formats.money(detail.state.outstanding_principal, detail.currency) in view.status.text()
    view.close()


def test_a_loan_form_with_mistakes_shows_them_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.loans.new()
    choose(qtbot, form.kind, "Group")
    type_in(qtbot, form.members[0].full_name, "Первый")
    type_in(qtbot, form.members[0].birth_year, "19x0")
    type_in(qtbot, form.members[0].iin, "850312300013")
    type_in(qtbot, form.principal, "много")
    type_in(qtbot, form.disbursed_on, "31.02.2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.errors["group_name"].text() == "Required."
    assert form.errors["principal"].text() == "'много' is not a number."
    assert "dd.mm.yyyy" in form.errors["disbursed_on"].text()
    assert "'19x0' is not a whole number." in form.members[0].message.text()
    assert count(db, Loan) == 0 and count(db, Person) == 0
    # fixing the member, naming the group, adding a second member: errors move on
    form.members[0].birth_year.clear()
    type_in(qtbot, form.members[0].birth_year, "1985")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "check digit" in form.members[0].message.text()
    assert form.errors["members"].text() == "A group has 2 or 3 members."
    form.close()


def test_the_duplicate_guard_names_the_registered_person(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    loans.save_loan(
        db,
        loan_fields(loan_no="A-1"),
        borrower_input(east, person_fields(full_name="Семёнова Алёна", birth_year=1990)),
        OFFICER,
    )
    form = window.loans.new()
    type_in(qtbot, form.members[0].full_name, "семенова  алена")
    type_in(qtbot, form.members[0].birth_year, "1990")
    form.members[0].birth_year.editingFinished.emit()
    assert form.members[0].note.isVisible()
    assert "Already registered: Семёнова Алёна, born 1990" in form.members[0].note.text()
    form.close()


@pytest.fixture
def loan_id(db: Database, east: uuid.UUID) -> uuid.UUID:
    # 300 at 40 %: three instalments of 110 (100 principal + 10 interest)
    return loans.save_loan(
        db,
        loan_fields(
            loan_no="MC-5",
            principal=D(300),
            annual_rate_pct=D(40),
            term_months=3,
            disbursed_on=date(2026, 1, 15),
            first_due_on=date(2026, 2, 15),
        ),
        borrower_input(east),
        OFFICER,
    )


def test_a_repayment_typed_on_the_loan_page_is_posted_and_reversed(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    loan_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = window.loans.open(loan_id)
    assert view.amount.placeholderText() == "due now: 330.00"
    view.paid_on.edit.clear()
    type_in(qtbot, view.paid_on, "15.02.2026")
    type_in(qtbot, view.amount, "150")
    qtbot.keyClick(view.amount, Qt.Key.Key_Return)  # moves to the receipt
    type_in(qtbot, view.receipt_no, "R-1")
    qtbot.keyClick(view.receipt_no, Qt.Key.Key_Return)
    assert count(db, Repayment) == 1
    assert (
        view.schedule.item(0, 5).text() == "110.00" and view.schedule.item(1, 5).text() == "40.00"
    )
    assert view.repayments.rowCount() == 1 and view.amount.text() == ""
    # too much is refused under the field
    type_in(qtbot, view.amount, "181")
    type_in(qtbot, view.receipt_no, "R-2")
    qtbot.keyClick(view.receipt_no, Qt.Key.Key_Return)
    assert (
        view.errors["amount"].text()
        == "The amount is more than the 180.00 KZT still owed on this loan."
    )
    assert count(db, Repayment) == 1

    monkeypatch.setattr(dialogs, "ask_text", lambda *_a: "Wrong loan")
    view.repayments.selectRow(0)
    view.reverse_selected()
    with db.read_session() as session:
        [repayment] = session.scalars(select(Repayment)).all()
        assert repayment.reversal_reason == "Wrong loan"
    assert view.schedule.item(0, 5).text() == "0.00"
    assert view.repayments.item(0, 0).font().strikeOut()
    view.close()


def test_fast_repayment_entry_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database, loan_id: uuid.UUID
) -> None:
    entry = window.loans.post_repayments()
    type_in(qtbot, entry.loan_no, "mc-5")
    qtbot.keyClick(entry.loan_no, Qt.Key.Key_Return)
    assert entry.amount.text() == "330.00"  # all three instalments are due by now
    assert "due now 330.00\u00a0₸" in entry.borrower.text()
    entry.amount.clear()
    type_in(qtbot, entry.amount, "110")
    qtbot.keyClick(entry.amount, Qt.Key.Key_Return)
    type_in(qtbot, entry.receipt_no, "0001")
    qtbot.keyClick(entry.receipt_no, Qt.Key.Key_Return)
    assert (
        entry.log.count() == 1 and "MC-5: 110.00\u00a0₸, receipt 0001" in entry.log.item(0).text()
    )
    assert entry.loan_no.text() == "" and entry.amount.text() == ""
    with db.read_session() as session:
        assert session.scalar(select(Loan.paid_minor)) == 11000
    # an unknown loan is named, nothing posted
    type_in(qtbot, entry.loan_no, "NOPE")
    qtbot.keyClick(entry.loan_no, Qt.Key.Key_Return)
    assert entry.errors["loan_no"].text() == "There is no loan number NOPE."
    entry.close()


def test_the_loans_list_filters_by_status_and_colours_rows(
    qtbot: QtBot, window: MainWindow, db: Database, loan_id: uuid.UUID, east: uuid.UUID
) -> None:
    repaid = loans.save_loan(
        db,
        loan_fields(loan_no="MC-6", principal=D(300), term_months=3, annual_rate_pct=D(0)),
        borrower_input(east, person_fields(full_name="Другой")),
        OFFICER,
    )
    loans.post_repayment(db, repaid, date(2026, 2, 1), D(300), "X", OFFICER)
    window.nav.setCurrentRow(2)
    page = window.loans_page
    assert page.model.rowCount() == 2
    assert window.count_label.text() == "2 loan(s)"
    choose(qtbot, page.status, "Repaid")
    assert page.model.rowCount() == 1 and page.model.row(0).loan_no == "MC-6"
    index = page.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == STATUS_COLOURS[LoanStatus.REPAID]
    choose(qtbot, page.status, "Overdue")
    assert [page.model.row(r).loan_no for r in range(page.model.rowCount())] == ["MC-5"]
    page.status.setCurrentIndex(0)
    type_in(qtbot, page.search, "друг")
    page.apply_filter()
    assert [page.model.row(r).loan_no for r in range(page.model.rowCount())] == ["MC-6"]


def test_collection_sheet_ticks_post_and_prints(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    loan_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sheet = window.loans.collection_sheet()
    type_in(qtbot, sheet.places.region, "ВКО")
    type_in(qtbot, sheet.places.district, "Шемонаихинский район")
    sheet.date_from.set_value(date(2026, 2, 1))
    sheet.date_to.set_value(date(2026, 2, 28))
    sheet.with_arrears.setChecked(False)
    sheet.load()
    assert sheet.table.rowCount() == 1
    assert sheet.table.item(0, 6).text() == "110.00\u00a0₸"
    sheet.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    sheet.table.item(0, 7).setText("77")
    sheet.paid_on.set_value(date(2026, 2, 20))
    assert sheet.post_ticked() == 1
    with db.read_session() as session:
        [repayment] = session.scalars(select(Repayment)).all()
        assert (repayment.amount_minor, repayment.receipt_no, repayment.paid_on) == (
            11000,
            "77",
            date(2026, 2, 20),
        )
    assert sheet.table.rowCount() == 0  # February is collected
    sheet.with_arrears.setChecked(True)
    sheet.date_to.set_value(date(2026, 3, 31))
    sheet.load()
    assert sheet.table.rowCount() == 1
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(
        "fieldmon.ui.collection_sheet.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    sheet.save_pdf()
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    sheet.close()
