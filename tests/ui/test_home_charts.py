"""The Home page's PAR30-by-quarter and people-trained charts: their data is what `summary`
computes, and they fit at 1280×720 in Kazakh."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.domain.periods import previous, quarter_of
from fieldmon.services import demo, home
from fieldmon.services.summary import summary
from fieldmon.ui.home_page import GroupedBarChart, HomePage
from fieldmon.ui.i18n import install_translators
from tests.ui.screens import SIZE, clipped, demo_window, settle

TODAY = date(2026, 11, 20)


@pytest.fixture
def seeded(db: Database) -> Database:
    demo.make_demo_loans(db, 40, today=TODAY)
    demo.make_demo_trainings(db, 16, today=TODAY)
    return db


def test_par30_by_quarter_is_the_summarys_par30_at_each_quarter_end(
    qtbot: QtBot, seeded: Database
) -> None:
    data = home.home(seeded, TODAY)
    quarters = [quarter for quarter, _ in data.par30_by_quarter]
    expected_quarters = [quarter_of(TODAY)]
    while len(expected_quarters) < home.PAR_QUARTERS:
        expected_quarters.insert(0, previous(expected_quarters[0]))
    assert quarters == expected_quarters and len(quarters) >= 4
    for quarter, ratios in data.par30_by_quarter:
        wanted = summary(seeded, quarter)["loans.par30"]
        assert ratios == {cur: Decimal(r) for cur, r in wanted.items()}
    assert any(r > 0 for _, ratios in data.par30_by_quarter for r in ratios.values())

    page = HomePage(seeded)
    qtbot.addWidget(page)
    page.show_data(data)
    chart = page.par30_chart
    assert chart.groups == [q.label for q in quarters]
    currencies = sorted({c for _, ratios in data.par30_by_quarter for c in ratios})
    assert [name for name, _ in chart.series] == currencies
    for name, values in chart.series:
        assert values == [float(r.get(name, 0)) for _, r in data.par30_by_quarter]


def test_people_trained_by_sex_and_age_group_add_up_to_the_summary(
    qtbot: QtBot, seeded: Database
) -> None:
    data = home.home(seeded, TODAY)
    now = summary(seeded, quarter_of(TODAY))
    groups = data.trained_by_age_group
    assert now["training.participants"] > 0
    assert sum(g.female for g in groups) == now["training.participants.female"]
    assert sum(g.male for g in groups) == now["training.participants.male"]
    by_age = {g.age_group: g.female + g.male for g in groups}
    assert by_age == now["training.by_age_group"]
    assert list(by_age)[-1] == "60+" and list(by_age)[-6] == "15-17"

    page = HomePage(seeded)
    qtbot.addWidget(page)
    page.show_data(data)
    chart = page.trained_chart
    assert chart.groups == [g.age_group for g in groups]
    assert chart.series == [
        ("Women", [g.female for g in groups]),
        ("Men", [g.male for g in groups]),
    ]


@pytest.fixture
def kazakh_demo(qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    window = demo_window("kk", tmp_path)
    yield window
    window.close()
    window.db.dispose()
    install_translators("en")


def test_the_charts_fit_at_1280_in_kazakh(qapp: QApplication, kazakh_demo: Any) -> None:
    window = kazakh_demo
    assert (window.width(), window.height()) == SIZE
    window.nav.setCurrentRow(0)
    page = window.home_page
    page.refresh()
    settle(qapp)
    charts = [page.visits_chart, page.loans_chart, page.par30_chart, page.trained_chart]
    right = page.width()
    for chart in charts:
        assert chart.isVisible()
        top_left = chart.mapTo(page, chart.rect().topLeft())
        assert top_left.x() >= 0 and top_left.x() + chart.width() <= right
        assert chart.width() >= chart.minimumWidth() and chart.height() >= chart.minimumHeight()
        metrics = QFontMetrics(chart.font())
        assert metrics.horizontalAdvance(chart.title) <= chart.width(), chart.title
    for chart in (page.par30_chart, page.trained_chart):
        assert isinstance(chart, GroupedBarChart) and chart.groups and chart.series
        metrics = QFontMetrics(chart.font())
        legend = sum(metrics.horizontalAdvance(n) + 2 * metrics.height() for n, _ in chart.series)
        assert legend <= chart.width()
        slot = chart.width() / len(chart.groups)
        assert all(metrics.horizontalAdvance(g) <= slot for g in chart.groups), chart.groups
        assert chart.grab().width() == chart.width()
    assert clipped(page) == []
