"""The Reports page driven as a coordinator would: pick the quarter and region, read the
figures, type the project title, export, open the file; Cancel midway; bad dates."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.domain.periods import parse_quarter
from fieldmon.reports import quarterly
from fieldmon.services import profile
from fieldmon.services.demo import make_demo, make_demo_loans, make_demo_trainings
from fieldmon.services.summary import summary
from fieldmon.ui.main_window import REPORTS, VISITS, MainWindow
from fieldmon.ui.reports_page import ReportsPage, last_ended_quarter
from tests.reports.conftest import key_rows
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import choose, type_in

TODAY = date(2026, 11, 21)


@pytest.fixture
def page(qtbot: QtBot, db: Database, window: MainWindow) -> ReportsPage:
    make_demo(db, 120, seed=5, today=TODAY)
    make_demo_loans(db, 20, seed=5, today=TODAY)
    make_demo_trainings(db, 4, seed=5, today=TODAY)
    window.nav.setCurrentRow(REPORTS)
    reports: ReportsPage = window.reports_page
    qtbot.waitUntil(lambda: reports.tree.topLevelItemCount() > 0)
    return reports


def line(page: ReportsPage, label: str) -> QTreeWidgetItem:
    for i in range(page.tree.topLevelItemCount()):
        section = page.tree.topLevelItem(i)
        for j in range(section.childCount()):
            if section.child(j).text(0) == label:
                return section.child(j)
    raise AssertionError(f"no line {label!r}")


def test_the_quarter_offered_first_is_the_last_one_ended() -> None:
    assert last_ended_quarter(TODAY) == parse_quarter("2026Q3")
    assert last_ended_quarter(date(2026, 1, 5)) == parse_quarter("2025Q4")


def test_the_page_shows_the_figures_then_exports_and_opens_the_workbook(
    qtbot: QtBot,
    db: Database,
    page: ReportsPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.quarter.currentText() == "2026Q3"
    choose(qtbot, page.region, "East")
    east = page.region_id()
    figures = summary(db, parse_quarter("2026Q3"), east)
    qtbot.waitUntil(lambda: line(page, "Visits").text(1) == str(figures["visits.count"]))
    assert page.tree.headerItem().text(1) == "This quarter (2026Q3)"

    page.title.clear()
    type_in(qtbot, page.title, "Зелёная экономика — Восток")
    target = tmp_path / "q3.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=20000)

    assert profile.project_title(db) == "Зелёная экономика — Восток"
    book = openpyxl.load_workbook(target)
    sheet = book["Summary"]
    assert sheet["A1"].value == "Зелёная экономика — Восток"
    assert sheet["B3"].value == "East Kazakhstan Region"
    assert key_rows(sheet)["visits.count"][0] == figures["visits.count"]
    assert page.export_button.isEnabled() and not page.progress.isVisible()

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert page.open_button.isVisible() and page.folder_button.isVisible()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(tmp_path)]


def test_cancel_stops_the_export_and_leaves_no_file(
    qtbot: QtBot,
    page: ReportsPage,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    original = quarterly._Counter.tick

    def slow_tick(counter: Any, rows: int) -> None:
        started.set()
        # hold the export at its first progress report until the user cancels
        for _ in range(400):
            if counter.should_stop():
                break
            threading.Event().wait(0.025)
        original(counter, rows)

    monkeypatch.setattr(quarterly._Counter, "tick", slow_tick)
    target = tmp_path / "out" / "q3.xlsx"
    page.start_export(target)
    qtbot.waitUntil(started.is_set)
    assert page.cancel_button.isVisible() and not page.export_button.isEnabled()
    window.nav.setCurrentRow(VISITS)  # the window is usable while it writes
    assert window.stack.currentWidget() is window.visits_page
    window.nav.setCurrentRow(REPORTS)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in page.status.text(), timeout=15000)
    assert page.status.text() == "Export cancelled; no file was written."
    assert list(target.parent.iterdir()) == []
    assert page.export_button.isEnabled() and not page.cancel_button.isVisible()


def test_dates_ending_before_they_start_are_refused(
    qtbot: QtBot, page: ReportsPage, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(qtbot, page.mode, "Dates")
    page.date_from.setDate(date(2026, 9, 30))
    page.date_to.setDate(date(2026, 7, 1))
    assert page.status.text() == "The period ends before it starts."
    assert page.tree.topLevelItemCount() == 0
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("x"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert answers.errors == ["The period ends before it starts."] and asked == []
    page.date_to.setDate(date(2026, 10, 15))
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0)
    assert page.tree.headerItem().text(1) == "This period (30.09.2026–15.10.2026)"


def test_money_and_ratios_are_shown_exactly_not_through_float(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from fieldmon.services import summary as summary_module

    counted = summary_module.figures

    def large(*args: Any, **kwargs: Any) -> dict[str, Any]:
        figures = counted(*args, **kwargs)
        # a float would show …999,98 and 123 456 789 012 345,66, and 12,34 %
        figures["loans.outstanding"] = {"KZT": Decimal("99999999999999.99")}
        figures["repayments.amount"] = {"KZT": Decimal("123456789012345.65")}
        figures["loans.par30"] = {"KZT": Decimal("0.12345")}
        return figures

    monkeypatch.setattr(summary_module, "figures", large)
    before = QLocale()
    QLocale.setDefault(QLocale("ru"))
    try:
        window.nav.setCurrentRow(REPORTS)
        page: ReportsPage = window.reports_page
        qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0)
        space = QLocale().groupSeparator()

        def shown(label: str) -> list[str]:
            item = line(page, label)
            return [item.text(c).replace(space, " ") for c in (1, 2, 3)]

        assert shown("Outstanding principal, KZT") == ["99 999 999 999 999,99 ₸"] * 3
        assert shown("Amount repaid, KZT") == ["123 456 789 012 345,65 ₸"] * 3
        assert shown("Portfolio at risk over 30 days, KZT") == ["12,35 %"] * 3
    finally:
        QLocale.setDefault(before)


def test_a_project_chosen_limits_the_figures_and_adds_its_results(
    qtbot: QtBot,
    db: Database,
    page: ReportsPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The coordinator picks a project: the figures are that project's, and the workbook is
    titled with it and has its Results sheet."""
    from decimal import Decimal

    from fieldmon.services import indicators, places, projects, visits
    from tests.factories import site_input, visit_fields

    projects.save_project(
        db, projects.ProjectFields("ЖОБА-1", "Шағын несие — Жамбыл", "ЕҚДБ"), "Әсел"
    )
    project = projects.project_id("ЖОБА-1")
    east = places.registry_id("east-kazakhstan")
    for day in (date(2026, 7, 3), date(2026, 8, 14), date(2026, 9, 30)):
        visits.save_visit(
            db,
            visit_fields(visit_date=day, project_id=project),
            site_input(east, name=f"Наубайхана {day.day}"),
            "Әсел",
            today=TODAY,
        )
    indicators.save_indicator(
        db,
        indicators.IndicatorFields(project, "1.1", "Сапарлар", "visits.count", target=Decimal(12)),
        "Әсел",
    )
    window = page.window()
    window.projects.refresh_choices()
    window.projects.choose(project)  # the window's current project is offered first
    page.hide()
    page.show()  # the project list is read again when the page is shown
    assert page.project_id() == project and not page.title.isEnabled()
    window.projects.choose(None)
    index = page.project.findText("ЖОБА-1 — Шағын несие — Жамбыл")
    page.project.setCurrentIndex(index)  # keyClicks types ASCII only
    page.project.activated.emit(index)
    page.hide()
    page.show()
    assert page.project_id() == project  # the page's own choice stays
    qtbot.waitUntil(lambda: line(page, "Visits").text(1) == "3")
    target = tmp_path / "project.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=20000)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Summary", "Results"]
    assert book["Summary"]["A1"].value == "Шағын несие — Жамбыл"
    row = next(r for r in book["Results"].iter_rows(values_only=True) if r[0] == "1.1")
    assert row[6] == 3 and row[9] == 0.25


