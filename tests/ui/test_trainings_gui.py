"""Trainings driven as a person would: the event form, the attendance grid from the
keyboard, adding participants by typing a name, the duplicate guard, the registry's merge
and the certificates."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Participation, Person, Training
from fieldmon.services import loans, people, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.ui.attendance import FIXED, TrainingView
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, participant, person_fields, training_fields
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import choose, type_in

TODAY = date(2026, 11, 21)


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def event_with(db: Database, east: uuid.UUID, *names: str, days: int = 3) -> uuid.UUID:
    tid = trainings.save_training(
        db, training_fields(days=days), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    for i, name in enumerate(names):
        trainings.add_participant(
            db,
            tid,
            OFFICER,
            participant=participant(full_name=name, birth_year=1980 + i),
            today=TODAY,
        )
    return tid


def test_typing_an_event_saves_it_and_opens_its_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.trainings.new()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert count(db, Training) == 0
    assert form.errors["code"].isVisible() and form.errors["title"].isVisible()
    assert form.errors["region"].isVisible()
    type_in(qtbot, form.code, "tr-2026-07")
    type_in(qtbot, form.title, "Effective perinatal care")
    choose(qtbot, form.kind, "Master")
    type_in(qtbot, form.start_date, "14.07.2026")
    form.days.setFocus()
    form.days.selectAll()
    qtbot.keyClicks(form.days, "3")
    qtbot.mouseClick(form.at_least, Qt.MouseButton.LeftButton)
    form.min_days.selectAll()
    qtbot.keyClicks(form.min_days, "2")
    type_in(qtbot, form.places.region, "ВКО")
    type_in(qtbot, form.places.district, "Усть-Каменогорск")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    tid = trainings.find_training_id(db, "TR-2026-07")
    detail = trainings.load_training(db, tid)
    assert (detail.fields.days, detail.fields.min_days) == (3, 2)
    assert detail.fields.kind == "master_class"
    view = window.open_forms.get(f"training-page:{tid}")
    assert view.heading.text() == "TR-2026-07 · Effective perinatal care"
    assert "14.07.2026–16.07.2026" in view.about.text()
    window.nav.setCurrentRow(3)
    assert window.trainings_page.model.rows[0][1][0] == "TR-2026-07"
    assert window.count_label.text() == "1 training(s)"


def test_attendance_is_ticked_from_the_keyboard_and_the_counts_match_the_service(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    tid = event_with(db, east, "Ахметова Гульнар", "Беккер Анна", "Жумабаева Дана")
    view = window.trainings.open(tid)
    qtbot.waitExposed(view)
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, len(FIXED)))  # day 1 of the first person
    for text in "x+1":  # a day's column typed straight down from the paper sheet
        qtbot.keyClicks(table, text)
    assert table.currentIndex().row() == 2  # the last row: the cursor stays
    qtbot.keyClick(table, Qt.Key.Key_Right)  # day 2 of the third person
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Space toggles
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClicks(table, "x")  # day 2 of the first person
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClicks(table, "x")  # day 3 of the first person
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClicks(table, "-")  # day 3 of the first person again: absent after all
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # and present again

    marks = {r.full_name: r.marks for r in trainings.grid(db, tid)}
    assert marks == {"Ахметова Гульнар": "111", "Беккер Анна": "100", "Жумабаева Дана": "110"}
    registered, c = trainings.event_counts(db, tid)
    assert (registered, c.participations, c.completed, c.person_days) == (3, 3, 1, 6)
    assert view.counts.text() == (
        f"Registered: {registered} · present at least one day: {c.participations} · "
        f"completed: {c.completed} · women: {c.female}, men: {c.male} · "
        f"person-days: {c.person_days}"
    )
    days_column = view.model.column_of("days")
    assert [view.model.index(r, days_column).data() for r in range(3)] == ["3", "1", "2"]
    assert view.model.index(0, view.model.column_of("completed")).data() == "yes"


def test_a_score_is_typed_in_the_grid_and_a_bad_one_is_refused(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    tid = event_with(db, east, "Ахметова Гульнар")
    view = window.trainings.open(tid)
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, view.model.column_of("pre_score")))
    qtbot.keyClicks(table, "4")  # the first key opens the cell's editor with it
    editor = table.indexWidget(table.currentIndex())
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the editor commits once events are handled
    qtbot.waitUntil(lambda: trainings.grid(db, tid)[0].pre_score is not None)
    table.setCurrentIndex(view.model.index(0, view.model.column_of("post_score")))
    qtbot.keyClicks(table, "1")
    editor = table.indexWidget(table.currentIndex())
    qtbot.keyClicks(editor, "40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.message.text() != "")
    row = trainings.grid(db, tid)[0]
    assert (row.pre_score, row.post_score) == (45, None)
    assert view.message.text() == "A test score is a whole number from 0 to 100."


def test_a_person_in_the_registry_is_added_by_typing_part_of_the_name(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    """The borrower Өтегенов is offered while typing 'өтеген' and registered as the same
    person."""
    loans.save_loan(db, loan_fields(), borrower_input(east, person_fields()), OFFICER, today=TODAY)
    tid = event_with(db, east)
    view = window.trainings.open(tid)
    qtbot.waitExposed(view)
    type_in(qtbot, view.add_line, "өтеген")
    view.add_line.textEdited.emit(view.add_line.text())
    popup = view.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Нұрлан Өтегенов, born 1985"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    (row,) = trainings.grid(db, tid)
    assert row.full_name == "Нұрлан Өтегенов"
    assert count(db, Person) == 1
    assert view.add_line.text() == ""


def test_the_duplicate_guard_offers_the_registry_before_a_new_person(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    other = event_with(db, east, "Ахметова Гульнар")
    tid = trainings.save_training(
        db, training_fields(code="TR-2"), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    view = window.trainings.open(tid)
    dialog = view.new_participant("АХМЕТОВА  гульнар")  # Enter on a name not chosen
    choose(qtbot, dialog.sex, "Fem")
    type_in(qtbot, dialog.birth_year, "1980")
    choose(qtbot, dialog.category, "Health")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.matches.isVisible()
    assert dialog.matches.item(0).text() == "Ахметова Гульнар, born 1980"
    assert count(db, Participation) == 1  # nothing added yet
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # the match, chosen

    assert count(db, Person) == 1
    assert [r.full_name for r in trainings.grid(db, tid)] == ["Ахметова Гульнар"]
    assert trainings.grid(db, tid)[0].person_id == trainings.grid(db, other)[0].person_id


def test_a_namesake_is_added_as_a_new_person_when_the_user_says_so(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    event_with(db, east, "Ахметова Гульнар")
    tid = trainings.save_training(
        db, training_fields(code="TR-2"), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    view = window.trainings.open(tid)
    dialog = view.new_participant("Ахметова Гульнар")
    choose(qtbot, dialog.sex, "Fem")
    type_in(qtbot, dialog.birth_year, "1980")
    choose(qtbot, dialog.category, "Teach")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.matches.setCurrentRow(dialog.matches.count() - 1)
    assert dialog.matches.currentItem().text() == "Someone else: add as a new person"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert count(db, Person) == 2
    (row,) = trainings.grid(db, tid)
    assert row.category == "teacher"


def test_a_bad_participant_form_adds_nobody(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    tid = event_with(db, east)
    dialog = window.trainings.open(tid).new_participant("Серик")
    type_in(qtbot, dialog.birth_year, "19x0")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["birth_year"].text() == "'19x0' is not a whole number."
    assert dialog.errors["sex"].isVisible() and dialog.errors["category"].isVisible()
    assert count(db, Person) == 0


def test_two_records_of_one_person_are_merged_from_the_registry(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID, answers: Answers
) -> None:
    tid = event_with(db, east, "Ахметова Гульнар", "Ахметова Гульнар")  # born 1980 and 1981
    window.nav.setCurrentRow(4)
    page = window.people_page
    type_in(qtbot, page.search, "ахметова")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectAll()
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1].startswith("Keep Ахметова Гульнар, born 1980 and merge")
    assert page.model.rowCount() == 1
    assert window.count_label.text() == "1 people"
    assert [r.birth_year for r in people.list_people(db.read_session())] == [1980]
    assert len(trainings.grid(db, tid)) == 1


def test_certificates_for_everyone_who_completed(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID, tmp_path: Path
) -> None:
    tid = event_with(db, east, "Ахметова Гульнар", "Беккер Анна", "Жумабаева Дана", days=2)
    rows = trainings.grid(db, tid)
    for row in rows[:2]:  # two complete, the third comes on day 1 only
        for day in (1, 2):
            trainings.set_mark(db, row.participation_id, day, True, OFFICER)
    trainings.set_mark(db, rows[2].participation_id, 1, True, OFFICER)
    view: TrainingView = window.trainings.open(tid)
    view.refresh()
    target = view.save_certificates(path=str(tmp_path / "certificates.pdf"))
    assert target is not None
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") + data.count(b"/Type /Page ")
        == 2
    )
    from fieldmon.ui.certificates import certificates_html

    text = certificates_html(view.model.detail, [r for r in view.model.rows if r.completed])  # type: ignore[arg-type]
    assert "Ахметова Гульнар" in text and "Беккер Анна" in text
    assert "Жумабаева Дана" not in text
    assert "completed the master class “Қаржылық сауаттылық”" in text
    assert not list(tmp_path.glob(".certificates-*"))  # no temporary file left


def test_an_event_cannot_be_shortened_below_a_marked_day_in_the_form(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    tid = event_with(db, east, "Ахметова Гульнар")
    trainings.set_mark(db, trainings.grid(db, tid)[0].participation_id, 3, True, OFFICER)
    form = window.trainings.edit(tid)
    form.days.setFocus()
    form.days.selectAll()
    qtbot.keyClicks(form.days, "2")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["days"].text() == (
        "Participants are marked present on day 3; untick them before shortening."
    )
    assert trainings.load_training(db, tid).fields.days == 3


def test_events_then_a_sign_in_sheet_imported_from_the_window(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    from tests.services.test_training_imports import attendance_file, event, events_file, person

    window.nav.setCurrentRow(3)
    task = window.imports.start(str(events_file(tmp_path / "e.xlsx", [event()])), "trainings")
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert window.statusBar().currentMessage() == "Imported 1 trainings (0 already recorded)."
    assert window.count_label.text() == "1 training(s)"
    sheet = attendance_file(tmp_path / "a.xlsx", [person(), person(full_name="Ерлан", sex="м")])
    task = window.imports.start(str(sheet), "attendance")
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert window.statusBar().currentMessage() == (
        "Imported attendance of 2 participants (2 new people)."
    )
    assert window.trainings_page.model.rows[0][1][6:] == ("2", "2")  # registered, completed
