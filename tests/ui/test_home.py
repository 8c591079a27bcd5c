"""The Home page: the figures are `summary`'s, the Attention rows open the right list."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.domain.periods import previous, quarter_of
from fieldmon.services import demo, home, loans, places
from fieldmon.services.summary import summary
from fieldmon.ui import formats, home_page
from fieldmon.ui.main_window import HOME, LOANS, MainWindow
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, person_fields


def test_the_window_opens_on_home_with_no_data(qtbot: QtBot, window: MainWindow) -> None:
    page = window.home_page
    qtbot.waitUntil(lambda: not page.busy())
    assert window.nav.currentRow() == HOME and window.stack.currentWidget() is page
    assert page.figure_text("visits.count") == ("0", "0")
    assert page.attention_row(home_page.LATE_LOANS) is None
    assert window.count_label.text() == "0 visit(s)"


def test_the_figures_are_the_summary_of_this_quarter_and_the_last(
    qtbot: QtBot, db: Database
) -> None:
    demo.make_demo(db, 120)
    demo.make_demo_loans(db, 30)
    demo.make_demo_trainings(db, 4)
    window = MainWindow(db, OFFICER, "en")
    qtbot.addWidget(window)
    this = quarter_of(date.today())
    now, then = summary(db, this), summary(db, previous(this))
    page = window.home_page
    qtbot.waitUntil(lambda: not page.busy(), timeout=20000)
    for key in ("visits.count", "visits.sites", "visits.follow_ups_open", "loans.overdue"):
        assert page.figure_text(key) == (formats.count(now[key]), formats.count(then[key]))
    for key in ("training.participants.female", "training.participants.male"):
        assert page.figure_text(key) == (formats.count(now[key]), formats.count(then[key]))
    assert page.figure_text("training.completed")[0] == formats.count(now["training.completed"])
    for cur, ratio in now["loans.par30"].items():
        assert page.figure_text(f"loans.par30[{cur}]")[0] == formats.percent(Decimal(ratio))
    data = home.home(db)
    assert sum(n for _, n in data.visits_by_month) <= 120
    assert dict(data.loans_by_status) == {
        s: now[f"loans.{s.value}"] for s, _ in data.loans_by_status
    }
    assert page.visits_chart.grab().width() > 0 and page.loans_chart.grab().width() > 0


def test_a_click_on_late_loans_opens_the_overdue_loans(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    today = date.today()
    borrower = borrower_input(places.registry_id("east-kazakhstan"), person_fields())
    first_due = today - timedelta(days=33)
    loans.save_loan(
        db,
        loan_fields(disbursed_on=first_due - timedelta(days=31), first_due_on=first_due),
        borrower,
        OFFICER,
    )
    window.home_page.refresh()
    qtbot.waitUntil(lambda: not window.home_page.busy())
    item = window.home_page.attention_row(home_page.LATE_LOANS)
    assert item is not None and item.text().startswith("1 loan")
    list_widget = window.home_page.attention
    rect = list_widget.visualItemRect(item)
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.currentRow() == LOANS
    assert window.loans_page.status.currentData() == "overdue"
    assert window.loans_page.model.rowCount() == 1
