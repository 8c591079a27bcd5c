"""The Visits page's follow-up filter agrees with the Home page; "Open site" names the site."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.db.models import Visit
from fieldmon.services import home, visits
from fieldmon.ui.main_window import VISITS, MainWindow
from fieldmon.ui.visits_page import VisitsPage
from tests.factories import site_input, visit_fields

TODAY = date.today()


@pytest.fixture
def follow_ups(db: Database, east: uuid.UUID, turkistan: uuid.UUID) -> Database:
    """12 visits: 5 with a follow-up past due (one of them deleted), 3 open and not yet due,
    2 closed, 2 with no follow-up at all."""
    bakery = site_input(east)
    clinic = site_input(turkistan, "Амбулатория «Шипагер»", "Сайрамский район", "Ақсу")
    visited = TODAY - timedelta(days=60)
    kinds = [
        *[("overdue", TODAY - timedelta(days=d)) for d in (1, 5, 20, 40, 9)],
        *[("open", TODAY + timedelta(days=d)) for d in (0, 3, 30)],
        *[("closed", TODAY - timedelta(days=d)) for d in (10, 2)],
        ("none", None),
        ("none", None),
    ]
    with db.session() as session:
        for i, (kind, due) in enumerate(kinds):
            fields = visit_fields(visit_date=visited + timedelta(days=i), officer="Әсел Қасымова")
            if kind != "none":
                fields = visit_fields(
                    visit_date=visited + timedelta(days=i),
                    officer="Әсел Қасымова",
                    follow_up="Жабдықтың құжаттарын тексеру",
                    follow_up_due=due,
                    follow_up_closed_on=TODAY - timedelta(days=1) if kind == "closed" else None,
                )
            visit = visits.write_visit(
                session, fields, clinic if i % 2 else bakery, "t", today=TODAY
            )
            if i == 4:
                deleted = visit.id
    visits.delete_visit(db, deleted, "Әсел Қасымова")
    return db


def test_overdue_filter_counts_what_the_home_page_counts(
    qtbot: QtBot, window: MainWindow, follow_ups: Database
) -> None:
    page = window.visits_page
    window.nav.setCurrentRow(VISITS)
    page.refresh()
    assert window.count_label.text() == "11 visit(s)"
    page.search.setText("Шипагер")  # another filter on: the Attention list's view clears it
    page.apply_filter()
    page.show_follow_ups_overdue()
    expected = home.home(follow_ups).attention.follow_ups_past_due
    assert expected == 4
    assert page.follow_up.currentText() == "Follow-up overdue" and page.search.text() == ""
    assert window.count_label.text() == f"{expected} visit(s)"
    assert page.model.rowCount() == expected
    with follow_ups.read_session() as session:
        for r in range(page.model.rowCount()):
            visit = session.get(Visit, page.model.row(r).id)
            assert visit is not None and visit.deleted_at is None
            assert visit.follow_up_due is not None and visit.follow_up_due < TODAY
            assert visit.follow_up_closed_on is None


def test_a_click_on_follow_ups_past_due_on_home_opens_them_on_the_visits_page(
    qtbot: QtBot, window: MainWindow, follow_ups: Database
) -> None:
    from fieldmon.ui import home_page

    window.home_page.refresh()
    qtbot.waitUntil(lambda: not window.home_page.busy())
    item = window.home_page.attention_row(home_page.FOLLOW_UPS)
    assert item is not None and item.text().startswith("4 ")
    attention = window.home_page.attention
    rect = attention.visualItemRect(item)
    qtbot.mouseClick(attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.currentRow() == VISITS
    assert window.visits_page.follow_up.currentText() == "Follow-up overdue"
    qtbot.waitUntil(lambda: window.visits_page.model.rowCount() == 4)
    assert window.count_label.text() == "4 visit(s)"


def test_open_filter_and_back_to_all(
    qtbot: QtBot, window: MainWindow, follow_ups: Database
) -> None:
    page = window.visits_page
    page.refresh()
    page.follow_up.setCurrentIndex(page.follow_up.findData(visits.FOLLOW_UP_OPEN))
    assert window.count_label.text() == "7 visit(s)"  # 4 past due and 3 not yet due
    dues = {page.model.row(r).follow_up_due for r in range(page.model.rowCount())}
    assert None not in dues and len(dues) == 7
    page.follow_up.setCurrentIndex(page.follow_up.findData(visits.FOLLOW_UP_OVERDUE))
    assert window.count_label.text() == "4 visit(s)"
    page.clear_filters()
    assert page.follow_up.currentIndex() == 0 and window.count_label.text() == "11 visit(s)"


def test_open_site_emits_the_selected_visits_site(qtbot: QtBot, follow_ups: Database) -> None:
    # The page on its own: what the window does with the site is the site page's business.
    page = VisitsPage(follow_ups, "en")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.selectRow(1)
    chosen = page.model.row(1)
    with follow_ups.read_session() as session:
        visit = session.get(Visit, chosen.id)
        assert visit is not None
        site = visit.site_id
    with qtbot.waitSignal(page.site_requested) as blocker:
        qtbot.mouseClick(page.open_site, Qt.MouseButton.LeftButton)
    assert blocker.args == [site]
    action = next(a for a in page.table.actions() if a.text() == "Open site")
    page.table.selectRow(0)
    with qtbot.waitSignal(page.site_requested) as blocker:
        action.trigger()
    other = page.model.row(0).site_id  # the rows alternate between the two sites
    assert other != site and blocker.args == [other]
