"""The Results page's two tables as Qt models: a project's indicators with their figures for
a quarter, and a manual indicator's values by quarter, edited in place.

Both only lay out what the services return (`services.results`, `services.indicators`); the
values model hands what is typed to a `write` function the page gives it, so it never opens
the database itself."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import Message
from fieldmon.domain.visits import NOT_A_NUMBER
from fieldmon.services import indicators
from fieldmon.ui import formats
from fieldmon.ui.i18n import shown
from fieldmon.ui.indicator_dialog import is_ratio, measure_label, number_text, read_number

if TYPE_CHECKING:
    from fieldmon.db.models import Indicator
    from fieldmon.services.indicators import TypedValue
    from fieldmon.services.results import IndicatorResult

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# The results table's columns.
(
    CODE,
    TITLE,
    LEVEL,
    MEASURE,
    REGION,
    UNIT,
    BASELINE,
    TARGET,
    THIS_PERIOD,
    YEAR_TO_DATE,
    CUMULATIVE,
    PERCENT,
) = range(12)
FIGURES = (THIS_PERIOD, YEAR_TO_DATE, CUMULATIVE, PERCENT)
NUMBERS = (BASELINE, TARGET, *FIGURES)
VALUE, NOTE = range(2)  # the typed values' columns


def figure_text(value: Decimal | None, ratio: bool = False) -> str:
    """A figure as the table shows it: exact, grouped; a share as a percentage; more than two
    decimals rounded to two."""
    if value is None:
        return ""
    if ratio:
        return formats.percent(value)
    exponent = value.normalize().as_tuple().exponent
    places = None if isinstance(exponent, int) and exponent >= -2 else 2
    return formats.number(value, places)


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator as the list shows it before (and beside) its figures."""

    id: uuid.UUID
    code: str
    title: str
    level: str
    measure: str
    region: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    year_targets: dict[int, Decimal]

    @property
    def manual(self) -> bool:
        return self.measure == indicators.MANUAL


