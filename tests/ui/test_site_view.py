"""A site's page: its visits newest first, the follow-ups still open, the loans behind it;
double-clicks ask the window to open a visit or a loan. The visit form's *Site history…*
asks for the page of the site it shows."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.services import visits
from fieldmon.ui.site_view import ID_ROLE, SiteView
from fieldmon.ui.visit_form import VisitForm
from tests.conftest import OFFICER
from tests.factories import site_input, visit_fields
from tests.services.test_sites import LONG_FINDINGS, Records, add_records
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import type_in


@pytest.fixture
def records(db: Database, east: uuid.UUID) -> Records:
    return add_records(db, east)


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


def double_click(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    # A person's double-click starts with a press; QTest's mouseDClick alone does not.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_view(qtbot: QtBot, db: Database, site_id: uuid.UUID) -> SiteView:
    view = SiteView(db, "en", site_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_visits_newest_first_with_officers_ratings_and_findings(
    qtbot: QtBot, db: Database, records: Records
) -> None:
    view = open_view(qtbot, db, records.site)
    assert view.windowTitle() == "Site: Наубайхана «Нан»"
    assert "Microcredit business" in view.subtitle.text()
    assert "Верх-Уба, Шемонаихинский район, East Kazakhstan Region" in view.subtitle.text()
    assert "3 visit(s), the last on 15.09.2026 by Ерлан Сапаров" in view.subtitle.text()
    assert column(view.visits, 0) == ["15.09.2026", "02.06.2026", "10.03.2026"]
    assert column(view.visits, 1) == ["Ерлан Сапаров", "Гүлнар Әбдіқалықова", "Ерлан Сапаров"]
    assert column(view.visits, 5) == ["Serious issues", "Minor issues", "On track"]
    # Long findings: one line in the table, in full on the tooltip and under the table.
    findings = view.visits.item(0, 6)
    assert "\n" not in findings.text() and findings.text().startswith("Пеш істемейді. Иесі")
    assert findings.toolTip() == LONG_FINDINGS
    assert LONG_FINDINGS in view.details.toPlainText()  # the last visit, selected
    view.visits.selectRow(1)
    assert "Цехтың есігі сынған" in view.details.toPlainText()
    assert column(view.visits, 7)[2] == "Шот-фактураның көшірмесін әкелу (closed 05.04.2026)"


def test_only_open_follow_ups_and_the_loans_behind_the_site(
    qtbot: QtBot, db: Database, records: Records
) -> None:
    view = open_view(qtbot, db, records.site)
    assert column(view.follow_ups, 1) == ["Есікті ауыстыру"]  # the closed one is not open
    assert column(view.follow_ups, 0) == ["01.07.2026"]
    assert not view.no_follow_ups.isVisible()
    assert column(view.loans, 0) == ["MC-2026/011"]  # microcredit in Верх-Уба only
    assert column(view.loans, 1) == ["Әсел Қасымова"]
    assert "Microcredit loans made in Верх-Уба" in view.loans_note.text()


def test_double_clicks_ask_for_the_visit_and_the_loan(
    qtbot: QtBot, db: Database, records: Records
) -> None:
    view = open_view(qtbot, db, records.site)
    with qtbot.waitSignal(view.visit_requested) as asked:
        double_click(qtbot, view.visits, 1)
    assert asked.args == [records.second]
    with qtbot.waitSignal(view.visit_requested) as asked:
        double_click(qtbot, view.follow_ups, 0)
    assert asked.args == [records.second]
    with qtbot.waitSignal(view.loan_requested) as asked:
        double_click(qtbot, view.loans, 0)
    assert asked.args == [records.credit]


def test_refresh_shows_a_visit_saved_meanwhile(
    qtbot: QtBot, db: Database, records: Records, east: uuid.UUID
) -> None:
    view = open_view(qtbot, db, records.site)
    new = visits.save_visit(
        db,
        visit_fields(visit_date=date(2026, 11, 20), officer="Гүлнар Әбдіқалықова"),
        site_input(east, name="наубайхана «нан»"),  # the same site, typed in another case
        OFFICER,
    )
    view.refresh()
    assert view.visits.rowCount() == 4
    assert view.visits.item(0, 0).data(ID_ROLE) == str(new)


def test_the_visit_forms_site_history_asks_for_its_site(
    qtbot: QtBot, db: Database, records: Records, answers: Answers
) -> None:
    form = VisitForm(db, OFFICER, "en", records.second)
    qtbot.addWidget(form)
    form.show()
    assert form.site_history_button.isEnabled()
    with qtbot.waitSignal(form.site_requested) as asked:
        qtbot.mouseClick(form.site_history_button, Qt.MouseButton.LeftButton)
    assert asked.args == [records.site]
    form.draft.dirty = False


def test_a_new_site_has_no_history_until_it_is_a_known_one(
    qtbot: QtBot, db: Database, records: Records, answers: Answers
) -> None:
    form = VisitForm(db, OFFICER, "en")
    qtbot.addWidget(form)
    form.show()
    assert not form.site_history_button.isEnabled()  # no place, no site yet
    type_in(qtbot, form.places.region, "ВКО")
    type_in(qtbot, form.places.district, "Шемонаихинский район")
    type_in(qtbot, form.places.settlement, "Верх-Уба")
    type_in(qtbot, form.site, "Жаңа шеберхана")
    assert not form.site_history_button.isEnabled()  # a new site
    form.site.setEditText("")
    type_in(qtbot, form.site, "НАУБАЙХАНА «НАН»")  # a known one, in any case
    assert form.site_history_button.isEnabled()
    assert form.site_history_button.shortcut().toString() == "Alt+T"  # out of the Tab order
    with qtbot.waitSignal(form.site_requested) as asked:
        qtbot.mouseClick(form.site_history_button, Qt.MouseButton.LeftButton)
    assert asked.args == [records.site]
    form.draft.dirty = False


def test_in_the_window_the_visit_forms_button_opens_the_site_page_which_follows_changes(
    qtbot: QtBot,
    window,
    records: Records,
    answers: Answers,  # type: ignore[no-untyped-def]
) -> None:
    form = window.visits.open(records.second)
    qtbot.mouseClick(form.site_history_button, Qt.MouseButton.LeftButton)
    view = window.open_forms.get(f"site-page:{records.site}")
    assert isinstance(view, SiteView) and view.isVisible()
    assert view.visits.rowCount() == 3
    # Asked again (from the Visits list this time): the same page is raised, not a second.
    window.visits_page.site_requested.emit(records.site)
    assert window.open_forms.of_kind("site-page") == [view]
    # A double-click on a visit there raises that visit's form.
    double_click(qtbot, view.visits, 1)
    assert window.open_forms.get(f"visit:{records.second}") is form
    # Deleting a visit from its form: the site page follows, and Ctrl+Z brings it back.
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.visits.rowCount() == 2)
    window.undo_stack.undo()
    assert view.visits.rowCount() == 3
