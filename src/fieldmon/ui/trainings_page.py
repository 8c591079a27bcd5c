"""The Trainings page (events, newest first) and the People page (the registry of people:
borrowers and participants alike, searched by part of a name, IIN or phone; two records of
one person merged into one)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import UserError
from fieldmon.domain.loans import Sex
from fieldmon.domain.trainings import Category, TrainingKind
from fieldmon.services import people, places, trainings
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import choice_label, shown
from fieldmon.ui.widgets import remember_columns

if TYPE_CHECKING:
    from fieldmon.ui.person_dialog import PersonDialog

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 500
FILTER_DELAY_MS = 250


class RowsModel(QAbstractTableModel):
    """Read-only rows of text with an id each."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[uuid.UUID, tuple[str, ...]]] = []

    def set_rows(self, rows: list[tuple[uuid.UUID, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ident, values = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == ID_ROLE:
            return str(ident)
        return None


def _table(name: str, model: RowsModel) -> QTableView:
    """A list's table; its columns fit their content and keep the widths the user gives."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    remember_columns(table, name.removesuffix("_table"))
    return table


class _ListPage(QWidget):
    """A search line (filtering after a pause in typing) over a table."""

    counts_changed = Signal(int)

    def _search_line(self, name: str, placeholder: str, refresh: Callable[[], None]) -> QLineEdit:
        search = QLineEdit()
        search.setObjectName(name)
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(refresh)
        search.textChanged.connect(lambda _t: self._timer.start())
        return search

    def selected_ids(self) -> list[uuid.UUID]:
        table: QTableView = self.table  # type: ignore[attr-defined]
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        return [uuid.UUID(table.model().index(r, 0).data(ID_ROLE)) for r in rows]


class TrainingsPage(_ListPage):
    open_requested = Signal(uuid.UUID)
    new_requested = Signal()

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.project_id: uuid.UUID | None = None  # the window's current project; None: all
        self.search = self._search_line(
            "training_search", self.tr("Search code, title or topic…"), self.refresh
        )
        self.region = QComboBox()
        self.region.setObjectName("training_region_filter")
        self.region.addItem(self.tr("All regions"), None)
        for item in places.region_items(db, lang):
            self.region.addItem(item.name, str(item.id))
        self.region.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.region, 1)
        self.model = RowsModel(
            [
                self.tr("Code"),
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Starts"),
                self.tr("Days"),
                self.tr("Region"),
                self.tr("Registered"),
                self.tr("Completed"),
            ],
            self,
        )
        self.table = _table("trainings_table", self.model)
        self.table.doubleClicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)
        new = QPushButton(self.tr("&New training"))
        new.setObjectName("new_training")
        new.clicked.connect(self.new_requested)
        open_ = QPushButton(self.tr("&Open"))
        open_.clicked.connect(self._open_current)
        self.shown = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addStretch()
        buttons.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        region = self.region.currentData()
        region_id = uuid.UUID(region) if region else None
        rows, total = trainings.training_list(
            self.db, self.search.text(), region_id, project_id=self.project_id, limit=SHOWN
        )
        self.model.set_rows(
            [
                (
                    r.id,
                    (
                        r.code,
                        r.title,
                        choice_label(TrainingKind, r.kind.value),
                        formats.day(r.start_date),
                        formats.count(r.days),
                        r.region,
                        formats.count(r.registered),
                        formats.count(r.completed),
                    ),
                )
                for r in rows
            ]
        )
        self.shown.setText(
            self.tr("Showing the newest {0}; search to narrow.").format(formats.count(SHOWN))
            if total > SHOWN
            else ""
        )
        self.counts_changed.emit(total)

    def set_project(self, project: uuid.UUID | None) -> None:
        """Show the events of `project` only (None: of every project), the filters kept."""
        self.project_id = project
        self.refresh()

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])


class PeoplePage(_ListPage):
    """Select two rows and press Merge. Which record is kept is `people.merge_order`'s rule
    (an IIN, else more trainings and loans, else the older record, else the upper row); the
    question names both before anything is changed. Edit… (or a double-click, or Enter)
    opens the selected person's form with their history; `edited(person_id)` follows a
    saved change (names shown on the Loans and Trainings pages may have changed)."""

    merged = Signal()
    edited = Signal(uuid.UUID)

    def __init__(self, db: Database, officer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self.search = self._search_line(
            "people_search",
            self.tr("Search part of a name, an IIN or a phone number…"),
            self.refresh,
        )
        self.model = RowsModel(
            [
                self.tr("Full name"),
                self.tr("Sex"),
                self.tr("Born"),
                self.tr("Category"),
                self.tr("Organization"),
                self.tr("IIN"),
                self.tr("Phone"),
                self.tr("Trainings"),
                self.tr("Loans"),
            ],
            self,
        )
        self.table = _table("people_table", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_person")
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button = QPushButton(self.tr("&Merge two records of one person…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.shown = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch()
        buttons.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        rows, total = people.registry(self.db, self.search.text(), limit=SHOWN)
        self.model.set_rows(
            [
                (
                    r.id,
                    (
                        r.full_name,
                        choice_label(Sex, r.sex.value),
                        str(r.birth_year),  # a year, not a count: never grouped
                        choice_label(Category, r.category.value) if r.category else "",
                        r.organization,
                        r.iin or "",
                        r.phone,
                        formats.count(r.trainings),
                        formats.count(r.loans),
                    ),
                )
                for r in rows
            ]
        )
        self.shown.setText(
            self.tr("Showing {0} of {1}; search to narrow.").format(
                formats.count(SHOWN), formats.count(total)
            )
            if total > SHOWN
            else ""
        )
        self.counts_changed.emit(total)

    def edit_selected(self) -> PersonDialog | None:
        """The person form of the current row (window-modal, not blocking: returned)."""
        from fieldmon.ui.person_dialog import PersonDialog

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        open_now = [d for d in self.findChildren(PersonDialog) if d.isVisible()]
        if open_now:  # a double-click is also an activation: one form, not two
            return open_now[0]
        person_id = uuid.UUID(self.model.index(index.row(), 0).data(ID_ROLE))
        try:
            dialog = PersonDialog(self.db, self.officer, person_id, self)
        except UserError as exc:  # merged since the list was read
            dialogs.show_error(self, self.tr("Edit"), shown(exc))
            self.refresh()
            return None
        dialog.saved.connect(self._person_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _person_saved(self, person_id: uuid.UUID) -> None:
        self.refresh()
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == str(person_id):
                self.table.selectRow(row)
        self.edited.emit(person_id)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            dialogs.show_error(
                self,
                self.tr("Merge"),
                self.tr("Select the two records of the same person (Ctrl+click), then merge."),
            )
            return

        try:
            keep, drop = people.merge_order(self.db, ids[0], ids[1])
        except UserError as exc:
            dialogs.show_error(self, self.tr("Merge"), shown(exc))
            self.refresh()
            return

        def describe(person: people.PersonRow) -> str:
            return self.tr("{0}, born {1}").format(person.full_name, person.birth_year)

        if not dialogs.ask_yes_no(
            self,
            self.tr("Merge"),
            self.tr(
                "Keep {0} and merge {1} into it? Trainings and loans move to the kept record; "
                "the other is marked merged and its history is kept."
            ).format(describe(keep), describe(drop)),
        ):
            return
        try:
            people.merge_people(self.db, keep.id, drop.id, self.officer)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Merge"), shown(exc))
            return
        self.refresh()
        self.merged.emit()
