"""Deleting a loan from its page and a training from its page, as a person would: the page
closes, the record leaves its list, Ctrl+Z (the window's undo stack) brings it back whole.

The window's own wiring of `delete_requested` is the lead's; these tests open the pages
themselves and wire the signal to the undo stack as the window does."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Participation, Training
from fieldmon.services import loans, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.ui.attendance import TrainingView
from fieldmon.ui.deletions import DeleteLoan
from fieldmon.ui.loan_view import LoanView
from fieldmon.ui.loans_model import ID_ROLE as LOAN_ID
from fieldmon.ui.main_window import MainWindow
from fieldmon.ui.trainings_page import ID_ROLE as ROW_ID
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, participant, person_fields, training_fields
from tests.ui.conftest import Answers

TODAY = date(2026, 11, 21)


def loan_page_ids(window: MainWindow) -> list[str]:
    window.loans_page.refresh()
    model = window.loans_page.model
    return [str(model.index(r, 0).data(LOAN_ID)) for r in range(model.rowCount())]


def training_page_ids(window: MainWindow) -> list[str]:
    model = window.trainings_page.model
    return [str(model.index(r, 0).data(ROW_ID)) for r in range(model.rowCount())]


def deleted(db: Database, model: type, ident: uuid.UUID) -> bool:
    with db.read_session() as session:
        row = session.get(model, ident)
        assert row is not None
        return row.deleted_at is not None


def loan_view(qtbot: QtBot, window: MainWindow, loan_id: uuid.UUID) -> LoanView:
    view = window.loans.open(loan_id)  # as the Loans page opens it: Delete is wired there
    qtbot.waitExposed(view)
    return view


def test_a_loan_is_deleted_from_its_page_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    lid = loans.save_loan(
        db, loan_fields(), borrower_input(east, person_fields()), OFFICER, today=TODAY
    )
    assert loan_page_ids(window) == [str(lid)]
    view = loan_view(qtbot, window, lid)
    assert view.delete_button.isEnabled()

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert not view.isVisible()
    assert deleted(db, Loan, lid)
    assert loan_page_ids(window) == []
    assert window.statusBar().currentMessage() == (
        "Deleted loan MC-2026/001. Ctrl+Z brings it back."
    )
    assert window.undo_stack.undoText() == "Delete loan MC-2026/001"

    window.undo_stack.undo()
    assert not deleted(db, Loan, lid)
    assert loan_page_ids(window) == [str(lid)]
    window.undo_stack.redo()
    assert deleted(db, Loan, lid) and loan_page_ids(window) == []


def test_a_loan_with_repayments_cannot_be_deleted_until_they_are_reversed(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    east: uuid.UUID,
    answers: Answers,
) -> None:
    lid = loans.save_loan(
        db, loan_fields(), borrower_input(east, person_fields()), OFFICER, today=TODAY
    )
    rid = loans.post_repayment(
        db, lid, date(2026, 2, 15), Decimal("90000"), "R-1", OFFICER, today=TODAY
    )
    view = loan_view(qtbot, window, lid)
    assert not view.delete_button.isEnabled()
    assert view.delete_button.toolTip() == (
        "A loan with repayments cannot be deleted; reverse them first."
    )
    # Asked for anyway (say, by a stale page): refused in one sentence, nothing on the stack.
    window.undo_stack.push(DeleteLoan(window, lid))
    assert answers.errors == [
        "Loan MC-2026/001 has repayments; reverse them before deleting the loan."
    ]
    assert window.undo_stack.count() == 0
    assert not deleted(db, Loan, lid) and view.isVisible()

    loans.reverse_repayment(db, rid, "Квитанция другого займа", OFFICER)
    view.refresh()
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert deleted(db, Loan, lid) and not view.isVisible()


def test_a_training_goes_with_its_attendance_and_comes_back_with_its_marks(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    tid = trainings.save_training(
        db, training_fields(), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    for n, (name, days) in enumerate((("Әсел Қасымова", (1, 3)), ("Гүлнар Ахметова", (2,)))):
        pid = trainings.add_participant(
            db,
            tid,
            OFFICER,
            participant=participant(full_name=name, birth_year=1980 + n),
            today=TODAY,
        )
        for day in days:
            trainings.set_mark(db, pid, day, True, OFFICER)
    window.trainings_page.refresh()
    assert training_page_ids(window) == [str(tid)]

    view = window.trainings.open(tid)
    qtbot.waitExposed(view)
    marks = [(r.full_name, r.marks) for r in view.model.rows]
    assert marks == [("Гүлнар Ахметова", "010"), ("Әсел Қасымова", "101")]
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)

    assert not view.isVisible()
    assert deleted(db, Training, tid)
    with db.read_session() as session:
        rows = session.scalars(select(Participation).where(Participation.training_id == tid))
        assert [p.deleted_at is not None for p in rows] == [True, True]
    assert training_page_ids(window) == []
    assert window.statusBar().currentMessage() == (
        "Deleted training TR-2026-07 and its attendance. Ctrl+Z brings them back."
    )

    window.undo_stack.undo()
    assert training_page_ids(window) == [str(tid)]
    again = TrainingView(db, OFFICER, "en", tid, window)
    qtbot.addWidget(again)
    assert [(r.full_name, r.marks) for r in again.model.rows] == marks
    assert again.counts.text().startswith("Registered: 2 · present at least one day: 2")
