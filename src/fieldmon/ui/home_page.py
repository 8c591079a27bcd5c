"""The Home page, the window's first: the current quarter's key figures beside the previous
quarter's, small bar charts drawn with QPainter (no chart library: Qt Charts is not in
PySide6 Essentials), and the Attention list, whose rows open the page that deals with them.

All the numbers come from `services.home` (one snapshot); the page only lays them out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import LoanStatus
from fieldmon.domain.trainings import UNDER_15
from fieldmon.ui import formats
from fieldmon.ui.i18n import choice_label, translate

if TYPE_CHECKING:
    from fieldmon.db.engine import Database
    from fieldmon.services.home import Home
    from fieldmon.ui.tasks import Job

log = logging.getLogger(__name__)

# What an Attention row opens (`HomePage.open_requested`).
FOLLOW_UPS, LATE_LOANS, CONFLICTS, UNSENT, BACKUP = (
    "follow_ups",
    "late_loans",
    "conflicts",
    "unsent",
    "backup",
)
KIND = Qt.ItemDataRole.UserRole


class BarChart(QWidget):
    """A titled bar chart: one bar per (label, value), the value written above the bar."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, int]] = []
        self.setMinimumSize(260, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width, height = self.width(), self.height()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            return
        top, bottom = 2.2 * line, height - 1.3 * line
        slot = width / len(self.bars)
        highest = max((value for _, value in self.bars), default=0) or 1
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for i, (label, value) in enumerate(self.bars):
            x = i * slot
            bar_height = (bottom - top) * value / highest
            bar = QRectF(x + slot * 0.15, bottom - bar_height, slot * 0.7, bar_height)
            painter.fillRect(bar, bar_colour)
            painter.drawText(
                QRectF(x, bottom - bar_height - line, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                formats.count(value),
            )
            painter.drawText(
                QRectF(x, bottom + 0.15 * line, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )


class GroupedBarChart(QWidget):
    """A titled chart of groups of bars, one bar per series in each group (a legend under the
    title), drawn like `BarChart`; each value is written above its bar where it fits."""

    SECOND_COLOUR = QColor("#d9822b")  # beside the palette's highlight, for the 2nd series

    def __init__(self, title: str, text: Callable[[float], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.text = text
        self.groups: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, groups: list[str], series: list[tuple[str, list[float]]]) -> None:
        """`series`: (name, one value per group)."""
        self.groups, self.series = groups, series
        self.update()

    def colour(self, index: int) -> QColor:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if index == 0:
            return highlight
        if index == 1:
            return self.SECOND_COLOUR
        return highlight.darker(100 + 40 * index)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width, height = self.width(), self.height()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft, self.title)
        x = 0.0
        for i, (name, _values) in enumerate(self.series):  # the legend
            painter.fillRect(QRectF(x, 1.35 * line, 0.7 * line, 0.7 * line), self.colour(i))
            x += line
            painter.drawText(
                QRectF(x, 1.1 * line, width - x, line), Qt.AlignmentFlag.AlignLeft, name
            )
            x += metrics.horizontalAdvance(name) + line
        if not self.groups or not self.series:
            return
        top, bottom = 3.4 * line, height - 1.3 * line
        slot = width / len(self.groups)
        bar_width = slot * 0.8 / len(self.series)
        highest = max((v for _, values in self.series for v in values), default=0) or 1
        for g, label in enumerate(self.groups):
            x = g * slot
            for s, (_name, values) in enumerate(self.series):
                value = values[g]
                bar_height = (bottom - top) * value / highest
                left = x + slot * 0.1 + s * bar_width
                painter.fillRect(
                    QRectF(left, bottom - bar_height, bar_width * 0.92, bar_height), self.colour(s)
                )
                shown = self.text(value)
                if metrics.horizontalAdvance(shown) <= bar_width + slot * 0.1:
                    painter.drawText(
                        QRectF(
                            left - slot * 0.05,
                            bottom - bar_height - line,
                            bar_width + slot * 0.1,
                            line,
                        ),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        shown,
                    )
            painter.drawText(
                QRectF(x, bottom + 0.15 * line, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )


class HomePage(QWidget):
    open_requested = Signal(str)  # one of FOLLOW_UPS, LATE_LOANS, ...

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.data: Home | None = None
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}  # figure key: current, previous
        self._job: Job | None = None
        self._again = False
        self.counting = QLabel()
        self.counting.setObjectName("home_counting")
        self.counting.hide()

        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        figures = QFrame()
        figures.setObjectName("home_figures")
        figures.setLayout(self.grid)

        self.visits_chart = BarChart(self.tr("Visits per month"))
        self.visits_chart.setObjectName("visits_chart")
        self.loans_chart = BarChart(
            translate(QT_TRANSLATE_NOOP("fieldmon", "Loans by status at the period's end"))
        )
        self.loans_chart.setObjectName("loans_chart")
        self.par30_chart = GroupedBarChart(
            self.tr("Portfolio at risk over 30 days, by quarter"),
            lambda ratio: formats.percent(Decimal(str(ratio))),
        )
        self.par30_chart.setObjectName("par30_chart")
        self.trained_chart = GroupedBarChart(
            self.tr("People trained this quarter, by sex and age group"),
            lambda n: formats.count(int(n)),
        )
        self.trained_chart.setObjectName("trained_chart")
        charts = QGridLayout()
        charts.addWidget(self.visits_chart, 0, 0)
        charts.addWidget(self.loans_chart, 0, 1)
        charts.addWidget(self.par30_chart, 1, 0)
        charts.addWidget(self.trained_chart, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        self.attention = QListWidget()
        self.attention.setObjectName("attention")
        self.attention.setMaximumHeight(130)
        self.attention.itemClicked.connect(self._open)
        self.attention.itemActivated.connect(self._open)
        attention_title = QLabel(self.tr("Attention"))
        font = attention_title.font()
        font.setBold(True)
        attention_title.setFont(font)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.counting)
        column.addWidget(attention_title)
        column.addWidget(self.attention)
        column.addWidget(figures)
        column.addLayout(charts)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        """Count in the background: on a large database the figures take seconds (PAR30 over
        100,000 loans: `bench/bench_home.py`) and the window stays usable meanwhile. What is
        shown stays, with "Counting…" above it, until the new figures arrive; a refresh asked
        for during a count runs once that count ends."""
        from fieldmon.services.home import home
        from fieldmon.ui.tasks import Job

        if self._job is not None and self._job.running:
            self._again = True
            return
        db = self.db
        self._job = Job(self, lambda _stop, _progress: home(db))
        self._job.finished.connect(self._arrived)
        self._job.failed.connect(self._failed)
        self.counting.setText(self.tr("Counting…"))
        self.counting.show()
        self._job.start()

    def busy(self) -> bool:
        """A count is running or waiting to run."""
        return self._again or (self._job is not None and self._job.running)

    def _arrived(self, data: Home) -> None:
        self.counting.hide()
        self.show_data(data)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        log.error("the Home page could not be counted", exc_info=exc)
        self._again = False
        self.counting.setText(
            self.tr("The figures could not be counted; details are in the log file.")
        )

    def show_data(self, data: Home) -> None:
        self.data = data
        self._fill_figures(data)
        self.visits_chart.set_bars([(_month_name(m), n) for m, n in data.visits_by_month])
        self.loans_chart.set_bars(
            [(choice_label(LoanStatus, s.value), n) for s, n in data.loans_by_status]
        )
        currencies = sorted({cur for _q, ratios in data.par30_by_quarter for cur in ratios})
        self.par30_chart.set_data(
            [quarter.label for quarter, _ratios in data.par30_by_quarter],
            [
                (cur, [float(ratios.get(cur, 0)) for _q, ratios in data.par30_by_quarter])
                for cur in currencies
            ],
        )
        groups = data.trained_by_age_group
        self.trained_chart.set_data(
            [self.tr("under 15") if g.age_group == UNDER_15 else g.age_group for g in groups],
            [
                (translate(QT_TRANSLATE_NOOP("fieldmon", "Women")), [g.female for g in groups]),
                (translate(QT_TRANSLATE_NOOP("fieldmon", "Men")), [g.male for g in groups]),
            ],
        )
        self._fill_attention(data)

    def figure_text(self, key: str) -> tuple[str, str]:
        """The current and previous quarter's figure under `key`, as shown."""
        current, before = self.cells[key]
        return current.text(), before.text()

    def _fill_figures(self, data: Home) -> None:
        from fieldmon.services.home import RATIO

        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells = {}
        headers = (
            translate(QT_TRANSLATE_NOOP("fieldmon", "This quarter ({0})")).format(
                data.current.label
            ),
            translate(QT_TRANSLATE_NOOP("fieldmon", "Previous quarter ({0})")).format(
                data.previous.label
            ),
        )
        for col, text in enumerate(headers, start=1):
            header = QLabel(text)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, col)
        for row, figure in enumerate(data.figures, start=1):
            label = QLabel(
                ("    " if figure.indent else "") + translate(figure.label).format(*figure.args)
            )
            self.grid.addWidget(label, row, 0)
            cells = []
            for col, value in enumerate((figure.current, figure.previous), start=1):
                shown = (
                    formats.percent(Decimal(value))
                    if figure.unit == RATIO
                    else formats.count(int(value))
                )
                cell = QLabel(shown)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(cell, row, col)
                cells.append(cell)
            self.cells[figure.key] = (cells[0], cells[1])

    def _fill_attention(self, data: Home) -> None:
        a = data.attention
        self.attention.clear()
        rows = [
            (
                FOLLOW_UPS,
                a.follow_ups_past_due,
                self.tr("%Ln follow-up action(s) past due", "", a.follow_ups_past_due),
            ),
            (
                LATE_LOANS,
                a.loans_newly_late,
                self.tr(
                    "%Ln loan(s) became more than 30 days late in the past week",
                    "",
                    a.loans_newly_late,
                ),
            ),
            (CONFLICTS, a.conflicts, self.tr("%Ln conflict(s) to review", "", a.conflicts)),
            (
                UNSENT,
                a.unsent_changes,
                self.tr("%Ln change(s) not yet sent", "", a.unsent_changes),
            ),
        ]
        for kind, n, text in rows:
            if n:
                self._add_row(kind, text)
        if a.backups_apply:
            if a.days_since_backup is None:
                self._add_row(BACKUP, self.tr("No backup yet"))
            elif a.days_since_backup > 0:
                self._add_row(
                    BACKUP,
                    self.tr("%Ln day(s) since the last backup", "", a.days_since_backup),
                )
        if not self.attention.count():
            quiet = QListWidgetItem(self.tr("Nothing needs attention."))
            quiet.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attention.addItem(quiet)

    def _add_row(self, kind: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(KIND, kind)
        self.attention.addItem(item)

    def attention_row(self, kind: str) -> QListWidgetItem | None:
        for row in range(self.attention.count()):
            item = self.attention.item(row)
            if item.data(KIND) == kind:
                return item
        return None

    def _open(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND)
        if kind:
            self.open_requested.emit(kind)


def _month_name(first: date) -> str:
    return formats.locale().monthName(first.month, QLocale.FormatType.ShortFormat)