class ResultsModel(QAbstractTableModel):
    """The project's indicators (`set_indicators`), then their figures for the chosen quarter
    (`set_results`, matched by code: the list does not move when they arrive)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []
        self.results: dict[str, IndicatorResult] = {}
        self.year = 0
        self.headers = [
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Level"),
            self.tr("Measure"),
            self.tr("Region"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("This quarter"),
            self.tr("Year to date"),
            self.tr("Since the start"),
            self.tr("% of target"),
        ]

    def set_indicators(self, rows: list[IndicatorRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.results = {}
        self.endResetModel()

    def set_results(self, results: list[IndicatorResult], year: int = 0) -> None:
        """The figures of a quarter of `year` (whose target the tooltips give)."""
        self.results = {r.code: r for r in results}
        self.year = year
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, PERCENT))

    def clear_figures(self) -> None:
        self.set_results([])

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.code == code), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == PERCENT:
            result = self.results.get(row.code)
            share = result.percent_of_target if result is not None else None
            if share is not None and share >= 1:  # the target is reached
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and column == MEASURE and row.manual:
            return QBrush(QColor("#555555"))
        return None

    def text(self, row: IndicatorRow, column: int) -> str:
        ratio = is_ratio(row.measure)
        if column == CODE:
            return row.code
        if column == TITLE:
            return row.title
        if column == LEVEL:
            return row.level
        if column == MEASURE:
            return measure_label(row.measure) or row.measure
        if column == REGION:
            return row.region
        if column == UNIT:
            return row.unit
        if column == BASELINE:
            return figure_text(row.baseline, ratio)
        if column == TARGET:
            return figure_text(row.target, ratio)
        result = self.results.get(row.code)
        if result is None:
            return ""
        if column == THIS_PERIOD:
            return figure_text(result.period, ratio)
        if column == YEAR_TO_DATE:
            return figure_text(result.year_to_date, ratio)
        if column == CUMULATIVE:
            return figure_text(result.cumulative, ratio)
        if column == PERCENT:
            share = result.percent_of_target
            return "" if share is None else formats.percent(share)
        return ""

    def _tooltip(self, row: IndicatorRow, column: int) -> str | None:
        if column == MEASURE:
            return row.measure
        if column == TITLE:
            return row.title
        result = self.results.get(row.code)
        if column in (TARGET, YEAR_TO_DATE) and result and result.target_year is not None:
            return self.tr("Target for {0}: {1}").format(
                self.year, figure_text(result.target_year, is_ratio(row.measure))
            )
        if column == THIS_PERIOD and result is not None and result.notes:
            return result.notes  # the notes typed with this quarter's value
        return None


class ValuesModel(QAbstractTableModel):
    """A manual indicator's values, one row per quarter (value, note), edited in place. A
    typed value is handed to `write(period, value or None, note)` at once; a number that
    cannot be read, or a write that fails, is `refused(sentence)` and nothing changes. A
    note typed in a quarter without a value waits for the value (`waiting(period)`)."""

    refused = Signal(str)
    written = Signal(str)  # the quarter saved or cleared
    waiting = Signal(str)  # a note kept until its quarter's value is typed

    def __init__(
        self, write: Callable[[str, Decimal | None, str], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.write = write
        self.periods: list[str] = []
        self.values: dict[str, TypedValue] = {}
        self.pending: dict[str, str] = {}  # quarter → note typed before the value
        self.headers = [self.tr("Value"), self.tr("Note")]

    def set_rows(self, periods: list[str], values: list[TypedValue]) -> None:
        self.beginResetModel()
        self.values = {v.period: v for v in values}
        self.periods = sorted(set(periods) | set(self.values))
        self.pending = {}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return self.periods[section] if 0 <= section < len(self.periods) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        period = self.periods[index.row()]
        typed = self.values.get(period)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VALUE:
                return figure_text(typed.value) if typed else ""
            return typed.note if typed else self.pending.get(period, "")
        if role == Qt.ItemDataRole.EditRole:
            if column == VALUE:
                return number_text(typed.value) if typed else ""
            return typed.note if typed else self.pending.get(period, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == NOTE and typed is None:
            return QBrush(QColor("#777777"))  # a note still waiting for its value
        return None

    def row_of(self, period: str) -> int:
        return self.periods.index(period) if period in self.periods else -1

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        period = self.periods[index.row()]
        typed = self.values.get(period)
        text = "" if value is None else str(value)
        if index.column() == VALUE:
            if text.strip() == (number_text(typed.value) if typed else ""):
                return False  # left as it was
            try:
                number = read_number(text)
            except ValueError:
                self.refused.emit(
                    self.tr("{0}: {1}").format(
                        period,
                        shown(Message(NOT_A_NUMBER, {"value": text.strip()})),
                    )
                )
                return False
            note = typed.note if typed else self.pending.get(period, "")
        else:
            note = " ".join(text.split())
            if typed is None:
                self.pending[period] = note
                self.dataChanged.emit(index, index)
                if note:
                    self.waiting.emit(period)
                return True
            if note == typed.note:
                return False
            number = typed.value
        try:
            self.write(period, number, note)
        except UserError as exc:
            self.refused.emit(shown(exc))
            return False
        except ValueError as exc:  # the quarter: not expected from the rows offered
            self.refused.emit(str(exc))
            return False
        from fieldmon.services.indicators import TypedValue

        if number is None:
            self.values.pop(period, None)
        else:
            self.values[period] = TypedValue(period, number, note)
        self.pending.pop(period, None)
        self.dataChanged.emit(self.index(index.row(), VALUE), self.index(index.row(), NOTE))
        self.written.emit(period)
        return True


def indicator_row(indicator: Indicator, region: str) -> IndicatorRow:
    return IndicatorRow(
        id=indicator.id,
        code=indicator.code,
        title=indicator.title,
        level=indicator.level,
        measure=indicator.measure,
        region=region,
        unit=indicator.unit,
        baseline=indicator.baseline,
        target=indicator.target,
        year_targets=indicators.load_targets(indicator.year_targets),
    )
