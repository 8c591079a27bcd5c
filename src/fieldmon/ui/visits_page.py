"""The Visits page: filters above a paged table; double-click or Enter opens a visit."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.services import places, visits
from fieldmon.services.visits import VisitFilter
from fieldmon.ui.visits_model import COL, ID_ROLE, VisitTableModel
from fieldmon.ui.widgets import DateField, remember_columns

FILTER_DELAY_MS = 250


class VisitsPage(QWidget):
    open_requested = Signal(uuid.UUID)
    new_requested = Signal()
    delete_requested = Signal(list)
    counts_changed = Signal(int)
    site_requested = Signal(uuid.UUID)  # "Open site": the selected visit's site

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.project_id: uuid.UUID | None = None  # the window's current project; None: all
        regions = places.region_items(db, lang)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search site, settlement or district…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.region = QComboBox()
        self.region.setObjectName("region_filter")
        self.region.addItem(self.tr("All regions"), None)
        for item in regions:
            self.region.addItem(item.name, str(item.id))
        self.officer = QComboBox()
        self.officer.setObjectName("officer_filter")
        self.officer.setMinimumContentsLength(14)
        self.region.setMinimumContentsLength(14)
        self.follow_up = QComboBox()
        self.follow_up.setObjectName("follow_up_filter")
        self.follow_up.addItem(self.tr("All visits"), visits.FOLLOW_UP_ANY)
        self.follow_up.addItem(self.tr("Follow-up overdue"), visits.FOLLOW_UP_OVERDUE)
        self.follow_up.addItem(self.tr("Follow-up open"), visits.FOLLOW_UP_OPEN)
        self.date_from = DateField()
        self.date_from.setObjectName("date_from")
        self.date_to = DateField()
        self.date_to.setObjectName("date_to")
        self.date_error = QLabel()
        self.date_error.setStyleSheet("color: #b00020;")
        clear = QPushButton(self.tr("Clear filters"))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.region, 2)
        bar.addWidget(self.officer, 2)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from, 1)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to, 1)
        bar.addWidget(clear)

        self.model = VisitTableModel(db, {item.id: item.name for item in regions}, self)
        self.table = QTableView()
        self.table.setObjectName("visits_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            COL["visit_date"], Qt.SortOrder.DescendingOrder
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.columns = remember_columns(self.table, "visits")

        new = QPushButton(self.tr("&New visit"))
        new.setObjectName("new_visit")
        open_ = QPushButton(self.tr("&Open"))
        delete = QPushButton(self.tr("De&lete"))
        self.open_site = QPushButton(self.tr("Open &site"))
        self.open_site.setObjectName("open_site")
        self.open_site.setToolTip(self.tr("Open the site of the selected visit"))
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addWidget(delete)
        buttons.addWidget(self.open_site)
        buttons.addStretch()
        buttons.addWidget(self.date_error)
        # Below the list: the filter bar above has no room left at 1280 px in Kazakh.
        buttons.addWidget(QLabel(self.tr("Show")))
        buttons.addWidget(self.follow_up)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.region.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.officer.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.follow_up.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_from.changed.connect(self._timer.start)
        self.date_to.changed.connect(self._timer.start)
        clear.clicked.connect(lambda: self.clear_filters())
        new.clicked.connect(self.new_requested)
        open_.clicked.connect(self._open_current)
        delete.clicked.connect(self._delete_selected)
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(index.data(ID_ROLE))
        )
        self.table.activated.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.open_site.clicked.connect(self._open_site)
        # The same actions on a right click in the list.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (self.tr("Open visit"), self._open_current),
            (self.tr("Open site"), self._open_site),
            (self.tr("Delete"), self._delete_selected),
        ):
            action = QAction(text, self.table)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def refresh(self) -> None:
        """Reload the officers list and the rows, keeping the filters."""
        current = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("All officers"), None)
        for name in visits.officer_names(self.db):
            self.officer.addItem(name, name)
        self.officer.setCurrentIndex(max(self.officer.findData(current), 0))
        self.officer.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> VisitFilter | None:
        """The filter typed; None (with a message) while a date is not a date."""
        try:
            date_from, date_to = self.date_from.value(), self.date_to.value()
        except ValueError:
            self.date_error.setText(self.tr("Write dates as dd.mm.yyyy."))
            return None
        self.date_error.setText("")
        return VisitFilter(
            text=self.search.text(),
            region_id=uuid.UUID(self.region.currentData()) if self.region.currentData() else None,
            officer=self.officer.currentData(),
            date_from=date_from,
            date_to=date_to,
            follow_up=self.follow_up.currentData(),
            project_id=self.project_id,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        if flt is None:
            return
        self.model.set_filter(flt)
        self.counts_changed.emit(self.model.count())

    def set_project(self, project: uuid.UUID | None) -> None:
        """Show the visits of `project` only (None: of every project), the filters kept."""
        self.project_id = project
        self.apply_filter()

    def clear_filters(self, follow_up: str = visits.FOLLOW_UP_ANY) -> None:
        """All filters off; `follow_up` chooses the follow-up filter at the same time."""
        filters = (
            self.search,
            self.region,
            self.officer,
            self.follow_up,
            self.date_from,
            self.date_to,
        )
        for widget in filters:
            widget.blockSignals(True)
        self.search.clear()
        self.region.setCurrentIndex(0)
        self.officer.setCurrentIndex(0)
        self.follow_up.setCurrentIndex(max(self.follow_up.findData(follow_up), 0))
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for widget in filters:
            widget.blockSignals(False)
        self.apply_filter()

    def show_follow_ups_overdue(self) -> None:
        """Only the visits whose follow-up is past due, every other filter off: as many as
        the Home page's Attention list counts (the same `services.visits` condition)."""
        self.clear_filters(visits.FOLLOW_UP_OVERDUE)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row(r).id for r in sorted(rows)]

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def _open_site(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.site_requested.emit(self.model.row(index.row()).site_id)

    def _delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)
