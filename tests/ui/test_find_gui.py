"""Find everywhere (Ctrl+K): typed, grouped by kind as you type, arrows move, Enter opens."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.domain.loans import Sex
from fieldmon.services import loans, places, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.ui.find_dialog import FindDialog
from fieldmon.ui.main_window import PEOPLE, MainWindow
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields, training_fields
from tests.ui.test_visit_form import type_in


def add_records(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    east = places.registry_id("east-kazakhstan")
    group = borrower_input(
        east,
        person_fields(full_name="Әсел Нұрланқызы", sex=Sex.FEMALE, birth_year=1990),
        person_fields(full_name="Жанар Серікова", sex=Sex.FEMALE, birth_year=1988),
        group_name="Береке",
    )
    loan = loans.save_loan(db, loan_fields(loan_no="GR-2026/007"), group, OFFICER)
    training = trainings.save_training(
        db,
        training_fields(code="TR-2026-11", title="Береке: финансовая грамотность", topic=""),
        PlaceInput(east, "Усть-Каменогорск"),
        OFFICER,
        training_id=None,
    )
    assert date.today() >= date(2026, 1, 15)  # the loan is disbursed: the list shows it
    return loan, training


def open_find(qtbot: QtBot, window: MainWindow) -> FindDialog:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget() or window.findChild(FindDialog)
    assert isinstance(dialog, FindDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_k_then_typing_and_enter_opens_the_loan(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    loan_id, _training = add_records(db)
    dialog = open_find(qtbot, window)
    type_in(qtbot, dialog.text, "береке")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert texts[0] == "Loans (1)" and texts[1].strip().startswith("GR-2026/007 Береке")
    assert texts[2] == "Trainings (1)" and "TR-2026-11" in texts[3]
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert window.open_forms.get(f"loan-page:{loan_id}").isVisible()
    assert not dialog.isVisible()


def test_arrows_pass_over_headings_and_enter_opens_the_training(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _loan, training_id = add_records(db)
    dialog = open_find(qtbot, window)
    type_in(qtbot, dialog.text, "БЕРЕКЕ")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Down)  # before the pause: it searches first
    qtbot.waitUntil(lambda: dialog.results.count() == 4, timeout=2000)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Down)  # from the loan over «Trainings (1)»
    assert dialog.results.currentRow() == 3
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert window.open_forms.get(f"training-page:{training_id}") is not None


def test_a_person_is_shown_selected_on_the_people_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_records(db)
    dialog = open_find(qtbot, window)
    type_in(qtbot, dialog.text, "ӘСЕЛ")
    dialog.run_search()  # as the pause after typing would
    qtbot.keyClick(dialog.text, Qt.Key.Key_Down)  # the group loan, then the person
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert window.nav.currentRow() == PEOPLE
    page = window.people_page
    selected = page.selected_ids()
    assert len(selected) == 1 and page.model.rows[0][1][0] == "Әсел Нұрланқызы"


def test_nothing_found_is_said(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    dialog = open_find(qtbot, window)
    type_in(qtbot, dialog.text, "жоқ")
    dialog.run_search()
    assert dialog.results.count() == 0 and dialog.note.text() == "Nothing found."
