"""The Results page: a project's indicators added and edited through the dialog, a manual
indicator's values typed in the grid, and computed indicators' figures for the chosen quarter
— each checked in the database rows, as a coordinator leaves them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Indicator, IndicatorValue
from fieldmon.services import indicators, projects, visits
from fieldmon.services.indicators import IndicatorFields
from fieldmon.services.projects import ProjectFields
from fieldmon.ui.i18n import install_translators
from fieldmon.ui.indicator_dialog import IndicatorDialog
from fieldmon.ui.main_window import PROJECTS, RESULTS
from fieldmon.ui.results_model import (
    CUMULATIVE,
    MEASURE,
    NOTE,
    PERCENT,
    REGION,
    TARGET,
    THIS_PERIOD,
    VALUE,
)
from fieldmon.ui.results_page import ResultsPage
from tests.conftest import OFFICER
from tests.factories import site_input, visit_fields
from tests.ui.screens import clipped, demo_window, settle
from tests.ui.test_visit_form import type_in

TODAY = date(2026, 11, 20)
WOMEN_TRAINED = "Оқытылған әйелдер саны"


@pytest.fixture
def project(db: Database) -> uuid.UUID:
    projects.save_project(
        db,
        ProjectFields(
            "ЖОБА-1",
            "Семей өңірінің тұрғындарын қолдау",
            donor="БҰҰ адам қауіпсіздігі қоры",
            start_on=date(2026, 1, 1),
            end_on=date(2027, 12, 31),
        ),
        OFFICER,
    )
    return projects.project_id("ЖОБА-1")


@pytest.fixture
def page(qtbot: QtBot, db: Database, project: uuid.UUID) -> Iterator[ResultsPage]:
    shown = ResultsPage(db, OFFICER, "en", today=TODAY)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Not closed by qtbot (`addWidget`), which deletes it before this runs: the count still
    # running reads the database this test's fixture closes next.
    qtbot.waitUntil(lambda: not shown.busy(), timeout=20000)
    QThreadPool.globalInstance().waitForDone(20000)
    shown.close()
    shown.deleteLater()


def add(db: Database, project: uuid.UUID, code: str, title: str, measure: str, **kw: Any) -> None:
    indicators.save_indicator(db, IndicatorFields(project, code, title, measure, **kw), OFFICER)


def rows(db: Database, model: type) -> list[Any]:
    with db.read_session() as session:
        return list(session.scalars(select(model).where(model.deleted_at.is_(None))))


def counted(qtbot: QtBot, page: ResultsPage) -> None:
    """Wait for the figures of the quarter chosen."""
    qtbot.waitUntil(lambda: not page.busy() and bool(page.model.results), timeout=20000)


def cell(page: ResultsPage, code: str, column: int) -> str:
    return str(page.model.index(page.model.row_of(code), column).data())


def type_in_cell(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double-click does, replace its text, press Enter."""
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_in(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits what is typed and closes the editor in a queued call.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_adding_an_indicator_through_the_dialog_saves_it_under_its_derived_id(
    qtbot: QtBot, db: Database, page: ResultsPage, project: uuid.UUID, monkeypatch: Any
) -> None:
    def exec_filled(dialog: IndicatorDialog) -> int:
        type_in(qtbot, dialog.code, "1.2")
        type_in(qtbot, dialog.title, WOMEN_TRAINED)
        type_in(qtbot, dialog.level, "Нәтиже 1")
        dialog.measure.lineEdit().clear()
        type_in(qtbot, dialog.measure, "training.participants.female")
        assert dialog.measure_meaning.text() == "People trained by sex: Women"
        type_in(qtbot, dialog.unit, "адам")
        type_in(qtbot, dialog.baseline, "0")
        type_in(qtbot, dialog.target, "1 200")
        dialog.set_year_target(2026, "400,5")
        assert dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(IndicatorDialog, "exec", exec_filled)
    assert page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    [row] = rows(db, Indicator)
    assert row.id == indicators.indicator_id(project, "1.2")
    assert (row.code, row.title, row.level, row.unit) == ("1.2", WOMEN_TRAINED, "Нәтиже 1", "адам")
    assert row.measure == "training.participants.female"
    assert (row.baseline, row.target) == (Decimal(0), Decimal(1200))
    assert indicators.load_targets(row.year_targets) == {2026: Decimal("400.5")}
    assert row.created_by == OFFICER
    # The list shows it, chosen, its measure in words; a computed one has no grid to type in.
    assert [r.code for r in page.model.rows] == ["1.2"]
    assert page.selected() is not None and page.selected().code == "1.2"
    assert cell(page, "1.2", MEASURE) == "People trained by sex: Women"
    assert page.values.isHidden()
    assert "computed from the project's records" in page.values_title.text()


def test_editing_keeps_the_code_and_saves_the_change(
    qtbot: QtBot,
    db: Database,
    page: ResultsPage,
    project: uuid.UUID,
    east: uuid.UUID,
    monkeypatch: Any,
) -> None:
    add(
        db,
        project,
        "1.2",
        WOMEN_TRAINED,
        "training.participants.female",
        target=Decimal(100),
        region_id=east,
    )
    page.refresh()
    assert cell(page, "1.2", REGION) == "East Kazakhstan Region"

    def exec_changed(dialog: IndicatorDialog) -> int:
        assert dialog.code.isReadOnly() and dialog.code.text() == "1.2"
        assert dialog.region.value() == east
        dialog.target.clear()
        type_in(qtbot, dialog.target, "150")
        assert dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(IndicatorDialog, "exec", exec_changed)
    page.select_code("1.2")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    [row] = rows(db, Indicator)
    assert (row.target, row.title, row.region_id) == (Decimal(150), WOMEN_TRAINED, east)
    assert cell(page, "1.2", TARGET) == "150"


def test_a_measure_that_is_not_one_shows_its_error_and_saves_nothing(
    qtbot: QtBot, db: Database, page: ResultsPage, project: uuid.UUID
) -> None:
    dialog = IndicatorDialog(db, OFFICER, project, "en", parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog.code, "1.3")
    type_in(qtbot, dialog.title, WOMEN_TRAINED)
    dialog.measure.lineEdit().clear()
    type_in(qtbot, dialog.measure, "visits.kount")
    assert dialog.measure_meaning.text() == ""
    assert not dialog.save()
    error = dialog.errors["measure"]
    assert error.isVisible()
    assert error.text() == (
        "'visits.kount' is neither 'manual' nor a key of the summary (such as visits.count or "
        "loans.par30[KZT])."
    )
    assert dialog.isVisible() and dialog.result() != IndicatorDialog.DialogCode.Accepted
    assert rows(db, Indicator) == []

    # A key of several figures picked from the list has its part selected, to be typed over.
    at = dialog.measure.findText("loans.par30[…]")
    dialog.measure.setCurrentIndex(at)
    dialog.measure.activated.emit(at)
    assert not dialog.save()  # the … is still there
    assert "name one, as loans.par30[KZT]" in error.text()
    dialog._measure_picked(at)
    type_in(qtbot, dialog.measure, "KZT")
    assert dialog.measure.currentText() == "loans.par30[KZT]"
    assert dialog.measure_meaning.text() == "Portfolio at risk over 30 days, KZT"
    type_in(qtbot, dialog.target, "бес")
    assert not dialog.save()
    assert dialog.errors["target"].text() == "'бес' is not a number."
    assert not error.isVisible()
    assert rows(db, Indicator) == []
    dialog.target.clear()
    type_in(qtbot, dialog.target, "0,05")
    assert dialog.save()
    [row] = rows(db, Indicator)
    assert (row.measure, row.target) == ("loans.par30[KZT]", Decimal("0.05"))

    again = IndicatorDialog(db, OFFICER, project, "en", parent=page)
    qtbot.addWidget(again)
    type_in(qtbot, again.code, "1.3")
    type_in(qtbot, again.title, "Басқа индикатор")
    assert not again.save()
    assert again.errors["code"].text() == (
        f"The project ЖОБА-1 has an indicator 1.3 already: {WOMEN_TRAINED}."
    )
    assert len(rows(db, Indicator)) == 1


def test_a_value_typed_in_the_grid_is_stored_with_its_note_and_cleared_again(
    qtbot: QtBot, db: Database, page: ResultsPage, project: uuid.UUID
) -> None:
    add(db, project, "2.1", "Қабылданған аудандық даму жоспарлары", indicators.MANUAL)
    page.refresh()
    page.select_code("2.1")
    assert page.values.isVisible()
    assert page.period() is not None and page.period().label == "2026Q3"  # the last ended
    model = page.values_model
    assert model.periods[0] == "2026Q1" and model.periods[-1] == "2026Q4"
    assert page.values.currentIndex().row() == model.row_of("2026Q3")

    type_in_cell(qtbot, page.values, page.value_cell("2026Q3", VALUE), "бес")
    assert page.value_error.isVisible()
    assert page.value_error.text() == "2026Q3: 'бес' is not a number."
    assert rows(db, IndicatorValue) == []

    type_in_cell(qtbot, page.values, page.value_cell("2026Q3", VALUE), "3")
    type_in_cell(qtbot, page.values, page.value_cell("2026Q3", NOTE), "Үш ауданда қабылданды")
    assert not page.value_error.isVisible()
    [value] = rows(db, IndicatorValue)
    assert value.id == indicators.value_id(indicators.indicator_id(project, "2.1"), "2026Q3")
    assert (value.period, value.value, value.note) == (
        "2026Q3",
        Decimal(3),
        "Үш ауданда қабылданды",
    )
    assert value.created_by == OFFICER
    # The figures follow: this quarter's value, and the share of no target is left empty.
    qtbot.waitUntil(lambda: cell(page, "2.1", THIS_PERIOD) == "3", timeout=20000)
    assert cell(page, "2.1", PERCENT) == ""

    # A note typed before the value waits for it, then both are saved.
    type_in_cell(qtbot, page.values, page.value_cell("2026Q2", NOTE), "Жобасы дайын")
    assert len(rows(db, IndicatorValue)) == 1
    assert "type the value too" in page.values_hint.text()
    type_in_cell(qtbot, page.values, page.value_cell("2026Q2", VALUE), "1,5")
    assert {(v.period, v.value, v.note) for v in rows(db, IndicatorValue)} == {
        ("2026Q2", Decimal("1.5"), "Жобасы дайын"),
        ("2026Q3", Decimal(3), "Үш ауданда қабылданды"),
    }
    qtbot.waitUntil(lambda: cell(page, "2.1", CUMULATIVE) == "4.5", timeout=20000)

    type_in_cell(qtbot, page.values, page.value_cell("2026Q3", VALUE), "")
    assert [v.period for v in rows(db, IndicatorValue)] == ["2026Q2"]
    assert page.value_cell("2026Q3", NOTE).data() == ""


def test_the_table_shows_a_computed_indicator_s_figures_for_the_chosen_quarter(
    qtbot: QtBot, db: Database, page: ResultsPage, project: uuid.UUID, east: uuid.UUID
) -> None:
    for day in (date(2026, 8, 14), date(2026, 9, 2), date(2026, 5, 20)):
        visits.save_visit(
            db, visit_fields(visit_date=day, project_id=project), site_input(east), OFFICER
        )
    visits.save_visit(db, visit_fields(visit_date=date(2026, 8, 20)), site_input(east), OFFICER)
    add(db, project, "1.1", "Мониторингтік сапарлар", "visits.count", target=Decimal(10))
    page.refresh()
    counted(qtbot, page)
    assert page.period() is not None and page.period().label == "2026Q3"
    assert cell(page, "1.1", THIS_PERIOD) == "2"  # the visit of no project is not counted
    assert cell(page, "1.1", CUMULATIVE) == "3"
    assert cell(page, "1.1", PERCENT) == "30.00\u00a0%"

    page.quarter.setCurrentIndex(page.quarter.findText("2026Q2"))
    qtbot.waitUntil(lambda: cell(page, "1.1", CUMULATIVE) == "1", timeout=20000)
    assert cell(page, "1.1", THIS_PERIOD) == "1"
    assert cell(page, "1.1", PERCENT) == "10.00\u00a0%"


def test_the_window_has_a_results_page_after_projects_showing_the_current_project(
    qtbot: QtBot, window: Any, db: Database, project: uuid.UUID
) -> None:
    projects.save_project(db, ProjectFields("ЖОБА-2", "Орман қалпына келтіру"), OFFICER)
    other = projects.project_id("ЖОБА-2")
    window.refresh()
    assert window.nav.item(PROJECTS).text() == "Projects"
    assert window.nav.item(RESULTS).text() == "Results"
    window.projects.choose(other)
    window.nav.setCurrentRow(RESULTS)
    page = window.results_page
    assert window.stack.currentWidget() is page
    assert page.project_id() == other
    window.projects.choose(project)
    assert page.project_id() == project
    qtbot.waitUntil(lambda: not page.busy(), timeout=20000)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_page_and_the_dialog_cut_no_text_with_a_framework(
    qtbot: QtBot, qapp: Any, tmp_path: Any, answers: Any, lang: str
) -> None:
    """As `test_layout` checks every page, with a project and indicators of each kind (the
    demo database has no project)."""
    window = demo_window(lang, tmp_path)
    try:
        db = window.db
        projects.save_project(
            db, ProjectFields("ЖОБА-1", "Семей өңірінің тұрғындарын қолдау", "БҰҰ"), OFFICER
        )
        project = projects.project_id("ЖОБА-1")
        add(db, project, "1", "Қабылданған аудандық даму жоспарлары", indicators.MANUAL)
        add(db, project, "1.2", WOMEN_TRAINED, "training.participants.female", target=Decimal(9))
        add(db, project, "2.1", "PAR30", "loans.par30[KZT]", target=Decimal("0.05"))
        window.nav.setCurrentRow(RESULTS)
        page = window.results_page
        counted(qtbot, page)
        settle(qapp)
        assert clipped(window) == []
        dialog = IndicatorDialog(db, OFFICER, project, lang, page.selected().id, page)
        dialog.show()
        settle(qapp)
        assert clipped(dialog) == []
        dialog.close()
    finally:
        qtbot.waitUntil(lambda: not window.results_page.busy(), timeout=20000)
        QThreadPool.globalInstance().waitForDone(20000)
        window.close()
        window.db.dispose()
        install_translators("en")
