"""The visits list: pages fetched as the view scrolls, filters, delete and undo."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.services import visits
from fieldmon.services.visits import VisitFilter
from fieldmon.ui.main_window import VISITS, MainWindow
from fieldmon.ui.visits_model import COL, PAGE_SIZE, VisitTableModel
from tests.factories import site_input, visit_fields
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import type_in


@pytest.fixture
def filled(db: Database, east: uuid.UUID, turkistan: uuid.UUID) -> Database:
    """450 visits, newest 1 Nov 2026: every third in Turkistan at a clinic, by Ольга Ким."""
    with db.session() as session:
        for i in range(450):
            in_south = i % 3 == 0
            site = (
                site_input(turkistan, "Амбулатория", "Сайрамский район", "Аксукент")
                if in_south
                else site_input(east)
            )
            visits.write_visit(
                session,
                visit_fields(
                    visit_date=date(2026, 11, 1) - timedelta(days=i),
                    officer="Ольга Ким" if in_south else "Ерлан Сапаров",
                ),
                site,
                "t",
                today=date(2026, 11, 21),
            )
    return db


def test_model_loads_one_page_then_more_on_demand(qtbot: QtBot, filled: Database) -> None:
    model = VisitTableModel(filled, {})
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    shown = [model.index(r, COL["visit_date"]).data() for r in (0, 1, 449)]
    assert shown == ["01.11.2026", "31.10.2026", "09.08.2025"]
    ids = [model.row(r).id for r in range(450)]
    assert len(set(ids)) == 450


def test_scrolling_the_view_fetches_more_rows(
    qtbot: QtBot, window: MainWindow, filled: Database
) -> None:
    window.visits_page.refresh()
    table, model = window.visits_page.table, window.visits_page.model
    assert model.rowCount() == PAGE_SIZE
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    assert window.count_label.text() == "450 visit(s)"


def test_sorting_by_clicking_a_header(qtbot: QtBot, window: MainWindow, filled: Database) -> None:
    window.visits_page.refresh()
    header = window.visits_page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL["site"]) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    model = window.visits_page.model
    assert model.sort_key == "site"
    first = model.index(0, COL["site"]).data()
    assert first in {"Амбулатория", "Мини-пекарня «Нан»"}
    names = [model.row(r).site for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=model.descending)


def test_search_region_officer_and_dates_filter_the_list(
    qtbot: QtBot, window: MainWindow, filled: Database, turkistan: uuid.UUID
) -> None:
    page = window.visits_page
    page.refresh()
    type_in(qtbot, page.search, "аксу")
    qtbot.waitUntil(lambda: window.count_label.text() == "150 visit(s)")
    assert {page.model.row(r).site for r in range(page.model.rowCount())} == {"Амбулатория"}
    page.search.clear()
    qtbot.waitUntil(lambda: window.count_label.text() == "450 visit(s)")
    page.region.setCurrentIndex(page.region.findText("Turkistan Region"))
    assert window.count_label.text() == "150 visit(s)"
    page.region.setCurrentIndex(0)
    page.officer.setCurrentIndex(page.officer.findText("Ерлан Сапаров"))
    assert window.count_label.text() == "300 visit(s)"
    type_in(qtbot, page.date_from, "01.10.2026")
    type_in(qtbot, page.date_to, "31.10.2026")
    qtbot.waitUntil(lambda: page.model.filter.date_to == date(2026, 10, 31))
    with filled.read_session() as session:
        expected = visits.count_visits(
            session,
            VisitFilter(
                officer="Ерлан Сапаров", date_from=date(2026, 10, 1), date_to=date(2026, 10, 31)
            ),
        )
    assert (
        window.count_label.text() == f"{expected} visit(s)" and expected == 21
    )  # 31 days less 10 of Ольга Ким
    page.clear_filters()
    assert window.count_label.text() == "450 visit(s)"


def test_a_half_typed_date_does_not_filter(
    qtbot: QtBot, window: MainWindow, filled: Database
) -> None:
    page = window.visits_page
    page.refresh()
    type_in(qtbot, page.date_from, "01.10.")
    page.apply_filter()
    assert page.date_error.text() == "Write dates as dd.mm.yyyy."
    assert window.count_label.text() == "450 visit(s)"


def test_delete_key_deletes_selected_and_ctrl_z_restores(
    qtbot: QtBot, window: MainWindow, filled: Database
) -> None:
    page = window.visits_page
    window.nav.setCurrentRow(VISITS)  # the window opens on Home
    page.refresh()
    page.table.selectRow(0)
    page.table.setFocus()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    first = page.model.row(0).id
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert window.count_label.text() == "449 visit(s)"
    assert page.model.row(0).id != first
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.count_label.text() == "450 visit(s)" and page.model.row(0).id == first


def test_deleting_a_selection_is_all_or_nothing_and_undone_at_once(
    qtbot: QtBot, window: MainWindow, filled: Database, answers: Answers
) -> None:
    page = window.visits_page
    window.nav.setCurrentRow(VISITS)  # the window opens on Home
    page.refresh()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)

    def select_first(n: int) -> list[uuid.UUID]:
        page.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(n):
            page.table.selectionModel().select(page.model.index(r, 0), flags)
        page.table.setFocus()
        return page.selected_ids()

    chosen = select_first(3)
    visits.delete_visit(filled, chosen[1], "Әсел Қасымова")  # from another window, meanwhile
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert answers.errors == [
        "One of these visits no longer exists (it may have been deleted); none of them was deleted."
    ]
    assert window.count_label.text() == "449 visit(s)" and window.undo_stack.count() == 0
    with filled.read_session() as session:
        assert visits.count_visits(session, VisitFilter()) == 449
    chosen = select_first(3)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert window.count_label.text() == "446 visit(s)" and window.undo_stack.count() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.count_label.text() == "449 visit(s)"
    assert [page.model.row(r).id for r in range(3)] == chosen


def test_ctrl_n_opens_a_new_visit(qtbot: QtBot, window: MainWindow) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.open_forms.get("visit:new")
    assert form is not None and form.isVisible()
