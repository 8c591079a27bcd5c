"""The visits list as a Qt model that reads pages from SQL as the view scrolls.

Only the rows seen so far are in memory; `fetchMore` asks the service for the next keyset
page, so opening, filtering and sorting a million visits costs one page, not a million rows.
"""

from __future__ import annotations

import uuid
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
from fieldmon.domain.choices import Purpose, Rating, SiteType
from fieldmon.services import visits
from fieldmon.services.visits import VisitFilter, VisitRow
from fieldmon.ui import formats
from fieldmon.ui.i18n import choice_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex

# column: (sort key, header)
COLUMNS: list[tuple[str, str]] = [
    ("visit_date", QT_TRANSLATE_NOOP("VisitTableModel", "Date")),
    ("site", QT_TRANSLATE_NOOP("VisitTableModel", "Site")),
    ("site_type", QT_TRANSLATE_NOOP("VisitTableModel", "Type")),
    ("place", QT_TRANSLATE_NOOP("VisitTableModel", "Settlement / district")),
    ("region", QT_TRANSLATE_NOOP("VisitTableModel", "Region")),
    ("officer", QT_TRANSLATE_NOOP("VisitTableModel", "Officer")),
    ("purpose", QT_TRANSLATE_NOOP("VisitTableModel", "Purpose")),
    ("rating", QT_TRANSLATE_NOOP("VisitTableModel", "Rating")),
    ("follow_up_due", QT_TRANSLATE_NOOP("VisitTableModel", "Follow-up due")),
]
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
SORTABLE = set(visits.SORT_KEYS)
RATING_COLOURS = {"minor_issues": QColor("#fff4ce"), "serious_issues": QColor("#fde7e9")}


class VisitTableModel(QAbstractTableModel):
    def __init__(self, db: Database, region_names: dict[uuid.UUID, str], parent: Any = None):
        super().__init__(parent)
        self.db = db
        self.region_names = region_names
        self.filter = VisitFilter()
        self.sort_key, self.descending = "visit_date", True
        self._rows: list[VisitRow] = []
        self._more = True
        self.today = date.today()
        self.headers = [self.tr(h) for _, h in COLUMNS]

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._more = True
        self.today = date.today()
        self._fetch()
        self.endResetModel()

    def set_filter(self, flt: VisitFilter) -> None:
        self.filter = flt
        self.reload()

    def _next_page(self) -> list[VisitRow]:
        after = visits.page_key(self._rows[-1], self.sort_key) if self._rows else None
        page = visits.visit_page(
            self.db,
            self.filter,
            sort=self.sort_key,
            descending=self.descending,
            after=after,
            limit=PAGE_SIZE,
        )
        self._more = len(page) == PAGE_SIZE
        return page

    def _fetch(self) -> None:
        self._rows.extend(self._next_page())

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        page = self._next_page()
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def count(self) -> int:
        return visits.visit_count(self.db, self.filter)

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row(self, index: int) -> VisitRow:
        return self._rows[index]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.rating in RATING_COLOURS:
            return QBrush(RATING_COLOURS[row.rating])
        if role == Qt.ItemDataRole.ForegroundRole and key == "follow_up_due" and self._overdue(row):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "follow_up_due" and self._overdue(row):
            return self.tr("Follow-up overdue")
        return None

    def _overdue(self, row: VisitRow) -> bool:
        return (
            row.follow_up_due is not None
            and row.follow_up_closed_on is None
            and row.follow_up_due < self.today
        )

    def _display(self, row: VisitRow, key: str) -> str:
        match key:
            case "visit_date":
                return formats.day(row.visit_date)
            case "site_type":
                return choice_label(SiteType, row.site_type)
            case "region":
                return self.region_names.get(row.region_id, row.region)
            case "purpose":
                return choice_label(Purpose, row.purpose)
            case "rating":
                return choice_label(Rating, row.rating)
            case "follow_up_due":
                if row.follow_up_due is None:
                    return ""
                done = (
                    f" ✓ {formats.day(row.follow_up_closed_on)}" if row.follow_up_closed_on else ""
                )
                return formats.day(row.follow_up_due) + done
            case _:
                return str(getattr(row, key))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key not in SORTABLE:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
