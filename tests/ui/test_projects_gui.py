"""Projects driven as a person would: adding and editing one on the Projects page, the
current project chosen in the status bar and remembered for the officer, new records
belonging to it, edited records keeping their own, and the lists showing its records."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Project, Site, Training, Visit
from fieldmon.services import loans, places, projects, trainings, visits
from fieldmon.services.places import PlaceInput
from fieldmon.services.projects import ProjectFields
from fieldmon.ui.main_window import LOANS, PROJECTS, TRAININGS, VISITS, MainWindow
from fieldmon.ui.projects_page import ProjectDialog
from tests.conftest import OFFICER
from tests.factories import (
    borrower_input,
    loan_fields,
    person_fields,
    site_input,
    training_fields,
    visit_fields,
)
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import choose, fill_valid, type_in

CODE, TITLE, DONOR = "ЖОБА-1", "Шағын несие — Жамбыл", "ЕҚДБ"
OTHER = "ҚАЙНАР-2"
ONE, TWO = projects.project_id(CODE), projects.project_id(OTHER)


@pytest.fixture(autouse=True)
def _no_remembered_project() -> Iterator[None]:
    """The Qt settings live for the whole test session: no current project is carried from
    one test to another (or to other tests' windows)."""
    QSettings().remove("projects")
    yield
    QSettings().remove("projects")


@pytest.fixture
def two_projects(db: Database) -> None:
    projects.save_project(
        db,
        ProjectFields(
            CODE,
            TITLE,
            DONOR,
            date(2026, 3, 1),
            date(2029, 2, 28),
            "«Атамекен» ҰКП",
            (places.registry_id("jambyl"),),
        ),
        OFFICER,
    )
    projects.save_project(db, ProjectFields(OTHER, "Қайнар бұлақ — Ұлытау", "ЮНИСЕФ"), OFFICER)


def open_window(qtbot: QtBot, db: Database, officer: str = OFFICER) -> MainWindow:
    win = MainWindow(db, officer, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def win(qtbot: QtBot, db: Database, answers: Answers, two_projects: None) -> Iterator[MainWindow]:
    """A window opened once the two projects exist."""
    window = open_window(qtbot, db)
    yield window
    for form in window.open_forms.forms():
        form.draft.dirty = False
        form.close()


def in_dialog(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, act: Callable[[ProjectDialog], None]
) -> list[ProjectDialog]:
    """The project dialog, when it opens, is shown and `act` does what the person does in it
    (type, click Save); the dialog's own result is what `exec` returns."""
    opened: list[ProjectDialog] = []

    def exec_(dialog: ProjectDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        act(dialog)
        return dialog.result() if not dialog.isVisible() else 0

    monkeypatch.setattr(ProjectDialog, "exec", exec_)
    return opened


def stored(db: Database, code: str) -> Project | None:
    with db.read_session() as session:
        return session.get(Project, projects.project_id(code))


def choose_project(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Types the start of an entry into the status bar's project box (keyboard search)."""
    switch = window.projects.switch
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    type_in(qtbot, switch, text)
    assert switch.currentText().startswith(text), switch.currentText()


def test_adding_a_project_on_the_projects_page_stores_and_lists_it(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    jambyl, turkistan = places.registry_id("jambyl"), places.registry_id("turkistan")

    def fill(dialog: ProjectDialog) -> None:
        assert not dialog.code.isReadOnly()
        type_in(qtbot, dialog.code, "жоба-1")  # kept in capitals
        type_in(qtbot, dialog.title, TITLE)
        type_in(qtbot, dialog.donor, DONOR)
        type_in(qtbot, dialog.start_on, "01.03.2026")
        type_in(qtbot, dialog.end_on, "28.02.2029")
        type_in(qtbot, dialog.partners, "«Атамекен» ҰКП, Жамбыл облысының әкімдігі")
        for row in range(dialog.regions.count()):  # the person ticks two regions
            entry = dialog.regions.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) in (str(jambyl), str(turkistan)):
                entry.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    opened = in_dialog(monkeypatch, qtbot, fill)
    window.nav.setCurrentRow(PROJECTS)
    page = window.projects_page
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].windowTitle() == "New project"

    row = stored(db, CODE)
    assert row is not None and row.code == CODE and row.title == TITLE and row.donor == DONOR
    assert (row.start_on, row.end_on) == (date(2026, 3, 1), date(2029, 2, 28))
    assert row.partners == "«Атамекен» ҰКП, Жамбыл облысының әкімдігі"
    assert set(projects.region_ids(row)) == {jambyl, turkistan}
    assert page.model.rows[0][1][6] == ", ".join(
        sorted(
            item.name for item in places.region_items(db, "en") if item.id in (jambyl, turkistan)
        )
    )
    assert row.created_by == OFFICER
    assert page.model.rows[0][1][:5] == (CODE, TITLE, DONOR, "01.03.2026", "28.02.2029")
    assert window.count_label.text() == "1 project(s)"
    # The status bar offers it at once.
    switch = window.projects.switch
    assert [switch.itemText(i) for i in range(switch.count())] == [
        "All projects",
        f"{CODE} — {TITLE}",
    ]


def test_editing_a_project_keeps_its_code_and_saves_the_change(
    qtbot: QtBot, win: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edit(dialog: ProjectDialog) -> None:
        assert dialog.windowTitle() == "Edit project"
        assert dialog.code.text() == CODE and dialog.code.isReadOnly()
        assert dialog.start_on.text() == "01.03.2026"
        dialog.title.selectAll()
        type_in(qtbot, dialog.title, "Шағын несие — Жамбыл және Түркістан")
        dialog.donor.selectAll()
        type_in(qtbot, dialog.donor, "Еуропалық қайта құру және даму банкі")
        assert dialog.chosen_regions() == (places.registry_id("jambyl"),)  # shown as stored
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(monkeypatch, qtbot, edit)
    win.nav.setCurrentRow(PROJECTS)
    page = win.projects_page
    assert [r[1][0] for r in page.model.rows] == [CODE, OTHER]
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)

    row = stored(db, CODE)
    assert row is not None and row.title == "Шағын несие — Жамбыл және Түркістан"
    assert row.donor == "Еуропалық қайта құру және даму банкі"
    assert row.start_on == date(2026, 3, 1) and row.updated_by == OFFICER
    assert projects.region_ids(row) == (places.registry_id("jambyl"),)  # kept
    assert page.model.rows[0][1][1] == "Шағын несие — Жамбыл және Түркістан"
    assert page.table.currentIndex().row() == 0  # the edited project stays selected
    assert win.projects.switch.itemText(1) == f"{CODE} — Шағын несие — Жамбыл және Түркістан"


def test_invalid_input_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, str] = {}

    def attempt(dialog: ProjectDialog) -> None:
        def save_and_see(field: str) -> None:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible(), "the dialog stays open"
            assert stored(db, CODE.replace("-", " ")) is None and stored(db, CODE) is None
            shown = {n: e.text() for n, e in dialog.errors.items() if e.isVisible()}
            assert list(shown) == [field], shown
            seen[field] = shown[field]

        type_in(qtbot, dialog.code, "ЖОБА 1")
        save_and_see("code")
        dialog.code.clear()
        type_in(qtbot, dialog.code, CODE)
        assert not dialog.errors["code"].isVisible()  # gone as the field is edited
        save_and_see("title")
        type_in(qtbot, dialog.title, TITLE)
        type_in(qtbot, dialog.start_on, "31.02.2026")
        save_and_see("start_on")
        dialog.start_on.edit.clear()
        type_in(qtbot, dialog.start_on, "01.03.2026")
        type_in(qtbot, dialog.end_on, "28.02.2025")
        save_and_see("end_on")
        dialog.end_on.edit.clear()
        type_in(qtbot, dialog.end_on, "28.02.2029")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    in_dialog(monkeypatch, qtbot, attempt)
    window.nav.setCurrentRow(PROJECTS)
    qtbot.mouseClick(window.projects_page.new_button, Qt.MouseButton.LeftButton)
    assert seen["code"].startswith("Project code: ЖОБА 1 is not a code")
    assert seen["title"] == "Project title: it is empty."
    assert seen["end_on"] == "End date: 2025-02-28 is before the start, 2026-03-01."
    assert seen["start_on"]  # the date parser's one sentence
    row = stored(db, CODE)
    assert row is not None and row.end_on == date(2029, 2, 28)

    # A code that exists: said under the code, nothing changed, the dialog open.
    def again(dialog: ProjectDialog) -> None:
        type_in(qtbot, dialog.code, CODE)
        type_in(qtbot, dialog.title, "Басқа жоба")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        seen["exists"] = dialog.errors["code"].text()
        dialog.reject()

    in_dialog(monkeypatch, qtbot, again)
    qtbot.mouseClick(window.projects_page.new_button, Qt.MouseButton.LeftButton)
    assert seen["exists"] == f"A project with the code {CODE} exists already: {TITLE}."
    row = stored(db, CODE)
    assert row is not None and row.title == TITLE
    assert window.projects_page.model.rowCount() == 1


def test_the_current_project_is_chosen_in_the_status_bar_and_remembered_for_the_officer(
    qtbot: QtBot, win: MainWindow, db: Database, answers: Answers
) -> None:
    switch = win.projects.switch
    assert win.current_project_id is None and switch.currentText() == "All projects"
    assert [switch.itemText(i) for i in range(switch.count())] == [
        "All projects",
        f"{CODE} — {TITLE}",
        f"{OTHER} — Қайнар бұлақ — Ұлытау",
    ]
    with qtbot.waitSignal(win.current_project_changed) as changed:
        choose_project(qtbot, win, "ЖОБА")
    assert changed.args == [ONE] and win.current_project_id == ONE
    assert switch.toolTip() == f"{CODE} — {TITLE}"
    win.close()

    again = open_window(qtbot, db)
    assert again.current_project_id == ONE
    assert again.projects.switch.currentText() == f"{CODE} — {TITLE}"
    # Another officer on the same laptop has their own choice (none yet).
    other = open_window(qtbot, db, "Ерлан Сапаров")
    assert other.current_project_id is None
    with qtbot.waitSignal(again.current_project_changed) as changed:
        choose(qtbot, again.projects.switch, "All")
    assert changed.args == [None] and again.current_project_id is None
    assert open_window(qtbot, db).current_project_id is None


def test_a_new_visit_loan_and_training_belong_to_the_current_project(
    qtbot: QtBot, win: MainWindow, db: Database
) -> None:
    choose_project(qtbot, win, "ЖОБА")
    form = win.visits.new()
    assert form.project.currentText() == f"{CODE} — {TITLE}"
    fill_valid(qtbot, form)
    assert form.draft.payload()["project"] == str(ONE)  # a draft keeps the choice
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        site = session.get(Site, visit.site_id)
    assert visit.project_id == ONE and site is not None and site.project_id == ONE

    loan_form = win.loans.new()
    assert loan_form.project.currentText() == f"{CODE} — {TITLE}"
    type_in(qtbot, loan_form.members[0].full_name, "Әбенова Гүлназ")
    choose(qtbot, loan_form.members[0].sex, "Fem")
    type_in(qtbot, loan_form.members[0].birth_year, "1984")
    type_in(qtbot, loan_form.places.region, "Жамбыл")
    type_in(qtbot, loan_form.places.district, "Байзақ ауданы")
    type_in(qtbot, loan_form.loan_no, "ЖБ-01")
    choose(qtbot, loan_form.product, "Microc")
    type_in(qtbot, loan_form.principal, "500 000")
    type_in(qtbot, loan_form.annual_rate_pct, "10")
    choose(qtbot, loan_form.method, "Flat")
    type_in(qtbot, loan_form.term_months, "6")
    type_in(qtbot, loan_form.disbursed_on, "15.01.2026")
    with qtbot.waitSignal(loan_form.saved):
        qtbot.mouseClick(loan_form.save_button, Qt.MouseButton.LeftButton)
    loan_id = loans.find_loan_id(db, "ЖБ-01")
    assert loans.load_loan(db, loan_id).fields.project_id == ONE

    # The officer may choose another project on the form: the form wins.
    event = win.trainings.new()
    assert event.project.currentText() == f"{CODE} — {TITLE}"
    type_in(qtbot, event.code, "ОҚУ-1")
    type_in(qtbot, event.title, "Бизнес-жоспар құру")
    choose(qtbot, event.kind, "Sem")
    type_in(qtbot, event.start_date, "14.07.2026")
    type_in(qtbot, event.places.region, "Жамбыл")
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    type_in(qtbot, event.project, OTHER[:4])
    assert event.project.currentText().startswith(OTHER)
    with qtbot.waitSignal(event.saved):
        qtbot.mouseClick(event.save_button, Qt.MouseButton.LeftButton)
    detail = trainings.load_training(db, trainings.find_training_id(db, "ОҚУ-1"))
    assert detail.fields.project_id == TWO
    for view in win.open_forms.items():
        view[1].close()


def test_editing_a_record_keeps_its_own_project(
    qtbot: QtBot, win: MainWindow, db: Database, east: uuid.UUID
) -> None:
    visit_id = visits.save_visit(db, visit_fields(project_id=ONE), site_input(east), OFFICER)
    no_project = visits.save_visit(
        db, visit_fields(visit_date=date(2026, 8, 15)), site_input(east, "Наубайхана"), OFFICER
    )
    loan_id = loans.save_loan(
        db, loan_fields(project_id=ONE), borrower_input(east), OFFICER, today=date(2026, 3, 1)
    )
    training_id = trainings.save_training(
        db, training_fields(project_id=ONE), PlaceInput(east, "Өскемен"), OFFICER
    )
    choose_project(qtbot, win, OTHER[:4])  # the window's project is another one

    form = win.visits.open(visit_id)
    assert form.project.currentText() == f"{CODE} — {TITLE}"
    type_in(qtbot, form.findings, " Тексерілді.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    form = win.visits.open(no_project)
    assert form.project.currentText() == "No project"
    type_in(qtbot, form.follow_up, "Қайта бару")
    type_in(qtbot, form.follow_up_due, "30.09.2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), {n: e.text() for n, e in form.errors.items() if e.text()}
    with db.read_session() as session:
        edited = session.get(Visit, visit_id)
        untouched = session.get(Visit, no_project)
    assert edited is not None and "Тексерілді." in edited.findings
    assert edited.project_id == ONE
    assert untouched is not None and untouched.follow_up == "Қайта бару"
    assert untouched.project_id is None

    loan_form = win.loans.edit(loan_id)
    assert loan_form.project.currentText() == f"{CODE} — {TITLE}"
    loan_form.purpose.selectAll()
    type_in(qtbot, loan_form.purpose, "Тандыр пеші")
    with qtbot.waitSignal(loan_form.saved):
        qtbot.mouseClick(loan_form.save_button, Qt.MouseButton.LeftButton)
    with db.read_session() as session:
        loan = session.get(Loan, loan_id)
    assert loan is not None and loan.purpose == "Тандыр пеші" and loan.project_id == ONE

    event = win.trainings.edit(training_id)
    assert event.project.currentText() == f"{CODE} — {TITLE}"
    event.venue.selectAll()
    type_in(qtbot, event.venue, "Әкімдіктің мәжіліс залы")
    with qtbot.waitSignal(event.saved):
        qtbot.mouseClick(event.save_button, Qt.MouseButton.LeftButton)
    with db.read_session() as session:
        training = session.get(Training, training_id)
    assert training is not None and training.venue == "Әкімдіктің мәжіліс залы"
    assert training.project_id == ONE


def test_the_lists_show_only_the_current_project_s_records(
    qtbot: QtBot, db: Database, east: uuid.UUID, answers: Answers, two_projects: None
) -> None:
    for day, name, project in (
        (10, "Наубайхана «Жамбыл»", ONE),
        (11, "Қайнар бұлақ", TWO),
        (12, "Шеберхана", None),
    ):
        visits.save_visit(
            db,
            visit_fields(visit_date=date(2026, 8, day), project_id=project),
            site_input(east, name),
            OFFICER,
        )
    for number, project in (("ЖБ-1", ONE), ("ЖБ-2", ONE), ("ҚБ-1", TWO), ("Б-1", None)):
        borrower = borrower_input(east, person_fields(full_name=f"Қарыз алушы {number}"))
        loans.save_loan(
            db,
            dataclasses.replace(loan_fields(), loan_no=number, project_id=project),
            borrower,
            OFFICER,
            today=date(2026, 3, 1),
        )
    for code, project in (("ОҚУ-1", ONE), ("ОҚУ-2", None)):
        trainings.save_training(
            db, training_fields(code=code, project_id=project), PlaceInput(east, ""), OFFICER
        )

    win = open_window(qtbot, db)
    win.nav.setCurrentRow(VISITS)
    assert win.visits_page.model.rowCount() == 3
    choose_project(qtbot, win, "ЖОБА")
    model = win.visits_page.model
    assert [model.row(r).site for r in range(model.rowCount())] == ["Наубайхана «Жамбыл»"]
    assert win.count_label.text() == "1 visit(s)"
    win.visits_page.clear_filters()  # the page's filters; the project is the window's
    assert model.rowCount() == 1

    win.nav.setCurrentRow(LOANS)
    loans_model = win.loans_page.model
    shown = sorted(loans_model.row(r).loan_no for r in range(loans_model.rowCount()))
    assert shown == ["ЖБ-1", "ЖБ-2"] and win.count_label.text() == "2 loan(s)"
    win.nav.setCurrentRow(TRAININGS)
    assert [r[1][0] for r in win.trainings_page.model.rows] == ["ОҚУ-1"]
    assert win.count_label.text() == "1 training(s)"

    choose_project(qtbot, win, OTHER[:4])
    assert [r[1][0] for r in win.trainings_page.model.rows] == []
    assert win.count_label.text() == "0 training(s)"
    win.nav.setCurrentRow(LOANS)
    assert [loans_model.row(r).loan_no for r in range(loans_model.rowCount())] == ["ҚБ-1"]

    choose(qtbot, win.projects.switch, "All")
    assert loans_model.rowCount() == 4 and win.count_label.text() == "4 loan(s)"
    assert win.visits_page.model.rowCount() == 3
    assert len(win.trainings_page.model.rows) == 2