def test_with_photos_writes_the_evidence_folder_and_is_remembered(
    qtbot: QtBot,
    db: Database,
    page: ReportsPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import select

    from fieldmon.db.models import Visit
    from fieldmon.services import evidence
    from tests.conftest import OFFICER
    from tests.evidence_files import sample_files

    period = parse_quarter("2026Q3")
    photo = sample_files(tmp_path / "in")["plain"]
    with db.session() as session:
        visit = session.scalars(
            select(Visit.id).where(Visit.visit_date.between(period.start, period.end)).limit(1)
        ).one()
        evidence.attach_file(session, evidence.Owner("visit", visit), photo, OFFICER)
    assert not page.with_photos.isChecked()
    box = page.with_photos  # clicked on its square, at the left
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    target = tmp_path / "q3.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=20000)
    folder = tmp_path / "q3 – evidence"
    assert f"Evidence files: 1 in {folder}." in page.status.text()
    assert [p.read_bytes() for p in folder.iterdir()] == [photo.read_bytes()]
    assert openpyxl.load_workbook(target)["Evidence"]["F2"].value == photo.name
    # the choice is remembered for the next time the page is made
    again = ReportsPage(db, "en", today=TODAY)
    qtbot.addWidget(again)
    assert again.with_photos.isChecked()
