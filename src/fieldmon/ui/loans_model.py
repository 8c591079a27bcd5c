"""The loans list as a Qt model: pages of rows read from SQL as the view scrolls, today's
status coloured (overdue red, due next quarter amber, repaid grey)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldmon.db.engine import Database
from fieldmon.domain.loans import LoanStatus, Product
from fieldmon.services import loans
from fieldmon.services.loans import LoanFilter, LoanRow
from fieldmon.ui import formats
from fieldmon.ui.i18n import choice_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex

# column: (sort key or None, header)
COLUMNS: list[tuple[str | None, str]] = [
    ("loan_no", QT_TRANSLATE_NOOP("LoanTableModel", "Loan no.")),
    ("borrower", QT_TRANSLATE_NOOP("LoanTableModel", "Borrower")),
    (None, QT_TRANSLATE_NOOP("LoanTableModel", "Settlement / district")),
    (None, QT_TRANSLATE_NOOP("LoanTableModel", "Product")),
    ("disbursed_on", QT_TRANSLATE_NOOP("LoanTableModel", "Disbursed")),
    ("principal", QT_TRANSLATE_NOOP("LoanTableModel", "Principal")),
    ("outstanding", QT_TRANSLATE_NOOP("LoanTableModel", "Outstanding")),
    ("next_due_on", QT_TRANSLATE_NOOP("LoanTableModel", "Status")),
    (None, QT_TRANSLATE_NOOP("LoanTableModel", "Days late")),
]
STATUS_COLOURS = {
    LoanStatus.OVERDUE: QColor("#fde7e9"),
    LoanStatus.DUE_NEXT_QUARTER: QColor("#fff4ce"),
    LoanStatus.REPAID: QColor("#eeeeee"),
}


class LoanTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None, lang: str = "en"):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.filter = LoanFilter()
        self.sort_key, self.descending = "loan_no", False
        self._rows: list[LoanRow] = []
        self._more = True
        self._count = 0
        self.today = date.today()
        self.headers = [self.tr(h) for _, h in COLUMNS]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._more, self.today = [], True, date.today()
        self._count = loans.loan_count(self.db, self.filter, self.today)
        self._fetch()
        self.endResetModel()

    def set_filter(self, flt: LoanFilter) -> None:
        self.filter = flt
        self.reload()

    def count(self) -> int:
        return self._count

    def _page(self, offset: int) -> list[LoanRow]:
        page = loans.loan_page(
            self.db,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            offset=offset,
            limit=PAGE_SIZE,
            today=self.today,
            lang=self.lang,
        )
        self._more = len(page) == PAGE_SIZE
        return page

    def _fetch(self) -> None:
        self._rows.extend(self._page(len(self._rows)))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        page = self._page(start)
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row(self, index: int) -> LoanRow:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole and r.status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[r.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: LoanRow, column: int) -> str:
        return [
            r.loan_no,
            r.borrower,
            r.place,
            choice_label(Product, r.product.value),
            formats.day(r.disbursed_on),
            formats.money(r.principal, r.currency),
            formats.money(r.outstanding, r.currency),
            choice_label(LoanStatus, r.status.value),
            formats.count(r.days_in_arrears) if r.status == LoanStatus.OVERDUE else "",
        ][column]
