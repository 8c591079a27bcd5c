"""Editing a person from the People page, as a person would: select, Edit… (or double-click),
type, Save; the history is in the form; the duplicate guard shows under the IIN or asks."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Person
from fieldmon.domain.iin import make_iin
from fieldmon.services import people, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.ui.main_window import PEOPLE, MainWindow
from fieldmon.ui.person_dialog import PersonDialog
from fieldmon.ui.trainings_page import PeoplePage
from tests.conftest import OFFICER
from tests.factories import participant, training_fields
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import choose, type_in

TODAY = date(2026, 11, 21)
IIN = make_iin(date(1980, 5, 4), "female", 12)


def registered(db: Database, east: uuid.UUID, *people_: dict[str, object]) -> None:
    tid = trainings.save_training(
        db, training_fields(), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    for kw in people_:
        trainings.add_participant(db, tid, OFFICER, participant=participant(**kw), today=TODAY)  # type: ignore[arg-type]


def person_row(db: Database, name: str) -> Person:
    with db.read_session() as session:
        found = session.scalar(select(Person).where(Person.full_name == name))
        assert found is not None
        return found


def open_form(qtbot: QtBot, page: PeoplePage, search: str) -> PersonDialog:
    page.search.clear()
    type_in(qtbot, page.search, search)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(PersonDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def replace_text(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_in(qtbot, widget, text)


def test_a_persons_details_are_edited_and_the_history_shows_the_change(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    registered(db, east, {"full_name": "Әсел Қасымова", "birth_year": 1984})
    window.nav.setCurrentRow(PEOPLE)
    page = window.people_page
    page.refresh()
    dialog = open_form(qtbot, page, "қасым")
    assert dialog.fields.full_name.text() == "Әсел Қасымова"
    assert dialog.fields.birth_year.text() == "1984"
    assert dialog.fields.category.currentText() == "Health professional"
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 2).text() == "Created"
    assert dialog.history.item(0, 3).text() == (
        "Full name: Әсел Қасымова; Sex: Female; Birth year: 1984; "
        "Category: Health professional; Organization: Қалалық №3 емхана"
    )

    replace_text(qtbot, dialog.fields.full_name, "Әсел Қасымқызы")
    type_in(qtbot, dialog.fields.phone, "8 701 555 44 33")
    choose(qtbot, dialog.fields.category, "Volunteer")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    row = person_row(db, "Әсел Қасымқызы")
    assert (row.phone, row.category, row.updated_by) == ("+7 701 555 44 33", "volunteer", OFFICER)
    assert not dialog.isVisible()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "Әсел Қасымқызы"
    assert page.model.index(0, 6).data() == "+7 701 555 44 33"

    # Opened again (by a double-click this time): the change is on top of the history.
    rect = page.table.visualRect(page.model.index(0, 0))
    assert page.table.isVisible()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [again] = [d for d in page.findChildren(PersonDialog) if d.isVisible()]
    assert [again.history.item(0, c).text() for c in (1, 2)] == [OFFICER, "Changed"]
    assert again.history.item(0, 3).text() == (
        "Full name: Әсел Қасымова → Әсел Қасымқызы; Phone: — → +7 701 555 44 33; "
        "Category: Health professional → Volunteer"
    )
    again.reject()


def test_mistakes_are_shown_under_their_fields_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    registered(
        db,
        east,
        {"full_name": "Әсел Қасымова", "birth_year": 1984},
        {"full_name": "Гүлнар Ахметова", "birth_year": 1980, "iin": IIN},
    )
    window.nav.setCurrentRow(PEOPLE)
    page = window.people_page
    page.refresh()
    dialog = open_form(qtbot, page, "қасым")
    replace_text(qtbot, dialog.fields.birth_year, "1984")
    type_in(qtbot, dialog.fields.phone, "12-34")
    type_in(qtbot, dialog.fields.iin, IIN)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["phone"].text() == (
        "'12-34' is not a Kazakhstan phone number; write it like +7 701 234 56 78."
    )
    assert dialog.errors["iin"].text() == (
        "This IIN gives the birth date 04.05.1980, but the birth year given is 1984."
    )
    replace_text(qtbot, dialog.fields.birth_year, "1980")
    replace_text(qtbot, dialog.fields.phone, "")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["phone"].isVisible()
    assert dialog.errors["iin"].text() == (
        f"IIN {IIN} is already Гүлнар Ахметова's (born 1980); if they are one person, "
        "merge the two records instead."
    )
    row = person_row(db, "Әсел Қасымова")
    assert (row.iin, row.birth_year) == (None, 1984)
    dialog.reject()


def test_a_name_and_year_like_someone_elses_is_asked_about_first(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID, answers: Answers
) -> None:
    registered(
        db,
        east,
        {"full_name": "Гүлнар Ахметова", "birth_year": 1980},
        {"full_name": "Гулнар Ахметова", "birth_year": 1981},
    )
    window.nav.setCurrentRow(PEOPLE)
    page = window.people_page
    page.refresh()
    dialog = open_form(qtbot, page, "гулнар")  # Гулнар, not Гүлнар: Kazakh letters count
    replace_text(qtbot, dialog.fields.full_name, "ГҮЛНАР АХМЕТОВА")
    replace_text(qtbot, dialog.fields.birth_year, "1980")
    answers.yes_no = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [
        "Гүлнар Ахметова, born 1980, is already in the registry; if they are one person, "
        "merge the two records instead. Save anyway, as two different people?"
    ]
    assert dialog.isVisible()
    assert person_row(db, "Гулнар Ахметова").birth_year == 1981  # not saved

    answers.yes_no = True  # two people who share a name and a year
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert sorted((r.full_name, r.birth_year) for r in people.registry(db)[0]) == [
        ("ГҮЛНАР АХМЕТОВА", 1980),
        ("Гүлнар Ахметова", 1980),
    ]
